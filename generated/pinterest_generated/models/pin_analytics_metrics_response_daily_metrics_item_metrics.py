from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PinAnalyticsMetricsResponseDailyMetricsItemMetrics")


@_attrs_define
class PinAnalyticsMetricsResponseDailyMetricsItemMetrics:
    """The metric name and daily value for each requested metric

    Example:
        {'IMPRESSION': 240, 'OUTBOUND_CLICK': 20, 'PIN_CLICK': 37, 'QUARTILE_95_PERCENT_VIEW': 8, 'SAVE': 20,
            'SAVE_RATE': 0.18, 'VIDEO_10S_VIEW': 2, 'VIDEO_AVG_WATCH_TIME': 2507.75, 'VIDEO_MRC_VIEW': 20, 'VIDEO_START':
            29, 'VIDEO_V50_WATCH_TIME': 10031}

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pin_analytics_metrics_response_daily_metrics_item_metrics = cls()

        pin_analytics_metrics_response_daily_metrics_item_metrics.additional_properties = d
        return pin_analytics_metrics_response_daily_metrics_item_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
