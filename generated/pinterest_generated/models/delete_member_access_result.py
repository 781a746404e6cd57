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

T = TypeVar("T", bound="DeleteMemberAccessResult")


@_attrs_define
class DeleteMemberAccessResult:
    """The terminated asset access.

    Attributes:
        asset_id (str | Unset): Unique identifier of the business asset. Example: 549755885175.
        member_id (str | Unset): Unique identifier of the business member. Example: 140943737684417.
    """

    asset_id: str | Unset = UNSET
    member_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        member_id = self.member_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if member_id is not UNSET:
            field_dict["member_id"] = member_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = tolerate_null("asset_id")

        member_id = d.pop("member_id", UNSET)
        if member_id is None:
            member_id = tolerate_null("member_id")

        delete_member_access_result = cls(
            asset_id=asset_id,
            member_id=member_id,
        )

        if d:
            tolerate_unknown_fields("DeleteMemberAccessResult", d)

        delete_member_access_result.additional_properties = d
        return delete_member_access_result

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
