from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_creative_assets_product_group_update_request_catalog_type import (
    CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType,
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


T = TypeVar("T", bound="CatalogsCreativeAssetsProductGroupUpdateRequest")


@_attrs_define
class CatalogsCreativeAssetsProductGroupUpdateRequest:
    """Request object for updating a creative assets product group.

    Attributes:
        catalog_type (CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType | Unset):
        description (None | str | Unset):
        filters (CatalogsCreativeAssetsProductGroupFiltersAllOf | CatalogsCreativeAssetsProductGroupFiltersAnyOf |
            Unset): Object holding a group of filters for a creative assets product group
        name (str | Unset):
    """

    catalog_type: CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType | Unset = UNSET
    description: None | str | Unset = UNSET
    filters: (
        CatalogsCreativeAssetsProductGroupFiltersAllOf
        | CatalogsCreativeAssetsProductGroupFiltersAnyOf
        | Unset
    ) = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_creative_assets_product_group_filters_any_of import (
            CatalogsCreativeAssetsProductGroupFiltersAnyOf,
        )

        catalog_type: str | Unset = UNSET
        if not isinstance(self.catalog_type, Unset):
            catalog_type = None if self.catalog_type is None else self.catalog_type.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        filters: dict[str, Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, CatalogsCreativeAssetsProductGroupFiltersAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if catalog_type is not UNSET:
            field_dict["catalog_type"] = catalog_type
        if description is not UNSET:
            field_dict["description"] = description
        if filters is not UNSET:
            field_dict["filters"] = filters
        if name is not UNSET:
            field_dict["name"] = name

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
        _catalog_type = d.pop("catalog_type", UNSET)
        catalog_type: CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType | Unset
        if isinstance(_catalog_type, Unset):
            catalog_type = UNSET
        elif _catalog_type is None:
            catalog_type = tolerate_null("catalog_type")
        else:
            catalog_type = CatalogsCreativeAssetsProductGroupUpdateRequestCatalogType(_catalog_type)

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

        def _parse_filters(
            data: object,
        ) -> (
            CatalogsCreativeAssetsProductGroupFiltersAllOf
            | CatalogsCreativeAssetsProductGroupFiltersAnyOf
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if data is None:
                return cast(
                    CatalogsCreativeAssetsProductGroupFiltersAllOf
                    | CatalogsCreativeAssetsProductGroupFiltersAnyOf
                    | Unset,
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

        filters = _parse_filters(d.pop("filters", UNSET))

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        catalogs_creative_assets_product_group_update_request = cls(
            catalog_type=catalog_type,
            description=description,
            filters=filters,
            name=name,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreativeAssetsProductGroupUpdateRequest", d)
        catalogs_creative_assets_product_group_update_request.additional_properties = d
        return catalogs_creative_assets_product_group_update_request

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
