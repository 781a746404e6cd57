from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
from ..models.pin_media_source_image_base_64_source_type import PinMediaSourceImageBase64SourceType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PinMediaSourceImageBase64")


@_attrs_define
class PinMediaSourceImageBase64:
    """Image Base64-based media source.

    Attributes:
        content_type (ContentType):
        data (str):
        source_type (PinMediaSourceImageBase64SourceType): The source type of the media.
        is_standard (bool | Unset): Set the parameter to false to create the new simplified Pin instead of the standard
            pin. Currently the field is only available to a list of beta users. Default: True.
    """

    content_type: ContentType
    data: str
    source_type: PinMediaSourceImageBase64SourceType
    is_standard: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = None if self.content_type is None else self.content_type.value

        data = self.data

        source_type = None if self.source_type is None else self.source_type.value

        is_standard = self.is_standard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "data": data,
                "source_type": source_type,
            }
        )
        if is_standard is not UNSET:
            field_dict["is_standard"] = is_standard

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

        _source_type = d.pop("source_type")
        source_type = (
            tolerate_null("source_type")
            if _source_type is None
            else PinMediaSourceImageBase64SourceType(_source_type)
        )

        is_standard = d.pop("is_standard", UNSET)
        if is_standard is None:
            is_standard = tolerate_null("is_standard")

        pin_media_source_image_base_64 = cls(
            content_type=content_type,
            data=data,
            source_type=source_type,
            is_standard=is_standard,
        )

        if d:
            tolerate_unknown_fields("PinMediaSourceImageBase64", d)

        pin_media_source_image_base_64.additional_properties = d
        return pin_media_source_image_base_64

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
