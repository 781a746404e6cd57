from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.asset_id_to_permissions import AssetIdToPermissions


T = TypeVar("T", bound="AuthRespondInvitesBodyInvitesItemAction")


@_attrs_define
class AuthRespondInvitesBodyInvitesItemAction:
    """
    Attributes:
        accept_invite (bool): Whether the invite/request is accepted.
        asset_id_to_permissions (AssetIdToPermissions | Unset): An object mapping asset ids to lists of business
            permissions. This can be used to setting/requesting permissions on various assets. If accepting an invite or
            request, this object would be used to grant asset permissions to the member or partner.
             Example: {'549760723247': ['ANALYST'], '549760723248': ['ANALYST', 'ADMIN'], '809944451643622187':
            ['PROFILE_PUBLISHER']}.
    """

    accept_invite: bool
    asset_id_to_permissions: AssetIdToPermissions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accept_invite = self.accept_invite

        asset_id_to_permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_id_to_permissions, Unset):
            asset_id_to_permissions = (
                None
                if self.asset_id_to_permissions is None
                else self.asset_id_to_permissions.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accept_invite": accept_invite,
            }
        )
        if asset_id_to_permissions is not UNSET:
            field_dict["asset_id_to_permissions"] = asset_id_to_permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_id_to_permissions import AssetIdToPermissions

        d = dict(src_dict)
        accept_invite = d.pop("accept_invite")
        if accept_invite is None:
            accept_invite = tolerate_null("accept_invite")

        _asset_id_to_permissions = d.pop("asset_id_to_permissions", UNSET)
        asset_id_to_permissions: AssetIdToPermissions | Unset
        if isinstance(_asset_id_to_permissions, Unset):
            asset_id_to_permissions = UNSET
        elif _asset_id_to_permissions is None:
            asset_id_to_permissions = tolerate_null("asset_id_to_permissions")
        else:
            asset_id_to_permissions = AssetIdToPermissions.from_dict(_asset_id_to_permissions)

        auth_respond_invites_body_invites_item_action = cls(
            accept_invite=accept_invite,
            asset_id_to_permissions=asset_id_to_permissions,
        )

        if d:
            tolerate_unknown_fields("AuthRespondInvitesBodyInvitesItemAction", d)

        auth_respond_invites_body_invites_item_action.additional_properties = d
        return auth_respond_invites_body_invites_item_action

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
