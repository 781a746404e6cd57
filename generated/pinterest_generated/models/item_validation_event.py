from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ItemValidationEvent")


@_attrs_define
class ItemValidationEvent:
    """Object describing an item validation event

    Attributes:
        attribute (str | Unset): The attribute that the item validation event references Example: title.
        code (int | Unset): The event code that the item validation event references Example: 106.
        message (str | Unset): Title message describing the item validation event Example: Title is missing from product
            metadata..
    """

    attribute: str | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute = self.attribute

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute is not UNSET:
            field_dict["attribute"] = attribute
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attribute = d.pop("attribute", UNSET)
        if attribute is None:
            attribute = tolerate_null("attribute")

        code = d.pop("code", UNSET)
        if code is None:
            code = tolerate_null("code")

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        item_validation_event = cls(
            attribute=attribute,
            code=code,
            message=message,
        )

        if d:
            tolerate_unknown_fields("ItemValidationEvent", d)

        item_validation_event.additional_properties = d
        return item_validation_event

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
