from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_status import DataStatus
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.pin_analytics_metrics_response_daily_metrics_item_metrics import (
        PinAnalyticsMetricsResponseDailyMetricsItemMetrics,
    )


T = TypeVar("T", bound="PinAnalyticsMetricsResponseDailyMetricsItem")


@_attrs_define
class PinAnalyticsMetricsResponseDailyMetricsItem:
    """
    Attributes:
        data_status (DataStatus | Unset): Metrics availablity, e.g., "READY". Example: READY.
        date (str | Unset): Metrics date (UTC): YYYY-MM-DD. Example: 2019-12-01.
        metrics (PinAnalyticsMetricsResponseDailyMetricsItemMetrics | Unset): The metric name and daily value for each
            requested metric Example: {'IMPRESSION': 240, 'OUTBOUND_CLICK': 20, 'PIN_CLICK': 37, 'QUARTILE_95_PERCENT_VIEW':
            8, 'SAVE': 20, 'SAVE_RATE': 0.18, 'VIDEO_10S_VIEW': 2, 'VIDEO_AVG_WATCH_TIME': 2507.75, 'VIDEO_MRC_VIEW': 20,
            'VIDEO_START': 29, 'VIDEO_V50_WATCH_TIME': 10031}.
    """

    data_status: DataStatus | Unset = UNSET
    date: str | Unset = UNSET
    metrics: PinAnalyticsMetricsResponseDailyMetricsItemMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_status: str | Unset = UNSET
        if not isinstance(self.data_status, Unset):
            data_status = None if self.data_status is None else self.data_status.value

        date = self.date

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = None if self.metrics is None else self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_status is not UNSET:
            field_dict["data_status"] = data_status
        if date is not UNSET:
            field_dict["date"] = date
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pin_analytics_metrics_response_daily_metrics_item_metrics import (
            PinAnalyticsMetricsResponseDailyMetricsItemMetrics,
        )

        d = dict(src_dict)
        _data_status = d.pop("data_status", UNSET)
        data_status: DataStatus | Unset
        if isinstance(_data_status, Unset):
            data_status = UNSET
        elif _data_status is None:
            data_status = tolerate_null("data_status")
        else:
            data_status = DataStatus(_data_status)

        date = d.pop("date", UNSET)
        if date is None:
            date = tolerate_null("date")

        _metrics = d.pop("metrics", UNSET)
        metrics: PinAnalyticsMetricsResponseDailyMetricsItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        elif _metrics is None:
            metrics = tolerate_null("metrics")
        else:
            metrics = PinAnalyticsMetricsResponseDailyMetricsItemMetrics.from_dict(_metrics)

        pin_analytics_metrics_response_daily_metrics_item = cls(
            data_status=data_status,
            date=date,
            metrics=metrics,
        )

        if d:
            tolerate_unknown_fields("PinAnalyticsMetricsResponseDailyMetricsItem", d)

        pin_analytics_metrics_response_daily_metrics_item.additional_properties = d
        return pin_analytics_metrics_response_daily_metrics_item

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
