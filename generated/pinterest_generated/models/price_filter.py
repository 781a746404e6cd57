from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.price_filter_catalogs_product_group_pricing_currency_criteria import (
        PriceFilterCatalogsProductGroupPricingCurrencyCriteria,
    )


T = TypeVar("T", bound="PriceFilter")


@_attrs_define
class PriceFilter:
    """
    Attributes:
        price (PriceFilterCatalogsProductGroupPricingCurrencyCriteria):
    """

    price: PriceFilterCatalogsProductGroupPricingCurrencyCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = None if self.price is None else self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "PRICE": price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.price_filter_catalogs_product_group_pricing_currency_criteria import (
            PriceFilterCatalogsProductGroupPricingCurrencyCriteria,
        )

        d = dict(src_dict)
        _price = d.pop("PRICE")
        price = (
            tolerate_null("PRICE")
            if _price is None
            else PriceFilterCatalogsProductGroupPricingCurrencyCriteria.from_dict(_price)
        )

        price_filter = cls(
            price=price,
        )

        if d:
            tolerate_unknown_fields("PriceFilter", d)
        price_filter.additional_properties = d
        return price_filter

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
