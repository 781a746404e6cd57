from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.asset_group_binding import AssetGroupBinding


T = TypeVar("T", bound="AssetIdPermissions")


@_attrs_define
class AssetIdPermissions:
    """An object containing the permissions a business member has on the asset.

    Attributes:
        asset_group_info (AssetGroupBinding | None | Unset): An object containing all the information specific to the
            provided asset group. This field will be populated only if asset_type equals 'ASSET_GROUP'.
        asset_id (str | Unset): Unique identifier of a business asset. Example: 549755885175.
        asset_type (str | Unset): Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG.
            Example: AD_ACCOUNT.
        permissions (list[str] | Unset): Permission levels member or partner has on an asset. Example:
            ['FINANCE_MANAGER', 'CATALOGS_MANAGER', 'AUDIENCE_MANAGER'].
    """

    asset_group_info: AssetGroupBinding | None | Unset = UNSET
    asset_id: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.asset_group_binding import AssetGroupBinding

        asset_group_info: dict[str, Any] | None | Unset
        if isinstance(self.asset_group_info, Unset):
            asset_group_info = UNSET
        elif isinstance(self.asset_group_info, AssetGroupBinding):
            asset_group_info = (
                None if self.asset_group_info is None else self.asset_group_info.to_dict()
            )
        else:
            asset_group_info = self.asset_group_info

        asset_id = self.asset_id

        asset_type = self.asset_type

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_group_info is not UNSET:
            field_dict["asset_group_info"] = asset_group_info
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.asset_group_binding import AssetGroupBinding

        d = dict(src_dict)

        def _parse_asset_group_info(data: object) -> AssetGroupBinding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_asset_group_info(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _asset_group_info_type_1 = data
                asset_group_info_type_1 = (
                    tolerate_null("asset_group_info_type_1")
                    if _asset_group_info_type_1 is None
                    else AssetGroupBinding.from_dict(_asset_group_info_type_1)
                )

                return asset_group_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssetGroupBinding | None | Unset, data)

        asset_group_info = _parse_asset_group_info(d.pop("asset_group_info", UNSET))

        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = tolerate_null("asset_id")

        asset_type = d.pop("asset_type", UNSET)
        if asset_type is None:
            asset_type = tolerate_null("asset_type")

        _permissions = d.pop("permissions", UNSET)
        permissions = (
            tolerate_null("permissions") if _permissions is None else cast(list[str], _permissions)
        )

        asset_id_permissions = cls(
            asset_group_info=asset_group_info,
            asset_id=asset_id,
            asset_type=asset_type,
            permissions=permissions,
        )

        if d:
            tolerate_unknown_fields("AssetIdPermissions", d)

        asset_id_permissions.additional_properties = d
        return asset_id_permissions

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
