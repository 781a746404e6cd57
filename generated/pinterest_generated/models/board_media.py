from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BoardMedia")


@_attrs_define
class BoardMedia:
    """
    Attributes:
        image_cover_url (None | str | Unset): Board cover image Example:
            https://i.pinimg.com/400x300/fd/cd/d5/fdcdd5a6d8a80824add0d054125cd957.jpg.
        pin_thumbnail_urls (list[str] | Unset): Board pin thumbnail urls. Example:
            ['https://i.pinimg.com/150x150/b4/57/10/b45710f1ede96af55230f4b43935c4af.jpg',
            'https://i.pinimg.com/150x150/dd/ff/46/ddff4616e39c1935cd05738794fa860e.jpg',
            'https://i.pinimg.com/150x150/84/ac/59/84ac59b670ccb5b903dace480a98930c.jpg',
            'https://i.pinimg.com/150x150/4c/54/6f/4c546f521be85e30838fb742bfff6936.jpg'].
    """

    image_cover_url: None | str | Unset = UNSET
    pin_thumbnail_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_cover_url: None | str | Unset
        if isinstance(self.image_cover_url, Unset):
            image_cover_url = UNSET
        else:
            image_cover_url = self.image_cover_url

        pin_thumbnail_urls: list[str] | Unset = UNSET
        if not isinstance(self.pin_thumbnail_urls, Unset):
            pin_thumbnail_urls = self.pin_thumbnail_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_cover_url is not UNSET:
            field_dict["image_cover_url"] = image_cover_url
        if pin_thumbnail_urls is not UNSET:
            field_dict["pin_thumbnail_urls"] = pin_thumbnail_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_image_cover_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_image_cover_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        image_cover_url = _parse_image_cover_url(d.pop("image_cover_url", UNSET))

        _pin_thumbnail_urls = d.pop("pin_thumbnail_urls", UNSET)
        pin_thumbnail_urls = (
            tolerate_null("pin_thumbnail_urls")
            if _pin_thumbnail_urls is None
            else cast(list[str], _pin_thumbnail_urls)
        )

        board_media = cls(
            image_cover_url=image_cover_url,
            pin_thumbnail_urls=pin_thumbnail_urls,
        )

        if d:
            tolerate_unknown_fields("BoardMedia", d)

        board_media.additional_properties = d
        return board_media

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
