from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permissions import Permissions
from ..types import (
    tolerate_null,
)

T = TypeVar("T", bound="AssetIdToPermissions")


@_attrs_define
class AssetIdToPermissions:
    """An object mapping asset ids to lists of business permissions. This can be used to setting/requesting permissions on
    various assets. If accepting an invite or request, this object would be used to grant asset permissions to the
    member or partner.

        Example:
            {'549760723247': ['ANALYST'], '549760723248': ['ANALYST', 'ADMIN'], '809944451643622187': ['PROFILE_PUBLISHER']}

    """

    additional_properties: dict[str, list[Permissions]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if prop is None:
                field_dict[prop_name] = None
            else:
                field_dict[prop_name] = []
                for additional_property_item_data in prop:
                    additional_property_item = (
                        None
                        if additional_property_item_data is None
                        else additional_property_item_data.value
                    )
                    field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id_to_permissions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            additional_property: list[Permissions]
            if _additional_property is None:
                additional_property = tolerate_null("AdditionalProperty")
            else:
                additional_property = []
                for additional_property_item_data in _additional_property:
                    _additional_property_item = additional_property_item_data
                    additional_property_item = (
                        tolerate_null("AdditionalProperty_item")
                        if _additional_property_item is None
                        else Permissions(_additional_property_item)
                    )

                    additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        asset_id_to_permissions.additional_properties = additional_properties
        return asset_id_to_permissions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[Permissions]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[Permissions]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
