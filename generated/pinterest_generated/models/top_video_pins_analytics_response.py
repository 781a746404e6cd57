from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.top_video_pins_analytics_response_sort_by import TopVideoPinsAnalyticsResponseSortBy
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.top_video_pins_analytics_response_date_availability import (
        TopVideoPinsAnalyticsResponseDateAvailability,
    )
    from ..models.top_video_pins_analytics_response_pins_item import (
        TopVideoPinsAnalyticsResponsePinsItem,
    )


T = TypeVar("T", bound="TopVideoPinsAnalyticsResponse")


@_attrs_define
class TopVideoPinsAnalyticsResponse:
    """
    Attributes:
        date_availability (TopVideoPinsAnalyticsResponseDateAvailability | Unset):
        pins (list[TopVideoPinsAnalyticsResponsePinsItem] | Unset):
        sort_by (TopVideoPinsAnalyticsResponseSortBy | Unset):  Example: IMPRESSION.
    """

    date_availability: TopVideoPinsAnalyticsResponseDateAvailability | Unset = UNSET
    pins: list[TopVideoPinsAnalyticsResponsePinsItem] | Unset = UNSET
    sort_by: TopVideoPinsAnalyticsResponseSortBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_availability: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_availability, Unset):
            date_availability = (
                None if self.date_availability is None else self.date_availability.to_dict()
            )

        pins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pins, Unset):
            if self.pins is None:
                pins = None
            else:
                pins = []
                for pins_item_data in self.pins:
                    pins_item = None if pins_item_data is None else pins_item_data.to_dict()
                    pins.append(pins_item)

        sort_by: str | Unset = UNSET
        if not isinstance(self.sort_by, Unset):
            sort_by = None if self.sort_by is None else self.sort_by.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_availability is not UNSET:
            field_dict["date_availability"] = date_availability
        if pins is not UNSET:
            field_dict["pins"] = pins
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.top_video_pins_analytics_response_date_availability import (
            TopVideoPinsAnalyticsResponseDateAvailability,
        )
        from ..models.top_video_pins_analytics_response_pins_item import (
            TopVideoPinsAnalyticsResponsePinsItem,
        )

        d = dict(src_dict)
        _date_availability = d.pop("date_availability", UNSET)
        date_availability: TopVideoPinsAnalyticsResponseDateAvailability | Unset
        if isinstance(_date_availability, Unset):
            date_availability = UNSET
        elif _date_availability is None:
            date_availability = tolerate_null("date_availability")
        else:
            date_availability = TopVideoPinsAnalyticsResponseDateAvailability.from_dict(
                _date_availability
            )

        _pins = d.pop("pins", UNSET)
        pins: list[TopVideoPinsAnalyticsResponsePinsItem] | Unset = UNSET
        if _pins is None:
            pins = tolerate_null("pins")
        elif not isinstance(_pins, Unset):
            pins = []
            for pins_item_data in _pins:
                _pins_item = pins_item_data
                pins_item = (
                    tolerate_null("pins_item")
                    if _pins_item is None
                    else TopVideoPinsAnalyticsResponsePinsItem.from_dict(_pins_item)
                )

                pins.append(pins_item)

        _sort_by = d.pop("sort_by", UNSET)
        sort_by: TopVideoPinsAnalyticsResponseSortBy | Unset
        if isinstance(_sort_by, Unset):
            sort_by = UNSET
        elif _sort_by is None:
            sort_by = tolerate_null("sort_by")
        else:
            sort_by = TopVideoPinsAnalyticsResponseSortBy(_sort_by)

        top_video_pins_analytics_response = cls(
            date_availability=date_availability,
            pins=pins,
            sort_by=sort_by,
        )

        if d:
            tolerate_unknown_fields("TopVideoPinsAnalyticsResponse", d)

        top_video_pins_analytics_response.additional_properties = d
        return top_video_pins_analytics_response

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
