from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_retail_items_post_filter_catalog_type import (
    CatalogsRetailItemsPostFilterCatalogType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsRetailItemsPostFilter")


@_attrs_define
class CatalogsRetailItemsPostFilter:
    """
    Attributes:
        catalog_type (CatalogsRetailItemsPostFilterCatalogType):
        item_ids (list[str]):
        catalog_id (str | Unset): Catalog id pertaining to the retail item. If not provided, default to oldest retail
            catalog
    """

    catalog_type: CatalogsRetailItemsPostFilterCatalogType
    item_ids: list[str]
    catalog_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        item_ids = self.item_ids

        catalog_id = self.catalog_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_type": catalog_type,
                "item_ids": item_ids,
            }
        )
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsRetailItemsPostFilterCatalogType(_catalog_type)
        )

        _item_ids = d.pop("item_ids")
        item_ids = tolerate_null("item_ids") if _item_ids is None else cast(list[str], _item_ids)

        catalog_id = d.pop("catalog_id", UNSET)
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        catalogs_retail_items_post_filter = cls(
            catalog_type=catalog_type,
            item_ids=item_ids,
            catalog_id=catalog_id,
        )

        if d:
            tolerate_unknown_fields("CatalogsRetailItemsPostFilter", d)

        catalogs_retail_items_post_filter.additional_properties = d
        return catalogs_retail_items_post_filter

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
