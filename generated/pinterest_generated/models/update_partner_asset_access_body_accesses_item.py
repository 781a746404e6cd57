from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permissions import Permissions
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="UpdatePartnerAssetAccessBodyAccessesItem")


@_attrs_define
class UpdatePartnerAssetAccessBodyAccessesItem:
    """
    Attributes:
        asset_id (str): Unique identifier of the business asset. Example: 549755885175.
        partner_id (str): Unique identifier of a business partner to update asset access to. Example: 1234567890123.
        permissions (list[Permissions]): A non-empty array of permissions to assign to the partner. Example: ['ANALYST',
            'ADMIN'].
    """

    asset_id: str
    partner_id: str
    permissions: list[Permissions]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        partner_id = self.partner_id

        if self.permissions is None:
            permissions = None
        else:
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = (
                    None if permissions_item_data is None else permissions_item_data.value
                )
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "partner_id": partner_id,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")
        if asset_id is None:
            asset_id = tolerate_null("asset_id")

        partner_id = d.pop("partner_id")
        if partner_id is None:
            partner_id = tolerate_null("partner_id")

        _permissions = d.pop("permissions")
        permissions: list[Permissions]
        if _permissions is None:
            permissions = tolerate_null("permissions")
        else:
            permissions = []
            for permissions_item_data in _permissions:
                _permissions_item = permissions_item_data
                permissions_item = (
                    tolerate_null("permissions_item")
                    if _permissions_item is None
                    else Permissions(_permissions_item)
                )

                permissions.append(permissions_item)

        update_partner_asset_access_body_accesses_item = cls(
            asset_id=asset_id,
            partner_id=partner_id,
            permissions=permissions,
        )

        if d:
            tolerate_unknown_fields("UpdatePartnerAssetAccessBodyAccessesItem", d)

        update_partner_asset_access_body_accesses_item.additional_properties = d
        return update_partner_asset_access_body_accesses_item

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
