from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CustomerListUploadRecordCounts")


@_attrs_define
class CustomerListUploadRecordCounts:
    """Record processing counts

    Attributes:
        invalid (int): Number of invalid records processed Example: 50.
        processed (int): Number of records processed Example: 1000.
        valid (int): Number of valid records processed Example: 950.
    """

    invalid: int
    processed: int
    valid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invalid = self.invalid

        processed = self.processed

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invalid": invalid,
                "processed": processed,
                "valid": valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invalid = d.pop("invalid")
        if invalid is None:
            invalid = tolerate_null("invalid")

        processed = d.pop("processed")
        if processed is None:
            processed = tolerate_null("processed")

        valid = d.pop("valid")
        if valid is None:
            valid = tolerate_null("valid")

        customer_list_upload_record_counts = cls(
            invalid=invalid,
            processed=processed,
            valid=valid,
        )

        if d:
            tolerate_unknown_fields("CustomerListUploadRecordCounts", d)

        customer_list_upload_record_counts.additional_properties = d
        return customer_list_upload_record_counts

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
