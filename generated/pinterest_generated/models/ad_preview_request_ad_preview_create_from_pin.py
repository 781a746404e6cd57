from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdPreviewRequestAdPreviewCreateFromPin")


@_attrs_define
class AdPreviewRequestAdPreviewCreateFromPin:
    """
    Example:
        {'pin_id': '7389479023'}

    Attributes:
        pin_id (str): Pin ID. Example: 7389479023.
    """

    pin_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pin_id = self.pin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pin_id": pin_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pin_id = d.pop("pin_id")
        if pin_id is None:
            pin_id = tolerate_null("pin_id")

        ad_preview_request_ad_preview_create_from_pin = cls(
            pin_id=pin_id,
        )

        if d:
            tolerate_unknown_fields("AdPreviewRequestAdPreviewCreateFromPin", d)

        ad_preview_request_ad_preview_create_from_pin.additional_properties = d
        return ad_preview_request_ad_preview_create_from_pin

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
