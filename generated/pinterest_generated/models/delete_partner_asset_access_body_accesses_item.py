from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delete_partner_asset_access_body_accesses_item_partner_type import (
    DeletePartnerAssetAccessBodyAccessesItemPartnerType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="DeletePartnerAssetAccessBodyAccessesItem")


@_attrs_define
class DeletePartnerAssetAccessBodyAccessesItem:
    """
    Attributes:
        asset_id (str): Unique identifier of the business asset. Example: 549755885175.
        partner_id (str): Unique identifier of a business partner to update asset access to. Example: 1234567890123.
        partner_type (DeletePartnerAssetAccessBodyAccessesItemPartnerType | Unset): If partner_type=INTERNAL, the
            deleted asset access is for the access the partner has to your business asset.<br>
            If partner_type=EXTERNAL, the deleted asset access is for the access you have to the partner's business asset.
            Default: DeletePartnerAssetAccessBodyAccessesItemPartnerType.INTERNAL. Example: INTERNAL.
    """

    asset_id: str
    partner_id: str
    partner_type: DeletePartnerAssetAccessBodyAccessesItemPartnerType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        partner_id = self.partner_id

        partner_type: str | Unset = UNSET
        if not isinstance(self.partner_type, Unset):
            partner_type = None if self.partner_type is None else self.partner_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_id": asset_id,
                "partner_id": partner_id,
            }
        )
        if partner_type is not UNSET:
            field_dict["partner_type"] = partner_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_id = d.pop("asset_id")
        if asset_id is None:
            asset_id = tolerate_null("asset_id")

        partner_id = d.pop("partner_id")
        if partner_id is None:
            partner_id = tolerate_null("partner_id")

        _partner_type = d.pop("partner_type", UNSET)
        partner_type: DeletePartnerAssetAccessBodyAccessesItemPartnerType | Unset
        if isinstance(_partner_type, Unset):
            partner_type = UNSET
        elif _partner_type is None:
            partner_type = tolerate_null("partner_type")
        else:
            partner_type = DeletePartnerAssetAccessBodyAccessesItemPartnerType(_partner_type)

        delete_partner_asset_access_body_accesses_item = cls(
            asset_id=asset_id,
            partner_id=partner_id,
            partner_type=partner_type,
        )

        if d:
            tolerate_unknown_fields("DeletePartnerAssetAccessBodyAccessesItem", d)

        delete_partner_asset_access_body_accesses_item.additional_properties = d
        return delete_partner_asset_access_body_accesses_item

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
