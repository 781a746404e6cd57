from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_hotel_product_group_product_counts_catalog_type import (
    CatalogsHotelProductGroupProductCountsCatalogType,
)
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsHotelProductGroupProductCounts")


@_attrs_define
class CatalogsHotelProductGroupProductCounts:
    """Product counts for a Hotel CatalogsProductGroup

    Attributes:
        catalog_type (CatalogsHotelProductGroupProductCountsCatalogType):
        total (float):
    """

    catalog_type: CatalogsHotelProductGroupProductCountsCatalogType
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_type": catalog_type,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsHotelProductGroupProductCountsCatalogType(_catalog_type)
        )

        total = d.pop("total")
        if total is None:
            total = tolerate_null("total")

        catalogs_hotel_product_group_product_counts = cls(
            catalog_type=catalog_type,
            total=total,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelProductGroupProductCounts", d)

        catalogs_hotel_product_group_product_counts.additional_properties = d
        return catalogs_hotel_product_group_product_counts

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
