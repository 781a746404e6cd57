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

T = TypeVar("T", bound="SSIOAccountAddress")


@_attrs_define
class SSIOAccountAddress:
    """
    Attributes:
        address_id (str | Unset): Salesforce id for address Example: a1C1N000004MUrLUAW.
        display (str | Unset): Address display Example: 475 Brannan Street, San Francisco, CA 94103.
        order_legal_entity (str | Unset): Legal entity for this insertion order Example: PIN US OU.
        purpose (str | Unset): Purpose for which the address is used, usually Billing or Businness Example: Billing.
    """

    address_id: str | Unset = UNSET
    display: str | Unset = UNSET
    order_legal_entity: str | Unset = UNSET
    purpose: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_id = self.address_id

        display = self.display

        order_legal_entity = self.order_legal_entity

        purpose = self.purpose

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if display is not UNSET:
            field_dict["display"] = display
        if order_legal_entity is not UNSET:
            field_dict["order_legal_entity"] = order_legal_entity
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_id = d.pop("address_id", UNSET)
        if address_id is None:
            address_id = tolerate_null("address_id")

        display = d.pop("display", UNSET)
        if display is None:
            display = tolerate_null("display")

        order_legal_entity = d.pop("order_legal_entity", UNSET)
        if order_legal_entity is None:
            order_legal_entity = tolerate_null("order_legal_entity")

        purpose = d.pop("purpose", UNSET)
        if purpose is None:
            purpose = tolerate_null("purpose")

        ssio_account_address = cls(
            address_id=address_id,
            display=display,
            order_legal_entity=order_legal_entity,
            purpose=purpose,
        )

        if d:
            tolerate_unknown_fields("SSIOAccountAddress", d)

        ssio_account_address.additional_properties = d
        return ssio_account_address

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
