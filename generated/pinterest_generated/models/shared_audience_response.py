from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="SharedAudienceResponse")


@_attrs_define
class SharedAudienceResponse:
    """
    Attributes:
        audience_id (str | Unset): Audience ID that was shared Example: 2542621871096.
        permissions (list[Role] | Unset):  Example: ['RESOURCE_PINNER_LIST_READER', 'RESOURCE_PINNER_LIST_OWNER'].
        recipient_account_ids (list[str] | Unset): Account IDs that received the audience Example: ['549755885175'].
    """

    audience_id: str | Unset = UNSET
    permissions: list[Role] | Unset = UNSET
    recipient_account_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_id = self.audience_id

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            if self.permissions is None:
                permissions = None
            else:
                permissions = []
                for permissions_item_data in self.permissions:
                    permissions_item = (
                        None if permissions_item_data is None else permissions_item_data.value
                    )
                    permissions.append(permissions_item)

        recipient_account_ids: list[str] | Unset = UNSET
        if not isinstance(self.recipient_account_ids, Unset):
            recipient_account_ids = self.recipient_account_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_id is not UNSET:
            field_dict["audience_id"] = audience_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if recipient_account_ids is not UNSET:
            field_dict["recipient_account_ids"] = recipient_account_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audience_id = d.pop("audience_id", UNSET)
        if audience_id is None:
            audience_id = tolerate_null("audience_id")

        _permissions = d.pop("permissions", UNSET)
        permissions: list[Role] | Unset = UNSET
        if _permissions is None:
            permissions = tolerate_null("permissions")
        elif not isinstance(_permissions, Unset):
            permissions = []
            for permissions_item_data in _permissions:
                _permissions_item = permissions_item_data
                permissions_item = (
                    tolerate_null("permissions_item")
                    if _permissions_item is None
                    else Role(_permissions_item)
                )

                permissions.append(permissions_item)

        _recipient_account_ids = d.pop("recipient_account_ids", UNSET)
        recipient_account_ids = (
            tolerate_null("recipient_account_ids")
            if _recipient_account_ids is None
            else cast(list[str], _recipient_account_ids)
        )

        shared_audience_response = cls(
            audience_id=audience_id,
            permissions=permissions,
            recipient_account_ids=recipient_account_ids,
        )

        if d:
            tolerate_unknown_fields("SharedAudienceResponse", d)

        shared_audience_response.additional_properties = d
        return shared_audience_response

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
