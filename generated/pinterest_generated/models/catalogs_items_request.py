from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_locale import CatalogsLocale
from ..models.country import Country
from ..models.language import Language
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_discriminator,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_creative_assets_items_post_filter import (
        CatalogsCreativeAssetsItemsPostFilter,
    )
    from ..models.catalogs_hotel_items_post_filter import CatalogsHotelItemsPostFilter
    from ..models.catalogs_retail_items_post_filter import CatalogsRetailItemsPostFilter


T = TypeVar("T", bound="CatalogsItemsRequest")


@_attrs_define
class CatalogsItemsRequest:
    """Request object of catalogs items

    Attributes:
        country (Country): Country ID from ISO 3166-1 alpha-2.
        filters (CatalogsCreativeAssetsItemsPostFilter | CatalogsHotelItemsPostFilter | CatalogsRetailItemsPostFilter):
        language (CatalogsLocale | Language): We recommend using the CatalogsLocale values.
    """

    country: Country
    filters: (
        CatalogsCreativeAssetsItemsPostFilter
        | CatalogsHotelItemsPostFilter
        | CatalogsRetailItemsPostFilter
    )
    language: CatalogsLocale | Language
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_hotel_items_post_filter import CatalogsHotelItemsPostFilter
        from ..models.catalogs_retail_items_post_filter import CatalogsRetailItemsPostFilter

        country = None if self.country is None else self.country.value

        filters: dict[str, Any]
        if isinstance(self.filters, CatalogsRetailItemsPostFilter) or isinstance(
            self.filters, CatalogsHotelItemsPostFilter
        ):
            filters = None if self.filters is None else self.filters.to_dict()
        else:
            filters = None if self.filters is None else self.filters.to_dict()

        language: str
        if isinstance(self.language, CatalogsLocale):
            language = None if self.language is None else self.language.value
        else:
            language = None if self.language is None else self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "country": country,
                "filters": filters,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_creative_assets_items_post_filter import (
            CatalogsCreativeAssetsItemsPostFilter,
        )
        from ..models.catalogs_hotel_items_post_filter import CatalogsHotelItemsPostFilter
        from ..models.catalogs_retail_items_post_filter import CatalogsRetailItemsPostFilter

        d = dict(src_dict)
        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        def _parse_filters(
            data: object,
        ) -> (
            CatalogsCreativeAssetsItemsPostFilter
            | CatalogsHotelItemsPostFilter
            | CatalogsRetailItemsPostFilter
        ):
            if data is None:
                return cast(
                    CatalogsCreativeAssetsItemsPostFilter
                    | CatalogsHotelItemsPostFilter
                    | CatalogsRetailItemsPostFilter,
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
            if isinstance(data, dict):
                discriminator = data.get("catalog_type")
                if discriminator == "CREATIVE_ASSETS":
                    _componentsschemas_catalogs_items_post_filters_type_2 = data
                    componentsschemas_catalogs_items_post_filters_type_2 = (
                        tolerate_null("/components/schemas/CatalogsItemsPostFilters_type_2")
                        if _componentsschemas_catalogs_items_post_filters_type_2 is None
                        else CatalogsCreativeAssetsItemsPostFilter.from_dict(
                            _componentsschemas_catalogs_items_post_filters_type_2
                        )
                    )

                    return componentsschemas_catalogs_items_post_filters_type_2
                if discriminator == "HOTEL":
                    _componentsschemas_catalogs_items_post_filters_type_1 = data
                    componentsschemas_catalogs_items_post_filters_type_1 = (
                        tolerate_null("/components/schemas/CatalogsItemsPostFilters_type_1")
                        if _componentsschemas_catalogs_items_post_filters_type_1 is None
                        else CatalogsHotelItemsPostFilter.from_dict(
                            _componentsschemas_catalogs_items_post_filters_type_1
                        )
                    )

                    return componentsschemas_catalogs_items_post_filters_type_1
                if discriminator == "RETAIL":
                    _componentsschemas_catalogs_items_post_filters_type_0 = data
                    componentsschemas_catalogs_items_post_filters_type_0 = (
                        tolerate_null("/components/schemas/CatalogsItemsPostFilters_type_0")
                        if _componentsschemas_catalogs_items_post_filters_type_0 is None
                        else CatalogsRetailItemsPostFilter.from_dict(
                            _componentsschemas_catalogs_items_post_filters_type_0
                        )
                    )

                    return componentsschemas_catalogs_items_post_filters_type_0
                tolerate_unknown_discriminator("catalog_type", discriminator)

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_items_post_filters_type_0 = data
                componentsschemas_catalogs_items_post_filters_type_0 = (
                    tolerate_null("/components/schemas/CatalogsItemsPostFilters_type_0")
                    if _componentsschemas_catalogs_items_post_filters_type_0 is None
                    else CatalogsRetailItemsPostFilter.from_dict(
                        _componentsschemas_catalogs_items_post_filters_type_0
                    )
                )

                return componentsschemas_catalogs_items_post_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_items_post_filters_type_1 = data
                componentsschemas_catalogs_items_post_filters_type_1 = (
                    tolerate_null("/components/schemas/CatalogsItemsPostFilters_type_1")
                    if _componentsschemas_catalogs_items_post_filters_type_1 is None
                    else CatalogsHotelItemsPostFilter.from_dict(
                        _componentsschemas_catalogs_items_post_filters_type_1
                    )
                )

                return componentsschemas_catalogs_items_post_filters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_items_post_filters_type_2 = data
            componentsschemas_catalogs_items_post_filters_type_2 = (
                tolerate_null("/components/schemas/CatalogsItemsPostFilters_type_2")
                if _componentsschemas_catalogs_items_post_filters_type_2 is None
                else CatalogsCreativeAssetsItemsPostFilter.from_dict(
                    _componentsschemas_catalogs_items_post_filters_type_2
                )
            )

            return componentsschemas_catalogs_items_post_filters_type_2

        filters = _parse_filters(d.pop("filters"))

        def _parse_language(data: object) -> CatalogsLocale | Language:
            if data is None:
                return cast(CatalogsLocale | Language, tolerate_null("language"))
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_language(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _language_type_0 = data
                language_type_0 = (
                    tolerate_null("language_type_0")
                    if _language_type_0 is None
                    else CatalogsLocale(_language_type_0)
                )

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            _language_type_1 = data
            language_type_1 = (
                tolerate_null("language_type_1")
                if _language_type_1 is None
                else Language(_language_type_1)
            )

            return language_type_1

        language = _parse_language(d.pop("language"))

        catalogs_items_request = cls(
            country=country,
            filters=filters,
            language=language,
        )

        if d:
            tolerate_unknown_fields("CatalogsItemsRequest", d)
        catalogs_items_request.additional_properties = d
        return catalogs_items_request

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
