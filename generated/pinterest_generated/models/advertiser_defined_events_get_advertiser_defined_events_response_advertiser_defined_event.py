from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event_mapped_conversion_type_type_0 import (
    AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0,
)
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar(
    "T", bound="AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEvent"
)


@_attrs_define
class AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEvent:
    """
    Attributes:
        name (str | Unset): raw string name of the event, usually logged as raw_event_name in our dataset Example:
            download_picture.
        mapped_conversion_type
            (AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0 | None
            | Unset): standard type mapped to ADE for optimization
    """

    name: str | Unset = UNSET
    mapped_conversion_type: (
        AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        mapped_conversion_type: None | str | Unset
        if isinstance(self.mapped_conversion_type, Unset):
            mapped_conversion_type = UNSET
        elif isinstance(
            self.mapped_conversion_type,
            AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0,
        ):
            mapped_conversion_type = (
                None if self.mapped_conversion_type is None else self.mapped_conversion_type.value
            )
        else:
            mapped_conversion_type = self.mapped_conversion_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if mapped_conversion_type is not UNSET:
            field_dict["mapped_conversion_type"] = mapped_conversion_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        def _parse_mapped_conversion_type(
            data: object,
        ) -> (
            AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_mapped_conversion_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _mapped_conversion_type_type_0 = data
                mapped_conversion_type_type_0 = (
                    tolerate_null("mapped_conversion_type_type_0")
                    if _mapped_conversion_type_type_0 is None
                    else AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0(
                        _mapped_conversion_type_type_0
                    )
                )

                return mapped_conversion_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEventMappedConversionTypeType0
                | None
                | Unset,
                data,
            )

        mapped_conversion_type = _parse_mapped_conversion_type(
            d.pop("mapped_conversion_type", UNSET)
        )

        advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event = cls(
            name=name,
            mapped_conversion_type=mapped_conversion_type,
        )

        if d:
            tolerate_unknown_fields(
                "AdvertiserDefinedEventsGetAdvertiserDefinedEventsResponseAdvertiserDefinedEvent", d
            )

        advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event.additional_properties = d
        return advertiser_defined_events_get_advertiser_defined_events_response_advertiser_defined_event

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
