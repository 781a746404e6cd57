from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Metrics")


@_attrs_define
class Metrics:
    """The metric name and daily value for each requested metric

    Example:
        {'CLOSEUP': 1, 'CLOSEUP_RATE': 0, 'ENGAGEMENT': 1, 'ENGAGEMENT_RATE': 0, 'IMPRESSION': 240, 'OUTBOUND_CLICK':
            20, 'OUTBOUND_CLICK_RATE': 0.08, 'PIN_CLICK': 37, 'PIN_CLICK_RATE': 0.15, 'QUARTILE_95_PERCENT_VIEW': 8, 'SAVE':
            20, 'SAVE_RATE': 0.18, 'VIDEO_10S_VIEW': 2, 'VIDEO_AVG_WATCH_TIME': 2507.75, 'VIDEO_MRC_VIEW': 20,
            'VIDEO_START': 29, 'VIDEO_V50_WATCH_TIME': 10031}

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metrics = cls()

        metrics.additional_properties = d
        return metrics

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
