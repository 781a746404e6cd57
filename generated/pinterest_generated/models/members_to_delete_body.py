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
    from ..models.members_to_delete_body_members_item import MembersToDeleteBodyMembersItem


T = TypeVar("T", bound="MembersToDeleteBody")


@_attrs_define
class MembersToDeleteBody:
    """
    Attributes:
        members (list[MembersToDeleteBodyMembersItem]):
    """

    members: list[MembersToDeleteBodyMembersItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.members is None:
            members = None
        else:
            members = []
            for members_item_data in self.members:
                members_item = None if members_item_data is None else members_item_data.to_dict()
                members.append(members_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.members_to_delete_body_members_item import MembersToDeleteBodyMembersItem

        d = dict(src_dict)
        _members = d.pop("members")
        members: list[MembersToDeleteBodyMembersItem]
        if _members is None:
            members = tolerate_null("members")
        else:
            members = []
            for members_item_data in _members:
                _members_item = members_item_data
                members_item = (
                    tolerate_null("members_item")
                    if _members_item is None
                    else MembersToDeleteBodyMembersItem.from_dict(_members_item)
                )

                members.append(members_item)

        members_to_delete_body = cls(
            members=members,
        )

        if d:
            tolerate_unknown_fields("MembersToDeleteBody", d)

        members_to_delete_body.additional_properties = d
        return members_to_delete_body

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
