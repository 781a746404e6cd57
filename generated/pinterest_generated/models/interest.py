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

T = TypeVar("T", bound="Interest")


@_attrs_define
class Interest:
    """
    Attributes:
        canonical_url (str | Unset):
        id (str | Unset):  Example: 903972677830.
        key (str | Unset):  Example: man cave.
        name (str | Unset):  Example: Man cave.
    """

    canonical_url: str | Unset = UNSET
    id: str | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        canonical_url = self.canonical_url

        id = self.id

        key = self.key

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if canonical_url is not UNSET:
            field_dict["canonical_url"] = canonical_url
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        canonical_url = d.pop("canonical_url", UNSET)
        if canonical_url is None:
            canonical_url = tolerate_null("canonical_url")

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        key = d.pop("key", UNSET)
        if key is None:
            key = tolerate_null("key")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        interest = cls(
            canonical_url=canonical_url,
            id=id,
            key=key,
            name=name,
        )

        if d:
            tolerate_unknown_fields("Interest", d)

        interest.additional_properties = d
        return interest

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
