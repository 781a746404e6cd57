from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.asset_id_to_permissions import AssetIdToPermissions


T = TypeVar("T", bound="CreateAssetAccessRequestBodyAssetRequestsItem")


@_attrs_define
class CreateAssetAccessRequestBodyAssetRequestsItem:
    """
    Attributes:
        asset_id_to_permissions (AssetIdToPermissions): An object mapping asset ids to lists of business permissions.
            This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this
            object would be used to grant asset permissions to the member or partner.
             Example: {'549760723247': ['ANALYST'], '549760723248': ['ANALYST', 'ADMIN'], '809944451643622187':
            ['PROFILE_PUBLISHER']}.
        partner_id (str): Unique identifier of a business partner to request asset access to. Example:
            809944451643622187.
    """

    asset_id_to_permissions: AssetIdToPermissions
    partner_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id_to_permissions = (
            None if self.asset_id_to_permissions is None else self.asset_id_to_permissions.to_dict()
        )

        partner_id = self.partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id_to_permissions": asset_id_to_permissions,
                "partner_id": partner_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_id_to_permissions import AssetIdToPermissions

        d = dict(src_dict)
        _asset_id_to_permissions = d.pop("asset_id_to_permissions")
        asset_id_to_permissions = (
            tolerate_null("asset_id_to_permissions")
            if _asset_id_to_permissions is None
            else AssetIdToPermissions.from_dict(_asset_id_to_permissions)
        )

        partner_id = d.pop("partner_id")
        if partner_id is None:
            partner_id = tolerate_null("partner_id")

        create_asset_access_request_body_asset_requests_item = cls(
            asset_id_to_permissions=asset_id_to_permissions,
            partner_id=partner_id,
        )

        if d:
            tolerate_unknown_fields("CreateAssetAccessRequestBodyAssetRequestsItem", d)

        create_asset_access_request_body_asset_requests_item.additional_properties = d
        return create_asset_access_request_body_asset_requests_item

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
