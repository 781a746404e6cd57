from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PinMediaSourceImagesBase64Item")


@_attrs_define
class PinMediaSourceImagesBase64Item:
    """
    Attributes:
        content_type (ContentType):
        data (str):
        description (str | Unset):
        link (str | Unset):
        title (str | Unset):
    """

    content_type: ContentType
    data: str
    description: str | Unset = UNSET
    link: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = None if self.content_type is None else self.content_type.value

        data = self.data

        description = self.description

        link = self.link

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "data": data,
            }
        )
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
        _content_type = d.pop("content_type")
        content_type = (
            tolerate_null("content_type") if _content_type is None else ContentType(_content_type)
        )

        data = d.pop("data")
        if data is None:
            data = tolerate_null("data")

        description = d.pop("description", UNSET)
        if description is None:
            description = tolerate_null("description")

        link = d.pop("link", UNSET)
        if link is None:
            link = tolerate_null("link")

        title = d.pop("title", UNSET)
        if title is None:
            title = tolerate_null("title")

        pin_media_source_images_base_64_item = cls(
            content_type=content_type,
            data=data,
            description=description,
            link=link,
            title=title,
        )

        if d:
            tolerate_unknown_fields("PinMediaSourceImagesBase64Item", d)

        pin_media_source_images_base_64_item.additional_properties = d
        return pin_media_source_images_base_64_item

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
