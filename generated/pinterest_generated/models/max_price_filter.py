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
    from ..models.catalogs_product_group_pricing_criteria import CatalogsProductGroupPricingCriteria


T = TypeVar("T", bound="MaxPriceFilter")


@_attrs_define
class MaxPriceFilter:
    """
    Attributes:
        max_price (CatalogsProductGroupPricingCriteria):
    """

    max_price: CatalogsProductGroupPricingCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_price = None if self.max_price is None else self.max_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "MAX_PRICE": max_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_pricing_criteria import (
            CatalogsProductGroupPricingCriteria,
        )

        d = dict(src_dict)
        _max_price = d.pop("MAX_PRICE")
        max_price = (
            tolerate_null("MAX_PRICE")
            if _max_price is None
            else CatalogsProductGroupPricingCriteria.from_dict(_max_price)
        )

        max_price_filter = cls(
            max_price=max_price,
        )

        if d:
            tolerate_unknown_fields("MaxPriceFilter", d)
        max_price_filter.additional_properties = d
        return max_price_filter

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
