from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_type import LabelType
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LabelCreateRequestLabelsItem")


@_attrs_define
class LabelCreateRequestLabelsItem:
    """
    Attributes:
        label_type (LabelType | None):
        value (str): Label name. 100-character limit.
    """

    label_type: LabelType | None
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label_type: None | str
        if isinstance(self.label_type, LabelType):
            label_type = None if self.label_type is None else self.label_type.value
        else:
            label_type = self.label_type

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label_type": label_type,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_label_type(data: object) -> LabelType | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_label_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _label_type_type_1 = data
                label_type_type_1 = (
                    tolerate_null("label_type_type_1")
                    if _label_type_type_1 is None
                    else LabelType(_label_type_type_1)
                )

                return label_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelType | None, data)

        label_type = _parse_label_type(d.pop("label_type"))

        value = d.pop("value")
        if value is None:
            value = tolerate_null("value")

        label_create_request_labels_item = cls(
            label_type=label_type,
            value=value,
        )

        if d:
            tolerate_unknown_fields("LabelCreateRequestLabelsItem", d)

        label_create_request_labels_item.additional_properties = d
        return label_create_request_labels_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
