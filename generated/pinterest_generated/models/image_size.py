from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.image_details import ImageDetails


T = TypeVar("T", bound="ImageSize")


@_attrs_define
class ImageSize:
    """
    Example:
        {'150x150': {'width': 150, 'height': 150, 'url':
            'https://i.pinimg.com/150x150/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}, '400x300': {'width': 400,
            'height': 300, 'url': 'https://i.pinimg.com/400x300/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}, '600x':
            {'width': 600, 'height': 600, 'url': 'https://i.pinimg.com/600x/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'},
            '1200x': {'width': 1200, 'height': 1200, 'url':
            'https://i.pinimg.com/1200x/0d/f6/f1/0df6f1f0bfe7aaca849c1bbc3607a34b.jpg'}}

    Attributes:
        field_1200x (ImageDetails | Unset):
        field_150x150 (ImageDetails | Unset):
        field_400x300 (ImageDetails | Unset):
        field_600x (ImageDetails | Unset):
    """

    field_1200x: ImageDetails | Unset = UNSET
    field_150x150: ImageDetails | Unset = UNSET
    field_400x300: ImageDetails | Unset = UNSET
    field_600x: ImageDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_1200x: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_1200x, Unset):
            field_1200x = None if self.field_1200x is None else self.field_1200x.to_dict()

        field_150x150: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_150x150, Unset):
            field_150x150 = None if self.field_150x150 is None else self.field_150x150.to_dict()

        field_400x300: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_400x300, Unset):
            field_400x300 = None if self.field_400x300 is None else self.field_400x300.to_dict()

        field_600x: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_600x, Unset):
            field_600x = None if self.field_600x is None else self.field_600x.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1200x is not UNSET:
            field_dict["1200x"] = field_1200x
        if field_150x150 is not UNSET:
            field_dict["150x150"] = field_150x150
        if field_400x300 is not UNSET:
            field_dict["400x300"] = field_400x300
        if field_600x is not UNSET:
            field_dict["600x"] = field_600x

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_details import ImageDetails

        d = dict(src_dict)
        _field_1200x = d.pop("1200x", UNSET)
        field_1200x: ImageDetails | Unset
        if isinstance(_field_1200x, Unset):
            field_1200x = UNSET
        elif _field_1200x is None:
            field_1200x = tolerate_null("1200x")
        else:
            field_1200x = ImageDetails.from_dict(_field_1200x)

        _field_150x150 = d.pop("150x150", UNSET)
        field_150x150: ImageDetails | Unset
        if isinstance(_field_150x150, Unset):
            field_150x150 = UNSET
        elif _field_150x150 is None:
            field_150x150 = tolerate_null("150x150")
        else:
            field_150x150 = ImageDetails.from_dict(_field_150x150)

        _field_400x300 = d.pop("400x300", UNSET)
        field_400x300: ImageDetails | Unset
        if isinstance(_field_400x300, Unset):
            field_400x300 = UNSET
        elif _field_400x300 is None:
            field_400x300 = tolerate_null("400x300")
        else:
            field_400x300 = ImageDetails.from_dict(_field_400x300)

        _field_600x = d.pop("600x", UNSET)
        field_600x: ImageDetails | Unset
        if isinstance(_field_600x, Unset):
            field_600x = UNSET
        elif _field_600x is None:
            field_600x = tolerate_null("600x")
        else:
            field_600x = ImageDetails.from_dict(_field_600x)

        image_size = cls(
            field_1200x=field_1200x,
            field_150x150=field_150x150,
            field_400x300=field_400x300,
            field_600x=field_600x,
        )

        if d:
            tolerate_unknown_fields("ImageSize", d)

        image_size.additional_properties = d
        return image_size

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
