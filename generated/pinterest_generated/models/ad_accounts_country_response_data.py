from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ad_country import AdCountry
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdAccountsCountryResponseData")


@_attrs_define
class AdAccountsCountryResponseData:
    """
    Attributes:
        code (AdCountry | Unset): Country ID from ISO 3166-1 alpha-2. Example: US.
        currency (str | Unset): Country currency. Example: Dollars.
        index (float | Unset): Country index Example: 1.
        name (str | Unset): Country name Example: United States of America.
    """

    code: AdCountry | Unset = UNSET
    currency: str | Unset = UNSET
    index: float | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = None if self.code is None else self.code.value

        currency = self.currency

        index = self.index

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if index is not UNSET:
            field_dict["index"] = index
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: AdCountry | Unset
        if isinstance(_code, Unset):
            code = UNSET
        elif _code is None:
            code = tolerate_null("code")
        else:
            code = AdCountry(_code)

        currency = d.pop("currency", UNSET)
        if currency is None:
            currency = tolerate_null("currency")

        index = d.pop("index", UNSET)
        if index is None:
            index = tolerate_null("index")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        ad_accounts_country_response_data = cls(
            code=code,
            currency=currency,
            index=index,
            name=name,
        )

        if d:
            tolerate_unknown_fields("AdAccountsCountryResponseData", d)

        ad_accounts_country_response_data.additional_properties = d
        return ad_accounts_country_response_data

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
