from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.trending_keywords_response_trending_keyword import (
        TrendingKeywordsResponseTrendingKeyword,
    )


T = TypeVar("T", bound="TrendingKeywordsResponse")


@_attrs_define
class TrendingKeywordsResponse:
    """
    Attributes:
        trends (list[TrendingKeywordsResponseTrendingKeyword] | Unset): The top trending keywords for the specified
            trend type in the requested region.<br />
            Results are ordered, with the first element in the array representing the #1 top trend.
    """

    trends: list[TrendingKeywordsResponseTrendingKeyword] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update({})
        if trends is not UNSET:
            field_dict["trends"] = trends

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trending_keywords_response_trending_keyword import (
            TrendingKeywordsResponseTrendingKeyword,
        )

        d = dict(src_dict)
        _trends = d.pop("trends", UNSET)
        trends: list[TrendingKeywordsResponseTrendingKeyword] | Unset = UNSET
        if _trends is None:
            trends = tolerate_null("trends")
        elif not isinstance(_trends, Unset):
            trends = []
            for trends_item_data in _trends:
                _trends_item = trends_item_data
                trends_item = (
                    tolerate_null("trends_item")
                    if _trends_item is None
                    else TrendingKeywordsResponseTrendingKeyword.from_dict(_trends_item)
                )

                trends.append(trends_item)

        trending_keywords_response = cls(
            trends=trends,
        )

        if d:
            tolerate_unknown_fields("TrendingKeywordsResponse", d)

        trending_keywords_response.additional_properties = d
        return trending_keywords_response

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
