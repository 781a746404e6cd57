from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_hotel_available_filter_values_catalog_type import (
    CatalogsHotelAvailableFilterValuesCatalogType,
)
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_hotel_available_filter_values_catalogs_hotel_filter_values_map import (
        CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap,
    )


T = TypeVar("T", bound="CatalogsHotelAvailableFilterValues")


@_attrs_define
class CatalogsHotelAvailableFilterValues:
    """
    Attributes:
        catalog_type (CatalogsHotelAvailableFilterValuesCatalogType):
        filter_values (CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap): A map of filter attributes to
            their available values.
    """

    catalog_type: CatalogsHotelAvailableFilterValuesCatalogType
    filter_values: CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        filter_values = None if self.filter_values is None else self.filter_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_type": catalog_type,
                "filter_values": filter_values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_hotel_available_filter_values_catalogs_hotel_filter_values_map import (
            CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap,
        )

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsHotelAvailableFilterValuesCatalogType(_catalog_type)
        )

        _filter_values = d.pop("filter_values")
        filter_values = (
            tolerate_null("filter_values")
            if _filter_values is None
            else CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap.from_dict(
                _filter_values
            )
        )

        catalogs_hotel_available_filter_values = cls(
            catalog_type=catalog_type,
            filter_values=filter_values,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelAvailableFilterValues", d)

        catalogs_hotel_available_filter_values.additional_properties = d
        return catalogs_hotel_available_filter_values

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
