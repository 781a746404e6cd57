from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BusinessMembersAssetAccessDeleteBodyAccessesItem")


@_attrs_define
class BusinessMembersAssetAccessDeleteBodyAccessesItem:
    """
    Attributes:
        asset_id (str): Id of the asset on which to remove member permissions. Example: 549755885175.
        member_id (str): Unique identifier of the member on which to perform the asset permission removal Example:
            140943737684417.
    """

    asset_id: str
    member_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        member_id = self.member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "member_id": member_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")
        if asset_id is None:
            asset_id = tolerate_null("asset_id")

        member_id = d.pop("member_id")
        if member_id is None:
            member_id = tolerate_null("member_id")

        business_members_asset_access_delete_body_accesses_item = cls(
            asset_id=asset_id,
            member_id=member_id,
        )

        if d:
            tolerate_unknown_fields("BusinessMembersAssetAccessDeleteBodyAccessesItem", d)

        business_members_asset_access_delete_body_accesses_item.additional_properties = d
        return business_members_asset_access_delete_body_accesses_item

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
