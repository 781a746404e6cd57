from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_locale import CatalogsLocale
from ..models.catalogs_retail_list_products_by_catalog_based_filter_request_catalog_type import (
    CatalogsRetailListProductsByCatalogBasedFilterRequestCatalogType,
)
from ..models.country import Country
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_product_group_filters_all_of import CatalogsProductGroupFiltersAllOf
    from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf


T = TypeVar("T", bound="CatalogsRetailListProductsByCatalogBasedFilterRequest")


@_attrs_define
class CatalogsRetailListProductsByCatalogBasedFilterRequest:
    """Request object to list products for a given retail catalog_id and product group filter.

    Attributes:
        catalog_id (str): Catalog id pertaining to the retail product group. Example: 2680059592705.
        catalog_type (CatalogsRetailListProductsByCatalogBasedFilterRequestCatalogType): Retail catalog based product
            group is available only for selected partners at the moment. If you are not eligible, please use feed based one.
        country (Country): Country ID from ISO 3166-1 alpha-2.
        filters (CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf): Object holding a group of filters
            for a catalog product group
        locale (CatalogsLocale):
    """

    catalog_id: str
    catalog_type: CatalogsRetailListProductsByCatalogBasedFilterRequestCatalogType
    country: Country
    filters: CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf
    locale: CatalogsLocale
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf

        catalog_id = self.catalog_id

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        country = None if self.country is None else self.country.value

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsProductGroupFiltersAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        locale = None if self.locale is None else self.locale.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_id": catalog_id,
                "catalog_type": catalog_type,
                "country": country,
                "filters": filters,
                "locale": locale,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_filters_all_of import CatalogsProductGroupFiltersAllOf
        from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf

        d = dict(src_dict)
        catalog_id = d.pop("catalog_id")
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsRetailListProductsByCatalogBasedFilterRequestCatalogType(_catalog_type)
        )

        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        def _parse_filters(
            data: object,
        ) -> CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf:
            if data is None:
                return cast(
                    CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf,
                    tolerate_null("filters"),
                )
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_filters(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_product_group_filters_type_0 = data
                componentsschemas_catalogs_product_group_filters_type_0 = (
                    tolerate_null("/components/schemas/CatalogsProductGroupFilters_type_0")
                    if _componentsschemas_catalogs_product_group_filters_type_0 is None
                    else CatalogsProductGroupFiltersAnyOf.from_dict(
                        _componentsschemas_catalogs_product_group_filters_type_0
                    )
                )

                return componentsschemas_catalogs_product_group_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_product_group_filters_type_1 = data
            componentsschemas_catalogs_product_group_filters_type_1 = (
                tolerate_null("/components/schemas/CatalogsProductGroupFilters_type_1")
                if _componentsschemas_catalogs_product_group_filters_type_1 is None
                else CatalogsProductGroupFiltersAllOf.from_dict(
                    _componentsschemas_catalogs_product_group_filters_type_1
                )
            )

            return componentsschemas_catalogs_product_group_filters_type_1

        filters = _parse_filters(d.pop("filters"))

        _locale = d.pop("locale")
        locale = tolerate_null("locale") if _locale is None else CatalogsLocale(_locale)

        catalogs_retail_list_products_by_catalog_based_filter_request = cls(
            catalog_id=catalog_id,
            catalog_type=catalog_type,
            country=country,
            filters=filters,
            locale=locale,
        )

        if d:
            tolerate_unknown_fields("CatalogsRetailListProductsByCatalogBasedFilterRequest", d)
        catalogs_retail_list_products_by_catalog_based_filter_request.additional_properties = d
        return catalogs_retail_list_products_by_catalog_based_filter_request

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
