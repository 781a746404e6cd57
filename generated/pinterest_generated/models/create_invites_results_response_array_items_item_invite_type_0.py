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


T = TypeVar("T", bound="CreateInvitesResultsResponseArrayItemsItemInviteType0")


@_attrs_define
class CreateInvitesResultsResponseArrayItemsItemInviteType0:
    """An invite object if the invite/request was successfully created. Will only be provided if the an invite/request is
    successfully created.

        Attributes:
            id (str | Unset): Unique identifier of the invite/request. Example: 383791336903426391.
            user (BusinessAccessUserSummary | Unset): Metadata of the member/partner that has access to the asset.
    """

    id: str | Unset = UNSET
    user: BusinessAccessUserSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = None if self.user is None else self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_access_user_summary import BusinessAccessUserSummary

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _user = d.pop("user", UNSET)
        user: BusinessAccessUserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        elif _user is None:
            user = tolerate_null("user")
        else:
            user = BusinessAccessUserSummary.from_dict(_user)

        create_invites_results_response_array_items_item_invite_type_0 = cls(
            id=id,
            user=user,
        )

        if d:
            tolerate_unknown_fields("CreateInvitesResultsResponseArrayItemsItemInviteType0", d)

        create_invites_results_response_array_items_item_invite_type_0.additional_properties = d
        return create_invites_results_response_array_items_item_invite_type_0

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
