from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BrandAccountsUpdateResponse200")


@_attrs_define
class BrandAccountsUpdateResponse200:
    """
    Attributes:
        brand_account_id (str | Unset): id of the newly created brand account Example: 666791336903426391.
    """

    brand_account_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand_account_id = self.brand_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand_account_id is not UNSET:
            field_dict["brand_account_id"] = brand_account_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        brand_account_id = d.pop("brand_account_id", UNSET)
        if brand_account_id is None:
            brand_account_id = tolerate_null("brand_account_id")

        brand_accounts_update_response_200 = cls(
            brand_account_id=brand_account_id,
        )

        if d:
            tolerate_unknown_fields("BrandAccountsUpdateResponse200", d)

        brand_accounts_update_response_200.additional_properties = d
        return brand_accounts_update_response_200

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
