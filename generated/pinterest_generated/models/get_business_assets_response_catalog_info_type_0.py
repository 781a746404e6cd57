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

T = TypeVar("T", bound="GetBusinessAssetsResponseCatalogInfoType0")


@_attrs_define
class GetBusinessAssetsResponseCatalogInfoType0:
    """An object containing all the information specific to the provided catalog. This field will be populated only if
    asset_type equals 'CATALOG'.

        Attributes:
            catalog_type (str | Unset): Catalog type Example: PRODUCT.
            id (str | Unset): Catalog ID. Example: 4836859046874.
            name (str | Unset): Catalog name Example: Canada Catalog.
    """

    catalog_type: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = self.catalog_type

        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_type is not UNSET:
            field_dict["catalog_type"] = catalog_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        catalog_type = d.pop("catalog_type", UNSET)
        if catalog_type is None:
            catalog_type = tolerate_null("catalog_type")

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        get_business_assets_response_catalog_info_type_0 = cls(
            catalog_type=catalog_type,
            id=id,
            name=name,
        )

        if d:
            tolerate_unknown_fields("GetBusinessAssetsResponseCatalogInfoType0", d)

        get_business_assets_response_catalog_info_type_0.additional_properties = d
        return get_business_assets_response_catalog_info_type_0

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
