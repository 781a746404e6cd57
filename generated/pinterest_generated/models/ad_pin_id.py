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

T = TypeVar("T", bound="AdPinId")


@_attrs_define
class AdPinId:
    """
    Attributes:
        pin_id (str | Unset): Pin ID. Example: 394205773611545468.
    """

    pin_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pin_id = self.pin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pin_id is not UNSET:
            field_dict["pin_id"] = pin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pin_id = d.pop("pin_id", UNSET)
        if pin_id is None:
            pin_id = tolerate_null("pin_id")

        ad_pin_id = cls(
            pin_id=pin_id,
        )

        if d:
            tolerate_unknown_fields("AdPinId", d)

        ad_pin_id.additional_properties = d
        return ad_pin_id

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
