from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_media_with_video_media_type import PinMediaWithVideoMediaType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.image_size import ImageSize


T = TypeVar("T", bound="PinMediaWithVideo")


@_attrs_define
class PinMediaWithVideo:
    """Pin with video.

    Attributes:
        media_type (PinMediaWithVideoMediaType):
        cover_image_url (str | Unset):
        duration (float | None | Unset): Duration (in miliseconds). Field maybe null after creation due to video
            processing time.
        height (int | None | Unset): Height (in pixels). Field maybe null after creation due to video processing time.
        images (ImageSize | Unset):  Example: {'150x150': {'width': 150, 'height': 150, 'url':
            'https://i.pinimg.com/150x150/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}, '400x300': {'width': 400,
            'height': 300, 'url': 'https://i.pinimg.com/400x300/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}, '600x':
            {'width': 600, 'height': 600, 'url': 'https://i.pinimg.com/600x/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'},
            '1200x': {'width': 1200, 'height': 1200, 'url':
            'https://i.pinimg.com/1200x/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}}.
        video_url (None | str | Unset): Video url (720p).

            **Note:** This field is limited and not available to all apps.
        width (int | None | Unset): Width (in pixels). Field maybe null after creation due to video processing time.
    """

    media_type: PinMediaWithVideoMediaType
    cover_image_url: str | Unset = UNSET
    duration: float | None | Unset = UNSET
    height: int | None | Unset = UNSET
    images: ImageSize | Unset = UNSET
    video_url: None | str | Unset = UNSET
    width: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = None if self.media_type is None else self.media_type.value

        cover_image_url = self.cover_image_url

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        images: dict[str, Any] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = None if self.images is None else self.images.to_dict()

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_type": media_type,
            }
        )
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if height is not UNSET:
            field_dict["height"] = height
        if images is not UNSET:
            field_dict["images"] = images
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_size import ImageSize

        d = dict(src_dict)
        _media_type = d.pop("media_type")
        media_type = (
            tolerate_null("media_type")
            if _media_type is None
            else PinMediaWithVideoMediaType(_media_type)
        )

        cover_image_url = d.pop("cover_image_url", UNSET)
        if cover_image_url is None:
            cover_image_url = tolerate_null("cover_image_url")

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_duration(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_height(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        _images = d.pop("images", UNSET)
        images: ImageSize | Unset
        if isinstance(_images, Unset):
            images = UNSET
        elif _images is None:
            images = tolerate_null("images")
        else:
            images = ImageSize.from_dict(_images)

        def _parse_video_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_video_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        video_url = _parse_video_url(d.pop("video_url", UNSET))

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_width(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        pin_media_with_video = cls(
            media_type=media_type,
            cover_image_url=cover_image_url,
            duration=duration,
            height=height,
            images=images,
            video_url=video_url,
            width=width,
        )

        if d:
            tolerate_unknown_fields("PinMediaWithVideo", d)

        pin_media_with_video.additional_properties = d
        return pin_media_with_video

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
