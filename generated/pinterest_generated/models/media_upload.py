from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_upload_type import MediaUploadType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.media_upload_parameters import MediaUploadParameters


T = TypeVar("T", bound="MediaUpload")


@_attrs_define
class MediaUpload:
    """Media upload that has been registered but not uploaded/processed yet.

    Attributes:
        media_id (str): Unique identifier for this media upload. Used to track status
            and for attaching during Pin creation. Example: 12345.
        media_type (MediaUploadType):
        upload_parameters (MediaUploadParameters | Unset):
        upload_url (str | Unset): The URL where you will POST your media file. Example: https://pinterest-media-
            upload.s3-accelerate.amazonaws.com/.
    """

    media_id: str
    media_type: MediaUploadType
    upload_parameters: MediaUploadParameters | Unset = UNSET
    upload_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_id = self.media_id

        media_type = None if self.media_type is None else self.media_type.value

        upload_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_parameters, Unset):
            upload_parameters = (
                None if self.upload_parameters is None else self.upload_parameters.to_dict()
            )

        upload_url = self.upload_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media_id": media_id,
                "media_type": media_type,
            }
        )
        if upload_parameters is not UNSET:
            field_dict["upload_parameters"] = upload_parameters
        if upload_url is not UNSET:
            field_dict["upload_url"] = upload_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.media_upload_parameters import MediaUploadParameters

        d = dict(src_dict)
        media_id = d.pop("media_id")
        if media_id is None:
            media_id = tolerate_null("media_id")

        _media_type = d.pop("media_type")
        media_type = (
            tolerate_null("media_type") if _media_type is None else MediaUploadType(_media_type)
        )

        _upload_parameters = d.pop("upload_parameters", UNSET)
        upload_parameters: MediaUploadParameters | Unset
        if isinstance(_upload_parameters, Unset):
            upload_parameters = UNSET
        elif _upload_parameters is None:
            upload_parameters = tolerate_null("upload_parameters")
        else:
            upload_parameters = MediaUploadParameters.from_dict(_upload_parameters)

        upload_url = d.pop("upload_url", UNSET)
        if upload_url is None:
            upload_url = tolerate_null("upload_url")

        media_upload = cls(
            media_id=media_id,
            media_type=media_type,
            upload_parameters=upload_parameters,
            upload_url=upload_url,
        )

        if d:
            tolerate_unknown_fields("MediaUpload", d)

        media_upload.additional_properties = d
        return media_upload

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
