from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ads_analytics_create_async_request_custom_conversion_event_metrics_item_custom_event_metrics_type import (
    AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItemCustomEventMetricsType,
)
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem")


@_attrs_define
class AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem:
    """
    Attributes:
        custom_event_metrics_type
            (AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItemCustomEventMetricsType): Metrics for custom
            defined conversion event. Example: ADE_COST_PER_ACTION.
        custom_event_name (str): Name of the advertiser-defined custom conversion event
    """

    custom_event_metrics_type: (
        AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItemCustomEventMetricsType
    )
    custom_event_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_event_metrics_type = (
            None if self.custom_event_metrics_type is None else self.custom_event_metrics_type.value
        )

        custom_event_name = self.custom_event_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_event_metrics_type": custom_event_metrics_type,
                "custom_event_name": custom_event_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _custom_event_metrics_type = d.pop("custom_event_metrics_type")
        custom_event_metrics_type = (
            tolerate_null("custom_event_metrics_type")
            if _custom_event_metrics_type is None
            else AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItemCustomEventMetricsType(
                _custom_event_metrics_type
            )
        )

        custom_event_name = d.pop("custom_event_name")
        if custom_event_name is None:
            custom_event_name = tolerate_null("custom_event_name")

        ads_analytics_create_async_request_custom_conversion_event_metrics_item = cls(
            custom_event_metrics_type=custom_event_metrics_type,
            custom_event_name=custom_event_name,
        )

        if d:
            tolerate_unknown_fields(
                "AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem", d
            )

        ads_analytics_create_async_request_custom_conversion_event_metrics_item.additional_properties = d
        return ads_analytics_create_async_request_custom_conversion_event_metrics_item

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
