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
    from ..models.update_asset_group_body_asset_groups_to_update_item import (
        UpdateAssetGroupBodyAssetGroupsToUpdateItem,
    )


T = TypeVar("T", bound="UpdateAssetGroupBody")


@_attrs_define
class UpdateAssetGroupBody:
    """
    Attributes:
        asset_groups_to_update (list[UpdateAssetGroupBodyAssetGroupsToUpdateItem] | Unset): A list of asset groups and
            the data that will be used to update them.
    """

    asset_groups_to_update: list[UpdateAssetGroupBodyAssetGroupsToUpdateItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_groups_to_update: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.asset_groups_to_update, Unset):
            if self.asset_groups_to_update is None:
                asset_groups_to_update = None
            else:
                asset_groups_to_update = []
                for asset_groups_to_update_item_data in self.asset_groups_to_update:
                    asset_groups_to_update_item = (
                        None
                        if asset_groups_to_update_item_data is None
                        else asset_groups_to_update_item_data.to_dict()
                    )
                    asset_groups_to_update.append(asset_groups_to_update_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_groups_to_update is not UNSET:
            field_dict["asset_groups_to_update"] = asset_groups_to_update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_asset_group_body_asset_groups_to_update_item import (
            UpdateAssetGroupBodyAssetGroupsToUpdateItem,
        )

        d = dict(src_dict)
        _asset_groups_to_update = d.pop("asset_groups_to_update", UNSET)
        asset_groups_to_update: list[UpdateAssetGroupBodyAssetGroupsToUpdateItem] | Unset = UNSET
        if _asset_groups_to_update is None:
            asset_groups_to_update = tolerate_null("asset_groups_to_update")
        elif not isinstance(_asset_groups_to_update, Unset):
            asset_groups_to_update = []
            for asset_groups_to_update_item_data in _asset_groups_to_update:
                _asset_groups_to_update_item = asset_groups_to_update_item_data
                asset_groups_to_update_item = (
                    tolerate_null("asset_groups_to_update_item")
                    if _asset_groups_to_update_item is None
                    else UpdateAssetGroupBodyAssetGroupsToUpdateItem.from_dict(
                        _asset_groups_to_update_item
                    )
                )

                asset_groups_to_update.append(asset_groups_to_update_item)

        update_asset_group_body = cls(
            asset_groups_to_update=asset_groups_to_update,
        )

        if d:
            tolerate_unknown_fields("UpdateAssetGroupBody", d)

        update_asset_group_body.additional_properties = d
        return update_asset_group_body

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
