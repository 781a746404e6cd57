from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_status import DataStatus
from ..types import (
    tolerate_null,
)

T = TypeVar("T", bound="TopPinsAnalyticsResponsePinsItemDataStatus")


@_attrs_define
class TopPinsAnalyticsResponsePinsItemDataStatus:
    additional_properties: dict[str, DataStatus] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = None if prop is None else prop.value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        top_pins_analytics_response_pins_item_data_status = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            additional_property = (
                tolerate_null("AdditionalProperty")
                if _additional_property is None
                else DataStatus(_additional_property)
            )

            additional_properties[prop_name] = additional_property

        top_pins_analytics_response_pins_item_data_status.additional_properties = (
            additional_properties
        )
        return top_pins_analytics_response_pins_item_data_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DataStatus:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DataStatus) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
