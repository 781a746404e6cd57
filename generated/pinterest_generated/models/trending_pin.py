from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TrendingPin")


@_attrs_define
class TrendingPin:
    """Pin image data for trending topics

    Attributes:
        height (int): Height of the pin image in pixels
        id (str): Unique identifier for the pin
        src (str): URL of the pin image
        width (int): Width of the pin image in pixels
    """

    height: int
    id: str
    src: str
    width: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        id = self.id

        src = self.src

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "id": id,
                "src": src,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        height = d.pop("height")
        if height is None:
            height = tolerate_null("height")

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        src = d.pop("src")
        if src is None:
            src = tolerate_null("src")

        width = d.pop("width")
        if width is None:
            width = tolerate_null("width")

        trending_pin = cls(
            height=height,
            id=id,
            src=src,
            width=width,
        )

        if d:
            tolerate_unknown_fields("TrendingPin", d)

        trending_pin.additional_properties = d
        return trending_pin

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
