from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_list_type import UserListType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CustomerListRequest")


@_attrs_define
class CustomerListRequest:
    """
    Attributes:
        name (str): Customer list name. Example: The Glengarry Glen Ross leads.
        records (str): Records list. Can be any combination of emails, MAIDs, or IDFAs. Emails must be lowercase and can
            be plain text or hashed using SHA1, SHA256, or MD5. MAIDs and IDFAs must be hashed with SHA1, SHA256, or MD5.
            Example: email1@pinterest.com,email2@pinterest.com,..<more records>.
        list_type (UserListType | Unset): User list type Default: UserListType.EMAIL. Example: EMAIL.
    """

    name: str
    records: str
    list_type: UserListType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        records = self.records

        list_type: str | Unset = UNSET
        if not isinstance(self.list_type, Unset):
            list_type = None if self.list_type is None else self.list_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "records": records,
            }
        )
        if list_type is not UNSET:
            field_dict["list_type"] = list_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        records = d.pop("records")
        if records is None:
            records = tolerate_null("records")

        _list_type = d.pop("list_type", UNSET)
        list_type: UserListType | Unset
        if isinstance(_list_type, Unset):
            list_type = UNSET
        elif _list_type is None:
            list_type = tolerate_null("list_type")
        else:
            list_type = UserListType(_list_type)

        customer_list_request = cls(
            name=name,
            records=records,
            list_type=list_type,
        )

        if d:
            tolerate_unknown_fields("CustomerListRequest", d)

        customer_list_request.additional_properties = d
        return customer_list_request

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
