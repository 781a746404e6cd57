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
    from ..models.analytics_daily_metrics import AnalyticsDailyMetrics
    from ..models.analytics_metrics_response_summary_metrics import (
        AnalyticsMetricsResponseSummaryMetrics,
    )


T = TypeVar("T", bound="AnalyticsMetricsResponse")


@_attrs_define
class AnalyticsMetricsResponse:
    """
    Attributes:
        daily_metrics (list[AnalyticsDailyMetrics] | Unset): Array with the requested daily metric records
        summary_metrics (AnalyticsMetricsResponseSummaryMetrics | Unset): The metric name and value over the requested
            period for each requested metric Example: {'CLOSEUP': 1, 'CLOSEUP_RATE': 0, 'ENGAGEMENT': 1, 'ENGAGEMENT_RATE':
            0, 'IMPRESSION': 240, 'OUTBOUND_CLICK': 20, 'OUTBOUND_CLICK_RATE': 0.08, 'PIN_CLICK': 37, 'PIN_CLICK_RATE':
            0.15, 'PROFILE_VISIT': 0, 'QUARTILE_95_PERCENT_VIEW': 8, 'SAVE': 20, 'SAVE_RATE': 0.18, 'VIDEO_10S_VIEW': 2,
            'VIDEO_AVG_WATCH_TIME': 2507.75, 'VIDEO_MRC_VIEW': 20, 'VIDEO_START': 29, 'VIDEO_V50_WATCH_TIME': 10031}.
    """

    daily_metrics: list[AnalyticsDailyMetrics] | Unset = UNSET
    summary_metrics: AnalyticsMetricsResponseSummaryMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.daily_metrics, Unset):
            if self.daily_metrics is None:
                daily_metrics = None
            else:
                daily_metrics = []
                for daily_metrics_item_data in self.daily_metrics:
                    daily_metrics_item = (
                        None
                        if daily_metrics_item_data is None
                        else daily_metrics_item_data.to_dict()
                    )
                    daily_metrics.append(daily_metrics_item)

        summary_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary_metrics, Unset):
            summary_metrics = (
                None if self.summary_metrics is None else self.summary_metrics.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if daily_metrics is not UNSET:
            field_dict["daily_metrics"] = daily_metrics
        if summary_metrics is not UNSET:
            field_dict["summary_metrics"] = summary_metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.analytics_daily_metrics import AnalyticsDailyMetrics
        from ..models.analytics_metrics_response_summary_metrics import (
            AnalyticsMetricsResponseSummaryMetrics,
        )

        d = dict(src_dict)
        _daily_metrics = d.pop("daily_metrics", UNSET)
        daily_metrics: list[AnalyticsDailyMetrics] | Unset = UNSET
        if _daily_metrics is None:
            daily_metrics = tolerate_null("daily_metrics")
        elif not isinstance(_daily_metrics, Unset):
            daily_metrics = []
            for daily_metrics_item_data in _daily_metrics:
                _daily_metrics_item = daily_metrics_item_data
                daily_metrics_item = (
                    tolerate_null("daily_metrics_item")
                    if _daily_metrics_item is None
                    else AnalyticsDailyMetrics.from_dict(_daily_metrics_item)
                )

                daily_metrics.append(daily_metrics_item)

        _summary_metrics = d.pop("summary_metrics", UNSET)
        summary_metrics: AnalyticsMetricsResponseSummaryMetrics | Unset
        if isinstance(_summary_metrics, Unset):
            summary_metrics = UNSET
        elif _summary_metrics is None:
            summary_metrics = tolerate_null("summary_metrics")
        else:
            summary_metrics = AnalyticsMetricsResponseSummaryMetrics.from_dict(_summary_metrics)

        analytics_metrics_response = cls(
            daily_metrics=daily_metrics,
            summary_metrics=summary_metrics,
        )

        if d:
            tolerate_unknown_fields("AnalyticsMetricsResponse", d)

        analytics_metrics_response.additional_properties = d
        return analytics_metrics_response

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
