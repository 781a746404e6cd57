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
    from ..models.s3_file_part import S3FilePart


T = TypeVar("T", bound="S3MultipartUploadData")


@_attrs_define
class S3MultipartUploadData:
    """
    Attributes:
        file_parts (list[S3FilePart] | Unset): Array of file parts with pre-signed URLs.
    """

    file_parts: list[S3FilePart] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_parts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_parts, Unset):
            if self.file_parts is None:
                file_parts = None
            else:
                file_parts = []
                for file_parts_item_data in self.file_parts:
                    file_parts_item = (
                        None if file_parts_item_data is None else file_parts_item_data.to_dict()
                    )
                    file_parts.append(file_parts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_parts is not UNSET:
            field_dict["file_parts"] = file_parts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.s3_file_part import S3FilePart

        d = dict(src_dict)
        _file_parts = d.pop("file_parts", UNSET)
        file_parts: list[S3FilePart] | Unset = UNSET
        if _file_parts is None:
            file_parts = tolerate_null("file_parts")
        elif not isinstance(_file_parts, Unset):
            file_parts = []
            for file_parts_item_data in _file_parts:
                _file_parts_item = file_parts_item_data
                file_parts_item = (
                    tolerate_null("file_parts_item")
                    if _file_parts_item is None
                    else S3FilePart.from_dict(_file_parts_item)
                )

                file_parts.append(file_parts_item)

        s3_multipart_upload_data = cls(
            file_parts=file_parts,
        )

        if d:
            tolerate_unknown_fields("S3MultipartUploadData", d)

        s3_multipart_upload_data.additional_properties = d
        return s3_multipart_upload_data

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
