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

T = TypeVar("T", bound="LinkedBusiness")


@_attrs_define
class LinkedBusiness:
    """
    Attributes:
        image_large_url (str | Unset): image_large_url Example: https://www.example.com/dj23454f53dfk2324.jpg.
        image_medium_url (str | Unset): image_medium_url Example: https://www.example.com/dj23454f53dfk2324.jpg.
        image_small_url (str | Unset): image_small_url Example: https://www.example.com/dj23454f53dfk2324.jpg.
        image_xlarge_url (str | Unset): image_xlarge_url Example: https://www.example.com/dj23454f53dfk2324.jpg.
        username (str | Unset): Username Example: username.
    """

    image_large_url: str | Unset = UNSET
    image_medium_url: str | Unset = UNSET
    image_small_url: str | Unset = UNSET
    image_xlarge_url: str | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_large_url = self.image_large_url

        image_medium_url = self.image_medium_url

        image_small_url = self.image_small_url

        image_xlarge_url = self.image_xlarge_url

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_large_url is not UNSET:
            field_dict["image_large_url"] = image_large_url
        if image_medium_url is not UNSET:
            field_dict["image_medium_url"] = image_medium_url
        if image_small_url is not UNSET:
            field_dict["image_small_url"] = image_small_url
        if image_xlarge_url is not UNSET:
            field_dict["image_xlarge_url"] = image_xlarge_url
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_large_url = d.pop("image_large_url", UNSET)
        if image_large_url is None:
            image_large_url = tolerate_null("image_large_url")

        image_medium_url = d.pop("image_medium_url", UNSET)
        if image_medium_url is None:
            image_medium_url = tolerate_null("image_medium_url")

        image_small_url = d.pop("image_small_url", UNSET)
        if image_small_url is None:
            image_small_url = tolerate_null("image_small_url")

        image_xlarge_url = d.pop("image_xlarge_url", UNSET)
        if image_xlarge_url is None:
            image_xlarge_url = tolerate_null("image_xlarge_url")

        username = d.pop("username", UNSET)
        if username is None:
            username = tolerate_null("username")

        linked_business = cls(
            image_large_url=image_large_url,
            image_medium_url=image_medium_url,
            image_small_url=image_small_url,
            image_xlarge_url=image_xlarge_url,
            username=username,
        )

        if d:
            tolerate_unknown_fields("LinkedBusiness", d)

        linked_business.additional_properties = d
        return linked_business

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
