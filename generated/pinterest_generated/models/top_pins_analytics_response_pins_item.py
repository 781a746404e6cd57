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
    from ..models.metrics import Metrics
    from ..models.top_pins_analytics_response_pins_item_data_status import (
        TopPinsAnalyticsResponsePinsItemDataStatus,
    )


T = TypeVar("T", bound="TopPinsAnalyticsResponsePinsItem")


@_attrs_define
class TopPinsAnalyticsResponsePinsItem:
    """Array with metrics, status, and pin id for the requested metric

    Attributes:
        data_status (TopPinsAnalyticsResponsePinsItemDataStatus | Unset):
        metrics (Metrics | Unset): The metric name and daily value for each requested metric Example: {'CLOSEUP': 1,
            'CLOSEUP_RATE': 0, 'ENGAGEMENT': 1, 'ENGAGEMENT_RATE': 0, 'IMPRESSION': 240, 'OUTBOUND_CLICK': 20,
            'OUTBOUND_CLICK_RATE': 0.08, 'PIN_CLICK': 37, 'PIN_CLICK_RATE': 0.15, 'QUARTILE_95_PERCENT_VIEW': 8, 'SAVE': 20,
            'SAVE_RATE': 0.18, 'VIDEO_10S_VIEW': 2, 'VIDEO_AVG_WATCH_TIME': 2507.75, 'VIDEO_MRC_VIEW': 20, 'VIDEO_START':
            29, 'VIDEO_V50_WATCH_TIME': 10031}.
        pin_id (str | Unset): The pin id Example: 642396334344813594.
    """

    data_status: TopPinsAnalyticsResponsePinsItemDataStatus | Unset = UNSET
    metrics: Metrics | Unset = UNSET
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
        from ..models.metrics import Metrics
        from ..models.top_pins_analytics_response_pins_item_data_status import (
            TopPinsAnalyticsResponsePinsItemDataStatus,
        )

        d = dict(src_dict)
        _data_status = d.pop("data_status", UNSET)
        data_status: TopPinsAnalyticsResponsePinsItemDataStatus | Unset
        if isinstance(_data_status, Unset):
            data_status = UNSET
        elif _data_status is None:
            data_status = tolerate_null("data_status")
        else:
            data_status = TopPinsAnalyticsResponsePinsItemDataStatus.from_dict(_data_status)

        _metrics = d.pop("metrics", UNSET)
        metrics: Metrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        elif _metrics is None:
            metrics = tolerate_null("metrics")
        else:
            metrics = Metrics.from_dict(_metrics)

        pin_id = d.pop("pin_id", UNSET)
        if pin_id is None:
            pin_id = tolerate_null("pin_id")

        top_pins_analytics_response_pins_item = cls(
            data_status=data_status,
            metrics=metrics,
            pin_id=pin_id,
        )

        if d:
            tolerate_unknown_fields("TopPinsAnalyticsResponsePinsItem", d)

        top_pins_analytics_response_pins_item.additional_properties = d
        return top_pins_analytics_response_pins_item

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
