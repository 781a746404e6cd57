from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LocalStoreUpdate")


@_attrs_define
class LocalStoreUpdate:
    """
    Attributes:
        id (str): The ID of the local store. Example: 1234567890.
        address_primary (str | Unset): Primary address line of the store. Example: 123 Johnson St.
        address_secondary (str | Unset): Secondary address line of the store. Example: Suite 100.
        city (str | Unset): City where the store is located. Example: Sunnyvale.
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        latitude (float | Unset): Geographic latitude coordinate of the store. Example: -30.21.
        longitude (float | Unset): Geographic longitude coordinate of the store. Example: 50.45.
        name (str | Unset): The name of the local store. Example: Sunnyvale Store.
        postal_code (str | Unset): Postal or ZIP code of the store. Example: 94043.
        region (str | Unset): State or region code where the store is located. Example: CA.
        store_code (str | Unset): Merchant provided code for the local store. Unique within the merchant's catalog.
            Example: store_1.
    """

    id: str
    address_primary: str | Unset = UNSET
    address_secondary: str | Unset = UNSET
    city: str | Unset = UNSET
    country: Country | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    name: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    region: str | Unset = UNSET
    store_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        address_primary = self.address_primary

        address_secondary = self.address_secondary

        city = self.city

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = None if self.country is None else self.country.value

        latitude = self.latitude

        longitude = self.longitude

        name = self.name

        postal_code = self.postal_code

        region = self.region

        store_code = self.store_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if address_primary is not UNSET:
            field_dict["address_primary"] = address_primary
        if address_secondary is not UNSET:
            field_dict["address_secondary"] = address_secondary
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if name is not UNSET:
            field_dict["name"] = name
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if region is not UNSET:
            field_dict["region"] = region
        if store_code is not UNSET:
            field_dict["store_code"] = store_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        address_primary = d.pop("address_primary", UNSET)
        if address_primary is None:
            address_primary = tolerate_null("address_primary")

        address_secondary = d.pop("address_secondary", UNSET)
        if address_secondary is None:
            address_secondary = tolerate_null("address_secondary")

        city = d.pop("city", UNSET)
        if city is None:
            city = tolerate_null("city")

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        elif _country is None:
            country = tolerate_null("country")
        else:
            country = Country(_country)

        latitude = d.pop("latitude", UNSET)
        if latitude is None:
            latitude = tolerate_null("latitude")

        longitude = d.pop("longitude", UNSET)
        if longitude is None:
            longitude = tolerate_null("longitude")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        postal_code = d.pop("postal_code", UNSET)
        if postal_code is None:
            postal_code = tolerate_null("postal_code")

        region = d.pop("region", UNSET)
        if region is None:
            region = tolerate_null("region")

        store_code = d.pop("store_code", UNSET)
        if store_code is None:
            store_code = tolerate_null("store_code")

        local_store_update = cls(
            id=id,
            address_primary=address_primary,
            address_secondary=address_secondary,
            city=city,
            country=country,
            latitude=latitude,
            longitude=longitude,
            name=name,
            postal_code=postal_code,
            region=region,
            store_code=store_code,
        )

        if d:
            tolerate_unknown_fields("LocalStoreUpdate", d)

        local_store_update.additional_properties = d
        return local_store_update

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
