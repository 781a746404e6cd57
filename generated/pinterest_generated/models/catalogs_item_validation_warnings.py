from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_item_validation_details import CatalogsItemValidationDetails


T = TypeVar("T", bound="CatalogsItemValidationWarnings")


@_attrs_define
class CatalogsItemValidationWarnings:
    """
    Attributes:
        ad_image_0_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_0_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_0_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_0_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_0_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_0_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_0_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_10_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_10_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_10_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_10_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_10_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_10_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_10_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_11_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_11_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_11_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_11_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_11_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_11_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_11_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_12_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_12_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_12_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_12_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_12_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_12_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_12_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_13_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_13_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_13_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_13_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_13_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_13_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_13_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_14_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_14_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_14_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_14_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_14_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_14_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_14_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_15_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_15_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_15_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_15_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_15_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_15_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_15_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_16_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_16_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_16_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_16_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_16_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_16_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_16_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_17_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_17_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_17_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_17_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_17_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_17_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_17_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_18_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_18_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_18_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_18_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_18_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_18_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_18_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_19_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_19_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_19_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_19_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_19_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_19_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_19_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_1_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_1_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_1_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_1_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_1_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_1_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_1_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_2_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_2_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_2_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_2_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_2_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_2_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_2_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_3_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_3_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_3_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_3_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_3_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_3_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_3_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_4_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_4_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_4_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_4_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_4_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_4_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_4_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_5_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_5_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_5_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_5_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_5_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_5_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_5_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_6_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_6_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_6_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_6_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_6_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_6_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_6_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_7_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_7_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_7_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_7_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_7_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_7_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_7_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_8_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_8_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_8_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_8_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_8_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_8_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_8_tag_required (CatalogsItemValidationDetails | Unset):
        ad_image_9_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_9_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_9_link_required (CatalogsItemValidationDetails | Unset):
        ad_image_9_link_warning (CatalogsItemValidationDetails | Unset):
        ad_image_9_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_image_9_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_image_9_tag_required (CatalogsItemValidationDetails | Unset):
        ad_link_format_warning (CatalogsItemValidationDetails | Unset):
        ad_link_same_as_link (CatalogsItemValidationDetails | Unset):
        ad_video_0_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_video_0_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_video_0_link_required (CatalogsItemValidationDetails | Unset):
        ad_video_0_link_warning (CatalogsItemValidationDetails | Unset):
        ad_video_0_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_video_0_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_video_0_tag_required (CatalogsItemValidationDetails | Unset):
        ad_video_1_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_video_1_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_video_1_link_required (CatalogsItemValidationDetails | Unset):
        ad_video_1_link_warning (CatalogsItemValidationDetails | Unset):
        ad_video_1_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_video_1_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_video_1_tag_required (CatalogsItemValidationDetails | Unset):
        ad_video_2_link_duplicated (CatalogsItemValidationDetails | Unset):
        ad_video_2_link_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_video_2_link_required (CatalogsItemValidationDetails | Unset):
        ad_video_2_link_warning (CatalogsItemValidationDetails | Unset):
        ad_video_2_tag_duplicated (CatalogsItemValidationDetails | Unset):
        ad_video_2_tag_length_too_long (CatalogsItemValidationDetails | Unset):
        ad_video_2_tag_required (CatalogsItemValidationDetails | Unset):
        additional_image_link_length_too_long (CatalogsItemValidationDetails | Unset):
        additional_image_link_warning (CatalogsItemValidationDetails | Unset):
        adwords_format_warning (CatalogsItemValidationDetails | Unset):
        adwords_same_as_link (CatalogsItemValidationDetails | Unset):
        age_group_invalid (CatalogsItemValidationDetails | Unset):
        android_deep_link_invalid (CatalogsItemValidationDetails | Unset):
        availability_date_invalid (CatalogsItemValidationDetails | Unset):
        country_does_not_map_to_currency (CatalogsItemValidationDetails | Unset):
        custom_label_length_too_long (CatalogsItemValidationDetails | Unset):
        description_length_too_long (CatalogsItemValidationDetails | Unset):
        expiration_date_invalid (CatalogsItemValidationDetails | Unset):
        gender_invalid (CatalogsItemValidationDetails | Unset):
        gtin_invalid (CatalogsItemValidationDetails | Unset):
        image_link_warning (CatalogsItemValidationDetails | Unset):
        ios_deep_link_invalid (CatalogsItemValidationDetails | Unset):
        is_bundle_invalid (CatalogsItemValidationDetails | Unset):
        item_additional_image_download_failure (CatalogsItemValidationDetails | Unset):
        link_format_warning (CatalogsItemValidationDetails | Unset):
        min_ad_price_invalid (CatalogsItemValidationDetails | Unset):
        mpn_invalid (CatalogsItemValidationDetails | Unset):
        multipack_invalid (CatalogsItemValidationDetails | Unset):
        optional_condition_invalid (CatalogsItemValidationDetails | Unset):
        optional_condition_missing (CatalogsItemValidationDetails | Unset):
        optional_product_category_invalid (CatalogsItemValidationDetails | Unset):
        optional_product_category_missing (CatalogsItemValidationDetails | Unset):
        product_category_depth_warning (CatalogsItemValidationDetails | Unset):
        product_type_length_too_long (CatalogsItemValidationDetails | Unset):
        sale_date_invalid (CatalogsItemValidationDetails | Unset):
        sales_price_invalid (CatalogsItemValidationDetails | Unset):
        sales_price_too_high (CatalogsItemValidationDetails | Unset):
        sales_price_too_low (CatalogsItemValidationDetails | Unset):
        shipping_height_invalid (CatalogsItemValidationDetails | Unset):
        shipping_invalid (CatalogsItemValidationDetails | Unset):
        shipping_weight_invalid (CatalogsItemValidationDetails | Unset):
        shipping_width_invalid (CatalogsItemValidationDetails | Unset):
        size_system_invalid (CatalogsItemValidationDetails | Unset):
        size_type_invalid (CatalogsItemValidationDetails | Unset):
        tax_invalid (CatalogsItemValidationDetails | Unset):
        title_length_too_long (CatalogsItemValidationDetails | Unset):
        too_many_additional_image_links (CatalogsItemValidationDetails | Unset):
        utm_source_auto_corrected (CatalogsItemValidationDetails | Unset):
        video_required_when_ad_video_provided (CatalogsItemValidationDetails | Unset):
        weight_unit_invalid (CatalogsItemValidationDetails | Unset):
    """

    ad_image_0_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_0_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_0_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_0_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_0_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_0_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_0_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_10_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_10_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_10_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_10_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_10_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_10_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_10_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_11_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_11_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_11_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_11_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_11_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_11_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_11_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_12_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_12_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_12_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_12_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_12_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_12_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_12_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_13_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_13_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_13_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_13_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_13_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_13_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_13_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_14_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_14_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_14_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_14_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_14_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_14_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_14_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_15_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_15_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_15_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_15_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_15_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_15_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_15_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_16_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_16_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_16_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_16_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_16_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_16_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_16_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_17_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_17_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_17_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_17_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_17_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_17_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_17_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_18_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_18_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_18_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_18_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_18_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_18_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_18_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_19_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_19_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_19_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_19_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_19_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_19_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_19_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_1_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_1_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_1_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_1_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_1_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_1_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_1_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_2_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_2_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_2_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_2_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_2_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_2_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_2_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_3_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_3_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_3_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_3_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_3_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_3_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_3_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_4_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_4_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_4_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_4_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_4_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_4_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_4_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_5_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_5_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_5_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_5_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_5_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_5_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_5_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_6_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_6_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_6_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_6_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_6_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_6_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_6_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_7_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_7_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_7_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_7_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_7_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_7_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_7_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_8_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_8_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_8_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_8_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_8_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_8_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_8_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_9_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_9_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_9_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_9_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_9_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_9_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_image_9_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_link_format_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_link_same_as_link: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_0_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_0_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_0_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_0_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_0_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_0_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_0_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_1_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_1_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_1_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_1_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_1_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_1_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_1_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_2_link_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_2_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_2_link_required: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_2_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_2_tag_duplicated: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_2_tag_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    ad_video_2_tag_required: CatalogsItemValidationDetails | Unset = UNSET
    additional_image_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    additional_image_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    adwords_format_warning: CatalogsItemValidationDetails | Unset = UNSET
    adwords_same_as_link: CatalogsItemValidationDetails | Unset = UNSET
    age_group_invalid: CatalogsItemValidationDetails | Unset = UNSET
    android_deep_link_invalid: CatalogsItemValidationDetails | Unset = UNSET
    availability_date_invalid: CatalogsItemValidationDetails | Unset = UNSET
    country_does_not_map_to_currency: CatalogsItemValidationDetails | Unset = UNSET
    custom_label_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    description_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    expiration_date_invalid: CatalogsItemValidationDetails | Unset = UNSET
    gender_invalid: CatalogsItemValidationDetails | Unset = UNSET
    gtin_invalid: CatalogsItemValidationDetails | Unset = UNSET
    image_link_warning: CatalogsItemValidationDetails | Unset = UNSET
    ios_deep_link_invalid: CatalogsItemValidationDetails | Unset = UNSET
    is_bundle_invalid: CatalogsItemValidationDetails | Unset = UNSET
    item_additional_image_download_failure: CatalogsItemValidationDetails | Unset = UNSET
    link_format_warning: CatalogsItemValidationDetails | Unset = UNSET
    min_ad_price_invalid: CatalogsItemValidationDetails | Unset = UNSET
    mpn_invalid: CatalogsItemValidationDetails | Unset = UNSET
    multipack_invalid: CatalogsItemValidationDetails | Unset = UNSET
    optional_condition_invalid: CatalogsItemValidationDetails | Unset = UNSET
    optional_condition_missing: CatalogsItemValidationDetails | Unset = UNSET
    optional_product_category_invalid: CatalogsItemValidationDetails | Unset = UNSET
    optional_product_category_missing: CatalogsItemValidationDetails | Unset = UNSET
    product_category_depth_warning: CatalogsItemValidationDetails | Unset = UNSET
    product_type_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    sale_date_invalid: CatalogsItemValidationDetails | Unset = UNSET
    sales_price_invalid: CatalogsItemValidationDetails | Unset = UNSET
    sales_price_too_high: CatalogsItemValidationDetails | Unset = UNSET
    sales_price_too_low: CatalogsItemValidationDetails | Unset = UNSET
    shipping_height_invalid: CatalogsItemValidationDetails | Unset = UNSET
    shipping_invalid: CatalogsItemValidationDetails | Unset = UNSET
    shipping_weight_invalid: CatalogsItemValidationDetails | Unset = UNSET
    shipping_width_invalid: CatalogsItemValidationDetails | Unset = UNSET
    size_system_invalid: CatalogsItemValidationDetails | Unset = UNSET
    size_type_invalid: CatalogsItemValidationDetails | Unset = UNSET
    tax_invalid: CatalogsItemValidationDetails | Unset = UNSET
    title_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    too_many_additional_image_links: CatalogsItemValidationDetails | Unset = UNSET
    utm_source_auto_corrected: CatalogsItemValidationDetails | Unset = UNSET
    video_required_when_ad_video_provided: CatalogsItemValidationDetails | Unset = UNSET
    weight_unit_invalid: CatalogsItemValidationDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_image_0_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_0_link_duplicated, Unset):
            ad_image_0_link_duplicated = (
                None
                if self.ad_image_0_link_duplicated is None
                else self.ad_image_0_link_duplicated.to_dict()
            )

        ad_image_0_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_0_link_length_too_long, Unset):
            ad_image_0_link_length_too_long = (
                None
                if self.ad_image_0_link_length_too_long is None
                else self.ad_image_0_link_length_too_long.to_dict()
            )

        ad_image_0_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_0_link_required, Unset):
            ad_image_0_link_required = (
                None
                if self.ad_image_0_link_required is None
                else self.ad_image_0_link_required.to_dict()
            )

        ad_image_0_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_0_link_warning, Unset):
            ad_image_0_link_warning = (
                None
                if self.ad_image_0_link_warning is None
                else self.ad_image_0_link_warning.to_dict()
            )

        ad_image_0_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_0_tag_duplicated, Unset):
            ad_image_0_tag_duplicated = (
                None
                if self.ad_image_0_tag_duplicated is None
                else self.ad_image_0_tag_duplicated.to_dict()
            )

        ad_image_0_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_0_tag_length_too_long, Unset):
            ad_image_0_tag_length_too_long = (
                None
                if self.ad_image_0_tag_length_too_long is None
                else self.ad_image_0_tag_length_too_long.to_dict()
            )

        ad_image_0_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_0_tag_required, Unset):
            ad_image_0_tag_required = (
                None
                if self.ad_image_0_tag_required is None
                else self.ad_image_0_tag_required.to_dict()
            )

        ad_image_10_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_10_link_duplicated, Unset):
            ad_image_10_link_duplicated = (
                None
                if self.ad_image_10_link_duplicated is None
                else self.ad_image_10_link_duplicated.to_dict()
            )

        ad_image_10_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_10_link_length_too_long, Unset):
            ad_image_10_link_length_too_long = (
                None
                if self.ad_image_10_link_length_too_long is None
                else self.ad_image_10_link_length_too_long.to_dict()
            )

        ad_image_10_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_10_link_required, Unset):
            ad_image_10_link_required = (
                None
                if self.ad_image_10_link_required is None
                else self.ad_image_10_link_required.to_dict()
            )

        ad_image_10_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_10_link_warning, Unset):
            ad_image_10_link_warning = (
                None
                if self.ad_image_10_link_warning is None
                else self.ad_image_10_link_warning.to_dict()
            )

        ad_image_10_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_10_tag_duplicated, Unset):
            ad_image_10_tag_duplicated = (
                None
                if self.ad_image_10_tag_duplicated is None
                else self.ad_image_10_tag_duplicated.to_dict()
            )

        ad_image_10_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_10_tag_length_too_long, Unset):
            ad_image_10_tag_length_too_long = (
                None
                if self.ad_image_10_tag_length_too_long is None
                else self.ad_image_10_tag_length_too_long.to_dict()
            )

        ad_image_10_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_10_tag_required, Unset):
            ad_image_10_tag_required = (
                None
                if self.ad_image_10_tag_required is None
                else self.ad_image_10_tag_required.to_dict()
            )

        ad_image_11_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_11_link_duplicated, Unset):
            ad_image_11_link_duplicated = (
                None
                if self.ad_image_11_link_duplicated is None
                else self.ad_image_11_link_duplicated.to_dict()
            )

        ad_image_11_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_11_link_length_too_long, Unset):
            ad_image_11_link_length_too_long = (
                None
                if self.ad_image_11_link_length_too_long is None
                else self.ad_image_11_link_length_too_long.to_dict()
            )

        ad_image_11_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_11_link_required, Unset):
            ad_image_11_link_required = (
                None
                if self.ad_image_11_link_required is None
                else self.ad_image_11_link_required.to_dict()
            )

        ad_image_11_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_11_link_warning, Unset):
            ad_image_11_link_warning = (
                None
                if self.ad_image_11_link_warning is None
                else self.ad_image_11_link_warning.to_dict()
            )

        ad_image_11_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_11_tag_duplicated, Unset):
            ad_image_11_tag_duplicated = (
                None
                if self.ad_image_11_tag_duplicated is None
                else self.ad_image_11_tag_duplicated.to_dict()
            )

        ad_image_11_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_11_tag_length_too_long, Unset):
            ad_image_11_tag_length_too_long = (
                None
                if self.ad_image_11_tag_length_too_long is None
                else self.ad_image_11_tag_length_too_long.to_dict()
            )

        ad_image_11_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_11_tag_required, Unset):
            ad_image_11_tag_required = (
                None
                if self.ad_image_11_tag_required is None
                else self.ad_image_11_tag_required.to_dict()
            )

        ad_image_12_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_12_link_duplicated, Unset):
            ad_image_12_link_duplicated = (
                None
                if self.ad_image_12_link_duplicated is None
                else self.ad_image_12_link_duplicated.to_dict()
            )

        ad_image_12_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_12_link_length_too_long, Unset):
            ad_image_12_link_length_too_long = (
                None
                if self.ad_image_12_link_length_too_long is None
                else self.ad_image_12_link_length_too_long.to_dict()
            )

        ad_image_12_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_12_link_required, Unset):
            ad_image_12_link_required = (
                None
                if self.ad_image_12_link_required is None
                else self.ad_image_12_link_required.to_dict()
            )

        ad_image_12_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_12_link_warning, Unset):
            ad_image_12_link_warning = (
                None
                if self.ad_image_12_link_warning is None
                else self.ad_image_12_link_warning.to_dict()
            )

        ad_image_12_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_12_tag_duplicated, Unset):
            ad_image_12_tag_duplicated = (
                None
                if self.ad_image_12_tag_duplicated is None
                else self.ad_image_12_tag_duplicated.to_dict()
            )

        ad_image_12_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_12_tag_length_too_long, Unset):
            ad_image_12_tag_length_too_long = (
                None
                if self.ad_image_12_tag_length_too_long is None
                else self.ad_image_12_tag_length_too_long.to_dict()
            )

        ad_image_12_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_12_tag_required, Unset):
            ad_image_12_tag_required = (
                None
                if self.ad_image_12_tag_required is None
                else self.ad_image_12_tag_required.to_dict()
            )

        ad_image_13_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_13_link_duplicated, Unset):
            ad_image_13_link_duplicated = (
                None
                if self.ad_image_13_link_duplicated is None
                else self.ad_image_13_link_duplicated.to_dict()
            )

        ad_image_13_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_13_link_length_too_long, Unset):
            ad_image_13_link_length_too_long = (
                None
                if self.ad_image_13_link_length_too_long is None
                else self.ad_image_13_link_length_too_long.to_dict()
            )

        ad_image_13_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_13_link_required, Unset):
            ad_image_13_link_required = (
                None
                if self.ad_image_13_link_required is None
                else self.ad_image_13_link_required.to_dict()
            )

        ad_image_13_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_13_link_warning, Unset):
            ad_image_13_link_warning = (
                None
                if self.ad_image_13_link_warning is None
                else self.ad_image_13_link_warning.to_dict()
            )

        ad_image_13_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_13_tag_duplicated, Unset):
            ad_image_13_tag_duplicated = (
                None
                if self.ad_image_13_tag_duplicated is None
                else self.ad_image_13_tag_duplicated.to_dict()
            )

        ad_image_13_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_13_tag_length_too_long, Unset):
            ad_image_13_tag_length_too_long = (
                None
                if self.ad_image_13_tag_length_too_long is None
                else self.ad_image_13_tag_length_too_long.to_dict()
            )

        ad_image_13_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_13_tag_required, Unset):
            ad_image_13_tag_required = (
                None
                if self.ad_image_13_tag_required is None
                else self.ad_image_13_tag_required.to_dict()
            )

        ad_image_14_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_14_link_duplicated, Unset):
            ad_image_14_link_duplicated = (
                None
                if self.ad_image_14_link_duplicated is None
                else self.ad_image_14_link_duplicated.to_dict()
            )

        ad_image_14_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_14_link_length_too_long, Unset):
            ad_image_14_link_length_too_long = (
                None
                if self.ad_image_14_link_length_too_long is None
                else self.ad_image_14_link_length_too_long.to_dict()
            )

        ad_image_14_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_14_link_required, Unset):
            ad_image_14_link_required = (
                None
                if self.ad_image_14_link_required is None
                else self.ad_image_14_link_required.to_dict()
            )

        ad_image_14_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_14_link_warning, Unset):
            ad_image_14_link_warning = (
                None
                if self.ad_image_14_link_warning is None
                else self.ad_image_14_link_warning.to_dict()
            )

        ad_image_14_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_14_tag_duplicated, Unset):
            ad_image_14_tag_duplicated = (
                None
                if self.ad_image_14_tag_duplicated is None
                else self.ad_image_14_tag_duplicated.to_dict()
            )

        ad_image_14_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_14_tag_length_too_long, Unset):
            ad_image_14_tag_length_too_long = (
                None
                if self.ad_image_14_tag_length_too_long is None
                else self.ad_image_14_tag_length_too_long.to_dict()
            )

        ad_image_14_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_14_tag_required, Unset):
            ad_image_14_tag_required = (
                None
                if self.ad_image_14_tag_required is None
                else self.ad_image_14_tag_required.to_dict()
            )

        ad_image_15_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_15_link_duplicated, Unset):
            ad_image_15_link_duplicated = (
                None
                if self.ad_image_15_link_duplicated is None
                else self.ad_image_15_link_duplicated.to_dict()
            )

        ad_image_15_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_15_link_length_too_long, Unset):
            ad_image_15_link_length_too_long = (
                None
                if self.ad_image_15_link_length_too_long is None
                else self.ad_image_15_link_length_too_long.to_dict()
            )

        ad_image_15_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_15_link_required, Unset):
            ad_image_15_link_required = (
                None
                if self.ad_image_15_link_required is None
                else self.ad_image_15_link_required.to_dict()
            )

        ad_image_15_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_15_link_warning, Unset):
            ad_image_15_link_warning = (
                None
                if self.ad_image_15_link_warning is None
                else self.ad_image_15_link_warning.to_dict()
            )

        ad_image_15_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_15_tag_duplicated, Unset):
            ad_image_15_tag_duplicated = (
                None
                if self.ad_image_15_tag_duplicated is None
                else self.ad_image_15_tag_duplicated.to_dict()
            )

        ad_image_15_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_15_tag_length_too_long, Unset):
            ad_image_15_tag_length_too_long = (
                None
                if self.ad_image_15_tag_length_too_long is None
                else self.ad_image_15_tag_length_too_long.to_dict()
            )

        ad_image_15_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_15_tag_required, Unset):
            ad_image_15_tag_required = (
                None
                if self.ad_image_15_tag_required is None
                else self.ad_image_15_tag_required.to_dict()
            )

        ad_image_16_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_16_link_duplicated, Unset):
            ad_image_16_link_duplicated = (
                None
                if self.ad_image_16_link_duplicated is None
                else self.ad_image_16_link_duplicated.to_dict()
            )

        ad_image_16_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_16_link_length_too_long, Unset):
            ad_image_16_link_length_too_long = (
                None
                if self.ad_image_16_link_length_too_long is None
                else self.ad_image_16_link_length_too_long.to_dict()
            )

        ad_image_16_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_16_link_required, Unset):
            ad_image_16_link_required = (
                None
                if self.ad_image_16_link_required is None
                else self.ad_image_16_link_required.to_dict()
            )

        ad_image_16_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_16_link_warning, Unset):
            ad_image_16_link_warning = (
                None
                if self.ad_image_16_link_warning is None
                else self.ad_image_16_link_warning.to_dict()
            )

        ad_image_16_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_16_tag_duplicated, Unset):
            ad_image_16_tag_duplicated = (
                None
                if self.ad_image_16_tag_duplicated is None
                else self.ad_image_16_tag_duplicated.to_dict()
            )

        ad_image_16_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_16_tag_length_too_long, Unset):
            ad_image_16_tag_length_too_long = (
                None
                if self.ad_image_16_tag_length_too_long is None
                else self.ad_image_16_tag_length_too_long.to_dict()
            )

        ad_image_16_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_16_tag_required, Unset):
            ad_image_16_tag_required = (
                None
                if self.ad_image_16_tag_required is None
                else self.ad_image_16_tag_required.to_dict()
            )

        ad_image_17_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_17_link_duplicated, Unset):
            ad_image_17_link_duplicated = (
                None
                if self.ad_image_17_link_duplicated is None
                else self.ad_image_17_link_duplicated.to_dict()
            )

        ad_image_17_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_17_link_length_too_long, Unset):
            ad_image_17_link_length_too_long = (
                None
                if self.ad_image_17_link_length_too_long is None
                else self.ad_image_17_link_length_too_long.to_dict()
            )

        ad_image_17_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_17_link_required, Unset):
            ad_image_17_link_required = (
                None
                if self.ad_image_17_link_required is None
                else self.ad_image_17_link_required.to_dict()
            )

        ad_image_17_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_17_link_warning, Unset):
            ad_image_17_link_warning = (
                None
                if self.ad_image_17_link_warning is None
                else self.ad_image_17_link_warning.to_dict()
            )

        ad_image_17_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_17_tag_duplicated, Unset):
            ad_image_17_tag_duplicated = (
                None
                if self.ad_image_17_tag_duplicated is None
                else self.ad_image_17_tag_duplicated.to_dict()
            )

        ad_image_17_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_17_tag_length_too_long, Unset):
            ad_image_17_tag_length_too_long = (
                None
                if self.ad_image_17_tag_length_too_long is None
                else self.ad_image_17_tag_length_too_long.to_dict()
            )

        ad_image_17_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_17_tag_required, Unset):
            ad_image_17_tag_required = (
                None
                if self.ad_image_17_tag_required is None
                else self.ad_image_17_tag_required.to_dict()
            )

        ad_image_18_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_18_link_duplicated, Unset):
            ad_image_18_link_duplicated = (
                None
                if self.ad_image_18_link_duplicated is None
                else self.ad_image_18_link_duplicated.to_dict()
            )

        ad_image_18_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_18_link_length_too_long, Unset):
            ad_image_18_link_length_too_long = (
                None
                if self.ad_image_18_link_length_too_long is None
                else self.ad_image_18_link_length_too_long.to_dict()
            )

        ad_image_18_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_18_link_required, Unset):
            ad_image_18_link_required = (
                None
                if self.ad_image_18_link_required is None
                else self.ad_image_18_link_required.to_dict()
            )

        ad_image_18_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_18_link_warning, Unset):
            ad_image_18_link_warning = (
                None
                if self.ad_image_18_link_warning is None
                else self.ad_image_18_link_warning.to_dict()
            )

        ad_image_18_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_18_tag_duplicated, Unset):
            ad_image_18_tag_duplicated = (
                None
                if self.ad_image_18_tag_duplicated is None
                else self.ad_image_18_tag_duplicated.to_dict()
            )

        ad_image_18_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_18_tag_length_too_long, Unset):
            ad_image_18_tag_length_too_long = (
                None
                if self.ad_image_18_tag_length_too_long is None
                else self.ad_image_18_tag_length_too_long.to_dict()
            )

        ad_image_18_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_18_tag_required, Unset):
            ad_image_18_tag_required = (
                None
                if self.ad_image_18_tag_required is None
                else self.ad_image_18_tag_required.to_dict()
            )

        ad_image_19_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_19_link_duplicated, Unset):
            ad_image_19_link_duplicated = (
                None
                if self.ad_image_19_link_duplicated is None
                else self.ad_image_19_link_duplicated.to_dict()
            )

        ad_image_19_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_19_link_length_too_long, Unset):
            ad_image_19_link_length_too_long = (
                None
                if self.ad_image_19_link_length_too_long is None
                else self.ad_image_19_link_length_too_long.to_dict()
            )

        ad_image_19_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_19_link_required, Unset):
            ad_image_19_link_required = (
                None
                if self.ad_image_19_link_required is None
                else self.ad_image_19_link_required.to_dict()
            )

        ad_image_19_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_19_link_warning, Unset):
            ad_image_19_link_warning = (
                None
                if self.ad_image_19_link_warning is None
                else self.ad_image_19_link_warning.to_dict()
            )

        ad_image_19_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_19_tag_duplicated, Unset):
            ad_image_19_tag_duplicated = (
                None
                if self.ad_image_19_tag_duplicated is None
                else self.ad_image_19_tag_duplicated.to_dict()
            )

        ad_image_19_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_19_tag_length_too_long, Unset):
            ad_image_19_tag_length_too_long = (
                None
                if self.ad_image_19_tag_length_too_long is None
                else self.ad_image_19_tag_length_too_long.to_dict()
            )

        ad_image_19_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_19_tag_required, Unset):
            ad_image_19_tag_required = (
                None
                if self.ad_image_19_tag_required is None
                else self.ad_image_19_tag_required.to_dict()
            )

        ad_image_1_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_1_link_duplicated, Unset):
            ad_image_1_link_duplicated = (
                None
                if self.ad_image_1_link_duplicated is None
                else self.ad_image_1_link_duplicated.to_dict()
            )

        ad_image_1_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_1_link_length_too_long, Unset):
            ad_image_1_link_length_too_long = (
                None
                if self.ad_image_1_link_length_too_long is None
                else self.ad_image_1_link_length_too_long.to_dict()
            )

        ad_image_1_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_1_link_required, Unset):
            ad_image_1_link_required = (
                None
                if self.ad_image_1_link_required is None
                else self.ad_image_1_link_required.to_dict()
            )

        ad_image_1_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_1_link_warning, Unset):
            ad_image_1_link_warning = (
                None
                if self.ad_image_1_link_warning is None
                else self.ad_image_1_link_warning.to_dict()
            )

        ad_image_1_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_1_tag_duplicated, Unset):
            ad_image_1_tag_duplicated = (
                None
                if self.ad_image_1_tag_duplicated is None
                else self.ad_image_1_tag_duplicated.to_dict()
            )

        ad_image_1_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_1_tag_length_too_long, Unset):
            ad_image_1_tag_length_too_long = (
                None
                if self.ad_image_1_tag_length_too_long is None
                else self.ad_image_1_tag_length_too_long.to_dict()
            )

        ad_image_1_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_1_tag_required, Unset):
            ad_image_1_tag_required = (
                None
                if self.ad_image_1_tag_required is None
                else self.ad_image_1_tag_required.to_dict()
            )

        ad_image_2_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_2_link_duplicated, Unset):
            ad_image_2_link_duplicated = (
                None
                if self.ad_image_2_link_duplicated is None
                else self.ad_image_2_link_duplicated.to_dict()
            )

        ad_image_2_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_2_link_length_too_long, Unset):
            ad_image_2_link_length_too_long = (
                None
                if self.ad_image_2_link_length_too_long is None
                else self.ad_image_2_link_length_too_long.to_dict()
            )

        ad_image_2_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_2_link_required, Unset):
            ad_image_2_link_required = (
                None
                if self.ad_image_2_link_required is None
                else self.ad_image_2_link_required.to_dict()
            )

        ad_image_2_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_2_link_warning, Unset):
            ad_image_2_link_warning = (
                None
                if self.ad_image_2_link_warning is None
                else self.ad_image_2_link_warning.to_dict()
            )

        ad_image_2_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_2_tag_duplicated, Unset):
            ad_image_2_tag_duplicated = (
                None
                if self.ad_image_2_tag_duplicated is None
                else self.ad_image_2_tag_duplicated.to_dict()
            )

        ad_image_2_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_2_tag_length_too_long, Unset):
            ad_image_2_tag_length_too_long = (
                None
                if self.ad_image_2_tag_length_too_long is None
                else self.ad_image_2_tag_length_too_long.to_dict()
            )

        ad_image_2_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_2_tag_required, Unset):
            ad_image_2_tag_required = (
                None
                if self.ad_image_2_tag_required is None
                else self.ad_image_2_tag_required.to_dict()
            )

        ad_image_3_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_3_link_duplicated, Unset):
            ad_image_3_link_duplicated = (
                None
                if self.ad_image_3_link_duplicated is None
                else self.ad_image_3_link_duplicated.to_dict()
            )

        ad_image_3_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_3_link_length_too_long, Unset):
            ad_image_3_link_length_too_long = (
                None
                if self.ad_image_3_link_length_too_long is None
                else self.ad_image_3_link_length_too_long.to_dict()
            )

        ad_image_3_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_3_link_required, Unset):
            ad_image_3_link_required = (
                None
                if self.ad_image_3_link_required is None
                else self.ad_image_3_link_required.to_dict()
            )

        ad_image_3_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_3_link_warning, Unset):
            ad_image_3_link_warning = (
                None
                if self.ad_image_3_link_warning is None
                else self.ad_image_3_link_warning.to_dict()
            )

        ad_image_3_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_3_tag_duplicated, Unset):
            ad_image_3_tag_duplicated = (
                None
                if self.ad_image_3_tag_duplicated is None
                else self.ad_image_3_tag_duplicated.to_dict()
            )

        ad_image_3_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_3_tag_length_too_long, Unset):
            ad_image_3_tag_length_too_long = (
                None
                if self.ad_image_3_tag_length_too_long is None
                else self.ad_image_3_tag_length_too_long.to_dict()
            )

        ad_image_3_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_3_tag_required, Unset):
            ad_image_3_tag_required = (
                None
                if self.ad_image_3_tag_required is None
                else self.ad_image_3_tag_required.to_dict()
            )

        ad_image_4_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_4_link_duplicated, Unset):
            ad_image_4_link_duplicated = (
                None
                if self.ad_image_4_link_duplicated is None
                else self.ad_image_4_link_duplicated.to_dict()
            )

        ad_image_4_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_4_link_length_too_long, Unset):
            ad_image_4_link_length_too_long = (
                None
                if self.ad_image_4_link_length_too_long is None
                else self.ad_image_4_link_length_too_long.to_dict()
            )

        ad_image_4_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_4_link_required, Unset):
            ad_image_4_link_required = (
                None
                if self.ad_image_4_link_required is None
                else self.ad_image_4_link_required.to_dict()
            )

        ad_image_4_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_4_link_warning, Unset):
            ad_image_4_link_warning = (
                None
                if self.ad_image_4_link_warning is None
                else self.ad_image_4_link_warning.to_dict()
            )

        ad_image_4_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_4_tag_duplicated, Unset):
            ad_image_4_tag_duplicated = (
                None
                if self.ad_image_4_tag_duplicated is None
                else self.ad_image_4_tag_duplicated.to_dict()
            )

        ad_image_4_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_4_tag_length_too_long, Unset):
            ad_image_4_tag_length_too_long = (
                None
                if self.ad_image_4_tag_length_too_long is None
                else self.ad_image_4_tag_length_too_long.to_dict()
            )

        ad_image_4_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_4_tag_required, Unset):
            ad_image_4_tag_required = (
                None
                if self.ad_image_4_tag_required is None
                else self.ad_image_4_tag_required.to_dict()
            )

        ad_image_5_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_5_link_duplicated, Unset):
            ad_image_5_link_duplicated = (
                None
                if self.ad_image_5_link_duplicated is None
                else self.ad_image_5_link_duplicated.to_dict()
            )

        ad_image_5_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_5_link_length_too_long, Unset):
            ad_image_5_link_length_too_long = (
                None
                if self.ad_image_5_link_length_too_long is None
                else self.ad_image_5_link_length_too_long.to_dict()
            )

        ad_image_5_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_5_link_required, Unset):
            ad_image_5_link_required = (
                None
                if self.ad_image_5_link_required is None
                else self.ad_image_5_link_required.to_dict()
            )

        ad_image_5_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_5_link_warning, Unset):
            ad_image_5_link_warning = (
                None
                if self.ad_image_5_link_warning is None
                else self.ad_image_5_link_warning.to_dict()
            )

        ad_image_5_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_5_tag_duplicated, Unset):
            ad_image_5_tag_duplicated = (
                None
                if self.ad_image_5_tag_duplicated is None
                else self.ad_image_5_tag_duplicated.to_dict()
            )

        ad_image_5_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_5_tag_length_too_long, Unset):
            ad_image_5_tag_length_too_long = (
                None
                if self.ad_image_5_tag_length_too_long is None
                else self.ad_image_5_tag_length_too_long.to_dict()
            )

        ad_image_5_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_5_tag_required, Unset):
            ad_image_5_tag_required = (
                None
                if self.ad_image_5_tag_required is None
                else self.ad_image_5_tag_required.to_dict()
            )

        ad_image_6_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_6_link_duplicated, Unset):
            ad_image_6_link_duplicated = (
                None
                if self.ad_image_6_link_duplicated is None
                else self.ad_image_6_link_duplicated.to_dict()
            )

        ad_image_6_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_6_link_length_too_long, Unset):
            ad_image_6_link_length_too_long = (
                None
                if self.ad_image_6_link_length_too_long is None
                else self.ad_image_6_link_length_too_long.to_dict()
            )

        ad_image_6_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_6_link_required, Unset):
            ad_image_6_link_required = (
                None
                if self.ad_image_6_link_required is None
                else self.ad_image_6_link_required.to_dict()
            )

        ad_image_6_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_6_link_warning, Unset):
            ad_image_6_link_warning = (
                None
                if self.ad_image_6_link_warning is None
                else self.ad_image_6_link_warning.to_dict()
            )

        ad_image_6_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_6_tag_duplicated, Unset):
            ad_image_6_tag_duplicated = (
                None
                if self.ad_image_6_tag_duplicated is None
                else self.ad_image_6_tag_duplicated.to_dict()
            )

        ad_image_6_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_6_tag_length_too_long, Unset):
            ad_image_6_tag_length_too_long = (
                None
                if self.ad_image_6_tag_length_too_long is None
                else self.ad_image_6_tag_length_too_long.to_dict()
            )

        ad_image_6_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_6_tag_required, Unset):
            ad_image_6_tag_required = (
                None
                if self.ad_image_6_tag_required is None
                else self.ad_image_6_tag_required.to_dict()
            )

        ad_image_7_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_7_link_duplicated, Unset):
            ad_image_7_link_duplicated = (
                None
                if self.ad_image_7_link_duplicated is None
                else self.ad_image_7_link_duplicated.to_dict()
            )

        ad_image_7_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_7_link_length_too_long, Unset):
            ad_image_7_link_length_too_long = (
                None
                if self.ad_image_7_link_length_too_long is None
                else self.ad_image_7_link_length_too_long.to_dict()
            )

        ad_image_7_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_7_link_required, Unset):
            ad_image_7_link_required = (
                None
                if self.ad_image_7_link_required is None
                else self.ad_image_7_link_required.to_dict()
            )

        ad_image_7_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_7_link_warning, Unset):
            ad_image_7_link_warning = (
                None
                if self.ad_image_7_link_warning is None
                else self.ad_image_7_link_warning.to_dict()
            )

        ad_image_7_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_7_tag_duplicated, Unset):
            ad_image_7_tag_duplicated = (
                None
                if self.ad_image_7_tag_duplicated is None
                else self.ad_image_7_tag_duplicated.to_dict()
            )

        ad_image_7_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_7_tag_length_too_long, Unset):
            ad_image_7_tag_length_too_long = (
                None
                if self.ad_image_7_tag_length_too_long is None
                else self.ad_image_7_tag_length_too_long.to_dict()
            )

        ad_image_7_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_7_tag_required, Unset):
            ad_image_7_tag_required = (
                None
                if self.ad_image_7_tag_required is None
                else self.ad_image_7_tag_required.to_dict()
            )

        ad_image_8_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_8_link_duplicated, Unset):
            ad_image_8_link_duplicated = (
                None
                if self.ad_image_8_link_duplicated is None
                else self.ad_image_8_link_duplicated.to_dict()
            )

        ad_image_8_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_8_link_length_too_long, Unset):
            ad_image_8_link_length_too_long = (
                None
                if self.ad_image_8_link_length_too_long is None
                else self.ad_image_8_link_length_too_long.to_dict()
            )

        ad_image_8_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_8_link_required, Unset):
            ad_image_8_link_required = (
                None
                if self.ad_image_8_link_required is None
                else self.ad_image_8_link_required.to_dict()
            )

        ad_image_8_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_8_link_warning, Unset):
            ad_image_8_link_warning = (
                None
                if self.ad_image_8_link_warning is None
                else self.ad_image_8_link_warning.to_dict()
            )

        ad_image_8_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_8_tag_duplicated, Unset):
            ad_image_8_tag_duplicated = (
                None
                if self.ad_image_8_tag_duplicated is None
                else self.ad_image_8_tag_duplicated.to_dict()
            )

        ad_image_8_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_8_tag_length_too_long, Unset):
            ad_image_8_tag_length_too_long = (
                None
                if self.ad_image_8_tag_length_too_long is None
                else self.ad_image_8_tag_length_too_long.to_dict()
            )

        ad_image_8_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_8_tag_required, Unset):
            ad_image_8_tag_required = (
                None
                if self.ad_image_8_tag_required is None
                else self.ad_image_8_tag_required.to_dict()
            )

        ad_image_9_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_9_link_duplicated, Unset):
            ad_image_9_link_duplicated = (
                None
                if self.ad_image_9_link_duplicated is None
                else self.ad_image_9_link_duplicated.to_dict()
            )

        ad_image_9_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_9_link_length_too_long, Unset):
            ad_image_9_link_length_too_long = (
                None
                if self.ad_image_9_link_length_too_long is None
                else self.ad_image_9_link_length_too_long.to_dict()
            )

        ad_image_9_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_9_link_required, Unset):
            ad_image_9_link_required = (
                None
                if self.ad_image_9_link_required is None
                else self.ad_image_9_link_required.to_dict()
            )

        ad_image_9_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_9_link_warning, Unset):
            ad_image_9_link_warning = (
                None
                if self.ad_image_9_link_warning is None
                else self.ad_image_9_link_warning.to_dict()
            )

        ad_image_9_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_9_tag_duplicated, Unset):
            ad_image_9_tag_duplicated = (
                None
                if self.ad_image_9_tag_duplicated is None
                else self.ad_image_9_tag_duplicated.to_dict()
            )

        ad_image_9_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_9_tag_length_too_long, Unset):
            ad_image_9_tag_length_too_long = (
                None
                if self.ad_image_9_tag_length_too_long is None
                else self.ad_image_9_tag_length_too_long.to_dict()
            )

        ad_image_9_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_image_9_tag_required, Unset):
            ad_image_9_tag_required = (
                None
                if self.ad_image_9_tag_required is None
                else self.ad_image_9_tag_required.to_dict()
            )

        ad_link_format_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_link_format_warning, Unset):
            ad_link_format_warning = (
                None
                if self.ad_link_format_warning is None
                else self.ad_link_format_warning.to_dict()
            )

        ad_link_same_as_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_link_same_as_link, Unset):
            ad_link_same_as_link = (
                None if self.ad_link_same_as_link is None else self.ad_link_same_as_link.to_dict()
            )

        ad_video_0_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_0_link_duplicated, Unset):
            ad_video_0_link_duplicated = (
                None
                if self.ad_video_0_link_duplicated is None
                else self.ad_video_0_link_duplicated.to_dict()
            )

        ad_video_0_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_0_link_length_too_long, Unset):
            ad_video_0_link_length_too_long = (
                None
                if self.ad_video_0_link_length_too_long is None
                else self.ad_video_0_link_length_too_long.to_dict()
            )

        ad_video_0_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_0_link_required, Unset):
            ad_video_0_link_required = (
                None
                if self.ad_video_0_link_required is None
                else self.ad_video_0_link_required.to_dict()
            )

        ad_video_0_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_0_link_warning, Unset):
            ad_video_0_link_warning = (
                None
                if self.ad_video_0_link_warning is None
                else self.ad_video_0_link_warning.to_dict()
            )

        ad_video_0_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_0_tag_duplicated, Unset):
            ad_video_0_tag_duplicated = (
                None
                if self.ad_video_0_tag_duplicated is None
                else self.ad_video_0_tag_duplicated.to_dict()
            )

        ad_video_0_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_0_tag_length_too_long, Unset):
            ad_video_0_tag_length_too_long = (
                None
                if self.ad_video_0_tag_length_too_long is None
                else self.ad_video_0_tag_length_too_long.to_dict()
            )

        ad_video_0_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_0_tag_required, Unset):
            ad_video_0_tag_required = (
                None
                if self.ad_video_0_tag_required is None
                else self.ad_video_0_tag_required.to_dict()
            )

        ad_video_1_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_1_link_duplicated, Unset):
            ad_video_1_link_duplicated = (
                None
                if self.ad_video_1_link_duplicated is None
                else self.ad_video_1_link_duplicated.to_dict()
            )

        ad_video_1_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_1_link_length_too_long, Unset):
            ad_video_1_link_length_too_long = (
                None
                if self.ad_video_1_link_length_too_long is None
                else self.ad_video_1_link_length_too_long.to_dict()
            )

        ad_video_1_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_1_link_required, Unset):
            ad_video_1_link_required = (
                None
                if self.ad_video_1_link_required is None
                else self.ad_video_1_link_required.to_dict()
            )

        ad_video_1_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_1_link_warning, Unset):
            ad_video_1_link_warning = (
                None
                if self.ad_video_1_link_warning is None
                else self.ad_video_1_link_warning.to_dict()
            )

        ad_video_1_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_1_tag_duplicated, Unset):
            ad_video_1_tag_duplicated = (
                None
                if self.ad_video_1_tag_duplicated is None
                else self.ad_video_1_tag_duplicated.to_dict()
            )

        ad_video_1_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_1_tag_length_too_long, Unset):
            ad_video_1_tag_length_too_long = (
                None
                if self.ad_video_1_tag_length_too_long is None
                else self.ad_video_1_tag_length_too_long.to_dict()
            )

        ad_video_1_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_1_tag_required, Unset):
            ad_video_1_tag_required = (
                None
                if self.ad_video_1_tag_required is None
                else self.ad_video_1_tag_required.to_dict()
            )

        ad_video_2_link_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_2_link_duplicated, Unset):
            ad_video_2_link_duplicated = (
                None
                if self.ad_video_2_link_duplicated is None
                else self.ad_video_2_link_duplicated.to_dict()
            )

        ad_video_2_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_2_link_length_too_long, Unset):
            ad_video_2_link_length_too_long = (
                None
                if self.ad_video_2_link_length_too_long is None
                else self.ad_video_2_link_length_too_long.to_dict()
            )

        ad_video_2_link_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_2_link_required, Unset):
            ad_video_2_link_required = (
                None
                if self.ad_video_2_link_required is None
                else self.ad_video_2_link_required.to_dict()
            )

        ad_video_2_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_2_link_warning, Unset):
            ad_video_2_link_warning = (
                None
                if self.ad_video_2_link_warning is None
                else self.ad_video_2_link_warning.to_dict()
            )

        ad_video_2_tag_duplicated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_2_tag_duplicated, Unset):
            ad_video_2_tag_duplicated = (
                None
                if self.ad_video_2_tag_duplicated is None
                else self.ad_video_2_tag_duplicated.to_dict()
            )

        ad_video_2_tag_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_2_tag_length_too_long, Unset):
            ad_video_2_tag_length_too_long = (
                None
                if self.ad_video_2_tag_length_too_long is None
                else self.ad_video_2_tag_length_too_long.to_dict()
            )

        ad_video_2_tag_required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ad_video_2_tag_required, Unset):
            ad_video_2_tag_required = (
                None
                if self.ad_video_2_tag_required is None
                else self.ad_video_2_tag_required.to_dict()
            )

        additional_image_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_image_link_length_too_long, Unset):
            additional_image_link_length_too_long = (
                None
                if self.additional_image_link_length_too_long is None
                else self.additional_image_link_length_too_long.to_dict()
            )

        additional_image_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_image_link_warning, Unset):
            additional_image_link_warning = (
                None
                if self.additional_image_link_warning is None
                else self.additional_image_link_warning.to_dict()
            )

        adwords_format_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adwords_format_warning, Unset):
            adwords_format_warning = (
                None
                if self.adwords_format_warning is None
                else self.adwords_format_warning.to_dict()
            )

        adwords_same_as_link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adwords_same_as_link, Unset):
            adwords_same_as_link = (
                None if self.adwords_same_as_link is None else self.adwords_same_as_link.to_dict()
            )

        age_group_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.age_group_invalid, Unset):
            age_group_invalid = (
                None if self.age_group_invalid is None else self.age_group_invalid.to_dict()
            )

        android_deep_link_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android_deep_link_invalid, Unset):
            android_deep_link_invalid = (
                None
                if self.android_deep_link_invalid is None
                else self.android_deep_link_invalid.to_dict()
            )

        availability_date_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability_date_invalid, Unset):
            availability_date_invalid = (
                None
                if self.availability_date_invalid is None
                else self.availability_date_invalid.to_dict()
            )

        country_does_not_map_to_currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country_does_not_map_to_currency, Unset):
            country_does_not_map_to_currency = (
                None
                if self.country_does_not_map_to_currency is None
                else self.country_does_not_map_to_currency.to_dict()
            )

        custom_label_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_label_length_too_long, Unset):
            custom_label_length_too_long = (
                None
                if self.custom_label_length_too_long is None
                else self.custom_label_length_too_long.to_dict()
            )

        description_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_length_too_long, Unset):
            description_length_too_long = (
                None
                if self.description_length_too_long is None
                else self.description_length_too_long.to_dict()
            )

        expiration_date_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration_date_invalid, Unset):
            expiration_date_invalid = (
                None
                if self.expiration_date_invalid is None
                else self.expiration_date_invalid.to_dict()
            )

        gender_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gender_invalid, Unset):
            gender_invalid = None if self.gender_invalid is None else self.gender_invalid.to_dict()

        gtin_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.gtin_invalid, Unset):
            gtin_invalid = None if self.gtin_invalid is None else self.gtin_invalid.to_dict()

        image_link_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_link_warning, Unset):
            image_link_warning = (
                None if self.image_link_warning is None else self.image_link_warning.to_dict()
            )

        ios_deep_link_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ios_deep_link_invalid, Unset):
            ios_deep_link_invalid = (
                None if self.ios_deep_link_invalid is None else self.ios_deep_link_invalid.to_dict()
            )

        is_bundle_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.is_bundle_invalid, Unset):
            is_bundle_invalid = (
                None if self.is_bundle_invalid is None else self.is_bundle_invalid.to_dict()
            )

        item_additional_image_download_failure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_additional_image_download_failure, Unset):
            item_additional_image_download_failure = (
                None
                if self.item_additional_image_download_failure is None
                else self.item_additional_image_download_failure.to_dict()
            )

        link_format_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_format_warning, Unset):
            link_format_warning = (
                None if self.link_format_warning is None else self.link_format_warning.to_dict()
            )

        min_ad_price_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_ad_price_invalid, Unset):
            min_ad_price_invalid = (
                None if self.min_ad_price_invalid is None else self.min_ad_price_invalid.to_dict()
            )

        mpn_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mpn_invalid, Unset):
            mpn_invalid = None if self.mpn_invalid is None else self.mpn_invalid.to_dict()

        multipack_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.multipack_invalid, Unset):
            multipack_invalid = (
                None if self.multipack_invalid is None else self.multipack_invalid.to_dict()
            )

        optional_condition_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optional_condition_invalid, Unset):
            optional_condition_invalid = (
                None
                if self.optional_condition_invalid is None
                else self.optional_condition_invalid.to_dict()
            )

        optional_condition_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optional_condition_missing, Unset):
            optional_condition_missing = (
                None
                if self.optional_condition_missing is None
                else self.optional_condition_missing.to_dict()
            )

        optional_product_category_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optional_product_category_invalid, Unset):
            optional_product_category_invalid = (
                None
                if self.optional_product_category_invalid is None
                else self.optional_product_category_invalid.to_dict()
            )

        optional_product_category_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optional_product_category_missing, Unset):
            optional_product_category_missing = (
                None
                if self.optional_product_category_missing is None
                else self.optional_product_category_missing.to_dict()
            )

        product_category_depth_warning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_category_depth_warning, Unset):
            product_category_depth_warning = (
                None
                if self.product_category_depth_warning is None
                else self.product_category_depth_warning.to_dict()
            )

        product_type_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_type_length_too_long, Unset):
            product_type_length_too_long = (
                None
                if self.product_type_length_too_long is None
                else self.product_type_length_too_long.to_dict()
            )

        sale_date_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sale_date_invalid, Unset):
            sale_date_invalid = (
                None if self.sale_date_invalid is None else self.sale_date_invalid.to_dict()
            )

        sales_price_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_price_invalid, Unset):
            sales_price_invalid = (
                None if self.sales_price_invalid is None else self.sales_price_invalid.to_dict()
            )

        sales_price_too_high: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_price_too_high, Unset):
            sales_price_too_high = (
                None if self.sales_price_too_high is None else self.sales_price_too_high.to_dict()
            )

        sales_price_too_low: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_price_too_low, Unset):
            sales_price_too_low = (
                None if self.sales_price_too_low is None else self.sales_price_too_low.to_dict()
            )

        shipping_height_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_height_invalid, Unset):
            shipping_height_invalid = (
                None
                if self.shipping_height_invalid is None
                else self.shipping_height_invalid.to_dict()
            )

        shipping_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_invalid, Unset):
            shipping_invalid = (
                None if self.shipping_invalid is None else self.shipping_invalid.to_dict()
            )

        shipping_weight_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_weight_invalid, Unset):
            shipping_weight_invalid = (
                None
                if self.shipping_weight_invalid is None
                else self.shipping_weight_invalid.to_dict()
            )

        shipping_width_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_width_invalid, Unset):
            shipping_width_invalid = (
                None
                if self.shipping_width_invalid is None
                else self.shipping_width_invalid.to_dict()
            )

        size_system_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size_system_invalid, Unset):
            size_system_invalid = (
                None if self.size_system_invalid is None else self.size_system_invalid.to_dict()
            )

        size_type_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.size_type_invalid, Unset):
            size_type_invalid = (
                None if self.size_type_invalid is None else self.size_type_invalid.to_dict()
            )

        tax_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_invalid, Unset):
            tax_invalid = None if self.tax_invalid is None else self.tax_invalid.to_dict()

        title_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title_length_too_long, Unset):
            title_length_too_long = (
                None if self.title_length_too_long is None else self.title_length_too_long.to_dict()
            )

        too_many_additional_image_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.too_many_additional_image_links, Unset):
            too_many_additional_image_links = (
                None
                if self.too_many_additional_image_links is None
                else self.too_many_additional_image_links.to_dict()
            )

        utm_source_auto_corrected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm_source_auto_corrected, Unset):
            utm_source_auto_corrected = (
                None
                if self.utm_source_auto_corrected is None
                else self.utm_source_auto_corrected.to_dict()
            )

        video_required_when_ad_video_provided: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_required_when_ad_video_provided, Unset):
            video_required_when_ad_video_provided = (
                None
                if self.video_required_when_ad_video_provided is None
                else self.video_required_when_ad_video_provided.to_dict()
            )

        weight_unit_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weight_unit_invalid, Unset):
            weight_unit_invalid = (
                None if self.weight_unit_invalid is None else self.weight_unit_invalid.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_image_0_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_0_LINK_DUPLICATED"] = ad_image_0_link_duplicated
        if ad_image_0_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_0_LINK_LENGTH_TOO_LONG"] = ad_image_0_link_length_too_long
        if ad_image_0_link_required is not UNSET:
            field_dict["AD_IMAGE_0_LINK_REQUIRED"] = ad_image_0_link_required
        if ad_image_0_link_warning is not UNSET:
            field_dict["AD_IMAGE_0_LINK_WARNING"] = ad_image_0_link_warning
        if ad_image_0_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_0_TAG_DUPLICATED"] = ad_image_0_tag_duplicated
        if ad_image_0_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_0_TAG_LENGTH_TOO_LONG"] = ad_image_0_tag_length_too_long
        if ad_image_0_tag_required is not UNSET:
            field_dict["AD_IMAGE_0_TAG_REQUIRED"] = ad_image_0_tag_required
        if ad_image_10_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_10_LINK_DUPLICATED"] = ad_image_10_link_duplicated
        if ad_image_10_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_10_LINK_LENGTH_TOO_LONG"] = ad_image_10_link_length_too_long
        if ad_image_10_link_required is not UNSET:
            field_dict["AD_IMAGE_10_LINK_REQUIRED"] = ad_image_10_link_required
        if ad_image_10_link_warning is not UNSET:
            field_dict["AD_IMAGE_10_LINK_WARNING"] = ad_image_10_link_warning
        if ad_image_10_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_10_TAG_DUPLICATED"] = ad_image_10_tag_duplicated
        if ad_image_10_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_10_TAG_LENGTH_TOO_LONG"] = ad_image_10_tag_length_too_long
        if ad_image_10_tag_required is not UNSET:
            field_dict["AD_IMAGE_10_TAG_REQUIRED"] = ad_image_10_tag_required
        if ad_image_11_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_11_LINK_DUPLICATED"] = ad_image_11_link_duplicated
        if ad_image_11_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_11_LINK_LENGTH_TOO_LONG"] = ad_image_11_link_length_too_long
        if ad_image_11_link_required is not UNSET:
            field_dict["AD_IMAGE_11_LINK_REQUIRED"] = ad_image_11_link_required
        if ad_image_11_link_warning is not UNSET:
            field_dict["AD_IMAGE_11_LINK_WARNING"] = ad_image_11_link_warning
        if ad_image_11_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_11_TAG_DUPLICATED"] = ad_image_11_tag_duplicated
        if ad_image_11_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_11_TAG_LENGTH_TOO_LONG"] = ad_image_11_tag_length_too_long
        if ad_image_11_tag_required is not UNSET:
            field_dict["AD_IMAGE_11_TAG_REQUIRED"] = ad_image_11_tag_required
        if ad_image_12_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_12_LINK_DUPLICATED"] = ad_image_12_link_duplicated
        if ad_image_12_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_12_LINK_LENGTH_TOO_LONG"] = ad_image_12_link_length_too_long
        if ad_image_12_link_required is not UNSET:
            field_dict["AD_IMAGE_12_LINK_REQUIRED"] = ad_image_12_link_required
        if ad_image_12_link_warning is not UNSET:
            field_dict["AD_IMAGE_12_LINK_WARNING"] = ad_image_12_link_warning
        if ad_image_12_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_12_TAG_DUPLICATED"] = ad_image_12_tag_duplicated
        if ad_image_12_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_12_TAG_LENGTH_TOO_LONG"] = ad_image_12_tag_length_too_long
        if ad_image_12_tag_required is not UNSET:
            field_dict["AD_IMAGE_12_TAG_REQUIRED"] = ad_image_12_tag_required
        if ad_image_13_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_13_LINK_DUPLICATED"] = ad_image_13_link_duplicated
        if ad_image_13_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_13_LINK_LENGTH_TOO_LONG"] = ad_image_13_link_length_too_long
        if ad_image_13_link_required is not UNSET:
            field_dict["AD_IMAGE_13_LINK_REQUIRED"] = ad_image_13_link_required
        if ad_image_13_link_warning is not UNSET:
            field_dict["AD_IMAGE_13_LINK_WARNING"] = ad_image_13_link_warning
        if ad_image_13_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_13_TAG_DUPLICATED"] = ad_image_13_tag_duplicated
        if ad_image_13_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_13_TAG_LENGTH_TOO_LONG"] = ad_image_13_tag_length_too_long
        if ad_image_13_tag_required is not UNSET:
            field_dict["AD_IMAGE_13_TAG_REQUIRED"] = ad_image_13_tag_required
        if ad_image_14_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_14_LINK_DUPLICATED"] = ad_image_14_link_duplicated
        if ad_image_14_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_14_LINK_LENGTH_TOO_LONG"] = ad_image_14_link_length_too_long
        if ad_image_14_link_required is not UNSET:
            field_dict["AD_IMAGE_14_LINK_REQUIRED"] = ad_image_14_link_required
        if ad_image_14_link_warning is not UNSET:
            field_dict["AD_IMAGE_14_LINK_WARNING"] = ad_image_14_link_warning
        if ad_image_14_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_14_TAG_DUPLICATED"] = ad_image_14_tag_duplicated
        if ad_image_14_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_14_TAG_LENGTH_TOO_LONG"] = ad_image_14_tag_length_too_long
        if ad_image_14_tag_required is not UNSET:
            field_dict["AD_IMAGE_14_TAG_REQUIRED"] = ad_image_14_tag_required
        if ad_image_15_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_15_LINK_DUPLICATED"] = ad_image_15_link_duplicated
        if ad_image_15_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_15_LINK_LENGTH_TOO_LONG"] = ad_image_15_link_length_too_long
        if ad_image_15_link_required is not UNSET:
            field_dict["AD_IMAGE_15_LINK_REQUIRED"] = ad_image_15_link_required
        if ad_image_15_link_warning is not UNSET:
            field_dict["AD_IMAGE_15_LINK_WARNING"] = ad_image_15_link_warning
        if ad_image_15_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_15_TAG_DUPLICATED"] = ad_image_15_tag_duplicated
        if ad_image_15_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_15_TAG_LENGTH_TOO_LONG"] = ad_image_15_tag_length_too_long
        if ad_image_15_tag_required is not UNSET:
            field_dict["AD_IMAGE_15_TAG_REQUIRED"] = ad_image_15_tag_required
        if ad_image_16_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_16_LINK_DUPLICATED"] = ad_image_16_link_duplicated
        if ad_image_16_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_16_LINK_LENGTH_TOO_LONG"] = ad_image_16_link_length_too_long
        if ad_image_16_link_required is not UNSET:
            field_dict["AD_IMAGE_16_LINK_REQUIRED"] = ad_image_16_link_required
        if ad_image_16_link_warning is not UNSET:
            field_dict["AD_IMAGE_16_LINK_WARNING"] = ad_image_16_link_warning
        if ad_image_16_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_16_TAG_DUPLICATED"] = ad_image_16_tag_duplicated
        if ad_image_16_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_16_TAG_LENGTH_TOO_LONG"] = ad_image_16_tag_length_too_long
        if ad_image_16_tag_required is not UNSET:
            field_dict["AD_IMAGE_16_TAG_REQUIRED"] = ad_image_16_tag_required
        if ad_image_17_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_17_LINK_DUPLICATED"] = ad_image_17_link_duplicated
        if ad_image_17_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_17_LINK_LENGTH_TOO_LONG"] = ad_image_17_link_length_too_long
        if ad_image_17_link_required is not UNSET:
            field_dict["AD_IMAGE_17_LINK_REQUIRED"] = ad_image_17_link_required
        if ad_image_17_link_warning is not UNSET:
            field_dict["AD_IMAGE_17_LINK_WARNING"] = ad_image_17_link_warning
        if ad_image_17_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_17_TAG_DUPLICATED"] = ad_image_17_tag_duplicated
        if ad_image_17_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_17_TAG_LENGTH_TOO_LONG"] = ad_image_17_tag_length_too_long
        if ad_image_17_tag_required is not UNSET:
            field_dict["AD_IMAGE_17_TAG_REQUIRED"] = ad_image_17_tag_required
        if ad_image_18_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_18_LINK_DUPLICATED"] = ad_image_18_link_duplicated
        if ad_image_18_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_18_LINK_LENGTH_TOO_LONG"] = ad_image_18_link_length_too_long
        if ad_image_18_link_required is not UNSET:
            field_dict["AD_IMAGE_18_LINK_REQUIRED"] = ad_image_18_link_required
        if ad_image_18_link_warning is not UNSET:
            field_dict["AD_IMAGE_18_LINK_WARNING"] = ad_image_18_link_warning
        if ad_image_18_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_18_TAG_DUPLICATED"] = ad_image_18_tag_duplicated
        if ad_image_18_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_18_TAG_LENGTH_TOO_LONG"] = ad_image_18_tag_length_too_long
        if ad_image_18_tag_required is not UNSET:
            field_dict["AD_IMAGE_18_TAG_REQUIRED"] = ad_image_18_tag_required
        if ad_image_19_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_19_LINK_DUPLICATED"] = ad_image_19_link_duplicated
        if ad_image_19_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_19_LINK_LENGTH_TOO_LONG"] = ad_image_19_link_length_too_long
        if ad_image_19_link_required is not UNSET:
            field_dict["AD_IMAGE_19_LINK_REQUIRED"] = ad_image_19_link_required
        if ad_image_19_link_warning is not UNSET:
            field_dict["AD_IMAGE_19_LINK_WARNING"] = ad_image_19_link_warning
        if ad_image_19_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_19_TAG_DUPLICATED"] = ad_image_19_tag_duplicated
        if ad_image_19_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_19_TAG_LENGTH_TOO_LONG"] = ad_image_19_tag_length_too_long
        if ad_image_19_tag_required is not UNSET:
            field_dict["AD_IMAGE_19_TAG_REQUIRED"] = ad_image_19_tag_required
        if ad_image_1_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_1_LINK_DUPLICATED"] = ad_image_1_link_duplicated
        if ad_image_1_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_1_LINK_LENGTH_TOO_LONG"] = ad_image_1_link_length_too_long
        if ad_image_1_link_required is not UNSET:
            field_dict["AD_IMAGE_1_LINK_REQUIRED"] = ad_image_1_link_required
        if ad_image_1_link_warning is not UNSET:
            field_dict["AD_IMAGE_1_LINK_WARNING"] = ad_image_1_link_warning
        if ad_image_1_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_1_TAG_DUPLICATED"] = ad_image_1_tag_duplicated
        if ad_image_1_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_1_TAG_LENGTH_TOO_LONG"] = ad_image_1_tag_length_too_long
        if ad_image_1_tag_required is not UNSET:
            field_dict["AD_IMAGE_1_TAG_REQUIRED"] = ad_image_1_tag_required
        if ad_image_2_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_2_LINK_DUPLICATED"] = ad_image_2_link_duplicated
        if ad_image_2_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_2_LINK_LENGTH_TOO_LONG"] = ad_image_2_link_length_too_long
        if ad_image_2_link_required is not UNSET:
            field_dict["AD_IMAGE_2_LINK_REQUIRED"] = ad_image_2_link_required
        if ad_image_2_link_warning is not UNSET:
            field_dict["AD_IMAGE_2_LINK_WARNING"] = ad_image_2_link_warning
        if ad_image_2_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_2_TAG_DUPLICATED"] = ad_image_2_tag_duplicated
        if ad_image_2_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_2_TAG_LENGTH_TOO_LONG"] = ad_image_2_tag_length_too_long
        if ad_image_2_tag_required is not UNSET:
            field_dict["AD_IMAGE_2_TAG_REQUIRED"] = ad_image_2_tag_required
        if ad_image_3_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_3_LINK_DUPLICATED"] = ad_image_3_link_duplicated
        if ad_image_3_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_3_LINK_LENGTH_TOO_LONG"] = ad_image_3_link_length_too_long
        if ad_image_3_link_required is not UNSET:
            field_dict["AD_IMAGE_3_LINK_REQUIRED"] = ad_image_3_link_required
        if ad_image_3_link_warning is not UNSET:
            field_dict["AD_IMAGE_3_LINK_WARNING"] = ad_image_3_link_warning
        if ad_image_3_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_3_TAG_DUPLICATED"] = ad_image_3_tag_duplicated
        if ad_image_3_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_3_TAG_LENGTH_TOO_LONG"] = ad_image_3_tag_length_too_long
        if ad_image_3_tag_required is not UNSET:
            field_dict["AD_IMAGE_3_TAG_REQUIRED"] = ad_image_3_tag_required
        if ad_image_4_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_4_LINK_DUPLICATED"] = ad_image_4_link_duplicated
        if ad_image_4_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_4_LINK_LENGTH_TOO_LONG"] = ad_image_4_link_length_too_long
        if ad_image_4_link_required is not UNSET:
            field_dict["AD_IMAGE_4_LINK_REQUIRED"] = ad_image_4_link_required
        if ad_image_4_link_warning is not UNSET:
            field_dict["AD_IMAGE_4_LINK_WARNING"] = ad_image_4_link_warning
        if ad_image_4_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_4_TAG_DUPLICATED"] = ad_image_4_tag_duplicated
        if ad_image_4_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_4_TAG_LENGTH_TOO_LONG"] = ad_image_4_tag_length_too_long
        if ad_image_4_tag_required is not UNSET:
            field_dict["AD_IMAGE_4_TAG_REQUIRED"] = ad_image_4_tag_required
        if ad_image_5_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_5_LINK_DUPLICATED"] = ad_image_5_link_duplicated
        if ad_image_5_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_5_LINK_LENGTH_TOO_LONG"] = ad_image_5_link_length_too_long
        if ad_image_5_link_required is not UNSET:
            field_dict["AD_IMAGE_5_LINK_REQUIRED"] = ad_image_5_link_required
        if ad_image_5_link_warning is not UNSET:
            field_dict["AD_IMAGE_5_LINK_WARNING"] = ad_image_5_link_warning
        if ad_image_5_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_5_TAG_DUPLICATED"] = ad_image_5_tag_duplicated
        if ad_image_5_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_5_TAG_LENGTH_TOO_LONG"] = ad_image_5_tag_length_too_long
        if ad_image_5_tag_required is not UNSET:
            field_dict["AD_IMAGE_5_TAG_REQUIRED"] = ad_image_5_tag_required
        if ad_image_6_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_6_LINK_DUPLICATED"] = ad_image_6_link_duplicated
        if ad_image_6_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_6_LINK_LENGTH_TOO_LONG"] = ad_image_6_link_length_too_long
        if ad_image_6_link_required is not UNSET:
            field_dict["AD_IMAGE_6_LINK_REQUIRED"] = ad_image_6_link_required
        if ad_image_6_link_warning is not UNSET:
            field_dict["AD_IMAGE_6_LINK_WARNING"] = ad_image_6_link_warning
        if ad_image_6_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_6_TAG_DUPLICATED"] = ad_image_6_tag_duplicated
        if ad_image_6_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_6_TAG_LENGTH_TOO_LONG"] = ad_image_6_tag_length_too_long
        if ad_image_6_tag_required is not UNSET:
            field_dict["AD_IMAGE_6_TAG_REQUIRED"] = ad_image_6_tag_required
        if ad_image_7_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_7_LINK_DUPLICATED"] = ad_image_7_link_duplicated
        if ad_image_7_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_7_LINK_LENGTH_TOO_LONG"] = ad_image_7_link_length_too_long
        if ad_image_7_link_required is not UNSET:
            field_dict["AD_IMAGE_7_LINK_REQUIRED"] = ad_image_7_link_required
        if ad_image_7_link_warning is not UNSET:
            field_dict["AD_IMAGE_7_LINK_WARNING"] = ad_image_7_link_warning
        if ad_image_7_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_7_TAG_DUPLICATED"] = ad_image_7_tag_duplicated
        if ad_image_7_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_7_TAG_LENGTH_TOO_LONG"] = ad_image_7_tag_length_too_long
        if ad_image_7_tag_required is not UNSET:
            field_dict["AD_IMAGE_7_TAG_REQUIRED"] = ad_image_7_tag_required
        if ad_image_8_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_8_LINK_DUPLICATED"] = ad_image_8_link_duplicated
        if ad_image_8_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_8_LINK_LENGTH_TOO_LONG"] = ad_image_8_link_length_too_long
        if ad_image_8_link_required is not UNSET:
            field_dict["AD_IMAGE_8_LINK_REQUIRED"] = ad_image_8_link_required
        if ad_image_8_link_warning is not UNSET:
            field_dict["AD_IMAGE_8_LINK_WARNING"] = ad_image_8_link_warning
        if ad_image_8_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_8_TAG_DUPLICATED"] = ad_image_8_tag_duplicated
        if ad_image_8_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_8_TAG_LENGTH_TOO_LONG"] = ad_image_8_tag_length_too_long
        if ad_image_8_tag_required is not UNSET:
            field_dict["AD_IMAGE_8_TAG_REQUIRED"] = ad_image_8_tag_required
        if ad_image_9_link_duplicated is not UNSET:
            field_dict["AD_IMAGE_9_LINK_DUPLICATED"] = ad_image_9_link_duplicated
        if ad_image_9_link_length_too_long is not UNSET:
            field_dict["AD_IMAGE_9_LINK_LENGTH_TOO_LONG"] = ad_image_9_link_length_too_long
        if ad_image_9_link_required is not UNSET:
            field_dict["AD_IMAGE_9_LINK_REQUIRED"] = ad_image_9_link_required
        if ad_image_9_link_warning is not UNSET:
            field_dict["AD_IMAGE_9_LINK_WARNING"] = ad_image_9_link_warning
        if ad_image_9_tag_duplicated is not UNSET:
            field_dict["AD_IMAGE_9_TAG_DUPLICATED"] = ad_image_9_tag_duplicated
        if ad_image_9_tag_length_too_long is not UNSET:
            field_dict["AD_IMAGE_9_TAG_LENGTH_TOO_LONG"] = ad_image_9_tag_length_too_long
        if ad_image_9_tag_required is not UNSET:
            field_dict["AD_IMAGE_9_TAG_REQUIRED"] = ad_image_9_tag_required
        if ad_link_format_warning is not UNSET:
            field_dict["AD_LINK_FORMAT_WARNING"] = ad_link_format_warning
        if ad_link_same_as_link is not UNSET:
            field_dict["AD_LINK_SAME_AS_LINK"] = ad_link_same_as_link
        if ad_video_0_link_duplicated is not UNSET:
            field_dict["AD_VIDEO_0_LINK_DUPLICATED"] = ad_video_0_link_duplicated
        if ad_video_0_link_length_too_long is not UNSET:
            field_dict["AD_VIDEO_0_LINK_LENGTH_TOO_LONG"] = ad_video_0_link_length_too_long
        if ad_video_0_link_required is not UNSET:
            field_dict["AD_VIDEO_0_LINK_REQUIRED"] = ad_video_0_link_required
        if ad_video_0_link_warning is not UNSET:
            field_dict["AD_VIDEO_0_LINK_WARNING"] = ad_video_0_link_warning
        if ad_video_0_tag_duplicated is not UNSET:
            field_dict["AD_VIDEO_0_TAG_DUPLICATED"] = ad_video_0_tag_duplicated
        if ad_video_0_tag_length_too_long is not UNSET:
            field_dict["AD_VIDEO_0_TAG_LENGTH_TOO_LONG"] = ad_video_0_tag_length_too_long
        if ad_video_0_tag_required is not UNSET:
            field_dict["AD_VIDEO_0_TAG_REQUIRED"] = ad_video_0_tag_required
        if ad_video_1_link_duplicated is not UNSET:
            field_dict["AD_VIDEO_1_LINK_DUPLICATED"] = ad_video_1_link_duplicated
        if ad_video_1_link_length_too_long is not UNSET:
            field_dict["AD_VIDEO_1_LINK_LENGTH_TOO_LONG"] = ad_video_1_link_length_too_long
        if ad_video_1_link_required is not UNSET:
            field_dict["AD_VIDEO_1_LINK_REQUIRED"] = ad_video_1_link_required
        if ad_video_1_link_warning is not UNSET:
            field_dict["AD_VIDEO_1_LINK_WARNING"] = ad_video_1_link_warning
        if ad_video_1_tag_duplicated is not UNSET:
            field_dict["AD_VIDEO_1_TAG_DUPLICATED"] = ad_video_1_tag_duplicated
        if ad_video_1_tag_length_too_long is not UNSET:
            field_dict["AD_VIDEO_1_TAG_LENGTH_TOO_LONG"] = ad_video_1_tag_length_too_long
        if ad_video_1_tag_required is not UNSET:
            field_dict["AD_VIDEO_1_TAG_REQUIRED"] = ad_video_1_tag_required
        if ad_video_2_link_duplicated is not UNSET:
            field_dict["AD_VIDEO_2_LINK_DUPLICATED"] = ad_video_2_link_duplicated
        if ad_video_2_link_length_too_long is not UNSET:
            field_dict["AD_VIDEO_2_LINK_LENGTH_TOO_LONG"] = ad_video_2_link_length_too_long
        if ad_video_2_link_required is not UNSET:
            field_dict["AD_VIDEO_2_LINK_REQUIRED"] = ad_video_2_link_required
        if ad_video_2_link_warning is not UNSET:
            field_dict["AD_VIDEO_2_LINK_WARNING"] = ad_video_2_link_warning
        if ad_video_2_tag_duplicated is not UNSET:
            field_dict["AD_VIDEO_2_TAG_DUPLICATED"] = ad_video_2_tag_duplicated
        if ad_video_2_tag_length_too_long is not UNSET:
            field_dict["AD_VIDEO_2_TAG_LENGTH_TOO_LONG"] = ad_video_2_tag_length_too_long
        if ad_video_2_tag_required is not UNSET:
            field_dict["AD_VIDEO_2_TAG_REQUIRED"] = ad_video_2_tag_required
        if additional_image_link_length_too_long is not UNSET:
            field_dict["ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG"] = (
                additional_image_link_length_too_long
            )
        if additional_image_link_warning is not UNSET:
            field_dict["ADDITIONAL_IMAGE_LINK_WARNING"] = additional_image_link_warning
        if adwords_format_warning is not UNSET:
            field_dict["ADWORDS_FORMAT_WARNING"] = adwords_format_warning
        if adwords_same_as_link is not UNSET:
            field_dict["ADWORDS_SAME_AS_LINK"] = adwords_same_as_link
        if age_group_invalid is not UNSET:
            field_dict["AGE_GROUP_INVALID"] = age_group_invalid
        if android_deep_link_invalid is not UNSET:
            field_dict["ANDROID_DEEP_LINK_INVALID"] = android_deep_link_invalid
        if availability_date_invalid is not UNSET:
            field_dict["AVAILABILITY_DATE_INVALID"] = availability_date_invalid
        if country_does_not_map_to_currency is not UNSET:
            field_dict["COUNTRY_DOES_NOT_MAP_TO_CURRENCY"] = country_does_not_map_to_currency
        if custom_label_length_too_long is not UNSET:
            field_dict["CUSTOM_LABEL_LENGTH_TOO_LONG"] = custom_label_length_too_long
        if description_length_too_long is not UNSET:
            field_dict["DESCRIPTION_LENGTH_TOO_LONG"] = description_length_too_long
        if expiration_date_invalid is not UNSET:
            field_dict["EXPIRATION_DATE_INVALID"] = expiration_date_invalid
        if gender_invalid is not UNSET:
            field_dict["GENDER_INVALID"] = gender_invalid
        if gtin_invalid is not UNSET:
            field_dict["GTIN_INVALID"] = gtin_invalid
        if image_link_warning is not UNSET:
            field_dict["IMAGE_LINK_WARNING"] = image_link_warning
        if ios_deep_link_invalid is not UNSET:
            field_dict["IOS_DEEP_LINK_INVALID"] = ios_deep_link_invalid
        if is_bundle_invalid is not UNSET:
            field_dict["IS_BUNDLE_INVALID"] = is_bundle_invalid
        if item_additional_image_download_failure is not UNSET:
            field_dict["ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE"] = (
                item_additional_image_download_failure
            )
        if link_format_warning is not UNSET:
            field_dict["LINK_FORMAT_WARNING"] = link_format_warning
        if min_ad_price_invalid is not UNSET:
            field_dict["MIN_AD_PRICE_INVALID"] = min_ad_price_invalid
        if mpn_invalid is not UNSET:
            field_dict["MPN_INVALID"] = mpn_invalid
        if multipack_invalid is not UNSET:
            field_dict["MULTIPACK_INVALID"] = multipack_invalid
        if optional_condition_invalid is not UNSET:
            field_dict["OPTIONAL_CONDITION_INVALID"] = optional_condition_invalid
        if optional_condition_missing is not UNSET:
            field_dict["OPTIONAL_CONDITION_MISSING"] = optional_condition_missing
        if optional_product_category_invalid is not UNSET:
            field_dict["OPTIONAL_PRODUCT_CATEGORY_INVALID"] = optional_product_category_invalid
        if optional_product_category_missing is not UNSET:
            field_dict["OPTIONAL_PRODUCT_CATEGORY_MISSING"] = optional_product_category_missing
        if product_category_depth_warning is not UNSET:
            field_dict["PRODUCT_CATEGORY_DEPTH_WARNING"] = product_category_depth_warning
        if product_type_length_too_long is not UNSET:
            field_dict["PRODUCT_TYPE_LENGTH_TOO_LONG"] = product_type_length_too_long
        if sale_date_invalid is not UNSET:
            field_dict["SALE_DATE_INVALID"] = sale_date_invalid
        if sales_price_invalid is not UNSET:
            field_dict["SALES_PRICE_INVALID"] = sales_price_invalid
        if sales_price_too_high is not UNSET:
            field_dict["SALES_PRICE_TOO_HIGH"] = sales_price_too_high
        if sales_price_too_low is not UNSET:
            field_dict["SALES_PRICE_TOO_LOW"] = sales_price_too_low
        if shipping_height_invalid is not UNSET:
            field_dict["SHIPPING_HEIGHT_INVALID"] = shipping_height_invalid
        if shipping_invalid is not UNSET:
            field_dict["SHIPPING_INVALID"] = shipping_invalid
        if shipping_weight_invalid is not UNSET:
            field_dict["SHIPPING_WEIGHT_INVALID"] = shipping_weight_invalid
        if shipping_width_invalid is not UNSET:
            field_dict["SHIPPING_WIDTH_INVALID"] = shipping_width_invalid
        if size_system_invalid is not UNSET:
            field_dict["SIZE_SYSTEM_INVALID"] = size_system_invalid
        if size_type_invalid is not UNSET:
            field_dict["SIZE_TYPE_INVALID"] = size_type_invalid
        if tax_invalid is not UNSET:
            field_dict["TAX_INVALID"] = tax_invalid
        if title_length_too_long is not UNSET:
            field_dict["TITLE_LENGTH_TOO_LONG"] = title_length_too_long
        if too_many_additional_image_links is not UNSET:
            field_dict["TOO_MANY_ADDITIONAL_IMAGE_LINKS"] = too_many_additional_image_links
        if utm_source_auto_corrected is not UNSET:
            field_dict["UTM_SOURCE_AUTO_CORRECTED"] = utm_source_auto_corrected
        if video_required_when_ad_video_provided is not UNSET:
            field_dict["VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED"] = (
                video_required_when_ad_video_provided
            )
        if weight_unit_invalid is not UNSET:
            field_dict["WEIGHT_UNIT_INVALID"] = weight_unit_invalid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_item_validation_details import CatalogsItemValidationDetails

        d = dict(src_dict)
        _ad_image_0_link_duplicated = d.pop("AD_IMAGE_0_LINK_DUPLICATED", UNSET)
        ad_image_0_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_0_link_duplicated, Unset):
            ad_image_0_link_duplicated = UNSET
        elif _ad_image_0_link_duplicated is None:
            ad_image_0_link_duplicated = tolerate_null("AD_IMAGE_0_LINK_DUPLICATED")
        else:
            ad_image_0_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_0_link_duplicated
            )

        _ad_image_0_link_length_too_long = d.pop("AD_IMAGE_0_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_0_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_0_link_length_too_long, Unset):
            ad_image_0_link_length_too_long = UNSET
        elif _ad_image_0_link_length_too_long is None:
            ad_image_0_link_length_too_long = tolerate_null("AD_IMAGE_0_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_0_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_0_link_length_too_long
            )

        _ad_image_0_link_required = d.pop("AD_IMAGE_0_LINK_REQUIRED", UNSET)
        ad_image_0_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_0_link_required, Unset):
            ad_image_0_link_required = UNSET
        elif _ad_image_0_link_required is None:
            ad_image_0_link_required = tolerate_null("AD_IMAGE_0_LINK_REQUIRED")
        else:
            ad_image_0_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_0_link_required
            )

        _ad_image_0_link_warning = d.pop("AD_IMAGE_0_LINK_WARNING", UNSET)
        ad_image_0_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_0_link_warning, Unset):
            ad_image_0_link_warning = UNSET
        elif _ad_image_0_link_warning is None:
            ad_image_0_link_warning = tolerate_null("AD_IMAGE_0_LINK_WARNING")
        else:
            ad_image_0_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_0_link_warning
            )

        _ad_image_0_tag_duplicated = d.pop("AD_IMAGE_0_TAG_DUPLICATED", UNSET)
        ad_image_0_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_0_tag_duplicated, Unset):
            ad_image_0_tag_duplicated = UNSET
        elif _ad_image_0_tag_duplicated is None:
            ad_image_0_tag_duplicated = tolerate_null("AD_IMAGE_0_TAG_DUPLICATED")
        else:
            ad_image_0_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_0_tag_duplicated
            )

        _ad_image_0_tag_length_too_long = d.pop("AD_IMAGE_0_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_0_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_0_tag_length_too_long, Unset):
            ad_image_0_tag_length_too_long = UNSET
        elif _ad_image_0_tag_length_too_long is None:
            ad_image_0_tag_length_too_long = tolerate_null("AD_IMAGE_0_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_0_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_0_tag_length_too_long
            )

        _ad_image_0_tag_required = d.pop("AD_IMAGE_0_TAG_REQUIRED", UNSET)
        ad_image_0_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_0_tag_required, Unset):
            ad_image_0_tag_required = UNSET
        elif _ad_image_0_tag_required is None:
            ad_image_0_tag_required = tolerate_null("AD_IMAGE_0_TAG_REQUIRED")
        else:
            ad_image_0_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_0_tag_required
            )

        _ad_image_10_link_duplicated = d.pop("AD_IMAGE_10_LINK_DUPLICATED", UNSET)
        ad_image_10_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_10_link_duplicated, Unset):
            ad_image_10_link_duplicated = UNSET
        elif _ad_image_10_link_duplicated is None:
            ad_image_10_link_duplicated = tolerate_null("AD_IMAGE_10_LINK_DUPLICATED")
        else:
            ad_image_10_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_10_link_duplicated
            )

        _ad_image_10_link_length_too_long = d.pop("AD_IMAGE_10_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_10_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_10_link_length_too_long, Unset):
            ad_image_10_link_length_too_long = UNSET
        elif _ad_image_10_link_length_too_long is None:
            ad_image_10_link_length_too_long = tolerate_null("AD_IMAGE_10_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_10_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_10_link_length_too_long
            )

        _ad_image_10_link_required = d.pop("AD_IMAGE_10_LINK_REQUIRED", UNSET)
        ad_image_10_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_10_link_required, Unset):
            ad_image_10_link_required = UNSET
        elif _ad_image_10_link_required is None:
            ad_image_10_link_required = tolerate_null("AD_IMAGE_10_LINK_REQUIRED")
        else:
            ad_image_10_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_10_link_required
            )

        _ad_image_10_link_warning = d.pop("AD_IMAGE_10_LINK_WARNING", UNSET)
        ad_image_10_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_10_link_warning, Unset):
            ad_image_10_link_warning = UNSET
        elif _ad_image_10_link_warning is None:
            ad_image_10_link_warning = tolerate_null("AD_IMAGE_10_LINK_WARNING")
        else:
            ad_image_10_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_10_link_warning
            )

        _ad_image_10_tag_duplicated = d.pop("AD_IMAGE_10_TAG_DUPLICATED", UNSET)
        ad_image_10_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_10_tag_duplicated, Unset):
            ad_image_10_tag_duplicated = UNSET
        elif _ad_image_10_tag_duplicated is None:
            ad_image_10_tag_duplicated = tolerate_null("AD_IMAGE_10_TAG_DUPLICATED")
        else:
            ad_image_10_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_10_tag_duplicated
            )

        _ad_image_10_tag_length_too_long = d.pop("AD_IMAGE_10_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_10_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_10_tag_length_too_long, Unset):
            ad_image_10_tag_length_too_long = UNSET
        elif _ad_image_10_tag_length_too_long is None:
            ad_image_10_tag_length_too_long = tolerate_null("AD_IMAGE_10_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_10_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_10_tag_length_too_long
            )

        _ad_image_10_tag_required = d.pop("AD_IMAGE_10_TAG_REQUIRED", UNSET)
        ad_image_10_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_10_tag_required, Unset):
            ad_image_10_tag_required = UNSET
        elif _ad_image_10_tag_required is None:
            ad_image_10_tag_required = tolerate_null("AD_IMAGE_10_TAG_REQUIRED")
        else:
            ad_image_10_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_10_tag_required
            )

        _ad_image_11_link_duplicated = d.pop("AD_IMAGE_11_LINK_DUPLICATED", UNSET)
        ad_image_11_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_11_link_duplicated, Unset):
            ad_image_11_link_duplicated = UNSET
        elif _ad_image_11_link_duplicated is None:
            ad_image_11_link_duplicated = tolerate_null("AD_IMAGE_11_LINK_DUPLICATED")
        else:
            ad_image_11_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_11_link_duplicated
            )

        _ad_image_11_link_length_too_long = d.pop("AD_IMAGE_11_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_11_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_11_link_length_too_long, Unset):
            ad_image_11_link_length_too_long = UNSET
        elif _ad_image_11_link_length_too_long is None:
            ad_image_11_link_length_too_long = tolerate_null("AD_IMAGE_11_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_11_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_11_link_length_too_long
            )

        _ad_image_11_link_required = d.pop("AD_IMAGE_11_LINK_REQUIRED", UNSET)
        ad_image_11_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_11_link_required, Unset):
            ad_image_11_link_required = UNSET
        elif _ad_image_11_link_required is None:
            ad_image_11_link_required = tolerate_null("AD_IMAGE_11_LINK_REQUIRED")
        else:
            ad_image_11_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_11_link_required
            )

        _ad_image_11_link_warning = d.pop("AD_IMAGE_11_LINK_WARNING", UNSET)
        ad_image_11_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_11_link_warning, Unset):
            ad_image_11_link_warning = UNSET
        elif _ad_image_11_link_warning is None:
            ad_image_11_link_warning = tolerate_null("AD_IMAGE_11_LINK_WARNING")
        else:
            ad_image_11_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_11_link_warning
            )

        _ad_image_11_tag_duplicated = d.pop("AD_IMAGE_11_TAG_DUPLICATED", UNSET)
        ad_image_11_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_11_tag_duplicated, Unset):
            ad_image_11_tag_duplicated = UNSET
        elif _ad_image_11_tag_duplicated is None:
            ad_image_11_tag_duplicated = tolerate_null("AD_IMAGE_11_TAG_DUPLICATED")
        else:
            ad_image_11_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_11_tag_duplicated
            )

        _ad_image_11_tag_length_too_long = d.pop("AD_IMAGE_11_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_11_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_11_tag_length_too_long, Unset):
            ad_image_11_tag_length_too_long = UNSET
        elif _ad_image_11_tag_length_too_long is None:
            ad_image_11_tag_length_too_long = tolerate_null("AD_IMAGE_11_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_11_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_11_tag_length_too_long
            )

        _ad_image_11_tag_required = d.pop("AD_IMAGE_11_TAG_REQUIRED", UNSET)
        ad_image_11_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_11_tag_required, Unset):
            ad_image_11_tag_required = UNSET
        elif _ad_image_11_tag_required is None:
            ad_image_11_tag_required = tolerate_null("AD_IMAGE_11_TAG_REQUIRED")
        else:
            ad_image_11_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_11_tag_required
            )

        _ad_image_12_link_duplicated = d.pop("AD_IMAGE_12_LINK_DUPLICATED", UNSET)
        ad_image_12_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_12_link_duplicated, Unset):
            ad_image_12_link_duplicated = UNSET
        elif _ad_image_12_link_duplicated is None:
            ad_image_12_link_duplicated = tolerate_null("AD_IMAGE_12_LINK_DUPLICATED")
        else:
            ad_image_12_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_12_link_duplicated
            )

        _ad_image_12_link_length_too_long = d.pop("AD_IMAGE_12_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_12_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_12_link_length_too_long, Unset):
            ad_image_12_link_length_too_long = UNSET
        elif _ad_image_12_link_length_too_long is None:
            ad_image_12_link_length_too_long = tolerate_null("AD_IMAGE_12_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_12_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_12_link_length_too_long
            )

        _ad_image_12_link_required = d.pop("AD_IMAGE_12_LINK_REQUIRED", UNSET)
        ad_image_12_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_12_link_required, Unset):
            ad_image_12_link_required = UNSET
        elif _ad_image_12_link_required is None:
            ad_image_12_link_required = tolerate_null("AD_IMAGE_12_LINK_REQUIRED")
        else:
            ad_image_12_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_12_link_required
            )

        _ad_image_12_link_warning = d.pop("AD_IMAGE_12_LINK_WARNING", UNSET)
        ad_image_12_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_12_link_warning, Unset):
            ad_image_12_link_warning = UNSET
        elif _ad_image_12_link_warning is None:
            ad_image_12_link_warning = tolerate_null("AD_IMAGE_12_LINK_WARNING")
        else:
            ad_image_12_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_12_link_warning
            )

        _ad_image_12_tag_duplicated = d.pop("AD_IMAGE_12_TAG_DUPLICATED", UNSET)
        ad_image_12_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_12_tag_duplicated, Unset):
            ad_image_12_tag_duplicated = UNSET
        elif _ad_image_12_tag_duplicated is None:
            ad_image_12_tag_duplicated = tolerate_null("AD_IMAGE_12_TAG_DUPLICATED")
        else:
            ad_image_12_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_12_tag_duplicated
            )

        _ad_image_12_tag_length_too_long = d.pop("AD_IMAGE_12_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_12_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_12_tag_length_too_long, Unset):
            ad_image_12_tag_length_too_long = UNSET
        elif _ad_image_12_tag_length_too_long is None:
            ad_image_12_tag_length_too_long = tolerate_null("AD_IMAGE_12_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_12_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_12_tag_length_too_long
            )

        _ad_image_12_tag_required = d.pop("AD_IMAGE_12_TAG_REQUIRED", UNSET)
        ad_image_12_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_12_tag_required, Unset):
            ad_image_12_tag_required = UNSET
        elif _ad_image_12_tag_required is None:
            ad_image_12_tag_required = tolerate_null("AD_IMAGE_12_TAG_REQUIRED")
        else:
            ad_image_12_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_12_tag_required
            )

        _ad_image_13_link_duplicated = d.pop("AD_IMAGE_13_LINK_DUPLICATED", UNSET)
        ad_image_13_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_13_link_duplicated, Unset):
            ad_image_13_link_duplicated = UNSET
        elif _ad_image_13_link_duplicated is None:
            ad_image_13_link_duplicated = tolerate_null("AD_IMAGE_13_LINK_DUPLICATED")
        else:
            ad_image_13_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_13_link_duplicated
            )

        _ad_image_13_link_length_too_long = d.pop("AD_IMAGE_13_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_13_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_13_link_length_too_long, Unset):
            ad_image_13_link_length_too_long = UNSET
        elif _ad_image_13_link_length_too_long is None:
            ad_image_13_link_length_too_long = tolerate_null("AD_IMAGE_13_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_13_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_13_link_length_too_long
            )

        _ad_image_13_link_required = d.pop("AD_IMAGE_13_LINK_REQUIRED", UNSET)
        ad_image_13_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_13_link_required, Unset):
            ad_image_13_link_required = UNSET
        elif _ad_image_13_link_required is None:
            ad_image_13_link_required = tolerate_null("AD_IMAGE_13_LINK_REQUIRED")
        else:
            ad_image_13_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_13_link_required
            )

        _ad_image_13_link_warning = d.pop("AD_IMAGE_13_LINK_WARNING", UNSET)
        ad_image_13_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_13_link_warning, Unset):
            ad_image_13_link_warning = UNSET
        elif _ad_image_13_link_warning is None:
            ad_image_13_link_warning = tolerate_null("AD_IMAGE_13_LINK_WARNING")
        else:
            ad_image_13_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_13_link_warning
            )

        _ad_image_13_tag_duplicated = d.pop("AD_IMAGE_13_TAG_DUPLICATED", UNSET)
        ad_image_13_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_13_tag_duplicated, Unset):
            ad_image_13_tag_duplicated = UNSET
        elif _ad_image_13_tag_duplicated is None:
            ad_image_13_tag_duplicated = tolerate_null("AD_IMAGE_13_TAG_DUPLICATED")
        else:
            ad_image_13_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_13_tag_duplicated
            )

        _ad_image_13_tag_length_too_long = d.pop("AD_IMAGE_13_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_13_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_13_tag_length_too_long, Unset):
            ad_image_13_tag_length_too_long = UNSET
        elif _ad_image_13_tag_length_too_long is None:
            ad_image_13_tag_length_too_long = tolerate_null("AD_IMAGE_13_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_13_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_13_tag_length_too_long
            )

        _ad_image_13_tag_required = d.pop("AD_IMAGE_13_TAG_REQUIRED", UNSET)
        ad_image_13_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_13_tag_required, Unset):
            ad_image_13_tag_required = UNSET
        elif _ad_image_13_tag_required is None:
            ad_image_13_tag_required = tolerate_null("AD_IMAGE_13_TAG_REQUIRED")
        else:
            ad_image_13_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_13_tag_required
            )

        _ad_image_14_link_duplicated = d.pop("AD_IMAGE_14_LINK_DUPLICATED", UNSET)
        ad_image_14_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_14_link_duplicated, Unset):
            ad_image_14_link_duplicated = UNSET
        elif _ad_image_14_link_duplicated is None:
            ad_image_14_link_duplicated = tolerate_null("AD_IMAGE_14_LINK_DUPLICATED")
        else:
            ad_image_14_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_14_link_duplicated
            )

        _ad_image_14_link_length_too_long = d.pop("AD_IMAGE_14_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_14_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_14_link_length_too_long, Unset):
            ad_image_14_link_length_too_long = UNSET
        elif _ad_image_14_link_length_too_long is None:
            ad_image_14_link_length_too_long = tolerate_null("AD_IMAGE_14_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_14_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_14_link_length_too_long
            )

        _ad_image_14_link_required = d.pop("AD_IMAGE_14_LINK_REQUIRED", UNSET)
        ad_image_14_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_14_link_required, Unset):
            ad_image_14_link_required = UNSET
        elif _ad_image_14_link_required is None:
            ad_image_14_link_required = tolerate_null("AD_IMAGE_14_LINK_REQUIRED")
        else:
            ad_image_14_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_14_link_required
            )

        _ad_image_14_link_warning = d.pop("AD_IMAGE_14_LINK_WARNING", UNSET)
        ad_image_14_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_14_link_warning, Unset):
            ad_image_14_link_warning = UNSET
        elif _ad_image_14_link_warning is None:
            ad_image_14_link_warning = tolerate_null("AD_IMAGE_14_LINK_WARNING")
        else:
            ad_image_14_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_14_link_warning
            )

        _ad_image_14_tag_duplicated = d.pop("AD_IMAGE_14_TAG_DUPLICATED", UNSET)
        ad_image_14_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_14_tag_duplicated, Unset):
            ad_image_14_tag_duplicated = UNSET
        elif _ad_image_14_tag_duplicated is None:
            ad_image_14_tag_duplicated = tolerate_null("AD_IMAGE_14_TAG_DUPLICATED")
        else:
            ad_image_14_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_14_tag_duplicated
            )

        _ad_image_14_tag_length_too_long = d.pop("AD_IMAGE_14_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_14_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_14_tag_length_too_long, Unset):
            ad_image_14_tag_length_too_long = UNSET
        elif _ad_image_14_tag_length_too_long is None:
            ad_image_14_tag_length_too_long = tolerate_null("AD_IMAGE_14_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_14_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_14_tag_length_too_long
            )

        _ad_image_14_tag_required = d.pop("AD_IMAGE_14_TAG_REQUIRED", UNSET)
        ad_image_14_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_14_tag_required, Unset):
            ad_image_14_tag_required = UNSET
        elif _ad_image_14_tag_required is None:
            ad_image_14_tag_required = tolerate_null("AD_IMAGE_14_TAG_REQUIRED")
        else:
            ad_image_14_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_14_tag_required
            )

        _ad_image_15_link_duplicated = d.pop("AD_IMAGE_15_LINK_DUPLICATED", UNSET)
        ad_image_15_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_15_link_duplicated, Unset):
            ad_image_15_link_duplicated = UNSET
        elif _ad_image_15_link_duplicated is None:
            ad_image_15_link_duplicated = tolerate_null("AD_IMAGE_15_LINK_DUPLICATED")
        else:
            ad_image_15_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_15_link_duplicated
            )

        _ad_image_15_link_length_too_long = d.pop("AD_IMAGE_15_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_15_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_15_link_length_too_long, Unset):
            ad_image_15_link_length_too_long = UNSET
        elif _ad_image_15_link_length_too_long is None:
            ad_image_15_link_length_too_long = tolerate_null("AD_IMAGE_15_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_15_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_15_link_length_too_long
            )

        _ad_image_15_link_required = d.pop("AD_IMAGE_15_LINK_REQUIRED", UNSET)
        ad_image_15_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_15_link_required, Unset):
            ad_image_15_link_required = UNSET
        elif _ad_image_15_link_required is None:
            ad_image_15_link_required = tolerate_null("AD_IMAGE_15_LINK_REQUIRED")
        else:
            ad_image_15_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_15_link_required
            )

        _ad_image_15_link_warning = d.pop("AD_IMAGE_15_LINK_WARNING", UNSET)
        ad_image_15_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_15_link_warning, Unset):
            ad_image_15_link_warning = UNSET
        elif _ad_image_15_link_warning is None:
            ad_image_15_link_warning = tolerate_null("AD_IMAGE_15_LINK_WARNING")
        else:
            ad_image_15_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_15_link_warning
            )

        _ad_image_15_tag_duplicated = d.pop("AD_IMAGE_15_TAG_DUPLICATED", UNSET)
        ad_image_15_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_15_tag_duplicated, Unset):
            ad_image_15_tag_duplicated = UNSET
        elif _ad_image_15_tag_duplicated is None:
            ad_image_15_tag_duplicated = tolerate_null("AD_IMAGE_15_TAG_DUPLICATED")
        else:
            ad_image_15_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_15_tag_duplicated
            )

        _ad_image_15_tag_length_too_long = d.pop("AD_IMAGE_15_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_15_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_15_tag_length_too_long, Unset):
            ad_image_15_tag_length_too_long = UNSET
        elif _ad_image_15_tag_length_too_long is None:
            ad_image_15_tag_length_too_long = tolerate_null("AD_IMAGE_15_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_15_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_15_tag_length_too_long
            )

        _ad_image_15_tag_required = d.pop("AD_IMAGE_15_TAG_REQUIRED", UNSET)
        ad_image_15_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_15_tag_required, Unset):
            ad_image_15_tag_required = UNSET
        elif _ad_image_15_tag_required is None:
            ad_image_15_tag_required = tolerate_null("AD_IMAGE_15_TAG_REQUIRED")
        else:
            ad_image_15_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_15_tag_required
            )

        _ad_image_16_link_duplicated = d.pop("AD_IMAGE_16_LINK_DUPLICATED", UNSET)
        ad_image_16_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_16_link_duplicated, Unset):
            ad_image_16_link_duplicated = UNSET
        elif _ad_image_16_link_duplicated is None:
            ad_image_16_link_duplicated = tolerate_null("AD_IMAGE_16_LINK_DUPLICATED")
        else:
            ad_image_16_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_16_link_duplicated
            )

        _ad_image_16_link_length_too_long = d.pop("AD_IMAGE_16_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_16_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_16_link_length_too_long, Unset):
            ad_image_16_link_length_too_long = UNSET
        elif _ad_image_16_link_length_too_long is None:
            ad_image_16_link_length_too_long = tolerate_null("AD_IMAGE_16_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_16_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_16_link_length_too_long
            )

        _ad_image_16_link_required = d.pop("AD_IMAGE_16_LINK_REQUIRED", UNSET)
        ad_image_16_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_16_link_required, Unset):
            ad_image_16_link_required = UNSET
        elif _ad_image_16_link_required is None:
            ad_image_16_link_required = tolerate_null("AD_IMAGE_16_LINK_REQUIRED")
        else:
            ad_image_16_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_16_link_required
            )

        _ad_image_16_link_warning = d.pop("AD_IMAGE_16_LINK_WARNING", UNSET)
        ad_image_16_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_16_link_warning, Unset):
            ad_image_16_link_warning = UNSET
        elif _ad_image_16_link_warning is None:
            ad_image_16_link_warning = tolerate_null("AD_IMAGE_16_LINK_WARNING")
        else:
            ad_image_16_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_16_link_warning
            )

        _ad_image_16_tag_duplicated = d.pop("AD_IMAGE_16_TAG_DUPLICATED", UNSET)
        ad_image_16_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_16_tag_duplicated, Unset):
            ad_image_16_tag_duplicated = UNSET
        elif _ad_image_16_tag_duplicated is None:
            ad_image_16_tag_duplicated = tolerate_null("AD_IMAGE_16_TAG_DUPLICATED")
        else:
            ad_image_16_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_16_tag_duplicated
            )

        _ad_image_16_tag_length_too_long = d.pop("AD_IMAGE_16_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_16_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_16_tag_length_too_long, Unset):
            ad_image_16_tag_length_too_long = UNSET
        elif _ad_image_16_tag_length_too_long is None:
            ad_image_16_tag_length_too_long = tolerate_null("AD_IMAGE_16_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_16_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_16_tag_length_too_long
            )

        _ad_image_16_tag_required = d.pop("AD_IMAGE_16_TAG_REQUIRED", UNSET)
        ad_image_16_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_16_tag_required, Unset):
            ad_image_16_tag_required = UNSET
        elif _ad_image_16_tag_required is None:
            ad_image_16_tag_required = tolerate_null("AD_IMAGE_16_TAG_REQUIRED")
        else:
            ad_image_16_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_16_tag_required
            )

        _ad_image_17_link_duplicated = d.pop("AD_IMAGE_17_LINK_DUPLICATED", UNSET)
        ad_image_17_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_17_link_duplicated, Unset):
            ad_image_17_link_duplicated = UNSET
        elif _ad_image_17_link_duplicated is None:
            ad_image_17_link_duplicated = tolerate_null("AD_IMAGE_17_LINK_DUPLICATED")
        else:
            ad_image_17_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_17_link_duplicated
            )

        _ad_image_17_link_length_too_long = d.pop("AD_IMAGE_17_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_17_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_17_link_length_too_long, Unset):
            ad_image_17_link_length_too_long = UNSET
        elif _ad_image_17_link_length_too_long is None:
            ad_image_17_link_length_too_long = tolerate_null("AD_IMAGE_17_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_17_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_17_link_length_too_long
            )

        _ad_image_17_link_required = d.pop("AD_IMAGE_17_LINK_REQUIRED", UNSET)
        ad_image_17_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_17_link_required, Unset):
            ad_image_17_link_required = UNSET
        elif _ad_image_17_link_required is None:
            ad_image_17_link_required = tolerate_null("AD_IMAGE_17_LINK_REQUIRED")
        else:
            ad_image_17_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_17_link_required
            )

        _ad_image_17_link_warning = d.pop("AD_IMAGE_17_LINK_WARNING", UNSET)
        ad_image_17_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_17_link_warning, Unset):
            ad_image_17_link_warning = UNSET
        elif _ad_image_17_link_warning is None:
            ad_image_17_link_warning = tolerate_null("AD_IMAGE_17_LINK_WARNING")
        else:
            ad_image_17_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_17_link_warning
            )

        _ad_image_17_tag_duplicated = d.pop("AD_IMAGE_17_TAG_DUPLICATED", UNSET)
        ad_image_17_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_17_tag_duplicated, Unset):
            ad_image_17_tag_duplicated = UNSET
        elif _ad_image_17_tag_duplicated is None:
            ad_image_17_tag_duplicated = tolerate_null("AD_IMAGE_17_TAG_DUPLICATED")
        else:
            ad_image_17_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_17_tag_duplicated
            )

        _ad_image_17_tag_length_too_long = d.pop("AD_IMAGE_17_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_17_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_17_tag_length_too_long, Unset):
            ad_image_17_tag_length_too_long = UNSET
        elif _ad_image_17_tag_length_too_long is None:
            ad_image_17_tag_length_too_long = tolerate_null("AD_IMAGE_17_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_17_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_17_tag_length_too_long
            )

        _ad_image_17_tag_required = d.pop("AD_IMAGE_17_TAG_REQUIRED", UNSET)
        ad_image_17_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_17_tag_required, Unset):
            ad_image_17_tag_required = UNSET
        elif _ad_image_17_tag_required is None:
            ad_image_17_tag_required = tolerate_null("AD_IMAGE_17_TAG_REQUIRED")
        else:
            ad_image_17_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_17_tag_required
            )

        _ad_image_18_link_duplicated = d.pop("AD_IMAGE_18_LINK_DUPLICATED", UNSET)
        ad_image_18_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_18_link_duplicated, Unset):
            ad_image_18_link_duplicated = UNSET
        elif _ad_image_18_link_duplicated is None:
            ad_image_18_link_duplicated = tolerate_null("AD_IMAGE_18_LINK_DUPLICATED")
        else:
            ad_image_18_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_18_link_duplicated
            )

        _ad_image_18_link_length_too_long = d.pop("AD_IMAGE_18_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_18_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_18_link_length_too_long, Unset):
            ad_image_18_link_length_too_long = UNSET
        elif _ad_image_18_link_length_too_long is None:
            ad_image_18_link_length_too_long = tolerate_null("AD_IMAGE_18_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_18_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_18_link_length_too_long
            )

        _ad_image_18_link_required = d.pop("AD_IMAGE_18_LINK_REQUIRED", UNSET)
        ad_image_18_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_18_link_required, Unset):
            ad_image_18_link_required = UNSET
        elif _ad_image_18_link_required is None:
            ad_image_18_link_required = tolerate_null("AD_IMAGE_18_LINK_REQUIRED")
        else:
            ad_image_18_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_18_link_required
            )

        _ad_image_18_link_warning = d.pop("AD_IMAGE_18_LINK_WARNING", UNSET)
        ad_image_18_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_18_link_warning, Unset):
            ad_image_18_link_warning = UNSET
        elif _ad_image_18_link_warning is None:
            ad_image_18_link_warning = tolerate_null("AD_IMAGE_18_LINK_WARNING")
        else:
            ad_image_18_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_18_link_warning
            )

        _ad_image_18_tag_duplicated = d.pop("AD_IMAGE_18_TAG_DUPLICATED", UNSET)
        ad_image_18_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_18_tag_duplicated, Unset):
            ad_image_18_tag_duplicated = UNSET
        elif _ad_image_18_tag_duplicated is None:
            ad_image_18_tag_duplicated = tolerate_null("AD_IMAGE_18_TAG_DUPLICATED")
        else:
            ad_image_18_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_18_tag_duplicated
            )

        _ad_image_18_tag_length_too_long = d.pop("AD_IMAGE_18_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_18_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_18_tag_length_too_long, Unset):
            ad_image_18_tag_length_too_long = UNSET
        elif _ad_image_18_tag_length_too_long is None:
            ad_image_18_tag_length_too_long = tolerate_null("AD_IMAGE_18_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_18_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_18_tag_length_too_long
            )

        _ad_image_18_tag_required = d.pop("AD_IMAGE_18_TAG_REQUIRED", UNSET)
        ad_image_18_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_18_tag_required, Unset):
            ad_image_18_tag_required = UNSET
        elif _ad_image_18_tag_required is None:
            ad_image_18_tag_required = tolerate_null("AD_IMAGE_18_TAG_REQUIRED")
        else:
            ad_image_18_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_18_tag_required
            )

        _ad_image_19_link_duplicated = d.pop("AD_IMAGE_19_LINK_DUPLICATED", UNSET)
        ad_image_19_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_19_link_duplicated, Unset):
            ad_image_19_link_duplicated = UNSET
        elif _ad_image_19_link_duplicated is None:
            ad_image_19_link_duplicated = tolerate_null("AD_IMAGE_19_LINK_DUPLICATED")
        else:
            ad_image_19_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_19_link_duplicated
            )

        _ad_image_19_link_length_too_long = d.pop("AD_IMAGE_19_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_19_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_19_link_length_too_long, Unset):
            ad_image_19_link_length_too_long = UNSET
        elif _ad_image_19_link_length_too_long is None:
            ad_image_19_link_length_too_long = tolerate_null("AD_IMAGE_19_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_19_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_19_link_length_too_long
            )

        _ad_image_19_link_required = d.pop("AD_IMAGE_19_LINK_REQUIRED", UNSET)
        ad_image_19_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_19_link_required, Unset):
            ad_image_19_link_required = UNSET
        elif _ad_image_19_link_required is None:
            ad_image_19_link_required = tolerate_null("AD_IMAGE_19_LINK_REQUIRED")
        else:
            ad_image_19_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_19_link_required
            )

        _ad_image_19_link_warning = d.pop("AD_IMAGE_19_LINK_WARNING", UNSET)
        ad_image_19_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_19_link_warning, Unset):
            ad_image_19_link_warning = UNSET
        elif _ad_image_19_link_warning is None:
            ad_image_19_link_warning = tolerate_null("AD_IMAGE_19_LINK_WARNING")
        else:
            ad_image_19_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_19_link_warning
            )

        _ad_image_19_tag_duplicated = d.pop("AD_IMAGE_19_TAG_DUPLICATED", UNSET)
        ad_image_19_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_19_tag_duplicated, Unset):
            ad_image_19_tag_duplicated = UNSET
        elif _ad_image_19_tag_duplicated is None:
            ad_image_19_tag_duplicated = tolerate_null("AD_IMAGE_19_TAG_DUPLICATED")
        else:
            ad_image_19_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_19_tag_duplicated
            )

        _ad_image_19_tag_length_too_long = d.pop("AD_IMAGE_19_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_19_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_19_tag_length_too_long, Unset):
            ad_image_19_tag_length_too_long = UNSET
        elif _ad_image_19_tag_length_too_long is None:
            ad_image_19_tag_length_too_long = tolerate_null("AD_IMAGE_19_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_19_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_19_tag_length_too_long
            )

        _ad_image_19_tag_required = d.pop("AD_IMAGE_19_TAG_REQUIRED", UNSET)
        ad_image_19_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_19_tag_required, Unset):
            ad_image_19_tag_required = UNSET
        elif _ad_image_19_tag_required is None:
            ad_image_19_tag_required = tolerate_null("AD_IMAGE_19_TAG_REQUIRED")
        else:
            ad_image_19_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_19_tag_required
            )

        _ad_image_1_link_duplicated = d.pop("AD_IMAGE_1_LINK_DUPLICATED", UNSET)
        ad_image_1_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_1_link_duplicated, Unset):
            ad_image_1_link_duplicated = UNSET
        elif _ad_image_1_link_duplicated is None:
            ad_image_1_link_duplicated = tolerate_null("AD_IMAGE_1_LINK_DUPLICATED")
        else:
            ad_image_1_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_1_link_duplicated
            )

        _ad_image_1_link_length_too_long = d.pop("AD_IMAGE_1_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_1_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_1_link_length_too_long, Unset):
            ad_image_1_link_length_too_long = UNSET
        elif _ad_image_1_link_length_too_long is None:
            ad_image_1_link_length_too_long = tolerate_null("AD_IMAGE_1_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_1_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_1_link_length_too_long
            )

        _ad_image_1_link_required = d.pop("AD_IMAGE_1_LINK_REQUIRED", UNSET)
        ad_image_1_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_1_link_required, Unset):
            ad_image_1_link_required = UNSET
        elif _ad_image_1_link_required is None:
            ad_image_1_link_required = tolerate_null("AD_IMAGE_1_LINK_REQUIRED")
        else:
            ad_image_1_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_1_link_required
            )

        _ad_image_1_link_warning = d.pop("AD_IMAGE_1_LINK_WARNING", UNSET)
        ad_image_1_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_1_link_warning, Unset):
            ad_image_1_link_warning = UNSET
        elif _ad_image_1_link_warning is None:
            ad_image_1_link_warning = tolerate_null("AD_IMAGE_1_LINK_WARNING")
        else:
            ad_image_1_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_1_link_warning
            )

        _ad_image_1_tag_duplicated = d.pop("AD_IMAGE_1_TAG_DUPLICATED", UNSET)
        ad_image_1_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_1_tag_duplicated, Unset):
            ad_image_1_tag_duplicated = UNSET
        elif _ad_image_1_tag_duplicated is None:
            ad_image_1_tag_duplicated = tolerate_null("AD_IMAGE_1_TAG_DUPLICATED")
        else:
            ad_image_1_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_1_tag_duplicated
            )

        _ad_image_1_tag_length_too_long = d.pop("AD_IMAGE_1_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_1_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_1_tag_length_too_long, Unset):
            ad_image_1_tag_length_too_long = UNSET
        elif _ad_image_1_tag_length_too_long is None:
            ad_image_1_tag_length_too_long = tolerate_null("AD_IMAGE_1_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_1_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_1_tag_length_too_long
            )

        _ad_image_1_tag_required = d.pop("AD_IMAGE_1_TAG_REQUIRED", UNSET)
        ad_image_1_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_1_tag_required, Unset):
            ad_image_1_tag_required = UNSET
        elif _ad_image_1_tag_required is None:
            ad_image_1_tag_required = tolerate_null("AD_IMAGE_1_TAG_REQUIRED")
        else:
            ad_image_1_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_1_tag_required
            )

        _ad_image_2_link_duplicated = d.pop("AD_IMAGE_2_LINK_DUPLICATED", UNSET)
        ad_image_2_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_2_link_duplicated, Unset):
            ad_image_2_link_duplicated = UNSET
        elif _ad_image_2_link_duplicated is None:
            ad_image_2_link_duplicated = tolerate_null("AD_IMAGE_2_LINK_DUPLICATED")
        else:
            ad_image_2_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_2_link_duplicated
            )

        _ad_image_2_link_length_too_long = d.pop("AD_IMAGE_2_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_2_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_2_link_length_too_long, Unset):
            ad_image_2_link_length_too_long = UNSET
        elif _ad_image_2_link_length_too_long is None:
            ad_image_2_link_length_too_long = tolerate_null("AD_IMAGE_2_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_2_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_2_link_length_too_long
            )

        _ad_image_2_link_required = d.pop("AD_IMAGE_2_LINK_REQUIRED", UNSET)
        ad_image_2_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_2_link_required, Unset):
            ad_image_2_link_required = UNSET
        elif _ad_image_2_link_required is None:
            ad_image_2_link_required = tolerate_null("AD_IMAGE_2_LINK_REQUIRED")
        else:
            ad_image_2_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_2_link_required
            )

        _ad_image_2_link_warning = d.pop("AD_IMAGE_2_LINK_WARNING", UNSET)
        ad_image_2_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_2_link_warning, Unset):
            ad_image_2_link_warning = UNSET
        elif _ad_image_2_link_warning is None:
            ad_image_2_link_warning = tolerate_null("AD_IMAGE_2_LINK_WARNING")
        else:
            ad_image_2_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_2_link_warning
            )

        _ad_image_2_tag_duplicated = d.pop("AD_IMAGE_2_TAG_DUPLICATED", UNSET)
        ad_image_2_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_2_tag_duplicated, Unset):
            ad_image_2_tag_duplicated = UNSET
        elif _ad_image_2_tag_duplicated is None:
            ad_image_2_tag_duplicated = tolerate_null("AD_IMAGE_2_TAG_DUPLICATED")
        else:
            ad_image_2_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_2_tag_duplicated
            )

        _ad_image_2_tag_length_too_long = d.pop("AD_IMAGE_2_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_2_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_2_tag_length_too_long, Unset):
            ad_image_2_tag_length_too_long = UNSET
        elif _ad_image_2_tag_length_too_long is None:
            ad_image_2_tag_length_too_long = tolerate_null("AD_IMAGE_2_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_2_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_2_tag_length_too_long
            )

        _ad_image_2_tag_required = d.pop("AD_IMAGE_2_TAG_REQUIRED", UNSET)
        ad_image_2_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_2_tag_required, Unset):
            ad_image_2_tag_required = UNSET
        elif _ad_image_2_tag_required is None:
            ad_image_2_tag_required = tolerate_null("AD_IMAGE_2_TAG_REQUIRED")
        else:
            ad_image_2_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_2_tag_required
            )

        _ad_image_3_link_duplicated = d.pop("AD_IMAGE_3_LINK_DUPLICATED", UNSET)
        ad_image_3_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_3_link_duplicated, Unset):
            ad_image_3_link_duplicated = UNSET
        elif _ad_image_3_link_duplicated is None:
            ad_image_3_link_duplicated = tolerate_null("AD_IMAGE_3_LINK_DUPLICATED")
        else:
            ad_image_3_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_3_link_duplicated
            )

        _ad_image_3_link_length_too_long = d.pop("AD_IMAGE_3_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_3_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_3_link_length_too_long, Unset):
            ad_image_3_link_length_too_long = UNSET
        elif _ad_image_3_link_length_too_long is None:
            ad_image_3_link_length_too_long = tolerate_null("AD_IMAGE_3_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_3_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_3_link_length_too_long
            )

        _ad_image_3_link_required = d.pop("AD_IMAGE_3_LINK_REQUIRED", UNSET)
        ad_image_3_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_3_link_required, Unset):
            ad_image_3_link_required = UNSET
        elif _ad_image_3_link_required is None:
            ad_image_3_link_required = tolerate_null("AD_IMAGE_3_LINK_REQUIRED")
        else:
            ad_image_3_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_3_link_required
            )

        _ad_image_3_link_warning = d.pop("AD_IMAGE_3_LINK_WARNING", UNSET)
        ad_image_3_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_3_link_warning, Unset):
            ad_image_3_link_warning = UNSET
        elif _ad_image_3_link_warning is None:
            ad_image_3_link_warning = tolerate_null("AD_IMAGE_3_LINK_WARNING")
        else:
            ad_image_3_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_3_link_warning
            )

        _ad_image_3_tag_duplicated = d.pop("AD_IMAGE_3_TAG_DUPLICATED", UNSET)
        ad_image_3_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_3_tag_duplicated, Unset):
            ad_image_3_tag_duplicated = UNSET
        elif _ad_image_3_tag_duplicated is None:
            ad_image_3_tag_duplicated = tolerate_null("AD_IMAGE_3_TAG_DUPLICATED")
        else:
            ad_image_3_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_3_tag_duplicated
            )

        _ad_image_3_tag_length_too_long = d.pop("AD_IMAGE_3_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_3_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_3_tag_length_too_long, Unset):
            ad_image_3_tag_length_too_long = UNSET
        elif _ad_image_3_tag_length_too_long is None:
            ad_image_3_tag_length_too_long = tolerate_null("AD_IMAGE_3_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_3_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_3_tag_length_too_long
            )

        _ad_image_3_tag_required = d.pop("AD_IMAGE_3_TAG_REQUIRED", UNSET)
        ad_image_3_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_3_tag_required, Unset):
            ad_image_3_tag_required = UNSET
        elif _ad_image_3_tag_required is None:
            ad_image_3_tag_required = tolerate_null("AD_IMAGE_3_TAG_REQUIRED")
        else:
            ad_image_3_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_3_tag_required
            )

        _ad_image_4_link_duplicated = d.pop("AD_IMAGE_4_LINK_DUPLICATED", UNSET)
        ad_image_4_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_4_link_duplicated, Unset):
            ad_image_4_link_duplicated = UNSET
        elif _ad_image_4_link_duplicated is None:
            ad_image_4_link_duplicated = tolerate_null("AD_IMAGE_4_LINK_DUPLICATED")
        else:
            ad_image_4_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_4_link_duplicated
            )

        _ad_image_4_link_length_too_long = d.pop("AD_IMAGE_4_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_4_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_4_link_length_too_long, Unset):
            ad_image_4_link_length_too_long = UNSET
        elif _ad_image_4_link_length_too_long is None:
            ad_image_4_link_length_too_long = tolerate_null("AD_IMAGE_4_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_4_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_4_link_length_too_long
            )

        _ad_image_4_link_required = d.pop("AD_IMAGE_4_LINK_REQUIRED", UNSET)
        ad_image_4_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_4_link_required, Unset):
            ad_image_4_link_required = UNSET
        elif _ad_image_4_link_required is None:
            ad_image_4_link_required = tolerate_null("AD_IMAGE_4_LINK_REQUIRED")
        else:
            ad_image_4_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_4_link_required
            )

        _ad_image_4_link_warning = d.pop("AD_IMAGE_4_LINK_WARNING", UNSET)
        ad_image_4_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_4_link_warning, Unset):
            ad_image_4_link_warning = UNSET
        elif _ad_image_4_link_warning is None:
            ad_image_4_link_warning = tolerate_null("AD_IMAGE_4_LINK_WARNING")
        else:
            ad_image_4_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_4_link_warning
            )

        _ad_image_4_tag_duplicated = d.pop("AD_IMAGE_4_TAG_DUPLICATED", UNSET)
        ad_image_4_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_4_tag_duplicated, Unset):
            ad_image_4_tag_duplicated = UNSET
        elif _ad_image_4_tag_duplicated is None:
            ad_image_4_tag_duplicated = tolerate_null("AD_IMAGE_4_TAG_DUPLICATED")
        else:
            ad_image_4_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_4_tag_duplicated
            )

        _ad_image_4_tag_length_too_long = d.pop("AD_IMAGE_4_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_4_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_4_tag_length_too_long, Unset):
            ad_image_4_tag_length_too_long = UNSET
        elif _ad_image_4_tag_length_too_long is None:
            ad_image_4_tag_length_too_long = tolerate_null("AD_IMAGE_4_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_4_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_4_tag_length_too_long
            )

        _ad_image_4_tag_required = d.pop("AD_IMAGE_4_TAG_REQUIRED", UNSET)
        ad_image_4_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_4_tag_required, Unset):
            ad_image_4_tag_required = UNSET
        elif _ad_image_4_tag_required is None:
            ad_image_4_tag_required = tolerate_null("AD_IMAGE_4_TAG_REQUIRED")
        else:
            ad_image_4_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_4_tag_required
            )

        _ad_image_5_link_duplicated = d.pop("AD_IMAGE_5_LINK_DUPLICATED", UNSET)
        ad_image_5_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_5_link_duplicated, Unset):
            ad_image_5_link_duplicated = UNSET
        elif _ad_image_5_link_duplicated is None:
            ad_image_5_link_duplicated = tolerate_null("AD_IMAGE_5_LINK_DUPLICATED")
        else:
            ad_image_5_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_5_link_duplicated
            )

        _ad_image_5_link_length_too_long = d.pop("AD_IMAGE_5_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_5_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_5_link_length_too_long, Unset):
            ad_image_5_link_length_too_long = UNSET
        elif _ad_image_5_link_length_too_long is None:
            ad_image_5_link_length_too_long = tolerate_null("AD_IMAGE_5_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_5_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_5_link_length_too_long
            )

        _ad_image_5_link_required = d.pop("AD_IMAGE_5_LINK_REQUIRED", UNSET)
        ad_image_5_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_5_link_required, Unset):
            ad_image_5_link_required = UNSET
        elif _ad_image_5_link_required is None:
            ad_image_5_link_required = tolerate_null("AD_IMAGE_5_LINK_REQUIRED")
        else:
            ad_image_5_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_5_link_required
            )

        _ad_image_5_link_warning = d.pop("AD_IMAGE_5_LINK_WARNING", UNSET)
        ad_image_5_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_5_link_warning, Unset):
            ad_image_5_link_warning = UNSET
        elif _ad_image_5_link_warning is None:
            ad_image_5_link_warning = tolerate_null("AD_IMAGE_5_LINK_WARNING")
        else:
            ad_image_5_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_5_link_warning
            )

        _ad_image_5_tag_duplicated = d.pop("AD_IMAGE_5_TAG_DUPLICATED", UNSET)
        ad_image_5_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_5_tag_duplicated, Unset):
            ad_image_5_tag_duplicated = UNSET
        elif _ad_image_5_tag_duplicated is None:
            ad_image_5_tag_duplicated = tolerate_null("AD_IMAGE_5_TAG_DUPLICATED")
        else:
            ad_image_5_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_5_tag_duplicated
            )

        _ad_image_5_tag_length_too_long = d.pop("AD_IMAGE_5_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_5_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_5_tag_length_too_long, Unset):
            ad_image_5_tag_length_too_long = UNSET
        elif _ad_image_5_tag_length_too_long is None:
            ad_image_5_tag_length_too_long = tolerate_null("AD_IMAGE_5_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_5_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_5_tag_length_too_long
            )

        _ad_image_5_tag_required = d.pop("AD_IMAGE_5_TAG_REQUIRED", UNSET)
        ad_image_5_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_5_tag_required, Unset):
            ad_image_5_tag_required = UNSET
        elif _ad_image_5_tag_required is None:
            ad_image_5_tag_required = tolerate_null("AD_IMAGE_5_TAG_REQUIRED")
        else:
            ad_image_5_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_5_tag_required
            )

        _ad_image_6_link_duplicated = d.pop("AD_IMAGE_6_LINK_DUPLICATED", UNSET)
        ad_image_6_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_6_link_duplicated, Unset):
            ad_image_6_link_duplicated = UNSET
        elif _ad_image_6_link_duplicated is None:
            ad_image_6_link_duplicated = tolerate_null("AD_IMAGE_6_LINK_DUPLICATED")
        else:
            ad_image_6_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_6_link_duplicated
            )

        _ad_image_6_link_length_too_long = d.pop("AD_IMAGE_6_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_6_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_6_link_length_too_long, Unset):
            ad_image_6_link_length_too_long = UNSET
        elif _ad_image_6_link_length_too_long is None:
            ad_image_6_link_length_too_long = tolerate_null("AD_IMAGE_6_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_6_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_6_link_length_too_long
            )

        _ad_image_6_link_required = d.pop("AD_IMAGE_6_LINK_REQUIRED", UNSET)
        ad_image_6_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_6_link_required, Unset):
            ad_image_6_link_required = UNSET
        elif _ad_image_6_link_required is None:
            ad_image_6_link_required = tolerate_null("AD_IMAGE_6_LINK_REQUIRED")
        else:
            ad_image_6_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_6_link_required
            )

        _ad_image_6_link_warning = d.pop("AD_IMAGE_6_LINK_WARNING", UNSET)
        ad_image_6_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_6_link_warning, Unset):
            ad_image_6_link_warning = UNSET
        elif _ad_image_6_link_warning is None:
            ad_image_6_link_warning = tolerate_null("AD_IMAGE_6_LINK_WARNING")
        else:
            ad_image_6_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_6_link_warning
            )

        _ad_image_6_tag_duplicated = d.pop("AD_IMAGE_6_TAG_DUPLICATED", UNSET)
        ad_image_6_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_6_tag_duplicated, Unset):
            ad_image_6_tag_duplicated = UNSET
        elif _ad_image_6_tag_duplicated is None:
            ad_image_6_tag_duplicated = tolerate_null("AD_IMAGE_6_TAG_DUPLICATED")
        else:
            ad_image_6_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_6_tag_duplicated
            )

        _ad_image_6_tag_length_too_long = d.pop("AD_IMAGE_6_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_6_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_6_tag_length_too_long, Unset):
            ad_image_6_tag_length_too_long = UNSET
        elif _ad_image_6_tag_length_too_long is None:
            ad_image_6_tag_length_too_long = tolerate_null("AD_IMAGE_6_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_6_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_6_tag_length_too_long
            )

        _ad_image_6_tag_required = d.pop("AD_IMAGE_6_TAG_REQUIRED", UNSET)
        ad_image_6_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_6_tag_required, Unset):
            ad_image_6_tag_required = UNSET
        elif _ad_image_6_tag_required is None:
            ad_image_6_tag_required = tolerate_null("AD_IMAGE_6_TAG_REQUIRED")
        else:
            ad_image_6_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_6_tag_required
            )

        _ad_image_7_link_duplicated = d.pop("AD_IMAGE_7_LINK_DUPLICATED", UNSET)
        ad_image_7_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_7_link_duplicated, Unset):
            ad_image_7_link_duplicated = UNSET
        elif _ad_image_7_link_duplicated is None:
            ad_image_7_link_duplicated = tolerate_null("AD_IMAGE_7_LINK_DUPLICATED")
        else:
            ad_image_7_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_7_link_duplicated
            )

        _ad_image_7_link_length_too_long = d.pop("AD_IMAGE_7_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_7_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_7_link_length_too_long, Unset):
            ad_image_7_link_length_too_long = UNSET
        elif _ad_image_7_link_length_too_long is None:
            ad_image_7_link_length_too_long = tolerate_null("AD_IMAGE_7_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_7_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_7_link_length_too_long
            )

        _ad_image_7_link_required = d.pop("AD_IMAGE_7_LINK_REQUIRED", UNSET)
        ad_image_7_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_7_link_required, Unset):
            ad_image_7_link_required = UNSET
        elif _ad_image_7_link_required is None:
            ad_image_7_link_required = tolerate_null("AD_IMAGE_7_LINK_REQUIRED")
        else:
            ad_image_7_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_7_link_required
            )

        _ad_image_7_link_warning = d.pop("AD_IMAGE_7_LINK_WARNING", UNSET)
        ad_image_7_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_7_link_warning, Unset):
            ad_image_7_link_warning = UNSET
        elif _ad_image_7_link_warning is None:
            ad_image_7_link_warning = tolerate_null("AD_IMAGE_7_LINK_WARNING")
        else:
            ad_image_7_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_7_link_warning
            )

        _ad_image_7_tag_duplicated = d.pop("AD_IMAGE_7_TAG_DUPLICATED", UNSET)
        ad_image_7_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_7_tag_duplicated, Unset):
            ad_image_7_tag_duplicated = UNSET
        elif _ad_image_7_tag_duplicated is None:
            ad_image_7_tag_duplicated = tolerate_null("AD_IMAGE_7_TAG_DUPLICATED")
        else:
            ad_image_7_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_7_tag_duplicated
            )

        _ad_image_7_tag_length_too_long = d.pop("AD_IMAGE_7_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_7_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_7_tag_length_too_long, Unset):
            ad_image_7_tag_length_too_long = UNSET
        elif _ad_image_7_tag_length_too_long is None:
            ad_image_7_tag_length_too_long = tolerate_null("AD_IMAGE_7_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_7_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_7_tag_length_too_long
            )

        _ad_image_7_tag_required = d.pop("AD_IMAGE_7_TAG_REQUIRED", UNSET)
        ad_image_7_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_7_tag_required, Unset):
            ad_image_7_tag_required = UNSET
        elif _ad_image_7_tag_required is None:
            ad_image_7_tag_required = tolerate_null("AD_IMAGE_7_TAG_REQUIRED")
        else:
            ad_image_7_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_7_tag_required
            )

        _ad_image_8_link_duplicated = d.pop("AD_IMAGE_8_LINK_DUPLICATED", UNSET)
        ad_image_8_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_8_link_duplicated, Unset):
            ad_image_8_link_duplicated = UNSET
        elif _ad_image_8_link_duplicated is None:
            ad_image_8_link_duplicated = tolerate_null("AD_IMAGE_8_LINK_DUPLICATED")
        else:
            ad_image_8_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_8_link_duplicated
            )

        _ad_image_8_link_length_too_long = d.pop("AD_IMAGE_8_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_8_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_8_link_length_too_long, Unset):
            ad_image_8_link_length_too_long = UNSET
        elif _ad_image_8_link_length_too_long is None:
            ad_image_8_link_length_too_long = tolerate_null("AD_IMAGE_8_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_8_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_8_link_length_too_long
            )

        _ad_image_8_link_required = d.pop("AD_IMAGE_8_LINK_REQUIRED", UNSET)
        ad_image_8_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_8_link_required, Unset):
            ad_image_8_link_required = UNSET
        elif _ad_image_8_link_required is None:
            ad_image_8_link_required = tolerate_null("AD_IMAGE_8_LINK_REQUIRED")
        else:
            ad_image_8_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_8_link_required
            )

        _ad_image_8_link_warning = d.pop("AD_IMAGE_8_LINK_WARNING", UNSET)
        ad_image_8_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_8_link_warning, Unset):
            ad_image_8_link_warning = UNSET
        elif _ad_image_8_link_warning is None:
            ad_image_8_link_warning = tolerate_null("AD_IMAGE_8_LINK_WARNING")
        else:
            ad_image_8_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_8_link_warning
            )

        _ad_image_8_tag_duplicated = d.pop("AD_IMAGE_8_TAG_DUPLICATED", UNSET)
        ad_image_8_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_8_tag_duplicated, Unset):
            ad_image_8_tag_duplicated = UNSET
        elif _ad_image_8_tag_duplicated is None:
            ad_image_8_tag_duplicated = tolerate_null("AD_IMAGE_8_TAG_DUPLICATED")
        else:
            ad_image_8_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_8_tag_duplicated
            )

        _ad_image_8_tag_length_too_long = d.pop("AD_IMAGE_8_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_8_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_8_tag_length_too_long, Unset):
            ad_image_8_tag_length_too_long = UNSET
        elif _ad_image_8_tag_length_too_long is None:
            ad_image_8_tag_length_too_long = tolerate_null("AD_IMAGE_8_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_8_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_8_tag_length_too_long
            )

        _ad_image_8_tag_required = d.pop("AD_IMAGE_8_TAG_REQUIRED", UNSET)
        ad_image_8_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_8_tag_required, Unset):
            ad_image_8_tag_required = UNSET
        elif _ad_image_8_tag_required is None:
            ad_image_8_tag_required = tolerate_null("AD_IMAGE_8_TAG_REQUIRED")
        else:
            ad_image_8_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_8_tag_required
            )

        _ad_image_9_link_duplicated = d.pop("AD_IMAGE_9_LINK_DUPLICATED", UNSET)
        ad_image_9_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_9_link_duplicated, Unset):
            ad_image_9_link_duplicated = UNSET
        elif _ad_image_9_link_duplicated is None:
            ad_image_9_link_duplicated = tolerate_null("AD_IMAGE_9_LINK_DUPLICATED")
        else:
            ad_image_9_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_9_link_duplicated
            )

        _ad_image_9_link_length_too_long = d.pop("AD_IMAGE_9_LINK_LENGTH_TOO_LONG", UNSET)
        ad_image_9_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_9_link_length_too_long, Unset):
            ad_image_9_link_length_too_long = UNSET
        elif _ad_image_9_link_length_too_long is None:
            ad_image_9_link_length_too_long = tolerate_null("AD_IMAGE_9_LINK_LENGTH_TOO_LONG")
        else:
            ad_image_9_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_9_link_length_too_long
            )

        _ad_image_9_link_required = d.pop("AD_IMAGE_9_LINK_REQUIRED", UNSET)
        ad_image_9_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_9_link_required, Unset):
            ad_image_9_link_required = UNSET
        elif _ad_image_9_link_required is None:
            ad_image_9_link_required = tolerate_null("AD_IMAGE_9_LINK_REQUIRED")
        else:
            ad_image_9_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_9_link_required
            )

        _ad_image_9_link_warning = d.pop("AD_IMAGE_9_LINK_WARNING", UNSET)
        ad_image_9_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_9_link_warning, Unset):
            ad_image_9_link_warning = UNSET
        elif _ad_image_9_link_warning is None:
            ad_image_9_link_warning = tolerate_null("AD_IMAGE_9_LINK_WARNING")
        else:
            ad_image_9_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_image_9_link_warning
            )

        _ad_image_9_tag_duplicated = d.pop("AD_IMAGE_9_TAG_DUPLICATED", UNSET)
        ad_image_9_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_9_tag_duplicated, Unset):
            ad_image_9_tag_duplicated = UNSET
        elif _ad_image_9_tag_duplicated is None:
            ad_image_9_tag_duplicated = tolerate_null("AD_IMAGE_9_TAG_DUPLICATED")
        else:
            ad_image_9_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_image_9_tag_duplicated
            )

        _ad_image_9_tag_length_too_long = d.pop("AD_IMAGE_9_TAG_LENGTH_TOO_LONG", UNSET)
        ad_image_9_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_9_tag_length_too_long, Unset):
            ad_image_9_tag_length_too_long = UNSET
        elif _ad_image_9_tag_length_too_long is None:
            ad_image_9_tag_length_too_long = tolerate_null("AD_IMAGE_9_TAG_LENGTH_TOO_LONG")
        else:
            ad_image_9_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_image_9_tag_length_too_long
            )

        _ad_image_9_tag_required = d.pop("AD_IMAGE_9_TAG_REQUIRED", UNSET)
        ad_image_9_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_image_9_tag_required, Unset):
            ad_image_9_tag_required = UNSET
        elif _ad_image_9_tag_required is None:
            ad_image_9_tag_required = tolerate_null("AD_IMAGE_9_TAG_REQUIRED")
        else:
            ad_image_9_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_image_9_tag_required
            )

        _ad_link_format_warning = d.pop("AD_LINK_FORMAT_WARNING", UNSET)
        ad_link_format_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_link_format_warning, Unset):
            ad_link_format_warning = UNSET
        elif _ad_link_format_warning is None:
            ad_link_format_warning = tolerate_null("AD_LINK_FORMAT_WARNING")
        else:
            ad_link_format_warning = CatalogsItemValidationDetails.from_dict(
                _ad_link_format_warning
            )

        _ad_link_same_as_link = d.pop("AD_LINK_SAME_AS_LINK", UNSET)
        ad_link_same_as_link: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_link_same_as_link, Unset):
            ad_link_same_as_link = UNSET
        elif _ad_link_same_as_link is None:
            ad_link_same_as_link = tolerate_null("AD_LINK_SAME_AS_LINK")
        else:
            ad_link_same_as_link = CatalogsItemValidationDetails.from_dict(_ad_link_same_as_link)

        _ad_video_0_link_duplicated = d.pop("AD_VIDEO_0_LINK_DUPLICATED", UNSET)
        ad_video_0_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_0_link_duplicated, Unset):
            ad_video_0_link_duplicated = UNSET
        elif _ad_video_0_link_duplicated is None:
            ad_video_0_link_duplicated = tolerate_null("AD_VIDEO_0_LINK_DUPLICATED")
        else:
            ad_video_0_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_video_0_link_duplicated
            )

        _ad_video_0_link_length_too_long = d.pop("AD_VIDEO_0_LINK_LENGTH_TOO_LONG", UNSET)
        ad_video_0_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_0_link_length_too_long, Unset):
            ad_video_0_link_length_too_long = UNSET
        elif _ad_video_0_link_length_too_long is None:
            ad_video_0_link_length_too_long = tolerate_null("AD_VIDEO_0_LINK_LENGTH_TOO_LONG")
        else:
            ad_video_0_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_video_0_link_length_too_long
            )

        _ad_video_0_link_required = d.pop("AD_VIDEO_0_LINK_REQUIRED", UNSET)
        ad_video_0_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_0_link_required, Unset):
            ad_video_0_link_required = UNSET
        elif _ad_video_0_link_required is None:
            ad_video_0_link_required = tolerate_null("AD_VIDEO_0_LINK_REQUIRED")
        else:
            ad_video_0_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_video_0_link_required
            )

        _ad_video_0_link_warning = d.pop("AD_VIDEO_0_LINK_WARNING", UNSET)
        ad_video_0_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_0_link_warning, Unset):
            ad_video_0_link_warning = UNSET
        elif _ad_video_0_link_warning is None:
            ad_video_0_link_warning = tolerate_null("AD_VIDEO_0_LINK_WARNING")
        else:
            ad_video_0_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_video_0_link_warning
            )

        _ad_video_0_tag_duplicated = d.pop("AD_VIDEO_0_TAG_DUPLICATED", UNSET)
        ad_video_0_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_0_tag_duplicated, Unset):
            ad_video_0_tag_duplicated = UNSET
        elif _ad_video_0_tag_duplicated is None:
            ad_video_0_tag_duplicated = tolerate_null("AD_VIDEO_0_TAG_DUPLICATED")
        else:
            ad_video_0_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_video_0_tag_duplicated
            )

        _ad_video_0_tag_length_too_long = d.pop("AD_VIDEO_0_TAG_LENGTH_TOO_LONG", UNSET)
        ad_video_0_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_0_tag_length_too_long, Unset):
            ad_video_0_tag_length_too_long = UNSET
        elif _ad_video_0_tag_length_too_long is None:
            ad_video_0_tag_length_too_long = tolerate_null("AD_VIDEO_0_TAG_LENGTH_TOO_LONG")
        else:
            ad_video_0_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_video_0_tag_length_too_long
            )

        _ad_video_0_tag_required = d.pop("AD_VIDEO_0_TAG_REQUIRED", UNSET)
        ad_video_0_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_0_tag_required, Unset):
            ad_video_0_tag_required = UNSET
        elif _ad_video_0_tag_required is None:
            ad_video_0_tag_required = tolerate_null("AD_VIDEO_0_TAG_REQUIRED")
        else:
            ad_video_0_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_video_0_tag_required
            )

        _ad_video_1_link_duplicated = d.pop("AD_VIDEO_1_LINK_DUPLICATED", UNSET)
        ad_video_1_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_1_link_duplicated, Unset):
            ad_video_1_link_duplicated = UNSET
        elif _ad_video_1_link_duplicated is None:
            ad_video_1_link_duplicated = tolerate_null("AD_VIDEO_1_LINK_DUPLICATED")
        else:
            ad_video_1_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_video_1_link_duplicated
            )

        _ad_video_1_link_length_too_long = d.pop("AD_VIDEO_1_LINK_LENGTH_TOO_LONG", UNSET)
        ad_video_1_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_1_link_length_too_long, Unset):
            ad_video_1_link_length_too_long = UNSET
        elif _ad_video_1_link_length_too_long is None:
            ad_video_1_link_length_too_long = tolerate_null("AD_VIDEO_1_LINK_LENGTH_TOO_LONG")
        else:
            ad_video_1_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_video_1_link_length_too_long
            )

        _ad_video_1_link_required = d.pop("AD_VIDEO_1_LINK_REQUIRED", UNSET)
        ad_video_1_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_1_link_required, Unset):
            ad_video_1_link_required = UNSET
        elif _ad_video_1_link_required is None:
            ad_video_1_link_required = tolerate_null("AD_VIDEO_1_LINK_REQUIRED")
        else:
            ad_video_1_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_video_1_link_required
            )

        _ad_video_1_link_warning = d.pop("AD_VIDEO_1_LINK_WARNING", UNSET)
        ad_video_1_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_1_link_warning, Unset):
            ad_video_1_link_warning = UNSET
        elif _ad_video_1_link_warning is None:
            ad_video_1_link_warning = tolerate_null("AD_VIDEO_1_LINK_WARNING")
        else:
            ad_video_1_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_video_1_link_warning
            )

        _ad_video_1_tag_duplicated = d.pop("AD_VIDEO_1_TAG_DUPLICATED", UNSET)
        ad_video_1_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_1_tag_duplicated, Unset):
            ad_video_1_tag_duplicated = UNSET
        elif _ad_video_1_tag_duplicated is None:
            ad_video_1_tag_duplicated = tolerate_null("AD_VIDEO_1_TAG_DUPLICATED")
        else:
            ad_video_1_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_video_1_tag_duplicated
            )

        _ad_video_1_tag_length_too_long = d.pop("AD_VIDEO_1_TAG_LENGTH_TOO_LONG", UNSET)
        ad_video_1_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_1_tag_length_too_long, Unset):
            ad_video_1_tag_length_too_long = UNSET
        elif _ad_video_1_tag_length_too_long is None:
            ad_video_1_tag_length_too_long = tolerate_null("AD_VIDEO_1_TAG_LENGTH_TOO_LONG")
        else:
            ad_video_1_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_video_1_tag_length_too_long
            )

        _ad_video_1_tag_required = d.pop("AD_VIDEO_1_TAG_REQUIRED", UNSET)
        ad_video_1_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_1_tag_required, Unset):
            ad_video_1_tag_required = UNSET
        elif _ad_video_1_tag_required is None:
            ad_video_1_tag_required = tolerate_null("AD_VIDEO_1_TAG_REQUIRED")
        else:
            ad_video_1_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_video_1_tag_required
            )

        _ad_video_2_link_duplicated = d.pop("AD_VIDEO_2_LINK_DUPLICATED", UNSET)
        ad_video_2_link_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_2_link_duplicated, Unset):
            ad_video_2_link_duplicated = UNSET
        elif _ad_video_2_link_duplicated is None:
            ad_video_2_link_duplicated = tolerate_null("AD_VIDEO_2_LINK_DUPLICATED")
        else:
            ad_video_2_link_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_video_2_link_duplicated
            )

        _ad_video_2_link_length_too_long = d.pop("AD_VIDEO_2_LINK_LENGTH_TOO_LONG", UNSET)
        ad_video_2_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_2_link_length_too_long, Unset):
            ad_video_2_link_length_too_long = UNSET
        elif _ad_video_2_link_length_too_long is None:
            ad_video_2_link_length_too_long = tolerate_null("AD_VIDEO_2_LINK_LENGTH_TOO_LONG")
        else:
            ad_video_2_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_video_2_link_length_too_long
            )

        _ad_video_2_link_required = d.pop("AD_VIDEO_2_LINK_REQUIRED", UNSET)
        ad_video_2_link_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_2_link_required, Unset):
            ad_video_2_link_required = UNSET
        elif _ad_video_2_link_required is None:
            ad_video_2_link_required = tolerate_null("AD_VIDEO_2_LINK_REQUIRED")
        else:
            ad_video_2_link_required = CatalogsItemValidationDetails.from_dict(
                _ad_video_2_link_required
            )

        _ad_video_2_link_warning = d.pop("AD_VIDEO_2_LINK_WARNING", UNSET)
        ad_video_2_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_2_link_warning, Unset):
            ad_video_2_link_warning = UNSET
        elif _ad_video_2_link_warning is None:
            ad_video_2_link_warning = tolerate_null("AD_VIDEO_2_LINK_WARNING")
        else:
            ad_video_2_link_warning = CatalogsItemValidationDetails.from_dict(
                _ad_video_2_link_warning
            )

        _ad_video_2_tag_duplicated = d.pop("AD_VIDEO_2_TAG_DUPLICATED", UNSET)
        ad_video_2_tag_duplicated: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_2_tag_duplicated, Unset):
            ad_video_2_tag_duplicated = UNSET
        elif _ad_video_2_tag_duplicated is None:
            ad_video_2_tag_duplicated = tolerate_null("AD_VIDEO_2_TAG_DUPLICATED")
        else:
            ad_video_2_tag_duplicated = CatalogsItemValidationDetails.from_dict(
                _ad_video_2_tag_duplicated
            )

        _ad_video_2_tag_length_too_long = d.pop("AD_VIDEO_2_TAG_LENGTH_TOO_LONG", UNSET)
        ad_video_2_tag_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_2_tag_length_too_long, Unset):
            ad_video_2_tag_length_too_long = UNSET
        elif _ad_video_2_tag_length_too_long is None:
            ad_video_2_tag_length_too_long = tolerate_null("AD_VIDEO_2_TAG_LENGTH_TOO_LONG")
        else:
            ad_video_2_tag_length_too_long = CatalogsItemValidationDetails.from_dict(
                _ad_video_2_tag_length_too_long
            )

        _ad_video_2_tag_required = d.pop("AD_VIDEO_2_TAG_REQUIRED", UNSET)
        ad_video_2_tag_required: CatalogsItemValidationDetails | Unset
        if isinstance(_ad_video_2_tag_required, Unset):
            ad_video_2_tag_required = UNSET
        elif _ad_video_2_tag_required is None:
            ad_video_2_tag_required = tolerate_null("AD_VIDEO_2_TAG_REQUIRED")
        else:
            ad_video_2_tag_required = CatalogsItemValidationDetails.from_dict(
                _ad_video_2_tag_required
            )

        _additional_image_link_length_too_long = d.pop(
            "ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG", UNSET
        )
        additional_image_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_additional_image_link_length_too_long, Unset):
            additional_image_link_length_too_long = UNSET
        elif _additional_image_link_length_too_long is None:
            additional_image_link_length_too_long = tolerate_null(
                "ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG"
            )
        else:
            additional_image_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _additional_image_link_length_too_long
            )

        _additional_image_link_warning = d.pop("ADDITIONAL_IMAGE_LINK_WARNING", UNSET)
        additional_image_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_additional_image_link_warning, Unset):
            additional_image_link_warning = UNSET
        elif _additional_image_link_warning is None:
            additional_image_link_warning = tolerate_null("ADDITIONAL_IMAGE_LINK_WARNING")
        else:
            additional_image_link_warning = CatalogsItemValidationDetails.from_dict(
                _additional_image_link_warning
            )

        _adwords_format_warning = d.pop("ADWORDS_FORMAT_WARNING", UNSET)
        adwords_format_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_adwords_format_warning, Unset):
            adwords_format_warning = UNSET
        elif _adwords_format_warning is None:
            adwords_format_warning = tolerate_null("ADWORDS_FORMAT_WARNING")
        else:
            adwords_format_warning = CatalogsItemValidationDetails.from_dict(
                _adwords_format_warning
            )

        _adwords_same_as_link = d.pop("ADWORDS_SAME_AS_LINK", UNSET)
        adwords_same_as_link: CatalogsItemValidationDetails | Unset
        if isinstance(_adwords_same_as_link, Unset):
            adwords_same_as_link = UNSET
        elif _adwords_same_as_link is None:
            adwords_same_as_link = tolerate_null("ADWORDS_SAME_AS_LINK")
        else:
            adwords_same_as_link = CatalogsItemValidationDetails.from_dict(_adwords_same_as_link)

        _age_group_invalid = d.pop("AGE_GROUP_INVALID", UNSET)
        age_group_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_age_group_invalid, Unset):
            age_group_invalid = UNSET
        elif _age_group_invalid is None:
            age_group_invalid = tolerate_null("AGE_GROUP_INVALID")
        else:
            age_group_invalid = CatalogsItemValidationDetails.from_dict(_age_group_invalid)

        _android_deep_link_invalid = d.pop("ANDROID_DEEP_LINK_INVALID", UNSET)
        android_deep_link_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_android_deep_link_invalid, Unset):
            android_deep_link_invalid = UNSET
        elif _android_deep_link_invalid is None:
            android_deep_link_invalid = tolerate_null("ANDROID_DEEP_LINK_INVALID")
        else:
            android_deep_link_invalid = CatalogsItemValidationDetails.from_dict(
                _android_deep_link_invalid
            )

        _availability_date_invalid = d.pop("AVAILABILITY_DATE_INVALID", UNSET)
        availability_date_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_availability_date_invalid, Unset):
            availability_date_invalid = UNSET
        elif _availability_date_invalid is None:
            availability_date_invalid = tolerate_null("AVAILABILITY_DATE_INVALID")
        else:
            availability_date_invalid = CatalogsItemValidationDetails.from_dict(
                _availability_date_invalid
            )

        _country_does_not_map_to_currency = d.pop("COUNTRY_DOES_NOT_MAP_TO_CURRENCY", UNSET)
        country_does_not_map_to_currency: CatalogsItemValidationDetails | Unset
        if isinstance(_country_does_not_map_to_currency, Unset):
            country_does_not_map_to_currency = UNSET
        elif _country_does_not_map_to_currency is None:
            country_does_not_map_to_currency = tolerate_null("COUNTRY_DOES_NOT_MAP_TO_CURRENCY")
        else:
            country_does_not_map_to_currency = CatalogsItemValidationDetails.from_dict(
                _country_does_not_map_to_currency
            )

        _custom_label_length_too_long = d.pop("CUSTOM_LABEL_LENGTH_TOO_LONG", UNSET)
        custom_label_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_custom_label_length_too_long, Unset):
            custom_label_length_too_long = UNSET
        elif _custom_label_length_too_long is None:
            custom_label_length_too_long = tolerate_null("CUSTOM_LABEL_LENGTH_TOO_LONG")
        else:
            custom_label_length_too_long = CatalogsItemValidationDetails.from_dict(
                _custom_label_length_too_long
            )

        _description_length_too_long = d.pop("DESCRIPTION_LENGTH_TOO_LONG", UNSET)
        description_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_description_length_too_long, Unset):
            description_length_too_long = UNSET
        elif _description_length_too_long is None:
            description_length_too_long = tolerate_null("DESCRIPTION_LENGTH_TOO_LONG")
        else:
            description_length_too_long = CatalogsItemValidationDetails.from_dict(
                _description_length_too_long
            )

        _expiration_date_invalid = d.pop("EXPIRATION_DATE_INVALID", UNSET)
        expiration_date_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_expiration_date_invalid, Unset):
            expiration_date_invalid = UNSET
        elif _expiration_date_invalid is None:
            expiration_date_invalid = tolerate_null("EXPIRATION_DATE_INVALID")
        else:
            expiration_date_invalid = CatalogsItemValidationDetails.from_dict(
                _expiration_date_invalid
            )

        _gender_invalid = d.pop("GENDER_INVALID", UNSET)
        gender_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_gender_invalid, Unset):
            gender_invalid = UNSET
        elif _gender_invalid is None:
            gender_invalid = tolerate_null("GENDER_INVALID")
        else:
            gender_invalid = CatalogsItemValidationDetails.from_dict(_gender_invalid)

        _gtin_invalid = d.pop("GTIN_INVALID", UNSET)
        gtin_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_gtin_invalid, Unset):
            gtin_invalid = UNSET
        elif _gtin_invalid is None:
            gtin_invalid = tolerate_null("GTIN_INVALID")
        else:
            gtin_invalid = CatalogsItemValidationDetails.from_dict(_gtin_invalid)

        _image_link_warning = d.pop("IMAGE_LINK_WARNING", UNSET)
        image_link_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_image_link_warning, Unset):
            image_link_warning = UNSET
        elif _image_link_warning is None:
            image_link_warning = tolerate_null("IMAGE_LINK_WARNING")
        else:
            image_link_warning = CatalogsItemValidationDetails.from_dict(_image_link_warning)

        _ios_deep_link_invalid = d.pop("IOS_DEEP_LINK_INVALID", UNSET)
        ios_deep_link_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_ios_deep_link_invalid, Unset):
            ios_deep_link_invalid = UNSET
        elif _ios_deep_link_invalid is None:
            ios_deep_link_invalid = tolerate_null("IOS_DEEP_LINK_INVALID")
        else:
            ios_deep_link_invalid = CatalogsItemValidationDetails.from_dict(_ios_deep_link_invalid)

        _is_bundle_invalid = d.pop("IS_BUNDLE_INVALID", UNSET)
        is_bundle_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_is_bundle_invalid, Unset):
            is_bundle_invalid = UNSET
        elif _is_bundle_invalid is None:
            is_bundle_invalid = tolerate_null("IS_BUNDLE_INVALID")
        else:
            is_bundle_invalid = CatalogsItemValidationDetails.from_dict(_is_bundle_invalid)

        _item_additional_image_download_failure = d.pop(
            "ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE", UNSET
        )
        item_additional_image_download_failure: CatalogsItemValidationDetails | Unset
        if isinstance(_item_additional_image_download_failure, Unset):
            item_additional_image_download_failure = UNSET
        elif _item_additional_image_download_failure is None:
            item_additional_image_download_failure = tolerate_null(
                "ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE"
            )
        else:
            item_additional_image_download_failure = CatalogsItemValidationDetails.from_dict(
                _item_additional_image_download_failure
            )

        _link_format_warning = d.pop("LINK_FORMAT_WARNING", UNSET)
        link_format_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_link_format_warning, Unset):
            link_format_warning = UNSET
        elif _link_format_warning is None:
            link_format_warning = tolerate_null("LINK_FORMAT_WARNING")
        else:
            link_format_warning = CatalogsItemValidationDetails.from_dict(_link_format_warning)

        _min_ad_price_invalid = d.pop("MIN_AD_PRICE_INVALID", UNSET)
        min_ad_price_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_min_ad_price_invalid, Unset):
            min_ad_price_invalid = UNSET
        elif _min_ad_price_invalid is None:
            min_ad_price_invalid = tolerate_null("MIN_AD_PRICE_INVALID")
        else:
            min_ad_price_invalid = CatalogsItemValidationDetails.from_dict(_min_ad_price_invalid)

        _mpn_invalid = d.pop("MPN_INVALID", UNSET)
        mpn_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_mpn_invalid, Unset):
            mpn_invalid = UNSET
        elif _mpn_invalid is None:
            mpn_invalid = tolerate_null("MPN_INVALID")
        else:
            mpn_invalid = CatalogsItemValidationDetails.from_dict(_mpn_invalid)

        _multipack_invalid = d.pop("MULTIPACK_INVALID", UNSET)
        multipack_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_multipack_invalid, Unset):
            multipack_invalid = UNSET
        elif _multipack_invalid is None:
            multipack_invalid = tolerate_null("MULTIPACK_INVALID")
        else:
            multipack_invalid = CatalogsItemValidationDetails.from_dict(_multipack_invalid)

        _optional_condition_invalid = d.pop("OPTIONAL_CONDITION_INVALID", UNSET)
        optional_condition_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_optional_condition_invalid, Unset):
            optional_condition_invalid = UNSET
        elif _optional_condition_invalid is None:
            optional_condition_invalid = tolerate_null("OPTIONAL_CONDITION_INVALID")
        else:
            optional_condition_invalid = CatalogsItemValidationDetails.from_dict(
                _optional_condition_invalid
            )

        _optional_condition_missing = d.pop("OPTIONAL_CONDITION_MISSING", UNSET)
        optional_condition_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_optional_condition_missing, Unset):
            optional_condition_missing = UNSET
        elif _optional_condition_missing is None:
            optional_condition_missing = tolerate_null("OPTIONAL_CONDITION_MISSING")
        else:
            optional_condition_missing = CatalogsItemValidationDetails.from_dict(
                _optional_condition_missing
            )

        _optional_product_category_invalid = d.pop("OPTIONAL_PRODUCT_CATEGORY_INVALID", UNSET)
        optional_product_category_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_optional_product_category_invalid, Unset):
            optional_product_category_invalid = UNSET
        elif _optional_product_category_invalid is None:
            optional_product_category_invalid = tolerate_null("OPTIONAL_PRODUCT_CATEGORY_INVALID")
        else:
            optional_product_category_invalid = CatalogsItemValidationDetails.from_dict(
                _optional_product_category_invalid
            )

        _optional_product_category_missing = d.pop("OPTIONAL_PRODUCT_CATEGORY_MISSING", UNSET)
        optional_product_category_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_optional_product_category_missing, Unset):
            optional_product_category_missing = UNSET
        elif _optional_product_category_missing is None:
            optional_product_category_missing = tolerate_null("OPTIONAL_PRODUCT_CATEGORY_MISSING")
        else:
            optional_product_category_missing = CatalogsItemValidationDetails.from_dict(
                _optional_product_category_missing
            )

        _product_category_depth_warning = d.pop("PRODUCT_CATEGORY_DEPTH_WARNING", UNSET)
        product_category_depth_warning: CatalogsItemValidationDetails | Unset
        if isinstance(_product_category_depth_warning, Unset):
            product_category_depth_warning = UNSET
        elif _product_category_depth_warning is None:
            product_category_depth_warning = tolerate_null("PRODUCT_CATEGORY_DEPTH_WARNING")
        else:
            product_category_depth_warning = CatalogsItemValidationDetails.from_dict(
                _product_category_depth_warning
            )

        _product_type_length_too_long = d.pop("PRODUCT_TYPE_LENGTH_TOO_LONG", UNSET)
        product_type_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_product_type_length_too_long, Unset):
            product_type_length_too_long = UNSET
        elif _product_type_length_too_long is None:
            product_type_length_too_long = tolerate_null("PRODUCT_TYPE_LENGTH_TOO_LONG")
        else:
            product_type_length_too_long = CatalogsItemValidationDetails.from_dict(
                _product_type_length_too_long
            )

        _sale_date_invalid = d.pop("SALE_DATE_INVALID", UNSET)
        sale_date_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_sale_date_invalid, Unset):
            sale_date_invalid = UNSET
        elif _sale_date_invalid is None:
            sale_date_invalid = tolerate_null("SALE_DATE_INVALID")
        else:
            sale_date_invalid = CatalogsItemValidationDetails.from_dict(_sale_date_invalid)

        _sales_price_invalid = d.pop("SALES_PRICE_INVALID", UNSET)
        sales_price_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_sales_price_invalid, Unset):
            sales_price_invalid = UNSET
        elif _sales_price_invalid is None:
            sales_price_invalid = tolerate_null("SALES_PRICE_INVALID")
        else:
            sales_price_invalid = CatalogsItemValidationDetails.from_dict(_sales_price_invalid)

        _sales_price_too_high = d.pop("SALES_PRICE_TOO_HIGH", UNSET)
        sales_price_too_high: CatalogsItemValidationDetails | Unset
        if isinstance(_sales_price_too_high, Unset):
            sales_price_too_high = UNSET
        elif _sales_price_too_high is None:
            sales_price_too_high = tolerate_null("SALES_PRICE_TOO_HIGH")
        else:
            sales_price_too_high = CatalogsItemValidationDetails.from_dict(_sales_price_too_high)

        _sales_price_too_low = d.pop("SALES_PRICE_TOO_LOW", UNSET)
        sales_price_too_low: CatalogsItemValidationDetails | Unset
        if isinstance(_sales_price_too_low, Unset):
            sales_price_too_low = UNSET
        elif _sales_price_too_low is None:
            sales_price_too_low = tolerate_null("SALES_PRICE_TOO_LOW")
        else:
            sales_price_too_low = CatalogsItemValidationDetails.from_dict(_sales_price_too_low)

        _shipping_height_invalid = d.pop("SHIPPING_HEIGHT_INVALID", UNSET)
        shipping_height_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_shipping_height_invalid, Unset):
            shipping_height_invalid = UNSET
        elif _shipping_height_invalid is None:
            shipping_height_invalid = tolerate_null("SHIPPING_HEIGHT_INVALID")
        else:
            shipping_height_invalid = CatalogsItemValidationDetails.from_dict(
                _shipping_height_invalid
            )

        _shipping_invalid = d.pop("SHIPPING_INVALID", UNSET)
        shipping_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_shipping_invalid, Unset):
            shipping_invalid = UNSET
        elif _shipping_invalid is None:
            shipping_invalid = tolerate_null("SHIPPING_INVALID")
        else:
            shipping_invalid = CatalogsItemValidationDetails.from_dict(_shipping_invalid)

        _shipping_weight_invalid = d.pop("SHIPPING_WEIGHT_INVALID", UNSET)
        shipping_weight_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_shipping_weight_invalid, Unset):
            shipping_weight_invalid = UNSET
        elif _shipping_weight_invalid is None:
            shipping_weight_invalid = tolerate_null("SHIPPING_WEIGHT_INVALID")
        else:
            shipping_weight_invalid = CatalogsItemValidationDetails.from_dict(
                _shipping_weight_invalid
            )

        _shipping_width_invalid = d.pop("SHIPPING_WIDTH_INVALID", UNSET)
        shipping_width_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_shipping_width_invalid, Unset):
            shipping_width_invalid = UNSET
        elif _shipping_width_invalid is None:
            shipping_width_invalid = tolerate_null("SHIPPING_WIDTH_INVALID")
        else:
            shipping_width_invalid = CatalogsItemValidationDetails.from_dict(
                _shipping_width_invalid
            )

        _size_system_invalid = d.pop("SIZE_SYSTEM_INVALID", UNSET)
        size_system_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_size_system_invalid, Unset):
            size_system_invalid = UNSET
        elif _size_system_invalid is None:
            size_system_invalid = tolerate_null("SIZE_SYSTEM_INVALID")
        else:
            size_system_invalid = CatalogsItemValidationDetails.from_dict(_size_system_invalid)

        _size_type_invalid = d.pop("SIZE_TYPE_INVALID", UNSET)
        size_type_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_size_type_invalid, Unset):
            size_type_invalid = UNSET
        elif _size_type_invalid is None:
            size_type_invalid = tolerate_null("SIZE_TYPE_INVALID")
        else:
            size_type_invalid = CatalogsItemValidationDetails.from_dict(_size_type_invalid)

        _tax_invalid = d.pop("TAX_INVALID", UNSET)
        tax_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_tax_invalid, Unset):
            tax_invalid = UNSET
        elif _tax_invalid is None:
            tax_invalid = tolerate_null("TAX_INVALID")
        else:
            tax_invalid = CatalogsItemValidationDetails.from_dict(_tax_invalid)

        _title_length_too_long = d.pop("TITLE_LENGTH_TOO_LONG", UNSET)
        title_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_title_length_too_long, Unset):
            title_length_too_long = UNSET
        elif _title_length_too_long is None:
            title_length_too_long = tolerate_null("TITLE_LENGTH_TOO_LONG")
        else:
            title_length_too_long = CatalogsItemValidationDetails.from_dict(_title_length_too_long)

        _too_many_additional_image_links = d.pop("TOO_MANY_ADDITIONAL_IMAGE_LINKS", UNSET)
        too_many_additional_image_links: CatalogsItemValidationDetails | Unset
        if isinstance(_too_many_additional_image_links, Unset):
            too_many_additional_image_links = UNSET
        elif _too_many_additional_image_links is None:
            too_many_additional_image_links = tolerate_null("TOO_MANY_ADDITIONAL_IMAGE_LINKS")
        else:
            too_many_additional_image_links = CatalogsItemValidationDetails.from_dict(
                _too_many_additional_image_links
            )

        _utm_source_auto_corrected = d.pop("UTM_SOURCE_AUTO_CORRECTED", UNSET)
        utm_source_auto_corrected: CatalogsItemValidationDetails | Unset
        if isinstance(_utm_source_auto_corrected, Unset):
            utm_source_auto_corrected = UNSET
        elif _utm_source_auto_corrected is None:
            utm_source_auto_corrected = tolerate_null("UTM_SOURCE_AUTO_CORRECTED")
        else:
            utm_source_auto_corrected = CatalogsItemValidationDetails.from_dict(
                _utm_source_auto_corrected
            )

        _video_required_when_ad_video_provided = d.pop(
            "VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED", UNSET
        )
        video_required_when_ad_video_provided: CatalogsItemValidationDetails | Unset
        if isinstance(_video_required_when_ad_video_provided, Unset):
            video_required_when_ad_video_provided = UNSET
        elif _video_required_when_ad_video_provided is None:
            video_required_when_ad_video_provided = tolerate_null(
                "VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED"
            )
        else:
            video_required_when_ad_video_provided = CatalogsItemValidationDetails.from_dict(
                _video_required_when_ad_video_provided
            )

        _weight_unit_invalid = d.pop("WEIGHT_UNIT_INVALID", UNSET)
        weight_unit_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_weight_unit_invalid, Unset):
            weight_unit_invalid = UNSET
        elif _weight_unit_invalid is None:
            weight_unit_invalid = tolerate_null("WEIGHT_UNIT_INVALID")
        else:
            weight_unit_invalid = CatalogsItemValidationDetails.from_dict(_weight_unit_invalid)

        catalogs_item_validation_warnings = cls(
            ad_image_0_link_duplicated=ad_image_0_link_duplicated,
            ad_image_0_link_length_too_long=ad_image_0_link_length_too_long,
            ad_image_0_link_required=ad_image_0_link_required,
            ad_image_0_link_warning=ad_image_0_link_warning,
            ad_image_0_tag_duplicated=ad_image_0_tag_duplicated,
            ad_image_0_tag_length_too_long=ad_image_0_tag_length_too_long,
            ad_image_0_tag_required=ad_image_0_tag_required,
            ad_image_10_link_duplicated=ad_image_10_link_duplicated,
            ad_image_10_link_length_too_long=ad_image_10_link_length_too_long,
            ad_image_10_link_required=ad_image_10_link_required,
            ad_image_10_link_warning=ad_image_10_link_warning,
            ad_image_10_tag_duplicated=ad_image_10_tag_duplicated,
            ad_image_10_tag_length_too_long=ad_image_10_tag_length_too_long,
            ad_image_10_tag_required=ad_image_10_tag_required,
            ad_image_11_link_duplicated=ad_image_11_link_duplicated,
            ad_image_11_link_length_too_long=ad_image_11_link_length_too_long,
            ad_image_11_link_required=ad_image_11_link_required,
            ad_image_11_link_warning=ad_image_11_link_warning,
            ad_image_11_tag_duplicated=ad_image_11_tag_duplicated,
            ad_image_11_tag_length_too_long=ad_image_11_tag_length_too_long,
            ad_image_11_tag_required=ad_image_11_tag_required,
            ad_image_12_link_duplicated=ad_image_12_link_duplicated,
            ad_image_12_link_length_too_long=ad_image_12_link_length_too_long,
            ad_image_12_link_required=ad_image_12_link_required,
            ad_image_12_link_warning=ad_image_12_link_warning,
            ad_image_12_tag_duplicated=ad_image_12_tag_duplicated,
            ad_image_12_tag_length_too_long=ad_image_12_tag_length_too_long,
            ad_image_12_tag_required=ad_image_12_tag_required,
            ad_image_13_link_duplicated=ad_image_13_link_duplicated,
            ad_image_13_link_length_too_long=ad_image_13_link_length_too_long,
            ad_image_13_link_required=ad_image_13_link_required,
            ad_image_13_link_warning=ad_image_13_link_warning,
            ad_image_13_tag_duplicated=ad_image_13_tag_duplicated,
            ad_image_13_tag_length_too_long=ad_image_13_tag_length_too_long,
            ad_image_13_tag_required=ad_image_13_tag_required,
            ad_image_14_link_duplicated=ad_image_14_link_duplicated,
            ad_image_14_link_length_too_long=ad_image_14_link_length_too_long,
            ad_image_14_link_required=ad_image_14_link_required,
            ad_image_14_link_warning=ad_image_14_link_warning,
            ad_image_14_tag_duplicated=ad_image_14_tag_duplicated,
            ad_image_14_tag_length_too_long=ad_image_14_tag_length_too_long,
            ad_image_14_tag_required=ad_image_14_tag_required,
            ad_image_15_link_duplicated=ad_image_15_link_duplicated,
            ad_image_15_link_length_too_long=ad_image_15_link_length_too_long,
            ad_image_15_link_required=ad_image_15_link_required,
            ad_image_15_link_warning=ad_image_15_link_warning,
            ad_image_15_tag_duplicated=ad_image_15_tag_duplicated,
            ad_image_15_tag_length_too_long=ad_image_15_tag_length_too_long,
            ad_image_15_tag_required=ad_image_15_tag_required,
            ad_image_16_link_duplicated=ad_image_16_link_duplicated,
            ad_image_16_link_length_too_long=ad_image_16_link_length_too_long,
            ad_image_16_link_required=ad_image_16_link_required,
            ad_image_16_link_warning=ad_image_16_link_warning,
            ad_image_16_tag_duplicated=ad_image_16_tag_duplicated,
            ad_image_16_tag_length_too_long=ad_image_16_tag_length_too_long,
            ad_image_16_tag_required=ad_image_16_tag_required,
            ad_image_17_link_duplicated=ad_image_17_link_duplicated,
            ad_image_17_link_length_too_long=ad_image_17_link_length_too_long,
            ad_image_17_link_required=ad_image_17_link_required,
            ad_image_17_link_warning=ad_image_17_link_warning,
            ad_image_17_tag_duplicated=ad_image_17_tag_duplicated,
            ad_image_17_tag_length_too_long=ad_image_17_tag_length_too_long,
            ad_image_17_tag_required=ad_image_17_tag_required,
            ad_image_18_link_duplicated=ad_image_18_link_duplicated,
            ad_image_18_link_length_too_long=ad_image_18_link_length_too_long,
            ad_image_18_link_required=ad_image_18_link_required,
            ad_image_18_link_warning=ad_image_18_link_warning,
            ad_image_18_tag_duplicated=ad_image_18_tag_duplicated,
            ad_image_18_tag_length_too_long=ad_image_18_tag_length_too_long,
            ad_image_18_tag_required=ad_image_18_tag_required,
            ad_image_19_link_duplicated=ad_image_19_link_duplicated,
            ad_image_19_link_length_too_long=ad_image_19_link_length_too_long,
            ad_image_19_link_required=ad_image_19_link_required,
            ad_image_19_link_warning=ad_image_19_link_warning,
            ad_image_19_tag_duplicated=ad_image_19_tag_duplicated,
            ad_image_19_tag_length_too_long=ad_image_19_tag_length_too_long,
            ad_image_19_tag_required=ad_image_19_tag_required,
            ad_image_1_link_duplicated=ad_image_1_link_duplicated,
            ad_image_1_link_length_too_long=ad_image_1_link_length_too_long,
            ad_image_1_link_required=ad_image_1_link_required,
            ad_image_1_link_warning=ad_image_1_link_warning,
            ad_image_1_tag_duplicated=ad_image_1_tag_duplicated,
            ad_image_1_tag_length_too_long=ad_image_1_tag_length_too_long,
            ad_image_1_tag_required=ad_image_1_tag_required,
            ad_image_2_link_duplicated=ad_image_2_link_duplicated,
            ad_image_2_link_length_too_long=ad_image_2_link_length_too_long,
            ad_image_2_link_required=ad_image_2_link_required,
            ad_image_2_link_warning=ad_image_2_link_warning,
            ad_image_2_tag_duplicated=ad_image_2_tag_duplicated,
            ad_image_2_tag_length_too_long=ad_image_2_tag_length_too_long,
            ad_image_2_tag_required=ad_image_2_tag_required,
            ad_image_3_link_duplicated=ad_image_3_link_duplicated,
            ad_image_3_link_length_too_long=ad_image_3_link_length_too_long,
            ad_image_3_link_required=ad_image_3_link_required,
            ad_image_3_link_warning=ad_image_3_link_warning,
            ad_image_3_tag_duplicated=ad_image_3_tag_duplicated,
            ad_image_3_tag_length_too_long=ad_image_3_tag_length_too_long,
            ad_image_3_tag_required=ad_image_3_tag_required,
            ad_image_4_link_duplicated=ad_image_4_link_duplicated,
            ad_image_4_link_length_too_long=ad_image_4_link_length_too_long,
            ad_image_4_link_required=ad_image_4_link_required,
            ad_image_4_link_warning=ad_image_4_link_warning,
            ad_image_4_tag_duplicated=ad_image_4_tag_duplicated,
            ad_image_4_tag_length_too_long=ad_image_4_tag_length_too_long,
            ad_image_4_tag_required=ad_image_4_tag_required,
            ad_image_5_link_duplicated=ad_image_5_link_duplicated,
            ad_image_5_link_length_too_long=ad_image_5_link_length_too_long,
            ad_image_5_link_required=ad_image_5_link_required,
            ad_image_5_link_warning=ad_image_5_link_warning,
            ad_image_5_tag_duplicated=ad_image_5_tag_duplicated,
            ad_image_5_tag_length_too_long=ad_image_5_tag_length_too_long,
            ad_image_5_tag_required=ad_image_5_tag_required,
            ad_image_6_link_duplicated=ad_image_6_link_duplicated,
            ad_image_6_link_length_too_long=ad_image_6_link_length_too_long,
            ad_image_6_link_required=ad_image_6_link_required,
            ad_image_6_link_warning=ad_image_6_link_warning,
            ad_image_6_tag_duplicated=ad_image_6_tag_duplicated,
            ad_image_6_tag_length_too_long=ad_image_6_tag_length_too_long,
            ad_image_6_tag_required=ad_image_6_tag_required,
            ad_image_7_link_duplicated=ad_image_7_link_duplicated,
            ad_image_7_link_length_too_long=ad_image_7_link_length_too_long,
            ad_image_7_link_required=ad_image_7_link_required,
            ad_image_7_link_warning=ad_image_7_link_warning,
            ad_image_7_tag_duplicated=ad_image_7_tag_duplicated,
            ad_image_7_tag_length_too_long=ad_image_7_tag_length_too_long,
            ad_image_7_tag_required=ad_image_7_tag_required,
            ad_image_8_link_duplicated=ad_image_8_link_duplicated,
            ad_image_8_link_length_too_long=ad_image_8_link_length_too_long,
            ad_image_8_link_required=ad_image_8_link_required,
            ad_image_8_link_warning=ad_image_8_link_warning,
            ad_image_8_tag_duplicated=ad_image_8_tag_duplicated,
            ad_image_8_tag_length_too_long=ad_image_8_tag_length_too_long,
            ad_image_8_tag_required=ad_image_8_tag_required,
            ad_image_9_link_duplicated=ad_image_9_link_duplicated,
            ad_image_9_link_length_too_long=ad_image_9_link_length_too_long,
            ad_image_9_link_required=ad_image_9_link_required,
            ad_image_9_link_warning=ad_image_9_link_warning,
            ad_image_9_tag_duplicated=ad_image_9_tag_duplicated,
            ad_image_9_tag_length_too_long=ad_image_9_tag_length_too_long,
            ad_image_9_tag_required=ad_image_9_tag_required,
            ad_link_format_warning=ad_link_format_warning,
            ad_link_same_as_link=ad_link_same_as_link,
            ad_video_0_link_duplicated=ad_video_0_link_duplicated,
            ad_video_0_link_length_too_long=ad_video_0_link_length_too_long,
            ad_video_0_link_required=ad_video_0_link_required,
            ad_video_0_link_warning=ad_video_0_link_warning,
            ad_video_0_tag_duplicated=ad_video_0_tag_duplicated,
            ad_video_0_tag_length_too_long=ad_video_0_tag_length_too_long,
            ad_video_0_tag_required=ad_video_0_tag_required,
            ad_video_1_link_duplicated=ad_video_1_link_duplicated,
            ad_video_1_link_length_too_long=ad_video_1_link_length_too_long,
            ad_video_1_link_required=ad_video_1_link_required,
            ad_video_1_link_warning=ad_video_1_link_warning,
            ad_video_1_tag_duplicated=ad_video_1_tag_duplicated,
            ad_video_1_tag_length_too_long=ad_video_1_tag_length_too_long,
            ad_video_1_tag_required=ad_video_1_tag_required,
            ad_video_2_link_duplicated=ad_video_2_link_duplicated,
            ad_video_2_link_length_too_long=ad_video_2_link_length_too_long,
            ad_video_2_link_required=ad_video_2_link_required,
            ad_video_2_link_warning=ad_video_2_link_warning,
            ad_video_2_tag_duplicated=ad_video_2_tag_duplicated,
            ad_video_2_tag_length_too_long=ad_video_2_tag_length_too_long,
            ad_video_2_tag_required=ad_video_2_tag_required,
            additional_image_link_length_too_long=additional_image_link_length_too_long,
            additional_image_link_warning=additional_image_link_warning,
            adwords_format_warning=adwords_format_warning,
            adwords_same_as_link=adwords_same_as_link,
            age_group_invalid=age_group_invalid,
            android_deep_link_invalid=android_deep_link_invalid,
            availability_date_invalid=availability_date_invalid,
            country_does_not_map_to_currency=country_does_not_map_to_currency,
            custom_label_length_too_long=custom_label_length_too_long,
            description_length_too_long=description_length_too_long,
            expiration_date_invalid=expiration_date_invalid,
            gender_invalid=gender_invalid,
            gtin_invalid=gtin_invalid,
            image_link_warning=image_link_warning,
            ios_deep_link_invalid=ios_deep_link_invalid,
            is_bundle_invalid=is_bundle_invalid,
            item_additional_image_download_failure=item_additional_image_download_failure,
            link_format_warning=link_format_warning,
            min_ad_price_invalid=min_ad_price_invalid,
            mpn_invalid=mpn_invalid,
            multipack_invalid=multipack_invalid,
            optional_condition_invalid=optional_condition_invalid,
            optional_condition_missing=optional_condition_missing,
            optional_product_category_invalid=optional_product_category_invalid,
            optional_product_category_missing=optional_product_category_missing,
            product_category_depth_warning=product_category_depth_warning,
            product_type_length_too_long=product_type_length_too_long,
            sale_date_invalid=sale_date_invalid,
            sales_price_invalid=sales_price_invalid,
            sales_price_too_high=sales_price_too_high,
            sales_price_too_low=sales_price_too_low,
            shipping_height_invalid=shipping_height_invalid,
            shipping_invalid=shipping_invalid,
            shipping_weight_invalid=shipping_weight_invalid,
            shipping_width_invalid=shipping_width_invalid,
            size_system_invalid=size_system_invalid,
            size_type_invalid=size_type_invalid,
            tax_invalid=tax_invalid,
            title_length_too_long=title_length_too_long,
            too_many_additional_image_links=too_many_additional_image_links,
            utm_source_auto_corrected=utm_source_auto_corrected,
            video_required_when_ad_video_provided=video_required_when_ad_video_provided,
            weight_unit_invalid=weight_unit_invalid,
        )

        if d:
            tolerate_unknown_fields("CatalogsItemValidationWarnings", d)

        catalogs_item_validation_warnings.additional_properties = d
        return catalogs_item_validation_warnings

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
