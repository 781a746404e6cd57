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
    from ..models.availability_filter import AvailabilityFilter
    from ..models.brand_filter import BrandFilter
    from ..models.condition_filter import ConditionFilter
    from ..models.currency_filter import CurrencyFilter
    from ..models.custom_label_0_filter import CustomLabel0Filter
    from ..models.custom_label_1_filter import CustomLabel1Filter
    from ..models.custom_label_2_filter import CustomLabel2Filter
    from ..models.custom_label_3_filter import CustomLabel3Filter
    from ..models.custom_label_4_filter import CustomLabel4Filter
    from ..models.custom_number_0_filter import CustomNumber0Filter
    from ..models.custom_number_1_filter import CustomNumber1Filter
    from ..models.custom_number_2_filter import CustomNumber2Filter
    from ..models.custom_number_3_filter import CustomNumber3Filter
    from ..models.custom_number_4_filter import CustomNumber4Filter
    from ..models.gender_filter import GenderFilter
    from ..models.google_product_category_0_filter import GoogleProductCategory0Filter
    from ..models.google_product_category_1_filter import GoogleProductCategory1Filter
    from ..models.google_product_category_2_filter import GoogleProductCategory2Filter
    from ..models.google_product_category_3_filter import GoogleProductCategory3Filter
    from ..models.google_product_category_4_filter import GoogleProductCategory4Filter
    from ..models.google_product_category_5_filter import GoogleProductCategory5Filter
    from ..models.google_product_category_6_filter import GoogleProductCategory6Filter
    from ..models.item_group_id_filter import ItemGroupIdFilter
    from ..models.item_id_filter import ItemIdFilter
    from ..models.max_price_filter import MaxPriceFilter
    from ..models.media_type_filter import MediaTypeFilter
    from ..models.min_price_filter import MinPriceFilter
    from ..models.product_group_reference_filter import ProductGroupReferenceFilter
    from ..models.product_type_0_filter import ProductType0Filter
    from ..models.product_type_1_filter import ProductType1Filter
    from ..models.product_type_2_filter import ProductType2Filter
    from ..models.product_type_3_filter import ProductType3Filter
    from ..models.product_type_4_filter import ProductType4Filter
    from ..models.title_keywords_filter import TitleKeywordsFilter


T = TypeVar("T", bound="CatalogsProductGroupFiltersAnyOf")


