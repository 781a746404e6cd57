from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_upload_type import MediaUploadType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="MediaUploadCreate")


@_attrs_define
class MediaUploadCreate:
    """Resource create operation model.

    Attributes:
        media_type (MediaUploadType):
    """

    media_type: MediaUploadType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = None if self.media_type is None else self.media_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_type": media_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _media_type = d.pop("media_type")
        media_type = (
            tolerate_null("media_type") if _media_type is None else MediaUploadType(_media_type)
        )

        media_upload_create = cls(
            media_type=media_type,
        )

        if d:
            tolerate_unknown_fields("MediaUploadCreate", d)

        media_upload_create.additional_properties = d
        return media_upload_create

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
