from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_media_with_image_and_video_media_type import PinMediaWithImageAndVideoMediaType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.image_metadata import ImageMetadata
    from ..models.video_metadata_with_item_type import VideoMetadataWithItemType


T = TypeVar("T", bound="PinMediaWithImageAndVideo")


@_attrs_define
class PinMediaWithImageAndVideo:
    """Pin with a mix of images and videos.

    Attributes:
        media_type (PinMediaWithImageAndVideoMediaType):
        items (list[ImageMetadata | VideoMetadataWithItemType] | Unset):
    """

    media_type: PinMediaWithImageAndVideoMediaType
    items: list[ImageMetadata | VideoMetadataWithItemType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_metadata import ImageMetadata

        media_type = None if self.media_type is None else self.media_type.value

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if self.items is None:
                items = None
            else:
                items = []
                for items_item_data in self.items:
                    items_item: dict[str, Any]
                    if isinstance(items_item_data, ImageMetadata):
                        items_item = None if items_item_data is None else items_item_data.to_dict()
                    else:
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
        from ..models.image_metadata import ImageMetadata
        from ..models.video_metadata_with_item_type import VideoMetadataWithItemType

        d = dict(src_dict)
        _media_type = d.pop("media_type")
        media_type = (
            tolerate_null("media_type")
            if _media_type is None
            else PinMediaWithImageAndVideoMediaType(_media_type)
        )

        _items = d.pop("items", UNSET)
        items: list[ImageMetadata | VideoMetadataWithItemType] | Unset = UNSET
        if _items is None:
            items = tolerate_null("items")
        elif not isinstance(_items, Unset):
            items = []
            for items_item_data in _items:

                def _parse_items_item(data: object) -> ImageMetadata | VideoMetadataWithItemType:
                    if data is None:
                        return cast(
                            ImageMetadata | VideoMetadataWithItemType, tolerate_null("items_item")
                        )
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_items_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_pin_media_metadata_type_0 = data
                        componentsschemas_pin_media_metadata_type_0 = (
                            tolerate_null("/components/schemas/PinMediaMetadata_type_0")
                            if _componentsschemas_pin_media_metadata_type_0 is None
                            else ImageMetadata.from_dict(
                                _componentsschemas_pin_media_metadata_type_0
                            )
                        )

                        return componentsschemas_pin_media_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_pin_media_metadata_type_1 = data
                    componentsschemas_pin_media_metadata_type_1 = (
                        tolerate_null("/components/schemas/PinMediaMetadata_type_1")
                        if _componentsschemas_pin_media_metadata_type_1 is None
                        else VideoMetadataWithItemType.from_dict(
                            _componentsschemas_pin_media_metadata_type_1
                        )
                    )

                    return componentsschemas_pin_media_metadata_type_1

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        pin_media_with_image_and_video = cls(
            media_type=media_type,
            items=items,
        )

        if d:
            tolerate_unknown_fields("PinMediaWithImageAndVideo", d)

        pin_media_with_image_and_video.additional_properties = d
        return pin_media_with_image_and_video

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
