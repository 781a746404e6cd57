from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsFeedCredentials")


@_attrs_define
class CatalogsFeedCredentials:
    """This field is **OPTIONAL**. Use this if your feed file requires username and password.

    Attributes:
        password (str): The required password for downloading a feed.
        username (str): The required username for downloading a feed.
    """

    password: str
    username: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "password": password,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        password = d.pop("password")
        if password is None:
            password = tolerate_null("password")

        username = d.pop("username")
        if username is None:
            username = tolerate_null("username")

        catalogs_feed_credentials = cls(
            password=password,
            username=username,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedCredentials", d)

        catalogs_feed_credentials.additional_properties = d
        return catalogs_feed_credentials

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
