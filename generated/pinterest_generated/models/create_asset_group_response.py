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
    from ..models.asset_group_binding import AssetGroupBinding


T = TypeVar("T", bound="CreateAssetGroupResponse")


@_attrs_define
class CreateAssetGroupResponse:
    """
    Attributes:
        asset_group (AssetGroupBinding | Unset):
    """

    asset_group: AssetGroupBinding | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_group, Unset):
            asset_group = None if self.asset_group is None else self.asset_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_group is not UNSET:
            field_dict["asset_group"] = asset_group

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_group_binding import AssetGroupBinding

        d = dict(src_dict)
        _asset_group = d.pop("asset_group", UNSET)
        asset_group: AssetGroupBinding | Unset
        if isinstance(_asset_group, Unset):
            asset_group = UNSET
        elif _asset_group is None:
            asset_group = tolerate_null("asset_group")
        else:
            asset_group = AssetGroupBinding.from_dict(_asset_group)

        create_asset_group_response = cls(
            asset_group=asset_group,
        )

        if d:
            tolerate_unknown_fields("CreateAssetGroupResponse", d)

        create_asset_group_response.additional_properties = d
        return create_asset_group_response

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
