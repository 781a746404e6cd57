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

T = TypeVar("T", bound="CarouselSlot")


@_attrs_define
class CarouselSlot:
    """
    Attributes:
        description (str | Unset): Carousel Pin slot description.
        link (str | Unset): Carousel Pin slot link.
        title (str | Unset): Carousel Pin slot title.
    """

    description: str | Unset = UNSET
    link: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        link = self.link

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if link is not UNSET:
            field_dict["link"] = link
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("description", UNSET)
        if description is None:
            description = tolerate_null("description")

        link = d.pop("link", UNSET)
        if link is None:
            link = tolerate_null("link")

        title = d.pop("title", UNSET)
        if title is None:
            title = tolerate_null("title")

        carousel_slot = cls(
            description=description,
            link=link,
            title=title,
        )

        if d:
            tolerate_unknown_fields("CarouselSlot", d)

        carousel_slot.additional_properties = d
        return carousel_slot

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
