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


T = TypeVar("T", bound="CatalogsProductGroupUpdateRequest")


@_attrs_define
class CatalogsProductGroupUpdateRequest:
    """Request object for updating a product group.

    Attributes:
        description (None | str | Unset):
        filters (CatalogsProductGroupFiltersRequestAllOf | CatalogsProductGroupFiltersRequestAnyOf | Unset): Object
            holding a group of filters for request on catalog product group. This is a distinct schema It is not possible to
            create or update a Product Group with empty filters. But some automatically generated Product Groups might have
            empty filters.
        is_featured (bool | Unset): boolean indicator of whether the product group is being featured or not
        name (str | Unset):
    """

    description: None | str | Unset = UNSET
    filters: (
        CatalogsProductGroupFiltersRequestAllOf | CatalogsProductGroupFiltersRequestAnyOf | Unset
    ) = UNSET
    is_featured: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_product_group_filters_request_any_of import (
            CatalogsProductGroupFiltersRequestAnyOf,
        )

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        filters: dict[str, Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, CatalogsProductGroupFiltersRequestAnyOf):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        is_featured = self.is_featured

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if filters is not UNSET:
            field_dict["filters"] = filters
        if is_featured is not UNSET:
            field_dict["is_featured"] = is_featured
        if name is not UNSET:
            field_dict["name"] = name

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
            CatalogsProductGroupFiltersRequestAllOf
            | CatalogsProductGroupFiltersRequestAnyOf
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            if data is None:
                return cast(
                    CatalogsProductGroupFiltersRequestAllOf
                    | CatalogsProductGroupFiltersRequestAnyOf
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

        filters = _parse_filters(d.pop("filters", UNSET))

        is_featured = d.pop("is_featured", UNSET)
        if is_featured is None:
            is_featured = tolerate_null("is_featured")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        catalogs_product_group_update_request = cls(
            description=description,
            filters=filters,
            is_featured=is_featured,
            name=name,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupUpdateRequest", d)
        catalogs_product_group_update_request.additional_properties = d
        return catalogs_product_group_update_request

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
