from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.business_access_user_summary import BusinessAccessUserSummary


T = TypeVar("T", bound="UserSingleAssetBinding")


@_attrs_define
class UserSingleAssetBinding:
    """An object containing the permissions a business member/partner has on the asset.

    Attributes:
        permissions (list[str] | Unset): Permission levels member or partner has on an asset. Example:
            ['FINANCE_MANAGER', 'CATALOGS_MANAGER', 'AUDIENCE_MANAGER'].
        user (BusinessAccessUserSummary | Unset): Metadata of the member/partner that has access to the asset.
    """

    permissions: list[str] | Unset = UNSET
    user: BusinessAccessUserSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = None if self.user is None else self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.business_access_user_summary import BusinessAccessUserSummary

        d = dict(src_dict)
        _permissions = d.pop("permissions", UNSET)
        permissions = (
            tolerate_null("permissions") if _permissions is None else cast(list[str], _permissions)
        )

        _user = d.pop("user", UNSET)
        user: BusinessAccessUserSummary | Unset
        if isinstance(_user, Unset):
            user = UNSET
        elif _user is None:
            user = tolerate_null("user")
        else:
            user = BusinessAccessUserSummary.from_dict(_user)

        user_single_asset_binding = cls(
            permissions=permissions,
            user=user,
        )

        if d:
            tolerate_unknown_fields("UserSingleAssetBinding", d)

        user_single_asset_binding.additional_properties = d
        return user_single_asset_binding

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
