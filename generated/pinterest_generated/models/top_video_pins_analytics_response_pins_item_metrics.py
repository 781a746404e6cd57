from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TopVideoPinsAnalyticsResponsePinsItemMetrics")


@_attrs_define
class TopVideoPinsAnalyticsResponsePinsItemMetrics:
    """The metric name and daily value for each requested metric

    Example:
        {'IMPRESSION': 7, 'QUARTILE_95_PERCENT_VIEW': 2, 'SAVE': 1, 'VIDEO_10S_VIEW': 5, 'VIDEO_AVG_WATCH_TIME': 86989,
            'VIDEO_MRC_VIEW': 2, 'VIDEO_START': 2, 'VIDEO_V50_WATCH_TIME': 173979, 'OUTBOUND_CLICK': 2}

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top_video_pins_analytics_response_pins_item_metrics = cls()

        top_video_pins_analytics_response_pins_item_metrics.additional_properties = d
        return top_video_pins_analytics_response_pins_item_metrics

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
