from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_locale import CatalogsLocale
from ..models.catalogs_retail_product_group_create_request_catalog_type import (
    CatalogsRetailProductGroupCreateRequestCatalogType,
)
from ..models.country import Country
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_product_group_filters_request_all_of import (
        CatalogsProductGroupFiltersRequestAllOf,
    )
    from ..models.catalogs_product_group_filters_request_any_of import (
        CatalogsProductGroupFiltersRequestAnyOf,
    )


T = TypeVar("T", bound="CatalogsRetailProductGroupCreateRequest")


@_attrs_define
class CatalogsRetailProductGroupCreateRequest:
    """Request object for creating a product group.

    Attributes:
        catalog_id (str): Catalog id pertaining to the retail product group. Example: 2680059592705.
        catalog_type (CatalogsRetailProductGroupCreateRequestCatalogType): Retail catalog based product group is
            available only for selected partners at the moment. If you are not eligible, please use feed based one.
        filters (CatalogsProductGroupFiltersRequestAllOf | CatalogsProductGroupFiltersRequestAnyOf): Object holding a
            group of filters for request on catalog product group. This is a distinct schema It is not possible to create or
            update a Product Group with empty filters. But some automatically generated Product Groups might have empty
            filters.
        name (str):
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        description (None | str | Unset):
        locale (CatalogsLocale | Unset):
    """

    catalog_id: str
    catalog_type: CatalogsRetailProductGroupCreateRequestCatalogType
    filters: CatalogsProductGroupFiltersRequestAllOf | CatalogsProductGroupFiltersRequestAnyOf
    name: str
    country: Country | Unset = UNSET
    description: None | str | Unset = UNSET
    locale: CatalogsLocale | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_product_group_filters_request_any_of import (
            CatalogsProductGroupFiltersRequestAnyOf,
        )

        catalog_id = self.catalog_id

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsProductGroupFiltersRequestAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        name = self.name

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = None if self.country is None else self.country.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        locale: str | Unset = UNSET
        if not isinstance(self.locale, Unset):
            locale = None if self.locale is None else self.locale.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_id": catalog_id,
                "catalog_type": catalog_type,
                "filters": filters,
                "name": name,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if locale is not UNSET:
            field_dict["locale"] = locale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_filters_request_all_of import (
            CatalogsProductGroupFiltersRequestAllOf,
        )
        from ..models.catalogs_product_group_filters_request_any_of import (
            CatalogsProductGroupFiltersRequestAnyOf,
        )

        d = dict(src_dict)
        catalog_id = d.pop("catalog_id")
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsRetailProductGroupCreateRequestCatalogType(_catalog_type)
        )

        def _parse_filters(
            data: object,
        ) -> CatalogsProductGroupFiltersRequestAllOf | CatalogsProductGroupFiltersRequestAnyOf:
            if data is None:
                return cast(
                    CatalogsProductGroupFiltersRequestAllOf
                    | CatalogsProductGroupFiltersRequestAnyOf,
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
                _componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_any_of = data
                componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_any_of = (
                    tolerate_null(
                        "/components/schemas/CatalogsProductGroupFiltersRequest_CatalogsProductGroupFiltersRequestAnyOf"
                    )
                    if _componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_any_of
                    is None
                    else CatalogsProductGroupFiltersRequestAnyOf.from_dict(
                        _componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_any_of
                    )
                )

                return componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_any_of
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_all_of = data
            componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_all_of = (
                tolerate_null(
                    "/components/schemas/CatalogsProductGroupFiltersRequest_CatalogsProductGroupFiltersRequestAllOf"
                )
                if _componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_all_of
                is None
                else CatalogsProductGroupFiltersRequestAllOf.from_dict(
                    _componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_all_of
                )
            )

            return componentsschemas_catalogs_product_group_filters_request_catalogs_product_group_filters_request_all_of

        filters = _parse_filters(d.pop("filters"))

        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        elif _country is None:
            country = tolerate_null("country")
        else:
            country = Country(_country)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_description(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _locale = d.pop("locale", UNSET)
        locale: CatalogsLocale | Unset
        if isinstance(_locale, Unset):
            locale = UNSET
        elif _locale is None:
            locale = tolerate_null("locale")
        else:
            locale = CatalogsLocale(_locale)

        catalogs_retail_product_group_create_request = cls(
            catalog_id=catalog_id,
            catalog_type=catalog_type,
            filters=filters,
            name=name,
            country=country,
            description=description,
            locale=locale,
        )

        if d:
            tolerate_unknown_fields("CatalogsRetailProductGroupCreateRequest", d)
        catalogs_retail_product_group_create_request.additional_properties = d
        return catalogs_retail_product_group_create_request

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
