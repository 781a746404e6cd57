from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.trending_keywords_response_trending_keyword_demographics_type_0 import (
        TrendingKeywordsResponseTrendingKeywordDemographicsType0,
    )
    from ..models.trending_keywords_response_trending_keyword_predicted_time_series import (
        TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries,
    )
    from ..models.trending_keywords_response_trending_keyword_time_series import (
        TrendingKeywordsResponseTrendingKeywordTimeSeries,
    )


T = TypeVar("T", bound="TrendingKeywordsResponseTrendingKeyword")


@_attrs_define
class TrendingKeywordsResponseTrendingKeyword:
    """
    Attributes:
        demographics (None | TrendingKeywordsResponseTrendingKeywordDemographicsType0 | Unset): A mapping of demographic
            dimensions (e.g. "gender", "age") to their category distributions. <br />
            For each dimension: <br />
              - Key: The category (e.g., "female", "18-24"). <br />
              - Value: The proportion of search volume (e.g., 0.12 for 12%). <br />
                Values less than 0.05 are set to 0.04 for privacy. <br />
                The sum for all categories in a dimension will approximately equal 1. <br />
                Only applicable when `include_demographics` query parameter is set to `true`.
        has_prediction (bool | Unset): Indicates whether the keyword has a prediction available for the next 90 days.<br
            />
            This field is only applicable when `include_prediction` query parameter is set to `true`. <br />
            By default, the value is `false` and no prediction data is included in the response. Example: False.
        keyword (str | Unset): The keyword that is trending. Example: couples halloween costumes.
        pct_growth_mom (int | Unset): The month-over-month percent change in search volume for this keyword.<br />
            For example, a value of "400" would represent a 400% increase in searches in the last 30 days compared to the
            month prior.<br />
            **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this
            keyword experienced > 10000% month-over-month growth. Example: 400.
        pct_growth_wow (int | Unset): The week-over-week percent change in search volume for this keyword.<br />
            For example, a value of "50" would represent a 50% increase in searches in the last seven days compared to the
            week prior.<br />
            **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this
            keyword experienced > 10000% week-over-week growth. Example: 50.
        pct_growth_yoy (int | Unset): The year-over-year percent change in search volume for this keyword.<br />
            For example, a value of "-5" would represent a 5% decrease in searches in the last 365 days compared to the
            month prior.<br />
            **Note**: growth rates are rounded, with a maximum of +/- 10000% change.  A value of 10001 indicates that this
            keyword experienced > 10000% year-over-year growth. Example: -5.
        predicted_time_series (TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries | Unset): A sequence of weekly
            observations of the predicted relative search volume for this keyword over the next 3 months.<br />
            These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in
            this keyword.
            Similar to the historical `time_series`, normalization is applied independently to the predicted time series of
            each keyword, but the `normalize_against_group` query parameter can be used in cases where you wish to compare
            relative predicted volume between keywords.<br />
            **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability.
            Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates
            compared to today.<br />
            **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week. For example,
            a value of `2024-01-07` would include predicted searches for the week ending on `2024-01-07`. Example:
            {'2024-01-07': 45, '2024-01-14': 62, '2024-01-21': 78, '2024-01-28': 85}.
        time_series (TrendingKeywordsResponseTrendingKeywordTimeSeries | Unset): A sequence of weekly observations of
            the relative search volume for this keyword over the past year.<br />
            These values are normalized to a [0-100] range, and can be used to visualize the history of user interest in
            this keyword.
            By default, normalization is applied independently to the time series of each keyword, but the
            `normalize_against_group` query parameter can be used in cases where you wish to compare relative volume between
            keywords.<br />
            **Note**: The date of each observation is in ISO-8601 format and represents the *end* of the week.  For example,
            a value of `2023-10-31` would include searches that happened between `2023-10-25` and `2023-10-31`. Example:
            {'2023-10-10': 31, '2023-10-17': 54, '2023-10-24': 77, '2023-10-31': 100}.
    """

    demographics: None | TrendingKeywordsResponseTrendingKeywordDemographicsType0 | Unset = UNSET
    has_prediction: bool | Unset = UNSET
    keyword: str | Unset = UNSET
    pct_growth_mom: int | Unset = UNSET
    pct_growth_wow: int | Unset = UNSET
    pct_growth_yoy: int | Unset = UNSET
    predicted_time_series: TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries | Unset = (
        UNSET
    )
    time_series: TrendingKeywordsResponseTrendingKeywordTimeSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trending_keywords_response_trending_keyword_demographics_type_0 import (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0,
        )

        demographics: dict[str, Any] | None | Unset
        if isinstance(self.demographics, Unset):
            demographics = UNSET
        elif isinstance(
            self.demographics, TrendingKeywordsResponseTrendingKeywordDemographicsType0
        ):
            demographics = None if self.demographics is None else self.demographics.to_dict()
        else:
            demographics = self.demographics

        has_prediction = self.has_prediction

        keyword = self.keyword

        pct_growth_mom = self.pct_growth_mom

        pct_growth_wow = self.pct_growth_wow

        pct_growth_yoy = self.pct_growth_yoy

        predicted_time_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.predicted_time_series, Unset):
            predicted_time_series = (
                None if self.predicted_time_series is None else self.predicted_time_series.to_dict()
            )

        time_series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_series, Unset):
            time_series = None if self.time_series is None else self.time_series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if demographics is not UNSET:
            field_dict["demographics"] = demographics
        if has_prediction is not UNSET:
            field_dict["has_prediction"] = has_prediction
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if pct_growth_mom is not UNSET:
            field_dict["pct_growth_mom"] = pct_growth_mom
        if pct_growth_wow is not UNSET:
            field_dict["pct_growth_wow"] = pct_growth_wow
        if pct_growth_yoy is not UNSET:
            field_dict["pct_growth_yoy"] = pct_growth_yoy
        if predicted_time_series is not UNSET:
            field_dict["predicted_time_series"] = predicted_time_series
        if time_series is not UNSET:
            field_dict["time_series"] = time_series

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trending_keywords_response_trending_keyword_demographics_type_0 import (
            TrendingKeywordsResponseTrendingKeywordDemographicsType0,
        )
        from ..models.trending_keywords_response_trending_keyword_predicted_time_series import (
            TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries,
        )
        from ..models.trending_keywords_response_trending_keyword_time_series import (
            TrendingKeywordsResponseTrendingKeywordTimeSeries,
        )

        d = dict(src_dict)

        def _parse_demographics(
            data: object,
        ) -> None | TrendingKeywordsResponseTrendingKeywordDemographicsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_demographics(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _demographics_type_0 = data
                demographics_type_0 = (
                    tolerate_null("demographics_type_0")
                    if _demographics_type_0 is None
                    else TrendingKeywordsResponseTrendingKeywordDemographicsType0.from_dict(
                        _demographics_type_0
                    )
                )

                return demographics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | TrendingKeywordsResponseTrendingKeywordDemographicsType0 | Unset, data
            )

        demographics = _parse_demographics(d.pop("demographics", UNSET))

        has_prediction = d.pop("has_prediction", UNSET)
        if has_prediction is None:
            has_prediction = tolerate_null("has_prediction")

        keyword = d.pop("keyword", UNSET)
        if keyword is None:
            keyword = tolerate_null("keyword")

        pct_growth_mom = d.pop("pct_growth_mom", UNSET)
        if pct_growth_mom is None:
            pct_growth_mom = tolerate_null("pct_growth_mom")

        pct_growth_wow = d.pop("pct_growth_wow", UNSET)
        if pct_growth_wow is None:
            pct_growth_wow = tolerate_null("pct_growth_wow")

        pct_growth_yoy = d.pop("pct_growth_yoy", UNSET)
        if pct_growth_yoy is None:
            pct_growth_yoy = tolerate_null("pct_growth_yoy")

        _predicted_time_series = d.pop("predicted_time_series", UNSET)
        predicted_time_series: TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries | Unset
        if isinstance(_predicted_time_series, Unset):
            predicted_time_series = UNSET
        elif _predicted_time_series is None:
            predicted_time_series = tolerate_null("predicted_time_series")
        else:
            predicted_time_series = (
                TrendingKeywordsResponseTrendingKeywordPredictedTimeSeries.from_dict(
                    _predicted_time_series
                )
            )

        _time_series = d.pop("time_series", UNSET)
        time_series: TrendingKeywordsResponseTrendingKeywordTimeSeries | Unset
        if isinstance(_time_series, Unset):
            time_series = UNSET
        elif _time_series is None:
            time_series = tolerate_null("time_series")
        else:
            time_series = TrendingKeywordsResponseTrendingKeywordTimeSeries.from_dict(_time_series)

        trending_keywords_response_trending_keyword = cls(
            demographics=demographics,
            has_prediction=has_prediction,
            keyword=keyword,
            pct_growth_mom=pct_growth_mom,
            pct_growth_wow=pct_growth_wow,
            pct_growth_yoy=pct_growth_yoy,
            predicted_time_series=predicted_time_series,
            time_series=time_series,
        )

        if d:
            tolerate_unknown_fields("TrendingKeywordsResponseTrendingKeyword", d)

        trending_keywords_response_trending_keyword.additional_properties = d
        return trending_keywords_response_trending_keyword

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
