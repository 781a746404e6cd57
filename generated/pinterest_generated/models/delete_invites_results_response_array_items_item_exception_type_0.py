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

T = TypeVar("T", bound="DeleteInvitesResultsResponseArrayItemsItemExceptionType0")


@_attrs_define
class DeleteInvitesResultsResponseArrayItemsItemExceptionType0:
    """An exception object if there is an error performing the cancellation. It will only be provided if there is an error.

    Attributes:
        invite_id (str | Unset): Unique identifier of an invite.
        message (str | Unset): Error message associated with the error in performing the action on the invite/request.
            Example: Business Invite request cannot be performed on current invitation status..
    """

    invite_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invite_id = self.invite_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invite_id is not UNSET:
            field_dict["invite_id"] = invite_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invite_id = d.pop("invite_id", UNSET)
        if invite_id is None:
            invite_id = tolerate_null("invite_id")

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        delete_invites_results_response_array_items_item_exception_type_0 = cls(
            invite_id=invite_id,
            message=message,
        )

        if d:
            tolerate_unknown_fields("DeleteInvitesResultsResponseArrayItemsItemExceptionType0", d)

        delete_invites_results_response_array_items_item_exception_type_0.additional_properties = d
        return delete_invites_results_response_array_items_item_exception_type_0

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
