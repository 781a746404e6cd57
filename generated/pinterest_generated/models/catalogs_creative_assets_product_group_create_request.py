from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_creative_assets_product_group_create_request_catalog_type import (
    CatalogsCreativeAssetsProductGroupCreateRequestCatalogType,
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
    from ..models.catalogs_creative_assets_product_group_filters_all_of import (
        CatalogsCreativeAssetsProductGroupFiltersAllOf,
    )
    from ..models.catalogs_creative_assets_product_group_filters_any_of import (
        CatalogsCreativeAssetsProductGroupFiltersAnyOf,
    )


T = TypeVar("T", bound="CatalogsCreativeAssetsProductGroupCreateRequest")


@_attrs_define
class CatalogsCreativeAssetsProductGroupCreateRequest:
    """Request object for creating a creative assets product group.

    Attributes:
        catalog_id (str): Catalog id pertaining to the creative assets product group. Example: 2680059592705.
        catalog_type (CatalogsCreativeAssetsProductGroupCreateRequestCatalogType):
        filters (CatalogsCreativeAssetsProductGroupFiltersAllOf | CatalogsCreativeAssetsProductGroupFiltersAnyOf):
            Object holding a group of filters for a creative assets product group
        name (str):
        description (None | str | Unset):
    """

    catalog_id: str
    catalog_type: CatalogsCreativeAssetsProductGroupCreateRequestCatalogType
    filters: (
        CatalogsCreativeAssetsProductGroupFiltersAllOf
        | CatalogsCreativeAssetsProductGroupFiltersAnyOf
    )
    name: str
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_creative_assets_product_group_filters_any_of import (
            CatalogsCreativeAssetsProductGroupFiltersAnyOf,
        )

        catalog_id = self.catalog_id

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsCreativeAssetsProductGroupFiltersAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_creative_assets_product_group_filters_all_of import (
            CatalogsCreativeAssetsProductGroupFiltersAllOf,
        )
        from ..models.catalogs_creative_assets_product_group_filters_any_of import (
            CatalogsCreativeAssetsProductGroupFiltersAnyOf,
        )

        d = dict(src_dict)
        catalog_id = d.pop("catalog_id")
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsCreativeAssetsProductGroupCreateRequestCatalogType(_catalog_type)
        )

        def _parse_filters(
            data: object,
        ) -> (
            CatalogsCreativeAssetsProductGroupFiltersAllOf
            | CatalogsCreativeAssetsProductGroupFiltersAnyOf
        ):
            if data is None:
                return cast(
                    CatalogsCreativeAssetsProductGroupFiltersAllOf
                    | CatalogsCreativeAssetsProductGroupFiltersAnyOf,
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
                _componentsschemas_catalogs_creative_assets_product_group_filters_type_0 = data
                componentsschemas_catalogs_creative_assets_product_group_filters_type_0 = (
                    tolerate_null(
                        "/components/schemas/CatalogsCreativeAssetsProductGroupFilters_type_0"
                    )
                    if _componentsschemas_catalogs_creative_assets_product_group_filters_type_0
                    is None
                    else CatalogsCreativeAssetsProductGroupFiltersAnyOf.from_dict(
                        _componentsschemas_catalogs_creative_assets_product_group_filters_type_0
                    )
                )

                return componentsschemas_catalogs_creative_assets_product_group_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_creative_assets_product_group_filters_type_1 = data
            componentsschemas_catalogs_creative_assets_product_group_filters_type_1 = (
                tolerate_null(
                    "/components/schemas/CatalogsCreativeAssetsProductGroupFilters_type_1"
                )
                if _componentsschemas_catalogs_creative_assets_product_group_filters_type_1 is None
                else CatalogsCreativeAssetsProductGroupFiltersAllOf.from_dict(
                    _componentsschemas_catalogs_creative_assets_product_group_filters_type_1
                )
            )

            return componentsschemas_catalogs_creative_assets_product_group_filters_type_1

        filters = _parse_filters(d.pop("filters"))

        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

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

        catalogs_creative_assets_product_group_create_request = cls(
            catalog_id=catalog_id,
            catalog_type=catalog_type,
            filters=filters,
            name=name,
            description=description,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreativeAssetsProductGroupCreateRequest", d)
        catalogs_creative_assets_product_group_create_request.additional_properties = d
        return catalogs_creative_assets_product_group_create_request

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
