from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_media_with_videos_media_type import PinMediaWithVideosMediaType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.video_metadata_with_item_type import VideoMetadataWithItemType


T = TypeVar("T", bound="PinMediaWithVideos")


@_attrs_define
class PinMediaWithVideos:
    """Pin with multiple videos.

    Attributes:
        media_type (PinMediaWithVideosMediaType):
        items (list[VideoMetadataWithItemType] | Unset):
    """

    media_type: PinMediaWithVideosMediaType
    items: list[VideoMetadataWithItemType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = None if self.media_type is None else self.media_type.value

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if self.items is None:
                items = None
            else:
                items = []
                for items_item_data in self.items:
                    items_item = None if items_item_data is None else items_item_data.to_dict()
                    items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_type": media_type,
            }
        )
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_metadata_with_item_type import VideoMetadataWithItemType

        d = dict(src_dict)
        _media_type = d.pop("media_type")
        media_type = (
            tolerate_null("media_type")
            if _media_type is None
            else PinMediaWithVideosMediaType(_media_type)
        )

        _items = d.pop("items", UNSET)
        items: list[VideoMetadataWithItemType] | Unset = UNSET
        if _items is None:
            items = tolerate_null("items")
        elif not isinstance(_items, Unset):
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                items_item = (
                    tolerate_null("items_item")
                    if _items_item is None
                    else VideoMetadataWithItemType.from_dict(_items_item)
                )

                items.append(items_item)

        pin_media_with_videos = cls(
            media_type=media_type,
            items=items,
        )

        if d:
            tolerate_unknown_fields("PinMediaWithVideos", d)

        pin_media_with_videos.additional_properties = d
        return pin_media_with_videos

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
