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

T = TypeVar("T", bound="BaseInviteDataResponseInviteData")


@_attrs_define
class BaseInviteDataResponseInviteData:
    """Metadata for the invite/request.

    Attributes:
        invite_expiration (int | Unset): The date and time when the invite/request will expire. Returned in
            milliseconds. Example: 1709748104775.
        invite_status (str | Unset): The current status of the invite. The invite can be in one of the following states
            PENDING, ACCEPTED, DECLINED, CANCELLED, EXPIRED. Example: PENDING.
        invite_type (str | Unset): The type of invite. <br>'MEMBER_INVITE' is to invite a member to access your business
            assets. <br>'PARTNER_INVITE' is to invite a partner to access your business assets. <br>'PARTNER_REQUEST' is to
            request access a partner's business assets. Example: MEMBER_INVITE.
        last_updated_time (int | Unset): The date and time the invite/request was last updated. Returned in
            milliseconds. Example: 1646767577816.
        sent_at (int | Unset): The date and time the invite/request was sent/created. Returned in milliseconds. Example:
            1646767577816.
    """

    invite_expiration: int | Unset = UNSET
    invite_status: str | Unset = UNSET
    invite_type: str | Unset = UNSET
    last_updated_time: int | Unset = UNSET
    sent_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invite_expiration = self.invite_expiration

        invite_status = self.invite_status

        invite_type = self.invite_type

        last_updated_time = self.last_updated_time

        sent_at = self.sent_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invite_expiration is not UNSET:
            field_dict["invite_expiration"] = invite_expiration
        if invite_status is not UNSET:
            field_dict["invite_status"] = invite_status
        if invite_type is not UNSET:
            field_dict["invite_type"] = invite_type
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invite_expiration = d.pop("invite_expiration", UNSET)
        if invite_expiration is None:
            invite_expiration = tolerate_null("invite_expiration")

        invite_status = d.pop("invite_status", UNSET)
        if invite_status is None:
            invite_status = tolerate_null("invite_status")

        invite_type = d.pop("invite_type", UNSET)
        if invite_type is None:
            invite_type = tolerate_null("invite_type")

        last_updated_time = d.pop("last_updated_time", UNSET)
        if last_updated_time is None:
            last_updated_time = tolerate_null("last_updated_time")

        sent_at = d.pop("sent_at", UNSET)
        if sent_at is None:
            sent_at = tolerate_null("sent_at")

        base_invite_data_response_invite_data = cls(
            invite_expiration=invite_expiration,
            invite_status=invite_status,
            invite_type=invite_type,
            last_updated_time=last_updated_time,
            sent_at=sent_at,
        )

        if d:
            tolerate_unknown_fields("BaseInviteDataResponseInviteData", d)

        base_invite_data_response_invite_data.additional_properties = d
        return base_invite_data_response_invite_data

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
