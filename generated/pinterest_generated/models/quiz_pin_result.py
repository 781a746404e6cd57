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

T = TypeVar("T", bound="QuizPinResult")


@_attrs_define
class QuizPinResult:
    """The result, and link out, based on the user’s choice.

    Example:
        {'organic_pin_id': 'pinId', 'android_deep_link': 'https://www.pinterest.com/', 'ios_deep_link':
            'https://www.pinterest.com/', 'destination_url': 'https://www.pinterest.com/'}

    Attributes:
        android_deep_link (str | Unset):
        destination_url (str | Unset):
        ios_deep_link (str | Unset):
        organic_pin_id (str | Unset):
        result_id (float | Unset):
    """

    android_deep_link: str | Unset = UNSET
    destination_url: str | Unset = UNSET
    ios_deep_link: str | Unset = UNSET
    organic_pin_id: str | Unset = UNSET
    result_id: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android_deep_link = self.android_deep_link

        destination_url = self.destination_url

        ios_deep_link = self.ios_deep_link

        organic_pin_id = self.organic_pin_id

        result_id = self.result_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_deep_link is not UNSET:
            field_dict["android_deep_link"] = android_deep_link
        if destination_url is not UNSET:
            field_dict["destination_url"] = destination_url
        if ios_deep_link is not UNSET:
            field_dict["ios_deep_link"] = ios_deep_link
        if organic_pin_id is not UNSET:
            field_dict["organic_pin_id"] = organic_pin_id
        if result_id is not UNSET:
            field_dict["result_id"] = result_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        android_deep_link = d.pop("android_deep_link", UNSET)
        if android_deep_link is None:
            android_deep_link = tolerate_null("android_deep_link")

        destination_url = d.pop("destination_url", UNSET)
        if destination_url is None:
            destination_url = tolerate_null("destination_url")

        ios_deep_link = d.pop("ios_deep_link", UNSET)
        if ios_deep_link is None:
            ios_deep_link = tolerate_null("ios_deep_link")

        organic_pin_id = d.pop("organic_pin_id", UNSET)
        if organic_pin_id is None:
            organic_pin_id = tolerate_null("organic_pin_id")

        result_id = d.pop("result_id", UNSET)
        if result_id is None:
            result_id = tolerate_null("result_id")

        quiz_pin_result = cls(
            android_deep_link=android_deep_link,
            destination_url=destination_url,
            ios_deep_link=ios_deep_link,
            organic_pin_id=organic_pin_id,
            result_id=result_id,
        )

        if d:
            tolerate_unknown_fields("QuizPinResult", d)

        quiz_pin_result.additional_properties = d
        return quiz_pin_result

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
