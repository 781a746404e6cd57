from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interests_enum import InterestsEnum
from ..models.product_category_region import ProductCategoryRegion
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.trending_topic import TrendingTopic


T = TypeVar("T", bound="FeaturedTrend")


@_attrs_define
class FeaturedTrend:
    """Featured trending topics for a specific interest and market

    Attributes:
        interest (InterestsEnum):
        market (ProductCategoryRegion | Unset):
        trends (list[TrendingTopic] | Unset): List of trending topics within this interest category
    """

    interest: InterestsEnum
    market: ProductCategoryRegion | Unset = UNSET
    trends: list[TrendingTopic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interest = None if self.interest is None else self.interest.value

        market: str | Unset = UNSET
        if not isinstance(self.market, Unset):
            market = None if self.market is None else self.market.value

        trends: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trends, Unset):
            if self.trends is None:
                trends = None
            else:
                trends = []
                for trends_item_data in self.trends:
                    trends_item = None if trends_item_data is None else trends_item_data.to_dict()
                    trends.append(trends_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interest": interest,
            }
        )
        if market is not UNSET:
            field_dict["market"] = market
        if trends is not UNSET:
            field_dict["trends"] = trends

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trending_topic import TrendingTopic

        d = dict(src_dict)
        _interest = d.pop("interest")
        interest = tolerate_null("interest") if _interest is None else InterestsEnum(_interest)

        _market = d.pop("market", UNSET)
        market: ProductCategoryRegion | Unset
        if isinstance(_market, Unset):
            market = UNSET
        elif _market is None:
            market = tolerate_null("market")
        else:
            market = ProductCategoryRegion(_market)

        _trends = d.pop("trends", UNSET)
        trends: list[TrendingTopic] | Unset = UNSET
        if _trends is None:
            trends = tolerate_null("trends")
        elif not isinstance(_trends, Unset):
            trends = []
            for trends_item_data in _trends:
                _trends_item = trends_item_data
                trends_item = (
                    tolerate_null("trends_item")
                    if _trends_item is None
                    else TrendingTopic.from_dict(_trends_item)
                )

                trends.append(trends_item)

        featured_trend = cls(
            interest=interest,
            market=market,
            trends=trends,
        )

        if d:
            tolerate_unknown_fields("FeaturedTrend", d)

        featured_trend.additional_properties = d
        return featured_trend

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
