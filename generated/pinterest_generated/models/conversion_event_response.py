from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversion_tag_type import ConversionTagType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ConversionEventResponse")


@_attrs_define
class ConversionEventResponse:
    """
    Attributes:
        ad_account_id (str | Unset): Id of the ad account. Example: 549757463328.
        conversion_event (ConversionTagType | Unset): conversion tag type Example: PAGE_LOAD.
        conversion_tag_id (str | Unset): Id of the tag. Example: 2614324385652.
        created_time (int | Unset): Creation date in epoch format. Example: 1564768710.
    """

    ad_account_id: str | Unset = UNSET
    conversion_event: ConversionTagType | Unset = UNSET
    conversion_tag_id: str | Unset = UNSET
    created_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        conversion_event: str | Unset = UNSET
        if not isinstance(self.conversion_event, Unset):
            conversion_event = (
                None if self.conversion_event is None else self.conversion_event.value
            )

        conversion_tag_id = self.conversion_tag_id

        created_time = self.created_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if conversion_event is not UNSET:
            field_dict["conversion_event"] = conversion_event
        if conversion_tag_id is not UNSET:
            field_dict["conversion_tag_id"] = conversion_tag_id
        if created_time is not UNSET:
            field_dict["created_time"] = created_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        _conversion_event = d.pop("conversion_event", UNSET)
        conversion_event: ConversionTagType | Unset
        if isinstance(_conversion_event, Unset):
            conversion_event = UNSET
        elif _conversion_event is None:
            conversion_event = tolerate_null("conversion_event")
        else:
            conversion_event = ConversionTagType(_conversion_event)

        conversion_tag_id = d.pop("conversion_tag_id", UNSET)
        if conversion_tag_id is None:
            conversion_tag_id = tolerate_null("conversion_tag_id")

        created_time = d.pop("created_time", UNSET)
        if created_time is None:
            created_time = tolerate_null("created_time")

        conversion_event_response = cls(
            ad_account_id=ad_account_id,
            conversion_event=conversion_event,
            conversion_tag_id=conversion_tag_id,
            created_time=created_time,
        )

        if d:
            tolerate_unknown_fields("ConversionEventResponse", d)

        conversion_event_response.additional_properties = d
        return conversion_event_response

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
