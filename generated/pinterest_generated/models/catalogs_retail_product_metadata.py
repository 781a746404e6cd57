from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.non_nullable_catalogs_currency import NonNullableCatalogsCurrency
from ..models.non_nullable_product_availability_type import NonNullableProductAvailabilityType
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsRetailProductMetadata")


@_attrs_define
class CatalogsRetailProductMetadata:
    """Retail product metadata entity

    Attributes:
        availability (NonNullableProductAvailabilityType): Product availability.
        currency (NonNullableCatalogsCurrency): Currency Codes from ISO 4217. Example: USD.
        item_group_id (None | str): The parent ID of the product. Example: DS0294.
        item_id (str): The user-created unique ID that represents the product. Example: DS0294-L.
        price (float): The price of the product. Example: 24.99.
        sale_price (float | None): The discounted price of the product. Example: 14.99.
    """

    availability: NonNullableProductAvailabilityType
    currency: NonNullableCatalogsCurrency
    item_group_id: None | str
    item_id: str
    price: float
    sale_price: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability = None if self.availability is None else self.availability.value

        currency = None if self.currency is None else self.currency.value

        item_group_id: None | str
        item_group_id = self.item_group_id

        item_id = self.item_id

        price = self.price

        sale_price: float | None
        sale_price = self.sale_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availability": availability,
                "currency": currency,
                "item_group_id": item_group_id,
                "item_id": item_id,
                "price": price,
                "sale_price": sale_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _availability = d.pop("availability")
        availability = (
            tolerate_null("availability")
            if _availability is None
            else NonNullableProductAvailabilityType(_availability)
        )

        _currency = d.pop("currency")
        currency = (
            tolerate_null("currency")
            if _currency is None
            else NonNullableCatalogsCurrency(_currency)
        )

        def _parse_item_group_id(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_item_group_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        item_group_id = _parse_item_group_id(d.pop("item_group_id"))

        item_id = d.pop("item_id")
        if item_id is None:
            item_id = tolerate_null("item_id")

        price = d.pop("price")
        if price is None:
            price = tolerate_null("price")

        def _parse_sale_price(data: object) -> float | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_sale_price(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None, data)

        sale_price = _parse_sale_price(d.pop("sale_price"))

        catalogs_retail_product_metadata = cls(
            availability=availability,
            currency=currency,
            item_group_id=item_group_id,
            item_id=item_id,
            price=price,
            sale_price=sale_price,
        )

        if d:
            tolerate_unknown_fields("CatalogsRetailProductMetadata", d)

        catalogs_retail_product_metadata.additional_properties = d
        return catalogs_retail_product_metadata

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
