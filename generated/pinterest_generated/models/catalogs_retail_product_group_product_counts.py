from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_retail_product_group_product_counts_catalog_type import (
    CatalogsRetailProductGroupProductCountsCatalogType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsRetailProductGroupProductCounts")


@_attrs_define
class CatalogsRetailProductGroupProductCounts:
    """Product counts for a Retail CatalogsProductGroup

    Attributes:
        catalog_type (CatalogsRetailProductGroupProductCountsCatalogType):
        in_stock (float):
        out_of_stock (float):
        preorder (float):
        total (float):
        videos (float | Unset):
    """

    catalog_type: CatalogsRetailProductGroupProductCountsCatalogType
    in_stock: float
    out_of_stock: float
    preorder: float
    total: float
    videos: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        in_stock = self.in_stock

        out_of_stock = self.out_of_stock

        preorder = self.preorder

        total = self.total

        videos = self.videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_type": catalog_type,
                "in_stock": in_stock,
                "out_of_stock": out_of_stock,
                "preorder": preorder,
                "total": total,
            }
        )
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsRetailProductGroupProductCountsCatalogType(_catalog_type)
        )

        in_stock = d.pop("in_stock")
        if in_stock is None:
            in_stock = tolerate_null("in_stock")

        out_of_stock = d.pop("out_of_stock")
        if out_of_stock is None:
            out_of_stock = tolerate_null("out_of_stock")

        preorder = d.pop("preorder")
        if preorder is None:
            preorder = tolerate_null("preorder")

        total = d.pop("total")
        if total is None:
            total = tolerate_null("total")

        videos = d.pop("videos", UNSET)
        if videos is None:
            videos = tolerate_null("videos")

        catalogs_retail_product_group_product_counts = cls(
            catalog_type=catalog_type,
            in_stock=in_stock,
            out_of_stock=out_of_stock,
            preorder=preorder,
            total=total,
            videos=videos,
        )

        if d:
            tolerate_unknown_fields("CatalogsRetailProductGroupProductCounts", d)

        catalogs_retail_product_group_product_counts.additional_properties = d
        return catalogs_retail_product_group_product_counts

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
