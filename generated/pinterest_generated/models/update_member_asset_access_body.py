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
    from ..models.update_member_asset_access_body_accesses_item import (
        UpdateMemberAssetAccessBodyAccessesItem,
    )


T = TypeVar("T", bound="UpdateMemberAssetAccessBody")


@_attrs_define
class UpdateMemberAssetAccessBody:
    """An object with a list of all the new accesses.

    Attributes:
        accesses (list[UpdateMemberAssetAccessBodyAccessesItem]):
    """

    accesses: list[UpdateMemberAssetAccessBodyAccessesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.accesses is None:
            accesses = None
        else:
            accesses = []
            for accesses_item_data in self.accesses:
                accesses_item = None if accesses_item_data is None else accesses_item_data.to_dict()
                accesses.append(accesses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accesses": accesses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_member_asset_access_body_accesses_item import (
            UpdateMemberAssetAccessBodyAccessesItem,
        )

        d = dict(src_dict)
        _accesses = d.pop("accesses")
        accesses: list[UpdateMemberAssetAccessBodyAccessesItem]
        if _accesses is None:
            accesses = tolerate_null("accesses")
        else:
            accesses = []
            for accesses_item_data in _accesses:
                _accesses_item = accesses_item_data
                accesses_item = (
                    tolerate_null("accesses_item")
                    if _accesses_item is None
                    else UpdateMemberAssetAccessBodyAccessesItem.from_dict(_accesses_item)
                )

                accesses.append(accesses_item)

        update_member_asset_access_body = cls(
            accesses=accesses,
        )

        if d:
            tolerate_unknown_fields("UpdateMemberAssetAccessBody", d)

        update_member_asset_access_body.additional_properties = d
        return update_member_asset_access_body

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
