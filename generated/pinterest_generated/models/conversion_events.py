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
    from ..models.conversion_events_data_item import ConversionEventsDataItem


T = TypeVar("T", bound="ConversionEvents")


@_attrs_define
class ConversionEvents:
    """A list of events (one or more) encapsulated by a data object.

    Attributes:
        data (list[ConversionEventsDataItem]):
    """

    data: list[ConversionEventsDataItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.data is None:
            data = None
        else:
            data = []
            for data_item_data in self.data:
                data_item = None if data_item_data is None else data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_events_data_item import ConversionEventsDataItem

        d = dict(src_dict)
        _data = d.pop("data")
        data: list[ConversionEventsDataItem]
        if _data is None:
            data = tolerate_null("data")
        else:
            data = []
            for data_item_data in _data:
                _data_item = data_item_data
                data_item = (
                    tolerate_null("data_item")
                    if _data_item is None
                    else ConversionEventsDataItem.from_dict(_data_item)
                )

                data.append(data_item)

        conversion_events = cls(
            data=data,
        )

        if d:
            tolerate_unknown_fields("ConversionEvents", d)
        conversion_events.additional_properties = d
        return conversion_events

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
