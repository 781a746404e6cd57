from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_categories_engagement_type import ProductCategoriesEngagementType
from ..models.vertical_product_category import VerticalProductCategory
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TrendingProductCategory")


@_attrs_define
class TrendingProductCategory:
    """Trending shopping product category

    Attributes:
        engagement_type (ProductCategoriesEngagementType):
        pct_change_mom (int): Month-over-month change percentage
        percent_relative_volume (int): Relative volume percentage
        product_category (str): Product Category Name
        verticals (list[VerticalProductCategory] | Unset): Vertical name associated with the product category
    """

    engagement_type: ProductCategoriesEngagementType
    pct_change_mom: int
    percent_relative_volume: int
    product_category: str
    verticals: list[VerticalProductCategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engagement_type = None if self.engagement_type is None else self.engagement_type.value

        pct_change_mom = self.pct_change_mom

        percent_relative_volume = self.percent_relative_volume

        product_category = self.product_category

        verticals: list[str] | Unset = UNSET
        if not isinstance(self.verticals, Unset):
            if self.verticals is None:
                verticals = None
            else:
                verticals = []
                for verticals_item_data in self.verticals:
                    verticals_item = (
                        None if verticals_item_data is None else verticals_item_data.value
                    )
                    verticals.append(verticals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "engagement_type": engagement_type,
                "pct_change_mom": pct_change_mom,
                "percent_relative_volume": percent_relative_volume,
                "product_category": product_category,
            }
        )
        if verticals is not UNSET:
            field_dict["verticals"] = verticals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _engagement_type = d.pop("engagement_type")
        engagement_type = (
            tolerate_null("engagement_type")
            if _engagement_type is None
            else ProductCategoriesEngagementType(_engagement_type)
        )

        pct_change_mom = d.pop("pct_change_mom")
        if pct_change_mom is None:
            pct_change_mom = tolerate_null("pct_change_mom")

        percent_relative_volume = d.pop("percent_relative_volume")
        if percent_relative_volume is None:
            percent_relative_volume = tolerate_null("percent_relative_volume")

        product_category = d.pop("product_category")
        if product_category is None:
            product_category = tolerate_null("product_category")

        _verticals = d.pop("verticals", UNSET)
        verticals: list[VerticalProductCategory] | Unset = UNSET
        if _verticals is None:
            verticals = tolerate_null("verticals")
        elif not isinstance(_verticals, Unset):
            verticals = []
            for verticals_item_data in _verticals:
                _verticals_item = verticals_item_data
                verticals_item = (
                    tolerate_null("verticals_item")
                    if _verticals_item is None
                    else VerticalProductCategory(_verticals_item)
                )

                verticals.append(verticals_item)

        trending_product_category = cls(
            engagement_type=engagement_type,
            pct_change_mom=pct_change_mom,
            percent_relative_volume=percent_relative_volume,
            product_category=product_category,
            verticals=verticals,
        )

        if d:
            tolerate_unknown_fields("TrendingProductCategory", d)

        trending_product_category.additional_properties = d
        return trending_product_category

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
