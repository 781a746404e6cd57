from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..models.currency import Currency
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdAccountCreate")


@_attrs_define
class AdAccountCreate:
    """Resource create operation model.

    Attributes:
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        currency (Currency | Unset): Currency Codes from ISO 4217
        name (str | Unset): Ad account name.
        owner_user_id (str | Unset): Advertiser's owning user ID.
    """

    country: Country | Unset = UNSET
    currency: Currency | Unset = UNSET
    name: str | Unset = UNSET
    owner_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = None if self.country is None else self.country.value

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = None if self.currency is None else self.currency.value

        name = self.name

        owner_user_id = self.owner_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if name is not UNSET:
            field_dict["name"] = name
        if owner_user_id is not UNSET:
            field_dict["owner_user_id"] = owner_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        elif _country is None:
            country = tolerate_null("country")
        else:
            country = Country(_country)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        elif _currency is None:
            currency = tolerate_null("currency")
        else:
            currency = Currency(_currency)

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        owner_user_id = d.pop("owner_user_id", UNSET)
        if owner_user_id is None:
            owner_user_id = tolerate_null("owner_user_id")

        ad_account_create = cls(
            country=country,
            currency=currency,
            name=name,
            owner_user_id=owner_user_id,
        )

        if d:
            tolerate_unknown_fields("AdAccountCreate", d)

        ad_account_create.additional_properties = d
        return ad_account_create

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
