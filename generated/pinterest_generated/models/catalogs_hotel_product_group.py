from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_hotel_product_group_catalog_type import CatalogsHotelProductGroupCatalogType
from ..models.catalogs_hotel_product_group_type import CatalogsHotelProductGroupType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_hotel_product_group_filters_all_of import (
        CatalogsHotelProductGroupFiltersAllOf,
    )
    from ..models.catalogs_hotel_product_group_filters_any_of import (
        CatalogsHotelProductGroupFiltersAnyOf,
    )


T = TypeVar("T", bound="CatalogsHotelProductGroup")


@_attrs_define
class CatalogsHotelProductGroup:
    """
    Attributes:
        catalog_id (str): Catalog id pertaining to the hotel product group.
        catalog_type (CatalogsHotelProductGroupCatalogType):
        filters (CatalogsHotelProductGroupFiltersAllOf | CatalogsHotelProductGroupFiltersAnyOf): Object holding a group
            of filters for a hotel product group
        id (str): ID of the hotel product group. Example: 443727193917.
        type_ (CatalogsHotelProductGroupType): <p>Catalog hotel product group type</p>
            <p>MERCHANT_CREATED: Product groups created by merchants.
            <br>ALL_LISTINGS: Includes every hotel item in your catalog. Example: MERCHANT_CREATED.
        created_at (int | Unset): Unix timestamp in seconds of when catalog product group was created. Example:
            1621350033000.
        description (None | str | Unset):
        name (str | Unset): Name of hotel product group Example: Most Popular.
        updated_at (int | Unset): Unix timestamp in seconds of last time catalog product group was updated. Example:
            1622742155000.
    """

    catalog_id: str
    catalog_type: CatalogsHotelProductGroupCatalogType
    filters: CatalogsHotelProductGroupFiltersAllOf | CatalogsHotelProductGroupFiltersAnyOf
    id: str
    type_: CatalogsHotelProductGroupType
    created_at: int | Unset = UNSET
    description: None | str | Unset = UNSET
    name: str | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_hotel_product_group_filters_any_of import (
            CatalogsHotelProductGroupFiltersAnyOf,
        )

        catalog_id = self.catalog_id

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsHotelProductGroupFiltersAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        id = self.id

        type_ = None if self.type_ is None else self.type_.value

        created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name = self.name

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_id": catalog_id,
                "catalog_type": catalog_type,
                "filters": filters,
                "id": id,
                "type": type_,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_hotel_product_group_filters_all_of import (
            CatalogsHotelProductGroupFiltersAllOf,
        )
        from ..models.catalogs_hotel_product_group_filters_any_of import (
            CatalogsHotelProductGroupFiltersAnyOf,
        )

        d = dict(src_dict)
        catalog_id = d.pop("catalog_id")
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsHotelProductGroupCatalogType(_catalog_type)
        )

        def _parse_filters(
            data: object,
        ) -> CatalogsHotelProductGroupFiltersAllOf | CatalogsHotelProductGroupFiltersAnyOf:
            if data is None:
                return cast(
                    CatalogsHotelProductGroupFiltersAllOf | CatalogsHotelProductGroupFiltersAnyOf,
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
                _componentsschemas_catalogs_hotel_product_group_filters_type_0 = data
                componentsschemas_catalogs_hotel_product_group_filters_type_0 = (
                    tolerate_null("/components/schemas/CatalogsHotelProductGroupFilters_type_0")
                    if _componentsschemas_catalogs_hotel_product_group_filters_type_0 is None
                    else CatalogsHotelProductGroupFiltersAnyOf.from_dict(
                        _componentsschemas_catalogs_hotel_product_group_filters_type_0
                    )
                )

                return componentsschemas_catalogs_hotel_product_group_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_hotel_product_group_filters_type_1 = data
            componentsschemas_catalogs_hotel_product_group_filters_type_1 = (
                tolerate_null("/components/schemas/CatalogsHotelProductGroupFilters_type_1")
                if _componentsschemas_catalogs_hotel_product_group_filters_type_1 is None
                else CatalogsHotelProductGroupFiltersAllOf.from_dict(
                    _componentsschemas_catalogs_hotel_product_group_filters_type_1
                )
            )

            return componentsschemas_catalogs_hotel_product_group_filters_type_1

        filters = _parse_filters(d.pop("filters"))

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _type_ = d.pop("type")
        type_ = tolerate_null("type") if _type_ is None else CatalogsHotelProductGroupType(_type_)

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

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is None:
            updated_at = tolerate_null("updated_at")

        catalogs_hotel_product_group = cls(
            catalog_id=catalog_id,
            catalog_type=catalog_type,
            filters=filters,
            id=id,
            type_=type_,
            created_at=created_at,
            description=description,
            name=name,
            updated_at=updated_at,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelProductGroup", d)

        catalogs_hotel_product_group.additional_properties = d
        return catalogs_hotel_product_group

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
