from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="UpdateMemberResult")


@_attrs_define
class UpdateMemberResult:
    """
    Attributes:
        business_role (str | Unset): The access level a member has to the business. Values are case-sensitive.
            <br> - EMPLOYEE: Can only view and access assets you assign to them.
            They cannot see details about other employees, partners, or other assets.
            <br> - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
            Example: EMPLOYEE.
        member_id (str | Unset): Unique identifier of the business member. Example: 140943737684417.
    """

    business_role: str | Unset = UNSET
    member_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_role = self.business_role

        member_id = self.member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_role is not UNSET:
            field_dict["business_role"] = business_role
        if member_id is not UNSET:
            field_dict["member_id"] = member_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        business_role = d.pop("business_role", UNSET)
        if business_role is None:
            business_role = tolerate_null("business_role")

        member_id = d.pop("member_id", UNSET)
        if member_id is None:
            member_id = tolerate_null("member_id")

        update_member_result = cls(
            business_role=business_role,
            member_id=member_id,
        )

        if d:
            tolerate_unknown_fields("UpdateMemberResult", d)

        update_member_result.additional_properties = d
        return update_member_result

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
