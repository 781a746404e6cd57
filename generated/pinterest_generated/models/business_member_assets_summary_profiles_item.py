from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BusinessMemberAssetsSummaryProfilesItem")


@_attrs_define
class BusinessMemberAssetsSummaryProfilesItem:
    """
    Attributes:
        id (str | Unset): Unique identifier of a business profile. Example: 383791336903426391.
        permissions (list[str] | Unset): Permission levels member or partner has on an asset. Example:
            ['FINANCE_MANAGER', 'CATALOGS_MANAGER', 'AUDIENCE_MANAGER'].
    """

    id: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _permissions = d.pop("permissions", UNSET)
        permissions = (
            tolerate_null("permissions") if _permissions is None else cast(list[str], _permissions)
        )

        business_member_assets_summary_profiles_item = cls(
            id=id,
            permissions=permissions,
        )

        if d:
            tolerate_unknown_fields("BusinessMemberAssetsSummaryProfilesItem", d)

        business_member_assets_summary_profiles_item.additional_properties = d
        return business_member_assets_summary_profiles_item

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
