from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TopPinsAnalyticsResponseDateAvailability")


@_attrs_define
class TopPinsAnalyticsResponseDateAvailability:
    """
    Attributes:
        is_realtime (bool | Unset):  Example: False.
        latest_available_timestamp (float | Unset):  Example: 1649116799000.
    """

    is_realtime: bool | Unset = UNSET
    latest_available_timestamp: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_realtime = self.is_realtime

        latest_available_timestamp = self.latest_available_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_realtime is not UNSET:
            field_dict["is_realtime"] = is_realtime
        if latest_available_timestamp is not UNSET:
            field_dict["latest_available_timestamp"] = latest_available_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_realtime = d.pop("is_realtime", UNSET)
        if is_realtime is None:
            is_realtime = tolerate_null("is_realtime")

        latest_available_timestamp = d.pop("latest_available_timestamp", UNSET)
        if latest_available_timestamp is None:
            latest_available_timestamp = tolerate_null("latest_available_timestamp")

        top_pins_analytics_response_date_availability = cls(
            is_realtime=is_realtime,
            latest_available_timestamp=latest_available_timestamp,
        )

        if d:
            tolerate_unknown_fields("TopPinsAnalyticsResponseDateAvailability", d)

        top_pins_analytics_response_date_availability.additional_properties = d
        return top_pins_analytics_response_date_availability

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
