from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_upload_status import MediaUploadStatus
from ..models.media_upload_type import MediaUploadType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="Media")


@_attrs_define
class Media:
    """
    Attributes:
        media_id (str): Unique identifier for this media upload. Used to track status
            and for attaching during Pin creation. Example: 12345.
        media_type (MediaUploadType):
        status (MediaUploadStatus | Unset):
    """

    media_id: str
    media_type: MediaUploadType
    status: MediaUploadStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        media_type = None if self.media_type is None else self.media_type.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "media_type": media_type,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        media_id = d.pop("media_id")
        if media_id is None:
            media_id = tolerate_null("media_id")

        _media_type = d.pop("media_type")
        media_type = (
            tolerate_null("media_type") if _media_type is None else MediaUploadType(_media_type)
        )

        _status = d.pop("status", UNSET)
        status: MediaUploadStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = MediaUploadStatus(_status)

        media = cls(
            media_id=media_id,
            media_type=media_type,
            status=status,
        )

        if d:
            tolerate_unknown_fields("Media", d)

        media.additional_properties = d
        return media

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
