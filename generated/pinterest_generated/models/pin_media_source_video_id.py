from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
from ..models.pin_media_source_video_id_source_type import PinMediaSourceVideoIDSourceType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PinMediaSourceVideoID")


@_attrs_define
class PinMediaSourceVideoID:
    """Video ID-based media source.

    Attributes:
        media_id (str):
        source_type (PinMediaSourceVideoIDSourceType):
        cover_image_content_type (ContentType | Unset):
        cover_image_data (str | Unset): Cover image Base64.
        cover_image_key_frame_time (int | Unset): Keyframe timestamp for cover image (seconds). If entered time exceeds
            video duration, the last frame is used.
        cover_image_url (str | Unset): Cover image URL.
        is_standard (bool | Unset): Set the parameter to false to create the new simplified Pin instead of the standard
            pin. Currently the field is only available to a list of beta users. Default: True.
    """

    media_id: str
    source_type: PinMediaSourceVideoIDSourceType
    cover_image_content_type: ContentType | Unset = UNSET
    cover_image_data: str | Unset = UNSET
    cover_image_key_frame_time: int | Unset = UNSET
    cover_image_url: str | Unset = UNSET
    is_standard: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        source_type = None if self.source_type is None else self.source_type.value

        cover_image_content_type: str | Unset = UNSET
        if not isinstance(self.cover_image_content_type, Unset):
            cover_image_content_type = (
                None
                if self.cover_image_content_type is None
                else self.cover_image_content_type.value
            )

        cover_image_data = self.cover_image_data

        cover_image_key_frame_time = self.cover_image_key_frame_time

        cover_image_url = self.cover_image_url

        is_standard = self.is_standard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "source_type": source_type,
            }
        )
        if cover_image_content_type is not UNSET:
            field_dict["cover_image_content_type"] = cover_image_content_type
        if cover_image_data is not UNSET:
            field_dict["cover_image_data"] = cover_image_data
        if cover_image_key_frame_time is not UNSET:
            field_dict["cover_image_key_frame_time"] = cover_image_key_frame_time
        if cover_image_url is not UNSET:
            field_dict["cover_image_url"] = cover_image_url
        if is_standard is not UNSET:
            field_dict["is_standard"] = is_standard

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_id = d.pop("media_id")
        if media_id is None:
            media_id = tolerate_null("media_id")

        _source_type = d.pop("source_type")
        source_type = (
            tolerate_null("source_type")
            if _source_type is None
            else PinMediaSourceVideoIDSourceType(_source_type)
        )

        _cover_image_content_type = d.pop("cover_image_content_type", UNSET)
        cover_image_content_type: ContentType | Unset
        if isinstance(_cover_image_content_type, Unset):
            cover_image_content_type = UNSET
        elif _cover_image_content_type is None:
            cover_image_content_type = tolerate_null("cover_image_content_type")
        else:
            cover_image_content_type = ContentType(_cover_image_content_type)

        cover_image_data = d.pop("cover_image_data", UNSET)
        if cover_image_data is None:
            cover_image_data = tolerate_null("cover_image_data")

        cover_image_key_frame_time = d.pop("cover_image_key_frame_time", UNSET)
        if cover_image_key_frame_time is None:
            cover_image_key_frame_time = tolerate_null("cover_image_key_frame_time")

        cover_image_url = d.pop("cover_image_url", UNSET)
        if cover_image_url is None:
            cover_image_url = tolerate_null("cover_image_url")

        is_standard = d.pop("is_standard", UNSET)
        if is_standard is None:
            is_standard = tolerate_null("is_standard")

        pin_media_source_video_id = cls(
            media_id=media_id,
            source_type=source_type,
            cover_image_content_type=cover_image_content_type,
            cover_image_data=cover_image_data,
            cover_image_key_frame_time=cover_image_key_frame_time,
            cover_image_url=cover_image_url,
            is_standard=is_standard,
        )

        if d:
            tolerate_unknown_fields("PinMediaSourceVideoID", d)

        pin_media_source_video_id.additional_properties = d
        return pin_media_source_video_id

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
