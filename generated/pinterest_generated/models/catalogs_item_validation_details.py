from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nullable_catalogs_item_field_type import NullableCatalogsItemFieldType
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsItemValidationDetails")


@_attrs_define
class CatalogsItemValidationDetails:
    """
    Attributes:
        attribute_name (None | NullableCatalogsItemFieldType): Attribute that has a validation issue.
        provided_value (None | str): Provided value that caused the validation issue.
    """

    attribute_name: None | NullableCatalogsItemFieldType
    provided_value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_name: None | str
        if isinstance(self.attribute_name, NullableCatalogsItemFieldType):
            attribute_name = None if self.attribute_name is None else self.attribute_name.value
        else:
            attribute_name = self.attribute_name

        provided_value: None | str
        provided_value = self.provided_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute_name": attribute_name,
                "provided_value": provided_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_attribute_name(data: object) -> None | NullableCatalogsItemFieldType:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_attribute_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _attribute_name_type_1 = data
                attribute_name_type_1 = (
                    tolerate_null("attribute_name_type_1")
                    if _attribute_name_type_1 is None
                    else NullableCatalogsItemFieldType(_attribute_name_type_1)
                )

                return attribute_name_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NullableCatalogsItemFieldType, data)

        attribute_name = _parse_attribute_name(d.pop("attribute_name"))

        def _parse_provided_value(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_provided_value(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        provided_value = _parse_provided_value(d.pop("provided_value"))

        catalogs_item_validation_details = cls(
            attribute_name=attribute_name,
            provided_value=provided_value,
        )

        if d:
            tolerate_unknown_fields("CatalogsItemValidationDetails", d)

        catalogs_item_validation_details.additional_properties = d
        return catalogs_item_validation_details

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
