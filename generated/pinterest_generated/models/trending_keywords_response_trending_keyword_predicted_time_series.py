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

T = TypeVar("T", bound="TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries")


@_attrs_define
class TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries:
    """A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3
    months.<br />
    These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in this
    keyword.
    Similar to the historical `time_series`, normalization is applied independently to the predicted time series of each
    keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare relative
    predicted volume between keywords.<br />
    **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability.
    Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates
    compared to today.<br />
    **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week. For example, a
    value of `2024-01-07` would include predicted searches for the week ending on `2024-01-07`.

        Example:
            {'2024-01-07': 45, '2024-01-14': 62, '2024-01-21': 78, '2024-01-28': 85}

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

        trending_keywords_response_trending_keyword_predicted_time_series = cls(
            date=date,
        )

        trending_keywords_response_trending_keyword_predicted_time_series.additional_properties = d
        return trending_keywords_response_trending_keyword_predicted_time_series

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
