from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="DeleteAssetGroupBody")


@_attrs_define
class DeleteAssetGroupBody:
    """Request body used to delete asset groups

    Attributes:
        asset_groups_to_delete (list[str]): List of ids of asset groups to be deleted Example: ['666791336903426391',
            '666791336903426392'].
    """

    asset_groups_to_delete: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_groups_to_delete = self.asset_groups_to_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_groups_to_delete": asset_groups_to_delete,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _asset_groups_to_delete = d.pop("asset_groups_to_delete")
        asset_groups_to_delete = (
            tolerate_null("asset_groups_to_delete")
            if _asset_groups_to_delete is None
            else cast(list[str], _asset_groups_to_delete)
        )

        delete_asset_group_body = cls(
            asset_groups_to_delete=asset_groups_to_delete,
        )

        if d:
            tolerate_unknown_fields("DeleteAssetGroupBody", d)

        delete_asset_group_body.additional_properties = d
        return delete_asset_group_body

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
