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
    from ..models.top_video_pins_analytics_response_pins_item_data_status import (
        TopVideoPinsAnalyticsResponsePinsItemDataStatus,
    )
    from ..models.top_video_pins_analytics_response_pins_item_metrics import (
        TopVideoPinsAnalyticsResponsePinsItemMetrics,
    )


T = TypeVar("T", bound="TopVideoPinsAnalyticsResponsePinsItem")


@_attrs_define
class TopVideoPinsAnalyticsResponsePinsItem:
    """Array with metrics, status, and pin id for the requested metric

    Attributes:
        data_status (TopVideoPinsAnalyticsResponsePinsItemDataStatus | Unset):
        metrics (TopVideoPinsAnalyticsResponsePinsItemMetrics | Unset): The metric name and daily value for each
            requested metric Example: {'IMPRESSION': 7, 'QUARTILE_95_PERCENT_VIEW': 2, 'SAVE': 1, 'VIDEO_10S_VIEW': 5,
            'VIDEO_AVG_WATCH_TIME': 86989, 'VIDEO_MRC_VIEW': 2, 'VIDEO_START': 2, 'VIDEO_V50_WATCH_TIME': 173979,
            'OUTBOUND_CLICK': 2}.
        pin_id (str | Unset): The pin id Example: 642396334344813594.
    """

    data_status: TopVideoPinsAnalyticsResponsePinsItemDataStatus | Unset = UNSET
    metrics: TopVideoPinsAnalyticsResponsePinsItemMetrics | Unset = UNSET
    pin_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_status, Unset):
            data_status = None if self.data_status is None else self.data_status.to_dict()

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = None if self.metrics is None else self.metrics.to_dict()

        pin_id = self.pin_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_status is not UNSET:
            field_dict["data_status"] = data_status
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if pin_id is not UNSET:
            field_dict["pin_id"] = pin_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.top_video_pins_analytics_response_pins_item_data_status import (
            TopVideoPinsAnalyticsResponsePinsItemDataStatus,
        )
        from ..models.top_video_pins_analytics_response_pins_item_metrics import (
            TopVideoPinsAnalyticsResponsePinsItemMetrics,
        )

        d = dict(src_dict)
        _data_status = d.pop("data_status", UNSET)
        data_status: TopVideoPinsAnalyticsResponsePinsItemDataStatus | Unset
        if isinstance(_data_status, Unset):
            data_status = UNSET
        elif _data_status is None:
            data_status = tolerate_null("data_status")
        else:
            data_status = TopVideoPinsAnalyticsResponsePinsItemDataStatus.from_dict(_data_status)

        _metrics = d.pop("metrics", UNSET)
        metrics: TopVideoPinsAnalyticsResponsePinsItemMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        elif _metrics is None:
            metrics = tolerate_null("metrics")
        else:
            metrics = TopVideoPinsAnalyticsResponsePinsItemMetrics.from_dict(_metrics)

        pin_id = d.pop("pin_id", UNSET)
        if pin_id is None:
            pin_id = tolerate_null("pin_id")

        top_video_pins_analytics_response_pins_item = cls(
            data_status=data_status,
            metrics=metrics,
            pin_id=pin_id,
        )

        if d:
            tolerate_unknown_fields("TopVideoPinsAnalyticsResponsePinsItem", d)

        top_video_pins_analytics_response_pins_item.additional_properties = d
        return top_video_pins_analytics_response_pins_item

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
