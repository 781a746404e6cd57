from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CustomerListUploadResponseErrorDetail")


@_attrs_define
class CustomerListUploadResponseErrorDetail:
    """
    Attributes:
        count (int): Number of records with this error Example: 20.
        error_code (int): Numeric error code Example: 42.
        message (str): Error message description Example: Invalid email.
    """

    count: int
    error_code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        error_code = self.error_code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "error_code": error_code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        count = d.pop("count")
        if count is None:
            count = tolerate_null("count")

        error_code = d.pop("error_code")
        if error_code is None:
            error_code = tolerate_null("error_code")

        message = d.pop("message")
        if message is None:
            message = tolerate_null("message")

        customer_list_upload_response_error_detail = cls(
            count=count,
            error_code=error_code,
            message=message,
        )

        if d:
            tolerate_unknown_fields("CustomerListUploadResponseErrorDetail", d)

        customer_list_upload_response_error_detail.additional_properties = d
        return customer_list_upload_response_error_detail

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
