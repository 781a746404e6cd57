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

T = TypeVar("T", bound="CustomerListUpdateRequest")


@_attrs_define
class CustomerListUpdateRequest:
    """
    Attributes:
        operation_type (UserListOperationType): User list operation type (add or remove) Example: REMOVE.
        records (str): Records list. Can be any combination of emails, MAIDs, or IDFAs. Emails must be lowercase and can
            be plain text or hashed using SHA1, SHA256, or MD5. MAIDs and IDFAs must be hashed with SHA1, SHA256, or MD5.
            Example: email2@pinterest.com,email6@pinterest.com,.
    """

    operation_type: UserListOperationType
    records: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_type = None if self.operation_type is None else self.operation_type.value

        records = self.records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_type": operation_type,
                "records": records,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _operation_type = d.pop("operation_type")
        operation_type = (
            tolerate_null("operation_type")
            if _operation_type is None
            else UserListOperationType(_operation_type)
        )

        records = d.pop("records")
        if records is None:
            records = tolerate_null("records")

        customer_list_update_request = cls(
            operation_type=operation_type,
            records=records,
        )

        if d:
            tolerate_unknown_fields("CustomerListUpdateRequest", d)

        customer_list_update_request.additional_properties = d
        return customer_list_update_request

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
