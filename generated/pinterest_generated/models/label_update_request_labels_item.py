from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_status import LabelStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LabelUpdateRequestLabelsItem")


@_attrs_define
class LabelUpdateRequestLabelsItem:
    """
    Attributes:
        id (str): Label ID. Example: 1106385754497.
        status (LabelStatus | None | Unset):
        value (str | Unset): Label name. 100-character limit.
    """

    id: str
    status: LabelStatus | None | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LabelStatus):
            status = None if self.status is None else self.status.value
        else:
            status = self.status

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        def _parse_status(data: object) -> LabelStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_status(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _status_type_1 = data
                status_type_1 = (
                    tolerate_null("status_type_1")
                    if _status_type_1 is None
                    else LabelStatus(_status_type_1)
                )

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LabelStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        value = d.pop("value", UNSET)
        if value is None:
            value = tolerate_null("value")

        label_update_request_labels_item = cls(
            id=id,
            status=status,
            value=value,
        )

        if d:
            tolerate_unknown_fields("LabelUpdateRequestLabelsItem", d)

        label_update_request_labels_item.additional_properties = d
        return label_update_request_labels_item

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
