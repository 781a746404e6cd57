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
    from ..models.business_access_user_summary import BusinessAccessUserSummary
    from ..models.invite_business_role_binding_invite_data import (
        InviteBusinessRoleBindingInviteData,
    )


T = TypeVar("T", bound="InviteBusinessRoleBinding")


@_attrs_define
class InviteBusinessRoleBinding:
    """An invite object if the invite/request was successfully updated. Will only be provided if the an invite/request is
    successfully updated.

        Attributes:
            id (str | Unset): Unique identifier of the invite/request. Example: 383791336903426391.
            invite_data (InviteBusinessRoleBindingInviteData | Unset): Metadata for the invite/request.
            is_received_invite (bool | Unset): Indicates whether the invite/request was received.
            user (BusinessAccessUserSummary | Unset): Metadata of the member/partner that has access to the asset.
            created_by_business_id (str | Unset): Unique identifier for the business that created the invite/request.
                Example: 1234567890123.
            created_by_user_id (str | Unset): Unique identifier for the user that created the invite/request. Example:
                1234567890123.
    """

    id: str | Unset = UNSET
    invite_data: InviteBusinessRoleBindingInviteData | Unset = UNSET
    is_received_invite: bool | Unset = UNSET
    user: BusinessAccessUserSummary | Unset = UNSET
    created_by_business_id: str | Unset = UNSET
    created_by_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        invite_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invite_data, Unset):
            invite_data = None if self.invite_data is None else self.invite_data.to_dict()

        is_received_invite = self.is_received_invite

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = None if self.user is None else self.user.to_dict()

        created_by_business_id = self.created_by_business_id

        created_by_user_id = self.created_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if invite_data is not UNSET:
            field_dict["invite_data"] = invite_data
        if is_received_invite is not UNSET:
            field_dict["is_received_invite"] = is_received_invite
        if user is not UNSET:
            field_dict["user"] = user
        if created_by_business_id is not UNSET:
            field_dict["created_by_business_id"] = created_by_business_id
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_access_user_summary import BusinessAccessUserSummary
        from ..models.invite_business_role_binding_invite_data import (
            InviteBusinessRoleBindingInviteData,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _invite_data = d.pop("invite_data", UNSET)
        invite_data: InviteBusinessRoleBindingInviteData | Unset
        if isinstance(_invite_data, Unset):
            invite_data = UNSET
        elif _invite_data is None:
            invite_data = tolerate_null("invite_data")
        else:
            invite_data = InviteBusinessRoleBindingInviteData.from_dict(_invite_data)

        is_received_invite = d.pop("is_received_invite", UNSET)
        if is_received_invite is None:
            is_received_invite = tolerate_null("is_received_invite")

        _user = d.pop("user", UNSET)
        user: BusinessAccessUserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        elif _user is None:
            user = tolerate_null("user")
        else:
            user = BusinessAccessUserSummary.from_dict(_user)

        created_by_business_id = d.pop("created_by_business_id", UNSET)
        if created_by_business_id is None:
            created_by_business_id = tolerate_null("created_by_business_id")

        created_by_user_id = d.pop("created_by_user_id", UNSET)
        if created_by_user_id is None:
            created_by_user_id = tolerate_null("created_by_user_id")

        invite_business_role_binding = cls(
            id=id,
            invite_data=invite_data,
            is_received_invite=is_received_invite,
            user=user,
            created_by_business_id=created_by_business_id,
            created_by_user_id=created_by_user_id,
        )

        if d:
            tolerate_unknown_fields("InviteBusinessRoleBinding", d)

        invite_business_role_binding.additional_properties = d
        return invite_business_role_binding

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
