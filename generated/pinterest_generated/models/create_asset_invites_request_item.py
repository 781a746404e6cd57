from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_type import InviteType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.asset_id_to_permissions import AssetIdToPermissions


T = TypeVar("T", bound="CreateAssetInvitesRequestItem")


@_attrs_define
class CreateAssetInvitesRequestItem:
    """Object declaring an asset role update to an invite.

    Attributes:
        asset_id_to_permissions (AssetIdToPermissions): An object mapping asset ids to lists of business permissions.
            This can be used to setting/requesting permissions on various assets. If accepting an invite or request, this
            object would be used to grant asset permissions to the member or partner.
             Example: {'549760723247': ['ANALYST'], '549760723248': ['ANALYST', 'ADMIN'], '809944451643622187':
            ['PROFILE_PUBLISHER']}.
        invite_id (str): Unique identifier of an invite. Example: 1234567890123.
        invite_type (InviteType): The type of invite. <br>'MEMBER_INVITE' is to invite a member to access your business
            assets. <br>'PARTNER INVITE' is to invite a partner to access your business assets. <br>'PARTNER_REQUEST' is to
            request access a partner's business assets. Example: MEMBER_INVITE.
    """

    asset_id_to_permissions: AssetIdToPermissions
    invite_id: str
    invite_type: InviteType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id_to_permissions = (
            None if self.asset_id_to_permissions is None else self.asset_id_to_permissions.to_dict()
        )

        invite_id = self.invite_id

        invite_type = None if self.invite_type is None else self.invite_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id_to_permissions": asset_id_to_permissions,
                "invite_id": invite_id,
                "invite_type": invite_type,
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

        invite_id = d.pop("invite_id")
        if invite_id is None:
            invite_id = tolerate_null("invite_id")

        _invite_type = d.pop("invite_type")
        invite_type = (
            tolerate_null("invite_type") if _invite_type is None else InviteType(_invite_type)
        )

        create_asset_invites_request_item = cls(
            asset_id_to_permissions=asset_id_to_permissions,
            invite_id=invite_id,
            invite_type=invite_type,
        )

        if d:
            tolerate_unknown_fields("CreateAssetInvitesRequestItem", d)

        create_asset_invites_request_item.additional_properties = d
        return create_asset_invites_request_item

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
