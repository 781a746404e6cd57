from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.asset_group_type import AssetGroupType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CreateAssetGroupBody")


@_attrs_define
class CreateAssetGroupBody:
    """
    Attributes:
        asset_group_description (str): Asset group description Example: Asset groups that has ad accounts shared in
            Canada.
        asset_group_name (str): Asset Group name Example: Canada Ad Accounts.
        asset_group_types (list[AssetGroupType]): Asset Group Types. Note: The asset group types are used for user
            reference and categorization purposes only and do not impact the functionality of the asset group. Example:
            ['BRAND', 'LOCATION_OR_LANGUAGE', 'PRODUCT_LINE', 'OTHER'].
    """

    asset_group_description: str
    asset_group_name: str
    asset_group_types: list[AssetGroupType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_group_description = self.asset_group_description

        asset_group_name = self.asset_group_name

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_group_description": asset_group_description,
                "asset_group_name": asset_group_name,
                "asset_group_types": asset_group_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_group_description = d.pop("asset_group_description")
        if asset_group_description is None:
            asset_group_description = tolerate_null("asset_group_description")

        asset_group_name = d.pop("asset_group_name")
        if asset_group_name is None:
            asset_group_name = tolerate_null("asset_group_name")

        _asset_group_types = d.pop("asset_group_types")
        asset_group_types: list[AssetGroupType]
        if _asset_group_types is None:
            asset_group_types = tolerate_null("asset_group_types")
        else:
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

        create_asset_group_body = cls(
            asset_group_description=asset_group_description,
            asset_group_name=asset_group_name,
            asset_group_types=asset_group_types,
        )

        if d:
            tolerate_unknown_fields("CreateAssetGroupBody", d)

        create_asset_group_body.additional_properties = d
        return create_asset_group_body

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
