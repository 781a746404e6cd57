from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_product_group_filters_all_of import CatalogsProductGroupFiltersAllOf
    from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf


T = TypeVar("T", bound="CatalogsListProductsByFeedBasedFilter")


@_attrs_define
class CatalogsListProductsByFeedBasedFilter:
    """Request object to list products for a given feed_id and product group filter.

    Attributes:
        feed_id (str): Catalog Feed id pertaining to the catalog product group filter. Example: 2680059592705.
        filters (CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf): Object holding a group of filters
            for a catalog product group
    """

    feed_id: str
    filters: CatalogsProductGroupFiltersAllOf | CatalogsProductGroupFiltersAnyOf
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf

        feed_id = self.feed_id

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsProductGroupFiltersAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "feed_id": feed_id,
                "filters": filters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_filters_all_of import CatalogsProductGroupFiltersAllOf
        from ..models.catalogs_product_group_filters_any_of import CatalogsProductGroupFiltersAnyOf

        d = dict(src_dict)
        feed_id = d.pop("feed_id")
        if feed_id is None:
            feed_id = tolerate_null("feed_id")

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

        catalogs_list_products_by_feed_based_filter = cls(
            feed_id=feed_id,
            filters=filters,
        )

        if d:
            tolerate_unknown_fields("CatalogsListProductsByFeedBasedFilter", d)
        catalogs_list_products_by_feed_based_filter.additional_properties = d
        return catalogs_list_products_by_feed_based_filter

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
