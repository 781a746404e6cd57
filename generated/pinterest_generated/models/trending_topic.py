from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.trending_pin import TrendingPin
    from ..models.trending_topic_time_series import TrendingTopicTimeSeries


T = TypeVar("T", bound="TrendingTopic")


@_attrs_define
class TrendingTopic:
    """Individual trending topic within an interest category

    Attributes:
        description (str): Description of the trending topic
        percent_growth_mom (int): Month-over-month growth percentage
        pins (list[TrendingPin]): Array of pin images related to this trend (up to 6)
        related_interests (list[str]): List of related interest categories
        related_searches (list[str]): List of related search terms
        time_series (TrendingTopicTimeSeries): Time series data showing trend values over time, with dates as keys and
            values as numeric
        title (str): Title of the trending topic
    """

    description: str
    percent_growth_mom: int
    pins: list[TrendingPin]
    related_interests: list[str]
    related_searches: list[str]
    time_series: TrendingTopicTimeSeries
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        percent_growth_mom = self.percent_growth_mom

        if self.pins is None:
            pins = None
        else:
            pins = []
            for pins_item_data in self.pins:
                pins_item = None if pins_item_data is None else pins_item_data.to_dict()
                pins.append(pins_item)

        related_interests = self.related_interests

        related_searches = self.related_searches

        time_series = None if self.time_series is None else self.time_series.to_dict()

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "percent_growth_mom": percent_growth_mom,
                "pins": pins,
                "related_interests": related_interests,
                "related_searches": related_searches,
                "time_series": time_series,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trending_pin import TrendingPin
        from ..models.trending_topic_time_series import TrendingTopicTimeSeries

        d = dict(src_dict)
        description = d.pop("description")
        if description is None:
            description = tolerate_null("description")

        percent_growth_mom = d.pop("percent_growth_mom")
        if percent_growth_mom is None:
            percent_growth_mom = tolerate_null("percent_growth_mom")

        _pins = d.pop("pins")
        pins: list[TrendingPin]
        if _pins is None:
            pins = tolerate_null("pins")
        else:
            pins = []
            for pins_item_data in _pins:
                _pins_item = pins_item_data
                pins_item = (
                    tolerate_null("pins_item")
                    if _pins_item is None
                    else TrendingPin.from_dict(_pins_item)
                )

                pins.append(pins_item)

        _related_interests = d.pop("related_interests")
        related_interests = (
            tolerate_null("related_interests")
            if _related_interests is None
            else cast(list[str], _related_interests)
        )

        _related_searches = d.pop("related_searches")
        related_searches = (
            tolerate_null("related_searches")
            if _related_searches is None
            else cast(list[str], _related_searches)
        )

        _time_series = d.pop("time_series")
        time_series = (
            tolerate_null("time_series")
            if _time_series is None
            else TrendingTopicTimeSeries.from_dict(_time_series)
        )

        title = d.pop("title")
        if title is None:
            title = tolerate_null("title")

        trending_topic = cls(
            description=description,
            percent_growth_mom=percent_growth_mom,
            pins=pins,
            related_interests=related_interests,
            related_searches=related_searches,
            time_series=time_series,
            title=title,
        )

        if d:
            tolerate_unknown_fields("TrendingTopic", d)

        trending_topic.additional_properties = d
        return trending_topic

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
