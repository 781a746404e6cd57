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

T = TypeVar("T", bound="SSIOEditInsertionOrderResponse")


@_attrs_define
class SSIOEditInsertionOrderResponse:
    """
    Attributes:
        pin_order_id (str | Unset): Salesforce order id
    """

    pin_order_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pin_order_id = self.pin_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pin_order_id is not UNSET:
            field_dict["pin_order_id"] = pin_order_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pin_order_id = d.pop("pin_order_id", UNSET)
        if pin_order_id is None:
            pin_order_id = tolerate_null("pin_order_id")

        ssio_edit_insertion_order_response = cls(
            pin_order_id=pin_order_id,
        )

        if d:
            tolerate_unknown_fields("SSIOEditInsertionOrderResponse", d)

        ssio_edit_insertion_order_response.additional_properties = d
        return ssio_edit_insertion_order_response

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
