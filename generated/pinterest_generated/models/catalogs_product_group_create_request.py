from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="CatalogsProductGroupCreateRequest")


@_attrs_define
class CatalogsProductGroupCreateRequest:
    """Request object for creating a product group.

    Attributes:
        feed_id (str): Catalog Feed id pertaining to the catalog product group. Example: 2680059592705.
        filters (CatalogsProductGroupFiltersRequestAllOf | CatalogsProductGroupFiltersRequestAnyOf): Object holding a
            group of filters for request on catalog product group. This is a distinct schema It is not possible to create or
            update a Product Group with empty filters. But some automatically generated Product Groups might have empty
            filters.
        name (str):
        description (None | str | Unset):
        is_featured (bool | Unset): boolean indicator of whether the product group is being featured or not Default:
            False.
    """

    feed_id: str
    filters: CatalogsProductGroupFiltersRequestAllOf | CatalogsProductGroupFiltersRequestAnyOf
    name: str
    description: None | str | Unset = UNSET
    is_featured: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_product_group_filters_request_any_of import (
            CatalogsProductGroupFiltersRequestAnyOf,
        )

        feed_id = self.feed_id

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsProductGroupFiltersRequestAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_featured = self.is_featured

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feed_id": feed_id,
                "filters": filters,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured

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
        feed_id = d.pop("feed_id")
        if feed_id is None:
            feed_id = tolerate_null("feed_id")

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

        catalogs_product_group_create_request = cls(
            feed_id=feed_id,
            filters=filters,
            name=name,
            description=description,
            is_featured=is_featured,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupCreateRequest", d)

        catalogs_product_group_create_request.additional_properties = d
        return catalogs_product_group_create_request

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
