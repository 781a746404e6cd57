from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_membership_or_partnership_invites_body_business_role import (
    CreateMembershipOrPartnershipInvitesBodyBusinessRole,
)
from ..models.invite_type import InviteType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CreateMembershipOrPartnershipInvitesBody")


@_attrs_define
class CreateMembershipOrPartnershipInvitesBody:
    """Body to be used on path to send Members or Partners Invite or Request

    Attributes:
        business_role (CreateMembershipOrPartnershipInvitesBodyBusinessRole): The business access level to grant
            member/partner. Note, values are case-sensitive.
            - EMPLOYEE: Can only view and access assets you assign them to. They cannot see details about other employees,
            partners, or other assets.
            - BIZ_ADMIN: Have full control of roles and can add employees and partners as well as grant asset access.
            - PARTNER: Can only view and access assets you assign them to/or they assign to you. Example: BIZ_ADMIN.
        invite_type (InviteType): The type of invite. <br>'MEMBER_INVITE' is to invite a member to access your business
            assets. <br>'PARTNER INVITE' is to invite a partner to access your business assets. <br>'PARTNER_REQUEST' is to
            request access a partner's business assets. Example: MEMBER_INVITE.
        members (list[str] | Unset): A list of usernames, emails, or a mix of them. Should be used if invite_type is
            MEMBER_INVITE Example: ['business0101', 'user@business.com'].
        partners (list[str] | Unset): A list of partner_id. Should be used if invite_type is PARTNER_INVITE or
            PARTNER_REQUEST Example: ['809944451643622187', '766456567741825556'].
    """

    business_role: CreateMembershipOrPartnershipInvitesBodyBusinessRole
    invite_type: InviteType
    members: list[str] | Unset = UNSET
    partners: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        business_role = None if self.business_role is None else self.business_role.value

        invite_type = None if self.invite_type is None else self.invite_type.value

        members: list[str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        partners: list[str] | Unset = UNSET
        if not isinstance(self.partners, Unset):
            partners = self.partners

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "business_role": business_role,
                "invite_type": invite_type,
            }
        )
        if members is not UNSET:
            field_dict["members"] = members
        if partners is not UNSET:
            field_dict["partners"] = partners

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _business_role = d.pop("business_role")
        business_role = (
            tolerate_null("business_role")
            if _business_role is None
            else CreateMembershipOrPartnershipInvitesBodyBusinessRole(_business_role)
        )

        _invite_type = d.pop("invite_type")
        invite_type = (
            tolerate_null("invite_type") if _invite_type is None else InviteType(_invite_type)
        )

        _members = d.pop("members", UNSET)
        members = tolerate_null("members") if _members is None else cast(list[str], _members)

        _partners = d.pop("partners", UNSET)
        partners = tolerate_null("partners") if _partners is None else cast(list[str], _partners)

        create_membership_or_partnership_invites_body = cls(
            business_role=business_role,
            invite_type=invite_type,
            members=members,
            partners=partners,
        )

        if d:
            tolerate_unknown_fields("CreateMembershipOrPartnershipInvitesBody", d)

        create_membership_or_partnership_invites_body.additional_properties = d
        return create_membership_or_partnership_invites_body

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
