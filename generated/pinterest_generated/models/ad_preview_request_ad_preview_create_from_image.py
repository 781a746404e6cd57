from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdPreviewRequestAdPreviewCreateFromImage")


@_attrs_define
class AdPreviewRequestAdPreviewCreateFromImage:
    """
    Example:
        {'image_url': 'https://somewebsite.com/someimage.jpg', 'title': 'My Preview Image'}

    Attributes:
        image_url (str): Image URL. Example: https://somewebsite.com/someimage.jpg.
        title (str): Title displayed below ad. Example: My Preview Image.
    """

    image_url: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_url = d.pop("image_url")
        if image_url is None:
            image_url = tolerate_null("image_url")

        title = d.pop("title")
        if title is None:
            title = tolerate_null("title")

        ad_preview_request_ad_preview_create_from_image = cls(
            image_url=image_url,
            title=title,
        )

        if d:
            tolerate_unknown_fields("AdPreviewRequestAdPreviewCreateFromImage", d)

        ad_preview_request_ad_preview_create_from_image.additional_properties = d
        return ad_preview_request_ad_preview_create_from_image

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
