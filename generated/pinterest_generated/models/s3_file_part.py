from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="S3FilePart")


@_attrs_define
class S3FilePart:
    """
    Attributes:
        part_number (int): Part number for upload. Example: 1.
        presigned_url (str): Pre-signed URL.
    """

    part_number: int
    presigned_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_number = self.part_number

        presigned_url = self.presigned_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "part_number": part_number,
                "presigned_url": presigned_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        part_number = d.pop("part_number")
        if part_number is None:
            part_number = tolerate_null("part_number")

        presigned_url = d.pop("presigned_url")
        if presigned_url is None:
            presigned_url = tolerate_null("presigned_url")

        s3_file_part = cls(
            part_number=part_number,
            presigned_url=presigned_url,
        )

        if d:
            tolerate_unknown_fields("S3FilePart", d)

        s3_file_part.additional_properties = d
        return s3_file_part

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
