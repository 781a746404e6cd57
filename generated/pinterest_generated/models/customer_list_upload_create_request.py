from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_list_operation_type import UserListOperationType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CustomerListUploadCreateRequest")


@_attrs_define
class CustomerListUploadCreateRequest:
    """
    Attributes:
        operation (UserListOperationType): User list operation type (add or remove) Example: REMOVE.
        total_parts (int): Number of parts to upload the file in. Example: 2.
    """

    operation: UserListOperationType
    total_parts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = None if self.operation is None else self.operation.value

        total_parts = self.total_parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "total_parts": total_parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation") if _operation is None else UserListOperationType(_operation)
        )

        total_parts = d.pop("total_parts")
        if total_parts is None:
            total_parts = tolerate_null("total_parts")

        customer_list_upload_create_request = cls(
            operation=operation,
            total_parts=total_parts,
        )

        if d:
            tolerate_unknown_fields("CustomerListUploadCreateRequest", d)

        customer_list_upload_create_request.additional_properties = d
        return customer_list_upload_create_request

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
