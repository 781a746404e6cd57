from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
)

T = TypeVar("T", bound="TrendingKeywordsResponseTrendingKeywordTimeSeries")


@_attrs_define
class TrendingKeywordsResponseTrendingKeywordTimeSeries:
    """A sequence of weekly observations of the relative search volume for this keyword over the past year.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the history of user interest in this
    keyword.
    By default, normalization is applied independently to the time series of each keyword, but the
    `normalize_against_group` query parameter can be used in cases where you wish to compare relative volume between
    keywords.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week.  For example, a
    value of `2023-10-31` would include searches that happened between `2023-10-25` and `2023-10-31`.

        Example:
            {'2023-10-10': 31, '2023-10-17': 54, '2023-10-24': 77, '2023-10-31': 100}

        Attributes:
            date (datetime.date | Unset):
    """

    date: datetime.date | Unset = UNSET
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = None if self.date is None else self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        elif _date is None:
            date = tolerate_null("date")
        else:
            date = datetime.date.fromisoformat(_date)

        trending_keywords_response_trending_keyword_time_series = cls(
            date=date,
        )

        trending_keywords_response_trending_keyword_time_series.additional_properties = d
        return trending_keywords_response_trending_keyword_time_series

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
