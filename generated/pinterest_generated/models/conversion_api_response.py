from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.conversion_api_response_events_item import ConversionApiResponseEventsItem


T = TypeVar("T", bound="ConversionApiResponse")


@_attrs_define
class ConversionApiResponse:
    """Schema describing the object in the response, which contains information about the events that were received and
    processed.

        Attributes:
            events (list[ConversionApiResponseEventsItem]): Specific messages for each event received. The order will match
                the order in which the events were received in the request.
            num_events_processed (int): Number of events that were successfully processed from the events.
            num_events_received (int): Total number of events received in the request.
    """

    events: list[ConversionApiResponseEventsItem]
    num_events_processed: int
    num_events_received: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.events is None:
            events = None
        else:
            events = []
            for events_item_data in self.events:
                events_item = None if events_item_data is None else events_item_data.to_dict()
                events.append(events_item)

        num_events_processed = self.num_events_processed

        num_events_received = self.num_events_received

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "num_events_processed": num_events_processed,
                "num_events_received": num_events_received,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_api_response_events_item import ConversionApiResponseEventsItem

        d = dict(src_dict)
        _events = d.pop("events")
        events: list[ConversionApiResponseEventsItem]
        if _events is None:
            events = tolerate_null("events")
        else:
            events = []
            for events_item_data in _events:
                _events_item = events_item_data
                events_item = (
                    tolerate_null("events_item")
                    if _events_item is None
                    else ConversionApiResponseEventsItem.from_dict(_events_item)
                )

                events.append(events_item)

        num_events_processed = d.pop("num_events_processed")
        if num_events_processed is None:
            num_events_processed = tolerate_null("num_events_processed")

        num_events_received = d.pop("num_events_received")
        if num_events_received is None:
            num_events_received = tolerate_null("num_events_received")

        conversion_api_response = cls(
            events=events,
            num_events_processed=num_events_processed,
            num_events_received=num_events_received,
        )

        if d:
            tolerate_unknown_fields("ConversionApiResponse", d)

        conversion_api_response.additional_properties = d
        return conversion_api_response

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
