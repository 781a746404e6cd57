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
    from ..models.auth_respond_invites_body_invites_item_action import (
        AuthRespondInvitesBodyInvitesItemAction,
    )


T = TypeVar("T", bound="AuthRespondInvitesBodyInvitesItem")


@_attrs_define
class AuthRespondInvitesBodyInvitesItem:
    """
    Attributes:
        action (AuthRespondInvitesBodyInvitesItemAction):
        invite_id (str): Unique identifier of an invite.
    """

    action: AuthRespondInvitesBodyInvitesItemAction
    invite_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = None if self.action is None else self.action.to_dict()

        invite_id = self.invite_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "invite_id": invite_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auth_respond_invites_body_invites_item_action import (
            AuthRespondInvitesBodyInvitesItemAction,
        )

        d = dict(src_dict)
        _action = d.pop("action")
        action = (
            tolerate_null("action")
            if _action is None
            else AuthRespondInvitesBodyInvitesItemAction.from_dict(_action)
        )

        invite_id = d.pop("invite_id")
        if invite_id is None:
            invite_id = tolerate_null("invite_id")

        auth_respond_invites_body_invites_item = cls(
            action=action,
            invite_id=invite_id,
        )

        if d:
            tolerate_unknown_fields("AuthRespondInvitesBodyInvitesItem", d)

        auth_respond_invites_body_invites_item.additional_properties = d
        return auth_respond_invites_body_invites_item

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