@_attrs_define
class CatalogsProductGroupFiltersAnyOf:
    """
    Attributes:
        any_of (list[AvailabilityFilter | BrandFilter | ConditionFilter | CurrencyFilter | CustomLabel0Filter |
            CustomLabel1Filter | CustomLabel2Filter | CustomLabel3Filter | CustomLabel4Filter | CustomNumber0Filter |
            CustomNumber1Filter | CustomNumber2Filter | CustomNumber3Filter | CustomNumber4Filter | GenderFilter |
            GoogleProductCategory0Filter | GoogleProductCategory1Filter | GoogleProductCategory2Filter |
            GoogleProductCategory3Filter | GoogleProductCategory4Filter | GoogleProductCategory5Filter |
            GoogleProductCategory6Filter | ItemGroupIdFilter | ItemIdFilter | MaxPriceFilter | MediaTypeFilter |
            MinPriceFilter | ProductGroupReferenceFilter | ProductType0Filter | ProductType1Filter | ProductType2Filter |
            ProductType3Filter | ProductType4Filter | TitleKeywordsFilter]):
    """

    any_of: list[
        AvailabilityFilter
        | BrandFilter
        | ConditionFilter
        | CurrencyFilter
        | CustomLabel0Filter
        | CustomLabel1Filter
        | CustomLabel2Filter
        | CustomLabel3Filter
        | CustomLabel4Filter
        | CustomNumber0Filter
        | CustomNumber1Filter
        | CustomNumber2Filter
        | CustomNumber3Filter
        | CustomNumber4Filter
        | GenderFilter
        | GoogleProductCategory0Filter
        | GoogleProductCategory1Filter
        | GoogleProductCategory2Filter
        | GoogleProductCategory3Filter
        | GoogleProductCategory4Filter
        | GoogleProductCategory5Filter
        | GoogleProductCategory6Filter
        | ItemGroupIdFilter
        | ItemIdFilter
        | MaxPriceFilter
        | MediaTypeFilter
        | MinPriceFilter
        | ProductGroupReferenceFilter
        | ProductType0Filter
        | ProductType1Filter
        | ProductType2Filter
        | ProductType3Filter
        | ProductType4Filter
        | TitleKeywordsFilter
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.availability_filter import AvailabilityFilter
        from ..models.brand_filter import BrandFilter
        from ..models.condition_filter import ConditionFilter
        from ..models.currency_filter import CurrencyFilter
        from ..models.custom_label_0_filter import CustomLabel0Filter
        from ..models.custom_label_1_filter import CustomLabel1Filter
        from ..models.custom_label_2_filter import CustomLabel2Filter
        from ..models.custom_label_3_filter import CustomLabel3Filter
        from ..models.custom_label_4_filter import CustomLabel4Filter
        from ..models.custom_number_0_filter import CustomNumber0Filter
        from ..models.custom_number_1_filter import CustomNumber1Filter
        from ..models.custom_number_2_filter import CustomNumber2Filter
        from ..models.custom_number_3_filter import CustomNumber3Filter
        from ..models.custom_number_4_filter import CustomNumber4Filter
        from ..models.gender_filter import GenderFilter
        from ..models.google_product_category_0_filter import GoogleProductCategory0Filter
        from ..models.google_product_category_1_filter import GoogleProductCategory1Filter
        from ..models.google_product_category_2_filter import GoogleProductCategory2Filter
        from ..models.google_product_category_3_filter import GoogleProductCategory3Filter
        from ..models.google_product_category_4_filter import GoogleProductCategory4Filter
        from ..models.google_product_category_5_filter import GoogleProductCategory5Filter
        from ..models.google_product_category_6_filter import GoogleProductCategory6Filter
        from ..models.item_group_id_filter import ItemGroupIdFilter
        from ..models.item_id_filter import ItemIdFilter
        from ..models.max_price_filter import MaxPriceFilter
        from ..models.media_type_filter import MediaTypeFilter
        from ..models.min_price_filter import MinPriceFilter
        from ..models.product_group_reference_filter import ProductGroupReferenceFilter
        from ..models.product_type_0_filter import ProductType0Filter
        from ..models.product_type_1_filter import ProductType1Filter
        from ..models.product_type_2_filter import ProductType2Filter
        from ..models.product_type_3_filter import ProductType3Filter
        from ..models.product_type_4_filter import ProductType4Filter

        if self.any_of is None:
            any_of = None
        else:
            any_of = []
            for any_of_item_data in self.any_of:
                any_of_item: dict[str, Any]
                if (
                    isinstance(any_of_item_data, MinPriceFilter)
                    or isinstance(any_of_item_data, MaxPriceFilter)
                    or isinstance(any_of_item_data, CurrencyFilter)
                    or isinstance(any_of_item_data, ItemIdFilter)
                    or isinstance(any_of_item_data, AvailabilityFilter)
                    or isinstance(any_of_item_data, BrandFilter)
                    or isinstance(any_of_item_data, ConditionFilter)
                    or isinstance(any_of_item_data, CustomLabel0Filter)
                    or isinstance(any_of_item_data, CustomLabel1Filter)
                    or isinstance(any_of_item_data, CustomLabel2Filter)
                    or isinstance(any_of_item_data, CustomLabel3Filter)
                    or isinstance(any_of_item_data, CustomLabel4Filter)
                    or isinstance(any_of_item_data, ItemGroupIdFilter)
                    or isinstance(any_of_item_data, GenderFilter)
                    or isinstance(any_of_item_data, MediaTypeFilter)
                    or isinstance(any_of_item_data, ProductType4Filter)
                    or isinstance(any_of_item_data, ProductType3Filter)
                    or isinstance(any_of_item_data, ProductType2Filter)
                    or isinstance(any_of_item_data, ProductType1Filter)
                    or isinstance(any_of_item_data, ProductType0Filter)
                    or isinstance(any_of_item_data, GoogleProductCategory6Filter)
                    or isinstance(any_of_item_data, GoogleProductCategory5Filter)
                    or isinstance(any_of_item_data, GoogleProductCategory4Filter)
                    or isinstance(any_of_item_data, GoogleProductCategory3Filter)
                    or isinstance(any_of_item_data, GoogleProductCategory2Filter)
                    or isinstance(any_of_item_data, GoogleProductCategory1Filter)
                    or isinstance(any_of_item_data, GoogleProductCategory0Filter)
                    or isinstance(any_of_item_data, ProductGroupReferenceFilter)
                    or isinstance(any_of_item_data, CustomNumber0Filter)
                    or isinstance(any_of_item_data, CustomNumber1Filter)
                    or isinstance(any_of_item_data, CustomNumber2Filter)
                    or isinstance(any_of_item_data, CustomNumber3Filter)
                    or isinstance(any_of_item_data, CustomNumber4Filter)
                ):
                    any_of_item = None if any_of_item_data is None else any_of_item_data.to_dict()
                else:
                    any_of_item = None if any_of_item_data is None else any_of_item_data.to_dict()

                any_of.append(any_of_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "any_of": any_of,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.availability_filter import AvailabilityFilter
        from ..models.brand_filter import BrandFilter
        from ..models.condition_filter import ConditionFilter
        from ..models.currency_filter import CurrencyFilter
        from ..models.custom_label_0_filter import CustomLabel0Filter
        from ..models.custom_label_1_filter import CustomLabel1Filter
        from ..models.custom_label_2_filter import CustomLabel2Filter
        from ..models.custom_label_3_filter import CustomLabel3Filter
        from ..models.custom_label_4_filter import CustomLabel4Filter
        from ..models.custom_number_0_filter import CustomNumber0Filter
        from ..models.custom_number_1_filter import CustomNumber1Filter
        from ..models.custom_number_2_filter import CustomNumber2Filter
        from ..models.custom_number_3_filter import CustomNumber3Filter
        from ..models.custom_number_4_filter import CustomNumber4Filter
        from ..models.gender_filter import GenderFilter
        from ..models.google_product_category_0_filter import GoogleProductCategory0Filter
        from ..models.google_product_category_1_filter import GoogleProductCategory1Filter
        from ..models.google_product_category_2_filter import GoogleProductCategory2Filter
        from ..models.google_product_category_3_filter import GoogleProductCategory3Filter
        from ..models.google_product_category_4_filter import GoogleProductCategory4Filter
        from ..models.google_product_category_5_filter import GoogleProductCategory5Filter
        from ..models.google_product_category_6_filter import GoogleProductCategory6Filter
        from ..models.item_group_id_filter import ItemGroupIdFilter
        from ..models.item_id_filter import ItemIdFilter
        from ..models.max_price_filter import MaxPriceFilter
        from ..models.media_type_filter import MediaTypeFilter
        from ..models.min_price_filter import MinPriceFilter
        from ..models.product_group_reference_filter import ProductGroupReferenceFilter
        from ..models.product_type_0_filter import ProductType0Filter
        from ..models.product_type_1_filter import ProductType1Filter
        from ..models.product_type_2_filter import ProductType2Filter
        from ..models.product_type_3_filter import ProductType3Filter
        from ..models.product_type_4_filter import ProductType4Filter
        from ..models.title_keywords_filter import TitleKeywordsFilter

        d = dict(src_dict)
        _any_of = d.pop("any_of")
        any_of: list[
            AvailabilityFilter
            | BrandFilter
            | ConditionFilter
            | CurrencyFilter
            | CustomLabel0Filter
            | CustomLabel1Filter
            | CustomLabel2Filter
            | CustomLabel3Filter
            | CustomLabel4Filter
            | CustomNumber0Filter
            | CustomNumber1Filter
            | CustomNumber2Filter
            | CustomNumber3Filter
            | CustomNumber4Filter
            | GenderFilter
            | GoogleProductCategory0Filter
            | GoogleProductCategory1Filter
            | GoogleProductCategory2Filter
            | GoogleProductCategory3Filter
            | GoogleProductCategory4Filter
            | GoogleProductCategory5Filter
            | GoogleProductCategory6Filter
            | ItemGroupIdFilter
            | ItemIdFilter
            | MaxPriceFilter
            | MediaTypeFilter
            | MinPriceFilter
            | ProductGroupReferenceFilter
            | ProductType0Filter
            | ProductType1Filter
            | ProductType2Filter
            | ProductType3Filter
            | ProductType4Filter
            | TitleKeywordsFilter
        ]
        if _any_of is None:
            any_of = tolerate_null("any_of")
        else:
            any_of = []
            for any_of_item_data in _any_of:

                def _parse_any_of_item(
                    data: object,
                ) -> (
                    AvailabilityFilter
                    | BrandFilter
                    | ConditionFilter
                    | CurrencyFilter
                    | CustomLabel0Filter
                    | CustomLabel1Filter
                    | CustomLabel2Filter
                    | CustomLabel3Filter
                    | CustomLabel4Filter
                    | CustomNumber0Filter
                    | CustomNumber1Filter
                    | CustomNumber2Filter
                    | CustomNumber3Filter
                    | CustomNumber4Filter
                    | GenderFilter
                    | GoogleProductCategory0Filter
                    | GoogleProductCategory1Filter
                    | GoogleProductCategory2Filter
                    | GoogleProductCategory3Filter
                    | GoogleProductCategory4Filter
                    | GoogleProductCategory5Filter
                    | GoogleProductCategory6Filter
                    | ItemGroupIdFilter
                    | ItemIdFilter
                    | MaxPriceFilter
                    | MediaTypeFilter
                    | MinPriceFilter
                    | ProductGroupReferenceFilter
                    | ProductType0Filter
                    | ProductType1Filter
                    | ProductType2Filter
                    | ProductType3Filter
                    | ProductType4Filter
                    | TitleKeywordsFilter
                ):
                    if data is None:
                        return cast(
                            AvailabilityFilter
                            | BrandFilter
                            | ConditionFilter
                            | CurrencyFilter
                            | CustomLabel0Filter
                            | CustomLabel1Filter
                            | CustomLabel2Filter
                            | CustomLabel3Filter
                            | CustomLabel4Filter
                            | CustomNumber0Filter
                            | CustomNumber1Filter
                            | CustomNumber2Filter
                            | CustomNumber3Filter
                            | CustomNumber4Filter
                            | GenderFilter
                            | GoogleProductCategory0Filter
                            | GoogleProductCategory1Filter
                            | GoogleProductCategory2Filter
                            | GoogleProductCategory3Filter
                            | GoogleProductCategory4Filter
                            | GoogleProductCategory5Filter
                            | GoogleProductCategory6Filter
                            | ItemGroupIdFilter
                            | ItemIdFilter
                            | MaxPriceFilter
                            | MediaTypeFilter
                            | MinPriceFilter
                            | ProductGroupReferenceFilter
                            | ProductType0Filter
                            | ProductType1Filter
                            | ProductType2Filter
                            | ProductType3Filter
                            | ProductType4Filter
                            | TitleKeywordsFilter,
                            tolerate_null("any_of_item"),
                        )
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_any_of_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_0 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_0 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_0"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_0 is None
                            else MinPriceFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_0
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_1 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_1 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_1"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_1 is None
                            else MaxPriceFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_1
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_2 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_2 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_2"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_2 is None
                            else CurrencyFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_2
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_3 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_3 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_3"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_3 is None
                            else ItemIdFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_3
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_4 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_4 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_4"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_4 is None
                            else AvailabilityFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_4
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_5 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_5 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_5"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_5 is None
                            else BrandFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_5
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_6 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_6 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_6"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_6 is None
                            else ConditionFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_6
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_7 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_7 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_7"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_7 is None
                            else CustomLabel0Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_7
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_8 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_8 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_8"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_8 is None
                            else CustomLabel1Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_8
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_9 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_9 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_9"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_9 is None
                            else CustomLabel2Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_9
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_10 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_10 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_10"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_10 is None
                            else CustomLabel3Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_10
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_11 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_11 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_11"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_11 is None
                            else CustomLabel4Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_11
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_12 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_12 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_12"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_12 is None
                            else ItemGroupIdFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_12
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_13 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_13 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_13"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_13 is None
                            else GenderFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_13
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_14 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_14 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_14"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_14 is None
                            else MediaTypeFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_14
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_15 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_15 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_15"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_15 is None
                            else ProductType4Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_15
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_16 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_16 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_16"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_16 is None
                            else ProductType3Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_16
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_17 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_17 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_17"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_17 is None
                            else ProductType2Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_17
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_18 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_18 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_18"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_18 is None
                            else ProductType1Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_18
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_19 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_19 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_19"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_19 is None
                            else ProductType0Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_19
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_20 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_20 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_20"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_20 is None
                            else GoogleProductCategory6Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_20
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_21 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_21 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_21"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_21 is None
                            else GoogleProductCategory5Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_21
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_22 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_22 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_22"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_22 is None
                            else GoogleProductCategory4Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_22
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_23 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_23 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_23"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_23 is None
                            else GoogleProductCategory3Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_23
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_23
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_24 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_24 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_24"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_24 is None
                            else GoogleProductCategory2Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_24
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_24
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_25 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_25 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_25"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_25 is None
                            else GoogleProductCategory1Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_25
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_25
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_26 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_26 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_26"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_26 is None
                            else GoogleProductCategory0Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_26
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_26
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_27 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_27 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_27"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_27 is None
                            else ProductGroupReferenceFilter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_27
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_27
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_28 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_28 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_28"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_28 is None
                            else CustomNumber0Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_28
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_28
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_29 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_29 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_29"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_29 is None
                            else CustomNumber1Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_29
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_29
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_30 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_30 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_30"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_30 is None
                            else CustomNumber2Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_30
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_30
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_31 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_31 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_31"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_31 is None
                            else CustomNumber3Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_31
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_31
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_product_group_filter_keys_type_32 = data
                        componentsschemas_catalogs_product_group_filter_keys_type_32 = (
                            tolerate_null(
                                "/components/schemas/CatalogsProductGroupFilterKeys_type_32"
                            )
                            if _componentsschemas_catalogs_product_group_filter_keys_type_32 is None
                            else CustomNumber4Filter.from_dict(
                                _componentsschemas_catalogs_product_group_filter_keys_type_32
                            )
                        )

                        return componentsschemas_catalogs_product_group_filter_keys_type_32
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_catalogs_product_group_filter_keys_type_33 = data
                    componentsschemas_catalogs_product_group_filter_keys_type_33 = (
                        tolerate_null("/components/schemas/CatalogsProductGroupFilterKeys_type_33")
                        if _componentsschemas_catalogs_product_group_filter_keys_type_33 is None
                        else TitleKeywordsFilter.from_dict(
                            _componentsschemas_catalogs_product_group_filter_keys_type_33
                        )
                    )

                    return componentsschemas_catalogs_product_group_filter_keys_type_33

                any_of_item = _parse_any_of_item(any_of_item_data)

                any_of.append(any_of_item)

        catalogs_product_group_filters_any_of = cls(
            any_of=any_of,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupFiltersAnyOf", d)
        catalogs_product_group_filters_any_of.additional_properties = d
        return catalogs_product_group_filters_any_of

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
