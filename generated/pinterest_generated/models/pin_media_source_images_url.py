from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_media_source_images_url_source_type import PinMediaSourceImagesURLSourceType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.pin_media_source_images_url_item import PinMediaSourceImagesURLItem


T = TypeVar("T", bound="PinMediaSourceImagesURL")


@_attrs_define
class PinMediaSourceImagesURL:
    """Multiple URL-based images media source

    Attributes:
        items (list[PinMediaSourceImagesURLItem]): Array with image objects.
        source_type (PinMediaSourceImagesURLSourceType): The source type of the media.
        index (int | Unset):
    """

    items: list[PinMediaSourceImagesURLItem]
    source_type: PinMediaSourceImagesURLSourceType
    index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.items is None:
            items = None
        else:
            items = []
            for items_item_data in self.items:
                items_item = None if items_item_data is None else items_item_data.to_dict()
                items.append(items_item)

        source_type = None if self.source_type is None else self.source_type.value

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "source_type": source_type,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pin_media_source_images_url_item import PinMediaSourceImagesURLItem

        d = dict(src_dict)
        _items = d.pop("items")
        items: list[PinMediaSourceImagesURLItem]
        if _items is None:
            items = tolerate_null("items")
        else:
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                items_item = (
                    tolerate_null("items_item")
                    if _items_item is None
                    else PinMediaSourceImagesURLItem.from_dict(_items_item)
                )

                items.append(items_item)

        _source_type = d.pop("source_type")
        source_type = (
            tolerate_null("source_type")
            if _source_type is None
            else PinMediaSourceImagesURLSourceType(_source_type)
        )

        index = d.pop("index", UNSET)
        if index is None:
            index = tolerate_null("index")

        pin_media_source_images_url = cls(
            items=items,
            source_type=source_type,
            index=index,
        )

        if d:
            tolerate_unknown_fields("PinMediaSourceImagesURL", d)

        pin_media_source_images_url.additional_properties = d
        return pin_media_source_images_url

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
