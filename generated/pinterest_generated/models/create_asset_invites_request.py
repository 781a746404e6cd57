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
    from ..models.create_asset_invites_request_item import CreateAssetInvitesRequestItem


T = TypeVar("T", bound="CreateAssetInvitesRequest")


@_attrs_define
class CreateAssetInvitesRequest:
    """Request body for updating asset roles for existing invites.

    Attributes:
        invites (list[CreateAssetInvitesRequestItem]):
    """

    invites: list[CreateAssetInvitesRequestItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.invites is None:
            invites = None
        else:
            invites = []
            for invites_item_data in self.invites:
                invites_item = None if invites_item_data is None else invites_item_data.to_dict()
                invites.append(invites_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invites": invites,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_asset_invites_request_item import CreateAssetInvitesRequestItem

        d = dict(src_dict)
        _invites = d.pop("invites")
        invites: list[CreateAssetInvitesRequestItem]
        if _invites is None:
            invites = tolerate_null("invites")
        else:
            invites = []
            for invites_item_data in _invites:
                _invites_item = invites_item_data
                invites_item = (
                    tolerate_null("invites_item")
                    if _invites_item is None
                    else CreateAssetInvitesRequestItem.from_dict(_invites_item)
                )

                invites.append(invites_item)

        create_asset_invites_request = cls(
            invites=invites,
        )

        if d:
            tolerate_unknown_fields("CreateAssetInvitesRequest", d)

        create_asset_invites_request.additional_properties = d
        return create_asset_invites_request

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
