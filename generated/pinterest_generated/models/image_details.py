from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ImageDetails")


@_attrs_define
class ImageDetails:
    """
    Attributes:
        height (int | None):
        url (str):
        width (int | None):
    """

    height: int | None
    url: str
    width: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height: int | None
        height = self.height

        url = self.url

        width: int | None
        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "url": url,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_height(data: object) -> int | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_height(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None, data)

        height = _parse_height(d.pop("height"))

        url = d.pop("url")
        if url is None:
            url = tolerate_null("url")

        def _parse_width(data: object) -> int | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_width(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None, data)

        width = _parse_width(d.pop("width"))

        image_details = cls(
            height=height,
            url=url,
            width=width,
        )

        if d:
            tolerate_unknown_fields("ImageDetails", d)

        image_details.additional_properties = d
        return image_details

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
