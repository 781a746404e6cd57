from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_group_type import AssetGroupType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="UpdateAssetGroupBodyAssetGroupsToUpdateItem")


@_attrs_define
class UpdateAssetGroupBodyAssetGroupsToUpdateItem:
    """
    Attributes:
        asset_group_id (str): Unique identifier of the asset group to update. Example: 666791336903426391.
        asset_group_types (list[AssetGroupType] | Unset): Asset Group Types. Note: The asset group types are used for
            user reference and categorization purposes only and do not impact the functionality of the asset group. Example:
            ['BRAND', 'LOCATION_OR_LANGUAGE', 'PRODUCT_LINE', 'OTHER'].
        assets_to_add (list[str] | Unset): A list of asset ids to add to the asset group.
        assets_to_remove (list[str] | Unset): A list of asset ids to remove from the asset group.
        description (str | Unset): Asset group description Example: Asset groups that has ad accounts shared in Canada.
        name (str | Unset): Asset Group name Example: Canada Ad Accounts.
    """

    asset_group_id: str
    asset_group_types: list[AssetGroupType] | Unset = UNSET
    assets_to_add: list[str] | Unset = UNSET
    assets_to_remove: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_group_id = self.asset_group_id

        asset_group_types: list[str] | Unset = UNSET
        if not isinstance(self.asset_group_types, Unset):
            if self.asset_group_types is None:
                asset_group_types = None
            else:
                asset_group_types = []
                for componentsschemas_asset_group_types_item_data in self.asset_group_types:
                    componentsschemas_asset_group_types_item = (
                        None
                        if componentsschemas_asset_group_types_item_data is None
                        else componentsschemas_asset_group_types_item_data.value
                    )
                    asset_group_types.append(componentsschemas_asset_group_types_item)

        assets_to_add: list[str] | Unset = UNSET
        if not isinstance(self.assets_to_add, Unset):
            assets_to_add = self.assets_to_add

        assets_to_remove: list[str] | Unset = UNSET
        if not isinstance(self.assets_to_remove, Unset):
            assets_to_remove = self.assets_to_remove

        description = self.description

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_group_id": asset_group_id,
            }
        )
        if asset_group_types is not UNSET:
            field_dict["asset_group_types"] = asset_group_types
        if assets_to_add is not UNSET:
            field_dict["assets_to_add"] = assets_to_add
        if assets_to_remove is not UNSET:
            field_dict["assets_to_remove"] = assets_to_remove
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_group_id = d.pop("asset_group_id")
        if asset_group_id is None:
            asset_group_id = tolerate_null("asset_group_id")

        _asset_group_types = d.pop("asset_group_types", UNSET)
        asset_group_types: list[AssetGroupType] | Unset = UNSET
        if _asset_group_types is None:
            asset_group_types = tolerate_null("asset_group_types")
        elif not isinstance(_asset_group_types, Unset):
            asset_group_types = []
            for componentsschemas_asset_group_types_item_data in _asset_group_types:
                _componentsschemas_asset_group_types_item = (
                    componentsschemas_asset_group_types_item_data
                )
                componentsschemas_asset_group_types_item = (
                    tolerate_null("/components/schemas/AssetGroupTypes_item")
                    if _componentsschemas_asset_group_types_item is None
                    else AssetGroupType(_componentsschemas_asset_group_types_item)
                )

                asset_group_types.append(componentsschemas_asset_group_types_item)

        _assets_to_add = d.pop("assets_to_add", UNSET)
        assets_to_add = (
            tolerate_null("assets_to_add")
            if _assets_to_add is None
            else cast(list[str], _assets_to_add)
        )

        _assets_to_remove = d.pop("assets_to_remove", UNSET)
        assets_to_remove = (
            tolerate_null("assets_to_remove")
            if _assets_to_remove is None
            else cast(list[str], _assets_to_remove)
        )

        description = d.pop("description", UNSET)
        if description is None:
            description = tolerate_null("description")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        update_asset_group_body_asset_groups_to_update_item = cls(
            asset_group_id=asset_group_id,
            asset_group_types=asset_group_types,
            assets_to_add=assets_to_add,
            assets_to_remove=assets_to_remove,
            description=description,
            name=name,
        )

        if d:
            tolerate_unknown_fields("UpdateAssetGroupBodyAssetGroupsToUpdateItem", d)

        update_asset_group_body_asset_groups_to_update_item.additional_properties = d
        return update_asset_group_body_asset_groups_to_update_item

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
