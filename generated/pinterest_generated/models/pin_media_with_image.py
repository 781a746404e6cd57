from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_media_with_image_media_type import PinMediaWithImageMediaType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.image_size import ImageSize


T = TypeVar("T", bound="PinMediaWithImage")


@_attrs_define
class PinMediaWithImage:
    """Pin with image.

    Attributes:
        media_type (PinMediaWithImageMediaType):
        images (ImageSize | Unset):  Example: {'150x150': {'width': 150, 'height': 150, 'url':
            'https://i.pinimg.com/150x150/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}, '400x300': {'width': 400,
            'height': 300, 'url': 'https://i.pinimg.com/400x300/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}, '600x':
            {'width': 600, 'height': 600, 'url': 'https://i.pinimg.com/600x/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'},
            '1200x': {'width': 1200, 'height': 1200, 'url':
            'https://i.pinimg.com/1200x/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}}.
    """

    media_type: PinMediaWithImageMediaType
    images: ImageSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = None if self.media_type is None else self.media_type.value

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = None if self.images is None else self.images.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_type": media_type,
            }
        )
        if images is not UNSET:
            field_dict["images"] = images

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_size import ImageSize

        d = dict(src_dict)
        _media_type = d.pop("media_type")
        media_type = (
            tolerate_null("media_type")
            if _media_type is None
            else PinMediaWithImageMediaType(_media_type)
        )

        _images = d.pop("images", UNSET)
        images: ImageSize | Unset
        if isinstance(_images, Unset):
            images = UNSET
        elif _images is None:
            images = tolerate_null("images")
        else:
            images = ImageSize.from_dict(_images)

        pin_media_with_image = cls(
            media_type=media_type,
            images=images,
        )

        if d:
            tolerate_unknown_fields("PinMediaWithImage", d)

        pin_media_with_image.additional_properties = d
        return pin_media_with_image

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
