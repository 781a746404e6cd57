from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="DeletePartnerAssetsResult")


@_attrs_define
class DeletePartnerAssetsResult:
    """The terminated asset access.

    Attributes:
        asset_id (str | Unset): Unique identifier of a business asset. Example: 549755885175.
        asset_type (str | Unset): Type of asset. Currently we only support AD_ACCOUNT, PROFILE, ASSET_GROUP and CATALOG.
            Example: AD_ACCOUNT.
        is_shared_partner (bool | Unset): If is_shared_partner=FALSE, you terminated a partner's asset access to your
            business asset.<br> If is_shared_partner=TRUE, you terminated your asset access to your partner's business
            asset. Example: False.
        partner_id (str | Unset): Unique identifier of a business partner. Example: 140943737684417.
        permissions (list[str] | Unset): Permission levels member or partner has on an asset. Example:
            ['FINANCE_MANAGER', 'CATALOGS_MANAGER', 'AUDIENCE_MANAGER'].
    """

    asset_id: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    is_shared_partner: bool | Unset = UNSET
    partner_id: str | Unset = UNSET
    permissions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        asset_type = self.asset_type

        is_shared_partner = self.is_shared_partner

        partner_id = self.partner_id

        permissions: list[str] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type
        if is_shared_partner is not UNSET:
            field_dict["is_shared_partner"] = is_shared_partner
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id", UNSET)
        if asset_id is None:
            asset_id = tolerate_null("asset_id")

        asset_type = d.pop("asset_type", UNSET)
        if asset_type is None:
            asset_type = tolerate_null("asset_type")

        is_shared_partner = d.pop("is_shared_partner", UNSET)
        if is_shared_partner is None:
            is_shared_partner = tolerate_null("is_shared_partner")

        partner_id = d.pop("partner_id", UNSET)
        if partner_id is None:
            partner_id = tolerate_null("partner_id")

        _permissions = d.pop("permissions", UNSET)
        permissions = (
            tolerate_null("permissions") if _permissions is None else cast(list[str], _permissions)
        )

        delete_partner_assets_result = cls(
            asset_id=asset_id,
            asset_type=asset_type,
            is_shared_partner=is_shared_partner,
            partner_id=partner_id,
            permissions=permissions,
        )

        if d:
            tolerate_unknown_fields("DeletePartnerAssetsResult", d)

        delete_partner_assets_result.additional_properties = d
        return delete_partner_assets_result

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
