from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CancelInvitesBody")


@_attrs_define
class CancelInvitesBody:
    """Request body used to cancel invites

    Attributes:
        invite_ids (list[str]): List of invite/request ids to be cancelled Example: ['1234567890123456789',
            '1122334455667788991'].
    """

    invite_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invite_ids = self.invite_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invite_ids": invite_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _invite_ids = d.pop("invite_ids")
        invite_ids = (
            tolerate_null("invite_ids") if _invite_ids is None else cast(list[str], _invite_ids)
        )

        cancel_invites_body = cls(
            invite_ids=invite_ids,
        )

        if d:
            tolerate_unknown_fields("CancelInvitesBody", d)

        cancel_invites_body.additional_properties = d
        return cancel_invites_body

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
