from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_product_group_status import CatalogsProductGroupStatus
from ..models.catalogs_product_group_type import CatalogsProductGroupType
from ..models.catalogs_retail_product_group_catalog_type import (
    CatalogsRetailProductGroupCatalogType,
)
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_product_group_filters_all_of import CatalogsProductGroupFiltersAllOf
    from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf


T = TypeVar("T", bound="CatalogsRetailProductGroup")


@_attrs_define
class CatalogsRetailProductGroup:
    """
    Attributes:
        catalog_id (str): Catalog id pertaining to the retail product group.
        catalog_type (CatalogsRetailProductGroupCatalogType):
        feed_id (None | str): id of the catalogs feed belonging to this catalog product group Example: 2680059592705.
        filters (CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf): Object holding a group of filters
            for a catalog product group
        id (str): ID of the catalog product group. Example: 443727193917.
        type_ (CatalogsProductGroupType): <p>Catalog product group type</p>
            <p>MERCHANT_CREATED: Product groups created by merchants.
            <br>ALL_PRODUCTS: Consists of every product in your latest successful feed upload.
            <br>BEST_DEALS: Consists of products with the deepest drop in price.
            <br>PINNER_FAVORITES: Consists of products that are resonating most with people on Pinterest, based on
            engagement.
            <br>TOP_SELLERS: Consists of products with the highest conversion rate, if you have the conversion tag
            installed.
            <br>BACK_IN_STOCK: Consists of products that were previously out of stock and are now in stock.
            <br>NEW_ARRIVALS: Consists of products that are new to your Catalog.
            <br>SHOPIFY_COLLECTION: Product groups created based on Shopify Product Collections.
            <br>I2PC: Product groups created based on predicted product category.</p> Example: TOP_SELLERS.
        country (None | str | Unset):
        created_at (int | Unset): Unix timestamp in seconds of when catalog product group was created. Example:
            1621350033000.
        description (None | str | Unset):
        is_featured (bool | Unset): boolean indicator of whether the product group is being featured or not
        locale (None | str | Unset):
        name (str | Unset): Name of catalog product group Example: Most Popular.
        status (CatalogsProductGroupStatus | Unset):
        updated_at (int | Unset): Unix timestamp in seconds of last time catalog product group was updated. Example:
            1622742155000.
    """

    catalog_id: str
    catalog_type: CatalogsRetailProductGroupCatalogType
    feed_id: None | str
    filters: CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf
    id: str
    type_: CatalogsProductGroupType
    country: None | str | Unset = UNSET
    created_at: int | Unset = UNSET
    description: None | str | Unset = UNSET
    is_featured: bool | Unset = UNSET
    locale: None | str | Unset = UNSET
    name: str | Unset = UNSET
    status: CatalogsProductGroupStatus | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf

        catalog_id = self.catalog_id

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        feed_id: None | str
        feed_id = self.feed_id

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsProductGroupFiltersAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        id = self.id

        type_ = None if self.type_ is None else self.type_.value

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_featured = self.is_featured

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_id": catalog_id,
                "catalog_type": catalog_type,
                "feed_id": feed_id,
                "filters": filters,
                "id": id,
                "type": type_,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured
        if locale is not UNSET:
            field_dict["locale"] = locale
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
            else CatalogsRetailProductGroupCatalogType(_catalog_type)
        )

        def _parse_feed_id(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_feed_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        feed_id = _parse_feed_id(d.pop("feed_id"))

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

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _type_ = d.pop("type")
        type_ = tolerate_null("type") if _type_ is None else CatalogsProductGroupType(_type_)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_country(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        created_at = d.pop("created_at", UNSET)
        if created_at is None:
            created_at = tolerate_null("created_at")

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

        is_featured = d.pop("is_featured", UNSET)
        if is_featured is None:
            is_featured = tolerate_null("is_featured")

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_locale(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        _status = d.pop("status", UNSET)
        status: CatalogsProductGroupStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = CatalogsProductGroupStatus(_status)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is None:
            updated_at = tolerate_null("updated_at")

        catalogs_retail_product_group = cls(
            catalog_id=catalog_id,
            catalog_type=catalog_type,
            feed_id=feed_id,
            filters=filters,
            id=id,
            type_=type_,
            country=country,
            created_at=created_at,
            description=description,
            is_featured=is_featured,
            locale=locale,
            name=name,
            status=status,
            updated_at=updated_at,
        )

        if d:
            tolerate_unknown_fields("CatalogsRetailProductGroup", d)

        catalogs_retail_product_group.additional_properties = d
        return catalogs_retail_product_group

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
