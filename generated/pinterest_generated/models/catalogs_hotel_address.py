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

T = TypeVar("T", bound="CatalogsHotelAddress")


@_attrs_define
class CatalogsHotelAddress:
    """
    Attributes:
        addr1 (str | Unset): Primary street address of hotel.
        city (str | Unset): City where the hotel is located.
        country (str | Unset): Country where the hotel is located.
        postal_code (str | Unset): Required for countries with a postal code system. Postal or zip code of the hotel.
        region (str | Unset): State, county, province, where the hotel is located.
    """

    addr1: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        addr1 = self.addr1

        city = self.city

        country = self.country

        postal_code = self.postal_code

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if addr1 is not UNSET:
            field_dict["addr1"] = addr1
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        addr1 = d.pop("addr1", UNSET)
        if addr1 is None:
            addr1 = tolerate_null("addr1")

        city = d.pop("city", UNSET)
        if city is None:
            city = tolerate_null("city")

        country = d.pop("country", UNSET)
        if country is None:
            country = tolerate_null("country")

        postal_code = d.pop("postal_code", UNSET)
        if postal_code is None:
            postal_code = tolerate_null("postal_code")

        region = d.pop("region", UNSET)
        if region is None:
            region = tolerate_null("region")

        catalogs_hotel_address = cls(
            addr1=addr1,
            city=city,
            country=country,
            postal_code=postal_code,
            region=region,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelAddress", d)

        catalogs_hotel_address.additional_properties = d
        return catalogs_hotel_address

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
