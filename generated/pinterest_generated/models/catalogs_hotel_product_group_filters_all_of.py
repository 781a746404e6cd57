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
    from ..models.brand_filter import BrandFilter
    from ..models.country_filter import CountryFilter
    from ..models.custom_label_0_filter import CustomLabel0Filter
    from ..models.custom_label_1_filter import CustomLabel1Filter
    from ..models.custom_label_2_filter import CustomLabel2Filter
    from ..models.custom_label_3_filter import CustomLabel3Filter
    from ..models.custom_label_4_filter import CustomLabel4Filter
    from ..models.hotel_id_filter import HotelIdFilter
    from ..models.price_filter import PriceFilter
    from ..models.title_keywords_filter import TitleKeywordsFilter


T = TypeVar("T", bound="CatalogsHotelProductGroupFiltersAllOf")


@_attrs_define
class CatalogsHotelProductGroupFiltersAllOf:
    """
    Attributes:
        all_of (list[BrandFilter | CountryFilter | CustomLabel0Filter | CustomLabel1Filter | CustomLabel2Filter |
            CustomLabel3Filter | CustomLabel4Filter | HotelIdFilter | PriceFilter | TitleKeywordsFilter]):
    """

    all_of: list[
        BrandFilter
        | CountryFilter
        | CustomLabel0Filter
        | CustomLabel1Filter
        | CustomLabel2Filter
        | CustomLabel3Filter
        | CustomLabel4Filter
        | HotelIdFilter
        | PriceFilter
        | TitleKeywordsFilter
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.brand_filter import BrandFilter
        from ..models.country_filter import CountryFilter
        from ..models.custom_label_0_filter import CustomLabel0Filter
        from ..models.custom_label_1_filter import CustomLabel1Filter
        from ..models.custom_label_2_filter import CustomLabel2Filter
        from ..models.custom_label_3_filter import CustomLabel3Filter
        from ..models.custom_label_4_filter import CustomLabel4Filter
        from ..models.hotel_id_filter import HotelIdFilter
        from ..models.price_filter import PriceFilter

        if self.all_of is None:
            all_of = None
        else:
            all_of = []
            for all_of_item_data in self.all_of:
                all_of_item: dict[str, Any]
                if (
                    isinstance(all_of_item_data, PriceFilter)
                    or isinstance(all_of_item_data, HotelIdFilter)
                    or isinstance(all_of_item_data, BrandFilter)
                    or isinstance(all_of_item_data, CustomLabel0Filter)
                    or isinstance(all_of_item_data, CustomLabel1Filter)
                    or isinstance(all_of_item_data, CustomLabel2Filter)
                    or isinstance(all_of_item_data, CustomLabel3Filter)
                    or isinstance(all_of_item_data, CustomLabel4Filter)
                    or isinstance(all_of_item_data, CountryFilter)
                ):
                    all_of_item = None if all_of_item_data is None else all_of_item_data.to_dict()
                else:
                    all_of_item = None if all_of_item_data is None else all_of_item_data.to_dict()

                all_of.append(all_of_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "all_of": all_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_filter import BrandFilter
        from ..models.country_filter import CountryFilter
        from ..models.custom_label_0_filter import CustomLabel0Filter
        from ..models.custom_label_1_filter import CustomLabel1Filter
        from ..models.custom_label_2_filter import CustomLabel2Filter
        from ..models.custom_label_3_filter import CustomLabel3Filter
        from ..models.custom_label_4_filter import CustomLabel4Filter
        from ..models.hotel_id_filter import HotelIdFilter
        from ..models.price_filter import PriceFilter
        from ..models.title_keywords_filter import TitleKeywordsFilter

        d = dict(src_dict)
        _all_of = d.pop("all_of")
        all_of: list[
            BrandFilter
            | CountryFilter
            | CustomLabel0Filter
            | CustomLabel1Filter
            | CustomLabel2Filter
            | CustomLabel3Filter
            | CustomLabel4Filter
            | HotelIdFilter
            | PriceFilter
            | TitleKeywordsFilter
        ]
        if _all_of is None:
            all_of = tolerate_null("all_of")
        else:
            all_of = []
            for all_of_item_data in _all_of:

                def _parse_all_of_item(
                    data: object,
                ) -> (
                    BrandFilter
                    | CountryFilter
                    | CustomLabel0Filter
                    | CustomLabel1Filter
                    | CustomLabel2Filter
                    | CustomLabel3Filter
                    | CustomLabel4Filter
                    | HotelIdFilter
                    | PriceFilter
                    | TitleKeywordsFilter
                ):
                    if data is None:
                        return cast(
                            BrandFilter
                            | CountryFilter
                            | CustomLabel0Filter
                            | CustomLabel1Filter
                            | CustomLabel2Filter
                            | CustomLabel3Filter
                            | CustomLabel4Filter
                            | HotelIdFilter
                            | PriceFilter
                            | TitleKeywordsFilter,
                            tolerate_null("all_of_item"),
                        )
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_all_of_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_0 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_0 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_0"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_0
                            is None
                            else PriceFilter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_0
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_1 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_1 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_1"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_1
                            is None
                            else HotelIdFilter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_1
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_2 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_2 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_2"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_2
                            is None
                            else BrandFilter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_2
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_3 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_3 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_3"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_3
                            is None
                            else CustomLabel0Filter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_3
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_4 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_4 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_4"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_4
                            is None
                            else CustomLabel1Filter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_4
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_5 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_5 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_5"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_5
                            is None
                            else CustomLabel2Filter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_5
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_6 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_6 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_6"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_6
                            is None
                            else CustomLabel3Filter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_6
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_7 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_7 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_7"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_7
                            is None
                            else CustomLabel4Filter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_7
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_hotel_product_group_filter_keys_type_8 = data
                        componentsschemas_catalogs_hotel_product_group_filter_keys_type_8 = (
                            tolerate_null(
                                "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_8"
                            )
                            if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_8
                            is None
                            else CountryFilter.from_dict(
                                _componentsschemas_catalogs_hotel_product_group_filter_keys_type_8
                            )
                        )

                        return componentsschemas_catalogs_hotel_product_group_filter_keys_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_catalogs_hotel_product_group_filter_keys_type_9 = data
                    componentsschemas_catalogs_hotel_product_group_filter_keys_type_9 = (
                        tolerate_null(
                            "/components/schemas/CatalogsHotelProductGroupFilterKeys_type_9"
                        )
                        if _componentsschemas_catalogs_hotel_product_group_filter_keys_type_9
                        is None
                        else TitleKeywordsFilter.from_dict(
                            _componentsschemas_catalogs_hotel_product_group_filter_keys_type_9
                        )
                    )

                    return componentsschemas_catalogs_hotel_product_group_filter_keys_type_9

                all_of_item = _parse_all_of_item(all_of_item_data)

                all_of.append(all_of_item)

        catalogs_hotel_product_group_filters_all_of = cls(
            all_of=all_of,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelProductGroupFiltersAllOf", d)
        catalogs_hotel_product_group_filters_all_of.additional_properties = d
        return catalogs_hotel_product_group_filters_all_of

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
