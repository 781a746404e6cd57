from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_feed_validation_warnings_fetchsamesignature import (
    CatalogsFeedValidationWarningsFETCHSAMESIGNATURE,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsFeedValidationWarnings")


@_attrs_define
class CatalogsFeedValidationWarnings:
    """
    Attributes:
        ad_image_0_link_duplicated (int | Unset): ad_image_0_link is duplicated with another ad image link.
        ad_image_0_link_length_too_long (int | Unset): Ad image link 0 length is too long. The maximum length is 2047
            characters.
        ad_image_0_link_required (int | Unset): Ad image link 0 is required because an image tag was provided.
        ad_image_0_link_warning (int | Unset): Ad image link 0 format is unsupported.
        ad_image_0_tag_duplicated (int | Unset): ad_image_0_tag is duplicated with another ad image tag.
        ad_image_0_tag_length_too_long (int | Unset): Ad image tag 0 length is too long. The maximum length is 511
            characters.
        ad_image_0_tag_required (int | Unset): Ad image tag 0 is required because an image link was provided.
        ad_image_10_link_duplicated (int | Unset): ad_image_10_link is duplicated with another ad image link.
        ad_image_10_link_length_too_long (int | Unset): Ad image link 10 length is too long. The maximum length is 2047
            characters.
        ad_image_10_link_required (int | Unset): Ad image link 10 is required because an image tag was provided.
        ad_image_10_link_warning (int | Unset): Ad image link 10 format is unsupported.
        ad_image_10_tag_duplicated (int | Unset): ad_image_10_tag is duplicated with another ad image tag.
        ad_image_10_tag_length_too_long (int | Unset): Ad image tag 10 length is too long. The maximum length is 511
            characters.
        ad_image_10_tag_required (int | Unset): Ad image tag 10 is required because an image link was provided.
        ad_image_11_link_duplicated (int | Unset): ad_image_11_link is duplicated with another ad image link.
        ad_image_11_link_length_too_long (int | Unset): Ad image link 11 length is too long. The maximum length is 2047
            characters.
        ad_image_11_link_required (int | Unset): Ad image link 11 is required because an image tag was provided.
        ad_image_11_link_warning (int | Unset): Ad image link 11 format is unsupported.
        ad_image_11_tag_duplicated (int | Unset): ad_image_11_tag is duplicated with another ad image tag.
        ad_image_11_tag_length_too_long (int | Unset): Ad image tag 11 length is too long. The maximum length is 511
            characters.
        ad_image_11_tag_required (int | Unset): Ad image tag 11 is required because an image link was provided.
        ad_image_12_link_duplicated (int | Unset): ad_image_12_link is duplicated with another ad image link.
        ad_image_12_link_length_too_long (int | Unset): Ad image link 12 length is too long. The maximum length is 2047
            characters.
        ad_image_12_link_required (int | Unset): Ad image link 12 is required because an image tag was provided.
        ad_image_12_link_warning (int | Unset): Ad image link 12 format is unsupported.
        ad_image_12_tag_duplicated (int | Unset): ad_image_12_tag is duplicated with another ad image tag.
        ad_image_12_tag_length_too_long (int | Unset): Ad image tag 12 length is too long. The maximum length is 511
            characters.
        ad_image_12_tag_required (int | Unset): Ad image tag 12 is required because an image link was provided.
        ad_image_13_link_duplicated (int | Unset): ad_image_13_link is duplicated with another ad image link.
        ad_image_13_link_length_too_long (int | Unset): Ad image link 13 length is too long. The maximum length is 2047
            characters.
        ad_image_13_link_required (int | Unset): Ad image link 13 is required because an image tag was provided.
        ad_image_13_link_warning (int | Unset): Ad image link 13 format is unsupported.
        ad_image_13_tag_duplicated (int | Unset): ad_image_13_tag is duplicated with another ad image tag.
        ad_image_13_tag_length_too_long (int | Unset): Ad image tag 13 length is too long. The maximum length is 511
            characters.
        ad_image_13_tag_required (int | Unset): Ad image tag 13 is required because an image link was provided.
        ad_image_14_link_duplicated (int | Unset): ad_image_14_link is duplicated with another ad image link.
        ad_image_14_link_length_too_long (int | Unset): Ad image link 14 length is too long. The maximum length is 2047
            characters.
        ad_image_14_link_required (int | Unset): Ad image link 14 is required because an image tag was provided.
        ad_image_14_link_warning (int | Unset): Ad image link 14 format is unsupported.
        ad_image_14_tag_duplicated (int | Unset): ad_image_14_tag is duplicated with another ad image tag.
        ad_image_14_tag_length_too_long (int | Unset): Ad image tag 14 length is too long. The maximum length is 511
            characters.
        ad_image_14_tag_required (int | Unset): Ad image tag 14 is required because an image link was provided.
        ad_image_15_link_duplicated (int | Unset): ad_image_15_link is duplicated with another ad image link.
        ad_image_15_link_length_too_long (int | Unset): Ad image link 15 length is too long. The maximum length is 2047
            characters.
        ad_image_15_link_required (int | Unset): Ad image link 15 is required because an image tag was provided.
        ad_image_15_link_warning (int | Unset): Ad image link 15 format is unsupported.
        ad_image_15_tag_duplicated (int | Unset): ad_image_15_tag is duplicated with another ad image tag.
        ad_image_15_tag_length_too_long (int | Unset): Ad image tag 15 length is too long. The maximum length is 511
            characters.
        ad_image_15_tag_required (int | Unset): Ad image tag 15 is required because an image link was provided.
        ad_image_16_link_duplicated (int | Unset): ad_image_16_link is duplicated with another ad image link.
        ad_image_16_link_length_too_long (int | Unset): Ad image link 16 length is too long. The maximum length is 2047
            characters.
        ad_image_16_link_required (int | Unset): Ad image link 16 is required because an image tag was provided.
        ad_image_16_link_warning (int | Unset): Ad image link 16 format is unsupported.
        ad_image_16_tag_duplicated (int | Unset): ad_image_16_tag is duplicated with another ad image tag.
        ad_image_16_tag_length_too_long (int | Unset): Ad image tag 16 length is too long. The maximum length is 511
            characters.
        ad_image_16_tag_required (int | Unset): Ad image tag 16 is required because an image link was provided.
        ad_image_17_link_duplicated (int | Unset): ad_image_17_link is duplicated with another ad image link.
        ad_image_17_link_length_too_long (int | Unset): Ad image link 17 length is too long. The maximum length is 2047
            characters.
        ad_image_17_link_required (int | Unset): Ad image link 17 is required because an image tag was provided.
        ad_image_17_link_warning (int | Unset): Ad image link 17 format is unsupported.
        ad_image_17_tag_duplicated (int | Unset): ad_image_17_tag is duplicated with another ad image tag.
        ad_image_17_tag_length_too_long (int | Unset): Ad image tag 17 length is too long. The maximum length is 511
            characters.
        ad_image_17_tag_required (int | Unset): Ad image tag 17 is required because an image link was provided.
        ad_image_18_link_duplicated (int | Unset): ad_image_18_link is duplicated with another ad image link.
        ad_image_18_link_length_too_long (int | Unset): Ad image link 18 length is too long. The maximum length is 2047
            characters.
        ad_image_18_link_required (int | Unset): Ad image link 18 is required because an image tag was provided.
        ad_image_18_link_warning (int | Unset): Ad image link 18 format is unsupported.
        ad_image_18_tag_duplicated (int | Unset): ad_image_18_tag is duplicated with another ad image tag.
        ad_image_18_tag_length_too_long (int | Unset): Ad image tag 18 length is too long. The maximum length is 511
            characters.
        ad_image_18_tag_required (int | Unset): Ad image tag 18 is required because an image link was provided.
        ad_image_19_link_duplicated (int | Unset): ad_image_19_link is duplicated with another ad image link.
        ad_image_19_link_length_too_long (int | Unset): Ad image link 19 length is too long. The maximum length is 2047
            characters.
        ad_image_19_link_required (int | Unset): Ad image link 19 is required because an image tag was provided.
        ad_image_19_link_warning (int | Unset): Ad image link 19 format is unsupported.
        ad_image_19_tag_duplicated (int | Unset): ad_image_19_tag is duplicated with another ad image tag.
        ad_image_19_tag_length_too_long (int | Unset): Ad image tag 19 length is too long. The maximum length is 511
            characters.
        ad_image_19_tag_required (int | Unset): Ad image tag 19 is required because an image link was provided.
        ad_image_1_link_duplicated (int | Unset): ad_image_1_link is duplicated with another ad image link.
        ad_image_1_link_length_too_long (int | Unset): Ad image link 1 length is too long. The maximum length is 2047
            characters.
        ad_image_1_link_required (int | Unset): Ad image link 1 is required because an image tag was provided.
        ad_image_1_link_warning (int | Unset): Ad image link 1 format is unsupported.
        ad_image_1_tag_duplicated (int | Unset): ad_image_1_tag is duplicated with another ad image tag.
        ad_image_1_tag_length_too_long (int | Unset): Ad image tag 1 length is too long. The maximum length is 511
            characters.
        ad_image_1_tag_required (int | Unset): Ad image tag 1 is required because an image link was provided.
        ad_image_2_link_duplicated (int | Unset): ad_image_2_link is duplicated with another ad image link.
        ad_image_2_link_length_too_long (int | Unset): Ad image link 2 length is too long. The maximum length is 2047
            characters.
        ad_image_2_link_required (int | Unset): Ad image link 2 is required because an image tag was provided.
        ad_image_2_link_warning (int | Unset): Ad image link 2 format is unsupported.
        ad_image_2_tag_duplicated (int | Unset): ad_image_2_tag is duplicated with another ad image tag.
        ad_image_2_tag_length_too_long (int | Unset): Ad image tag 2 length is too long. The maximum length is 511
            characters.
        ad_image_2_tag_required (int | Unset): Ad image tag 2 is required because an image link was provided.
        ad_image_3_link_duplicated (int | Unset): ad_image_3_link is duplicated with another ad image link.
        ad_image_3_link_length_too_long (int | Unset): Ad image link 3 length is too long. The maximum length is 2047
            characters.
        ad_image_3_link_required (int | Unset): Ad image link 3 is required because an image tag was provided.
        ad_image_3_link_warning (int | Unset): Ad image link 3 format is unsupported.
        ad_image_3_tag_duplicated (int | Unset): ad_image_3_tag is duplicated with another ad image tag.
        ad_image_3_tag_length_too_long (int | Unset): Ad image tag 3 length is too long. The maximum length is 511
            characters.
        ad_image_3_tag_required (int | Unset): Ad image tag 3 is required because an image link was provided.
        ad_image_4_link_duplicated (int | Unset): ad_image_4_link is duplicated with another ad image link.
        ad_image_4_link_length_too_long (int | Unset): Ad image link 4 length is too long. The maximum length is 2047
            characters.
        ad_image_4_link_required (int | Unset): Ad image link 4 is required because an image tag was provided.
        ad_image_4_link_warning (int | Unset): Ad image link 4 format is unsupported.
        ad_image_4_tag_duplicated (int | Unset): ad_image_4_tag is duplicated with another ad image tag.
        ad_image_4_tag_length_too_long (int | Unset): Ad image tag 4 length is too long. The maximum length is 511
            characters.
        ad_image_4_tag_required (int | Unset): Ad image tag 4 is required because an image link was provided.
        ad_image_5_link_duplicated (int | Unset): ad_image_5_link is duplicated with another ad image link.
        ad_image_5_link_length_too_long (int | Unset): Ad image link 5 length is too long. The maximum length is 2047
            characters.
        ad_image_5_link_required (int | Unset): Ad image link 5 is required because an image tag was provided.
        ad_image_5_link_warning (int | Unset): Ad image link 5 format is unsupported.
        ad_image_5_tag_duplicated (int | Unset): ad_image_5_tag is duplicated with another ad image tag.
        ad_image_5_tag_length_too_long (int | Unset): Ad image tag 5 length is too long. The maximum length is 511
            characters.
        ad_image_5_tag_required (int | Unset): Ad image tag 5 is required because an image link was provided.
        ad_image_6_link_duplicated (int | Unset): ad_image_6_link is duplicated with another ad image link.
        ad_image_6_link_length_too_long (int | Unset): Ad image link 6 length is too long. The maximum length is 2047
            characters.
        ad_image_6_link_required (int | Unset): Ad image link 6 is required because an image tag was provided.
        ad_image_6_link_warning (int | Unset): Ad image link 6 format is unsupported.
        ad_image_6_tag_duplicated (int | Unset): ad_image_6_tag is duplicated with another ad image tag.
        ad_image_6_tag_length_too_long (int | Unset): Ad image tag 6 length is too long. The maximum length is 511
            characters.
        ad_image_6_tag_required (int | Unset): Ad image tag 6 is required because an image link was provided.
        ad_image_7_link_duplicated (int | Unset): ad_image_7_link is duplicated with another ad image link.
        ad_image_7_link_length_too_long (int | Unset): Ad image link 7 length is too long. The maximum length is 2047
            characters.
        ad_image_7_link_required (int | Unset): Ad image link 7 is required because an image tag was provided.
        ad_image_7_link_warning (int | Unset): Ad image link 7 format is unsupported.
        ad_image_7_tag_duplicated (int | Unset): ad_image_7_tag is duplicated with another ad image tag.
        ad_image_7_tag_length_too_long (int | Unset): Ad image tag 7 length is too long. The maximum length is 511
            characters.
        ad_image_7_tag_required (int | Unset): Ad image tag 7 is required because an image link was provided.
        ad_image_8_link_duplicated (int | Unset): ad_image_8_link is duplicated with another ad image link.
        ad_image_8_link_length_too_long (int | Unset): Ad image link 8 length is too long. The maximum length is 2047
            characters.
        ad_image_8_link_required (int | Unset): Ad image link 8 is required because an image tag was provided.
        ad_image_8_link_warning (int | Unset): Ad image link 8 format is unsupported.
        ad_image_8_tag_duplicated (int | Unset): ad_image_8_tag is duplicated with another ad image tag.
        ad_image_8_tag_length_too_long (int | Unset): Ad image tag 8 length is too long. The maximum length is 511
            characters.
        ad_image_8_tag_required (int | Unset): Ad image tag 8 is required because an image link was provided.
        ad_image_9_link_duplicated (int | Unset): ad_image_9_link is duplicated with another ad image link.
        ad_image_9_link_length_too_long (int | Unset): Ad image link 9 length is too long. The maximum length is 2047
            characters.
        ad_image_9_link_required (int | Unset): Ad image link 9 is required because an image tag was provided.
        ad_image_9_link_warning (int | Unset): Ad image link 9 format is unsupported.
        ad_image_9_tag_duplicated (int | Unset): ad_image_9_tag is duplicated with another ad image tag.
        ad_image_9_tag_length_too_long (int | Unset): Ad image tag 9 length is too long. The maximum length is 511
            characters.
        ad_image_9_tag_required (int | Unset): Ad image tag 9 is required because an image link was provided.
        ad_link_format_warning (int | Unset): Some items have ad links that are formatted incorrectly.
        ad_link_same_as_link (int | Unset): Some items have ad link URLs that are duplicates of the link URLs for those
            items.
        ad_video_0_link_duplicated (int | Unset): ad_video_0_link is duplicated with another ad video link.
        ad_video_0_link_length_too_long (int | Unset): ad_video_0_link length is too long. The maximum length is 511
            characters.
        ad_video_0_link_required (int | Unset): ad_video_0_link is required for this item because ad_video_0_tag was
            provided.
        ad_video_0_link_warning (int | Unset): ad_video_0_link is formatted incorrectly and will not be published with
            your items.
        ad_video_0_tag_duplicated (int | Unset): ad_video_0_tag is duplicated with another ad video tag.
        ad_video_0_tag_length_too_long (int | Unset): ad_video_0_tag length is too long. The maximum length is 511
            characters.
        ad_video_0_tag_required (int | Unset): ad_video_0_tag is required because ad_video_0_link was provided.
        ad_video_1_link_duplicated (int | Unset): ad_video_1_link is duplicated with another ad video link.
        ad_video_1_link_length_too_long (int | Unset): ad_video_1_link length is too long. The maximum length is 511
            characters.
        ad_video_1_link_required (int | Unset): ad_video_1_link is required for this item because ad_video_1_tag was
            provided.
        ad_video_1_link_warning (int | Unset): ad_video_1_link is formatted incorrectly and will not be published with
            your items.
        ad_video_1_tag_duplicated (int | Unset): ad_video_1_tag is duplicated with another ad video tag.
        ad_video_1_tag_length_too_long (int | Unset): ad_video_1_tag length is too long. The maximum length is 511
            characters.
        ad_video_1_tag_required (int | Unset): ad_video_1_tag is required because ad_video_1_link was provided.
        ad_video_2_link_duplicated (int | Unset): ad_video_2_link is duplicated with another ad video link.
        ad_video_2_link_length_too_long (int | Unset): ad_video_2_link length is too long. The maximum length is 511
            characters.
        ad_video_2_link_required (int | Unset): ad_video_2_link is required for this item because ad_video_2_tag was
            provided.
        ad_video_2_link_warning (int | Unset): ad_video_2_link is formatted incorrectly and will not be published with
            your items.
        ad_video_2_tag_duplicated (int | Unset): ad_video_2_tag is duplicated with another ad video tag.
        ad_video_2_tag_length_too_long (int | Unset): ad_video_2_tag length is too long. The maximum length is 511
            characters.
        ad_video_2_tag_required (int | Unset): ad_video_2_tag is required because ad_video_2_link was provided.
        additional_image_link_length_too_long (int | Unset): Some items have additional_image_link URLs that contain too
            many characters, so those items will not be published.
        additional_image_link_warning (int | Unset): Some items have additional_image_link URLs that are formatted
            incorrectly and will not be published with your items.
        adwords_format_warning (int | Unset): Some items have adwords_redirect links that are formatted incorrectly.
        adwords_same_as_link (int | Unset): Some items have adwords_redirect URLs that are duplicates of the link URLs
            for those items.
        age_group_invalid (int | Unset): Some items have age group values that are formatted incorrectly, which may
            limit visibility in recommendations, search results and shopping experiences.
        android_deep_link_invalid (int | Unset): Some items include invalid android_deep_link.
        availability_date_invalid (int | Unset): Some items have availability_date values that are formatted
            incorrectly, those items will be published without an availability date.
        country_does_not_map_to_currency (int | Unset): Some items include a currency that doesn't match the usual
            currency for the location where that product is sold or shipped.
        custom_label_length_too_long (int | Unset): Some items have custom_label values that are too long, those items
            will be published without that custom label.
        description_length_too_long (int | Unset): The description for some items were truncated because they contain
            too many characters.
        duplicate_headers (int | Unset): Your feed contains duplicate headers.
        expiration_date_invalid (int | Unset): Some items have expiration_date values that are formatted incorrectly,
            those items will be published without an expiration date.
        fetch_same_signature (CatalogsFeedValidationWarningsFETCHSAMESIGNATURE | Unset): Ingestion completed early
            because there are no changes to your feed since the last successful update.
        gender_invalid (int | Unset): Some items have gender values that are formatted incorrectly, which may limit
            visibility in recommendations, search results and shopping experiences.
        gtin_invalid (int | Unset): Some items include incorrectly formatted GTINs.
        image_link_warning (int | Unset): Some items have image_link URLs that are formatted incorrectly and will not be
            published with those items.
        inconsistent_currency_values (int | Unset): Some items include inconsistent currencies in price fields.
        indexed_product_count_large_delta (int | Unset): The product count has increased or decreased significantly
            compared to the last successful ingestion.
        ios_deep_link_invalid (int | Unset): Some items include invalid ios_deep_link values.
        is_bundle_invalid (int | Unset): Some items have is_bundle values that are formatted incorrectly, those items
            will be published without being bundled with other products.
        item_additional_image_download_failure (int | Unset): Some items include additional_image_links that can't be
            found.
        link_format_warning (int | Unset): Some items have an invalid product link which contains invalid UTM tracking
            paramaters.
        min_ad_price_invalid (int | Unset): Some items include min_ad_price values that are formatted incorrectly.
        mpn_invalid (int | Unset): Some items include incorrectly formatted MPNs.
        multipack_invalid (int | Unset): Some items have invalid multipack values.
        optional_condition_invalid (int | Unset): Some items include condition values that are formatted incorrectly,
            which may limit visibility in recommendations, search results and shopping experiences.
        optional_condition_missing (int | Unset): Some items are missing a condition value, which may limit visibility
            in recommendations, search results and shopping experiences.
        optional_product_category_invalid (int | Unset): Some items include google_product_category values that are not
            formatted correctly according to the GPC taxonomy.
        optional_product_category_missing (int | Unset): Some items are missing a google_product_category.
        product_category_depth_warning (int | Unset): Some items only have 1 or 2 levels of google_product_category
            values, which may limit visibility in recommendations, search results and shopping experiences.
        product_type_length_too_long (int | Unset): Some items have product_type values that are too long, those items
            will be published without that product type.
        sale_date_invalid (int | Unset): Some items have sale_price_effective_date values that are formatted
            incorrectly, those items will be published without a sale date.
        sales_price_invalid (int | Unset): Some items have sale price values that are higher than the original price of
            the item.
        sales_price_too_high (int | Unset): Some items include a sales price that is higher than the list price. The
            sales price has been defaulted to the list price.
        sales_price_too_low (int | Unset): Some items include sales price that is much lower than the list price.
        shipping_height_invalid (int | Unset): Some items include incorrectly formatted shipping_height.
        shipping_invalid (int | Unset): Some items have shipping values that are formatted incorrectly.
        shipping_weight_invalid (int | Unset): Some items have invalid shipping_weight values.
        shipping_width_invalid (int | Unset): Some items include incorrectly formatted shipping_width.
        size_system_invalid (int | Unset): Some items have size system values which are not one of the supported size
            systems.
        size_type_invalid (int | Unset): Some items have size type values that are formatted incorrectly, which may
            limit visibility in recommendations, search results and shopping experiences.
        tax_invalid (int | Unset): Some items have tax values that are formatted incorrectly.
        title_length_too_long (int | Unset): The title for some items were truncated because they contain too many
            characters.
        too_many_additional_image_links (int | Unset): Some items have additional_image_link values that exceed the
            limit for additional images, those items will be published without some of your images.
        updated_time_invalid (int | Unset): Some items have updated_time values thate are formatted incorrectly, those
            items will be published without an updated time.
        utm_source_auto_corrected (int | Unset): Some items include utm_source values that are formatted incorrectly and
            have been automatically corrected.
        video_required_when_ad_video_provided (int | Unset): A video is required in the item when ad_video fields are
            provided.
        weight_unit_invalid (int | Unset): Some items have weight_unit values that are formatted incorrectly, those
            items will be published without a weight unit.
    """

    ad_image_0_link_duplicated: int | Unset = UNSET
    ad_image_0_link_length_too_long: int | Unset = UNSET
    ad_image_0_link_required: int | Unset = UNSET
    ad_image_0_link_warning: int | Unset = UNSET
    ad_image_0_tag_duplicated: int | Unset = UNSET
    ad_image_0_tag_length_too_long: int | Unset = UNSET
    ad_image_0_tag_required: int | Unset = UNSET
    ad_image_10_link_duplicated: int | Unset = UNSET
    ad_image_10_link_length_too_long: int | Unset = UNSET
    ad_image_10_link_required: int | Unset = UNSET
    ad_image_10_link_warning: int | Unset = UNSET
    ad_image_10_tag_duplicated: int | Unset = UNSET
    ad_image_10_tag_length_too_long: int | Unset = UNSET
    ad_image_10_tag_required: int | Unset = UNSET
    ad_image_11_link_duplicated: int | Unset = UNSET
    ad_image_11_link_length_too_long: int | Unset = UNSET
    ad_image_11_link_required: int | Unset = UNSET
    ad_image_11_link_warning: int | Unset = UNSET
    ad_image_11_tag_duplicated: int | Unset = UNSET
    ad_image_11_tag_length_too_long: int | Unset = UNSET
    ad_image_11_tag_required: int | Unset = UNSET
    ad_image_12_link_duplicated: int | Unset = UNSET
    ad_image_12_link_length_too_long: int | Unset = UNSET
    ad_image_12_link_required: int | Unset = UNSET
    ad_image_12_link_warning: int | Unset = UNSET
    ad_image_12_tag_duplicated: int | Unset = UNSET
    ad_image_12_tag_length_too_long: int | Unset = UNSET
    ad_image_12_tag_required: int | Unset = UNSET
    ad_image_13_link_duplicated: int | Unset = UNSET
    ad_image_13_link_length_too_long: int | Unset = UNSET
    ad_image_13_link_required: int | Unset = UNSET
    ad_image_13_link_warning: int | Unset = UNSET
    ad_image_13_tag_duplicated: int | Unset = UNSET
    ad_image_13_tag_length_too_long: int | Unset = UNSET
    ad_image_13_tag_required: int | Unset = UNSET
    ad_image_14_link_duplicated: int | Unset = UNSET
    ad_image_14_link_length_too_long: int | Unset = UNSET
    ad_image_14_link_required: int | Unset = UNSET
    ad_image_14_link_warning: int | Unset = UNSET
    ad_image_14_tag_duplicated: int | Unset = UNSET
    ad_image_14_tag_length_too_long: int | Unset = UNSET
    ad_image_14_tag_required: int | Unset = UNSET
    ad_image_15_link_duplicated: int | Unset = UNSET
    ad_image_15_link_length_too_long: int | Unset = UNSET
    ad_image_15_link_required: int | Unset = UNSET
    ad_image_15_link_warning: int | Unset = UNSET
    ad_image_15_tag_duplicated: int | Unset = UNSET
    ad_image_15_tag_length_too_long: int | Unset = UNSET
    ad_image_15_tag_required: int | Unset = UNSET
    ad_image_16_link_duplicated: int | Unset = UNSET
    ad_image_16_link_length_too_long: int | Unset = UNSET
    ad_image_16_link_required: int | Unset = UNSET
    ad_image_16_link_warning: int | Unset = UNSET
    ad_image_16_tag_duplicated: int | Unset = UNSET
    ad_image_16_tag_length_too_long: int | Unset = UNSET
    ad_image_16_tag_required: int | Unset = UNSET
    ad_image_17_link_duplicated: int | Unset = UNSET
    ad_image_17_link_length_too_long: int | Unset = UNSET
    ad_image_17_link_required: int | Unset = UNSET
    ad_image_17_link_warning: int | Unset = UNSET
    ad_image_17_tag_duplicated: int | Unset = UNSET
    ad_image_17_tag_length_too_long: int | Unset = UNSET
    ad_image_17_tag_required: int | Unset = UNSET
    ad_image_18_link_duplicated: int | Unset = UNSET
    ad_image_18_link_length_too_long: int | Unset = UNSET
    ad_image_18_link_required: int | Unset = UNSET
    ad_image_18_link_warning: int | Unset = UNSET
    ad_image_18_tag_duplicated: int | Unset = UNSET
    ad_image_18_tag_length_too_long: int | Unset = UNSET
    ad_image_18_tag_required: int | Unset = UNSET
    ad_image_19_link_duplicated: int | Unset = UNSET
    ad_image_19_link_length_too_long: int | Unset = UNSET
    ad_image_19_link_required: int | Unset = UNSET
    ad_image_19_link_warning: int | Unset = UNSET
    ad_image_19_tag_duplicated: int | Unset = UNSET
    ad_image_19_tag_length_too_long: int | Unset = UNSET
    ad_image_19_tag_required: int | Unset = UNSET
    ad_image_1_link_duplicated: int | Unset = UNSET
    ad_image_1_link_length_too_long: int | Unset = UNSET
    ad_image_1_link_required: int | Unset = UNSET
    ad_image_1_link_warning: int | Unset = UNSET
    ad_image_1_tag_duplicated: int | Unset = UNSET
    ad_image_1_tag_length_too_long: int | Unset = UNSET
    ad_image_1_tag_required: int | Unset = UNSET
    ad_image_2_link_duplicated: int | Unset = UNSET
    ad_image_2_link_length_too_long: int | Unset = UNSET
    ad_image_2_link_required: int | Unset = UNSET
    ad_image_2_link_warning: int | Unset = UNSET
    ad_image_2_tag_duplicated: int | Unset = UNSET
    ad_image_2_tag_length_too_long: int | Unset = UNSET
    ad_image_2_tag_required: int | Unset = UNSET
    ad_image_3_link_duplicated: int | Unset = UNSET
    ad_image_3_link_length_too_long: int | Unset = UNSET
    ad_image_3_link_required: int | Unset = UNSET
    ad_image_3_link_warning: int | Unset = UNSET
    ad_image_3_tag_duplicated: int | Unset = UNSET
    ad_image_3_tag_length_too_long: int | Unset = UNSET
    ad_image_3_tag_required: int | Unset = UNSET
    ad_image_4_link_duplicated: int | Unset = UNSET
    ad_image_4_link_length_too_long: int | Unset = UNSET
    ad_image_4_link_required: int | Unset = UNSET
    ad_image_4_link_warning: int | Unset = UNSET
    ad_image_4_tag_duplicated: int | Unset = UNSET
    ad_image_4_tag_length_too_long: int | Unset = UNSET
    ad_image_4_tag_required: int | Unset = UNSET
    ad_image_5_link_duplicated: int | Unset = UNSET
    ad_image_5_link_length_too_long: int | Unset = UNSET
    ad_image_5_link_required: int | Unset = UNSET
    ad_image_5_link_warning: int | Unset = UNSET
    ad_image_5_tag_duplicated: int | Unset = UNSET
    ad_image_5_tag_length_too_long: int | Unset = UNSET
    ad_image_5_tag_required: int | Unset = UNSET
    ad_image_6_link_duplicated: int | Unset = UNSET
    ad_image_6_link_length_too_long: int | Unset = UNSET
    ad_image_6_link_required: int | Unset = UNSET
    ad_image_6_link_warning: int | Unset = UNSET
    ad_image_6_tag_duplicated: int | Unset = UNSET
    ad_image_6_tag_length_too_long: int | Unset = UNSET
    ad_image_6_tag_required: int | Unset = UNSET
    ad_image_7_link_duplicated: int | Unset = UNSET
    ad_image_7_link_length_too_long: int | Unset = UNSET
    ad_image_7_link_required: int | Unset = UNSET
    ad_image_7_link_warning: int | Unset = UNSET
    ad_image_7_tag_duplicated: int | Unset = UNSET
    ad_image_7_tag_length_too_long: int | Unset = UNSET
    ad_image_7_tag_required: int | Unset = UNSET
    ad_image_8_link_duplicated: int | Unset = UNSET
    ad_image_8_link_length_too_long: int | Unset = UNSET
    ad_image_8_link_required: int | Unset = UNSET
    ad_image_8_link_warning: int | Unset = UNSET
    ad_image_8_tag_duplicated: int | Unset = UNSET
    ad_image_8_tag_length_too_long: int | Unset = UNSET
    ad_image_8_tag_required: int | Unset = UNSET
    ad_image_9_link_duplicated: int | Unset = UNSET
    ad_image_9_link_length_too_long: int | Unset = UNSET
    ad_image_9_link_required: int | Unset = UNSET
    ad_image_9_link_warning: int | Unset = UNSET
    ad_image_9_tag_duplicated: int | Unset = UNSET
    ad_image_9_tag_length_too_long: int | Unset = UNSET
    ad_image_9_tag_required: int | Unset = UNSET
    ad_link_format_warning: int | Unset = UNSET
    ad_link_same_as_link: int | Unset = UNSET
    ad_video_0_link_duplicated: int | Unset = UNSET
    ad_video_0_link_length_too_long: int | Unset = UNSET
    ad_video_0_link_required: int | Unset = UNSET
    ad_video_0_link_warning: int | Unset = UNSET
    ad_video_0_tag_duplicated: int | Unset = UNSET
    ad_video_0_tag_length_too_long: int | Unset = UNSET
    ad_video_0_tag_required: int | Unset = UNSET
    ad_video_1_link_duplicated: int | Unset = UNSET
    ad_video_1_link_length_too_long: int | Unset = UNSET
    ad_video_1_link_required: int | Unset = UNSET
    ad_video_1_link_warning: int | Unset = UNSET
    ad_video_1_tag_duplicated: int | Unset = UNSET
    ad_video_1_tag_length_too_long: int | Unset = UNSET
    ad_video_1_tag_required: int | Unset = UNSET
    ad_video_2_link_duplicated: int | Unset = UNSET
    ad_video_2_link_length_too_long: int | Unset = UNSET
    ad_video_2_link_required: int | Unset = UNSET
    ad_video_2_link_warning: int | Unset = UNSET
    ad_video_2_tag_duplicated: int | Unset = UNSET
    ad_video_2_tag_length_too_long: int | Unset = UNSET
    ad_video_2_tag_required: int | Unset = UNSET
    additional_image_link_length_too_long: int | Unset = UNSET
    additional_image_link_warning: int | Unset = UNSET
    adwords_format_warning: int | Unset = UNSET
    adwords_same_as_link: int | Unset = UNSET
    age_group_invalid: int | Unset = UNSET
    android_deep_link_invalid: int | Unset = UNSET
    availability_date_invalid: int | Unset = UNSET
    country_does_not_map_to_currency: int | Unset = UNSET
    custom_label_length_too_long: int | Unset = UNSET
    description_length_too_long: int | Unset = UNSET
    duplicate_headers: int | Unset = UNSET
    expiration_date_invalid: int | Unset = UNSET
    fetch_same_signature: CatalogsFeedValidationWarningsFETCHSAMESIGNATURE | Unset = UNSET
    gender_invalid: int | Unset = UNSET
    gtin_invalid: int | Unset = UNSET
    image_link_warning: int | Unset = UNSET
    inconsistent_currency_values: int | Unset = UNSET
    indexed_product_count_large_delta: int | Unset = UNSET
    ios_deep_link_invalid: int | Unset = UNSET
    is_bundle_invalid: int | Unset = UNSET
    item_additional_image_download_failure: int | Unset = UNSET
    link_format_warning: int | Unset = UNSET
    min_ad_price_invalid: int | Unset = UNSET
    mpn_invalid: int | Unset = UNSET
    multipack_invalid: int | Unset = UNSET
    optional_condition_invalid: int | Unset = UNSET
    optional_condition_missing: int | Unset = UNSET
    optional_product_category_invalid: int | Unset = UNSET
    optional_product_category_missing: int | Unset = UNSET
    product_category_depth_warning: int | Unset = UNSET
    product_type_length_too_long: int | Unset = UNSET
    sale_date_invalid: int | Unset = UNSET
    sales_price_invalid: int | Unset = UNSET
    sales_price_too_high: int | Unset = UNSET
    sales_price_too_low: int | Unset = UNSET
    shipping_height_invalid: int | Unset = UNSET
    shipping_invalid: int | Unset = UNSET
    shipping_weight_invalid: int | Unset = UNSET
    shipping_width_invalid: int | Unset = UNSET
    size_system_invalid: int | Unset = UNSET
    size_type_invalid: int | Unset = UNSET
    tax_invalid: int | Unset = UNSET
    title_length_too_long: int | Unset = UNSET
    too_many_additional_image_links: int | Unset = UNSET
    updated_time_invalid: int | Unset = UNSET
    utm_source_auto_corrected: int | Unset = UNSET
    video_required_when_ad_video_provided: int | Unset = UNSET
    weight_unit_invalid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_image_0_link_duplicated = self.ad_image_0_link_duplicated

        ad_image_0_link_length_too_long = self.ad_image_0_link_length_too_long

        ad_image_0_link_required = self.ad_image_0_link_required

        ad_image_0_link_warning = self.ad_image_0_link_warning

        ad_image_0_tag_duplicated = self.ad_image_0_tag_duplicated

        ad_image_0_tag_length_too_long = self.ad_image_0_tag_length_too_long

        ad_image_0_tag_required = self.ad_image_0_tag_required

        ad_image_10_link_duplicated = self.ad_image_10_link_duplicated

        ad_image_10_link_length_too_long = self.ad_image_10_link_length_too_long

        ad_image_10_link_required = self.ad_image_10_link_required

        ad_image_10_link_warning = self.ad_image_10_link_warning

        ad_image_10_tag_duplicated = self.ad_image_10_tag_duplicated

        ad_image_10_tag_length_too_long = self.ad_image_10_tag_length_too_long

        ad_image_10_tag_required = self.ad_image_10_tag_required

        ad_image_11_link_duplicated = self.ad_image_11_link_duplicated

        ad_image_11_link_length_too_long = self.ad_image_11_link_length_too_long

        ad_image_11_link_required = self.ad_image_11_link_required

        ad_image_11_link_warning = self.ad_image_11_link_warning

        ad_image_11_tag_duplicated = self.ad_image_11_tag_duplicated

        ad_image_11_tag_length_too_long = self.ad_image_11_tag_length_too_long

        ad_image_11_tag_required = self.ad_image_11_tag_required

        ad_image_12_link_duplicated = self.ad_image_12_link_duplicated

        ad_image_12_link_length_too_long = self.ad_image_12_link_length_too_long

        ad_image_12_link_required = self.ad_image_12_link_required

        ad_image_12_link_warning = self.ad_image_12_link_warning

        ad_image_12_tag_duplicated = self.ad_image_12_tag_duplicated

        ad_image_12_tag_length_too_long = self.ad_image_12_tag_length_too_long

        ad_image_12_tag_required = self.ad_image_12_tag_required

        ad_image_13_link_duplicated = self.ad_image_13_link_duplicated

        ad_image_13_link_length_too_long = self.ad_image_13_link_length_too_long

        ad_image_13_link_required = self.ad_image_13_link_required

        ad_image_13_link_warning = self.ad_image_13_link_warning

        ad_image_13_tag_duplicated = self.ad_image_13_tag_duplicated

        ad_image_13_tag_length_too_long = self.ad_image_13_tag_length_too_long

        ad_image_13_tag_required = self.ad_image_13_tag_required

        ad_image_14_link_duplicated = self.ad_image_14_link_duplicated

        ad_image_14_link_length_too_long = self.ad_image_14_link_length_too_long

        ad_image_14_link_required = self.ad_image_14_link_required

        ad_image_14_link_warning = self.ad_image_14_link_warning

        ad_image_14_tag_duplicated = self.ad_image_14_tag_duplicated

        ad_image_14_tag_length_too_long = self.ad_image_14_tag_length_too_long

        ad_image_14_tag_required = self.ad_image_14_tag_required

        ad_image_15_link_duplicated = self.ad_image_15_link_duplicated

        ad_image_15_link_length_too_long = self.ad_image_15_link_length_too_long

        ad_image_15_link_required = self.ad_image_15_link_required

        ad_image_15_link_warning = self.ad_image_15_link_warning

        ad_image_15_tag_duplicated = self.ad_image_15_tag_duplicated

        ad_image_15_tag_length_too_long = self.ad_image_15_tag_length_too_long

        ad_image_15_tag_required = self.ad_image_15_tag_required

        ad_image_16_link_duplicated = self.ad_image_16_link_duplicated

        ad_image_16_link_length_too_long = self.ad_image_16_link_length_too_long

        ad_image_16_link_required = self.ad_image_16_link_required

        ad_image_16_link_warning = self.ad_image_16_link_warning

        ad_image_16_tag_duplicated = self.ad_image_16_tag_duplicated

        ad_image_16_tag_length_too_long = self.ad_image_16_tag_length_too_long

        ad_image_16_tag_required = self.ad_image_16_tag_required

        ad_image_17_link_duplicated = self.ad_image_17_link_duplicated

        ad_image_17_link_length_too_long = self.ad_image_17_link_length_too_long

        ad_image_17_link_required = self.ad_image_17_link_required

        ad_image_17_link_warning = self.ad_image_17_link_warning

        ad_image_17_tag_duplicated = self.ad_image_17_tag_duplicated

        ad_image_17_tag_length_too_long = self.ad_image_17_tag_length_too_long

        ad_image_17_tag_required = self.ad_image_17_tag_required

        ad_image_18_link_duplicated = self.ad_image_18_link_duplicated

        ad_image_18_link_length_too_long = self.ad_image_18_link_length_too_long

        ad_image_18_link_required = self.ad_image_18_link_required

        ad_image_18_link_warning = self.ad_image_18_link_warning

        ad_image_18_tag_duplicated = self.ad_image_18_tag_duplicated

        ad_image_18_tag_length_too_long = self.ad_image_18_tag_length_too_long

        ad_image_18_tag_required = self.ad_image_18_tag_required

        ad_image_19_link_duplicated = self.ad_image_19_link_duplicated

        ad_image_19_link_length_too_long = self.ad_image_19_link_length_too_long

        ad_image_19_link_required = self.ad_image_19_link_required

        ad_image_19_link_warning = self.ad_image_19_link_warning

        ad_image_19_tag_duplicated = self.ad_image_19_tag_duplicated

        ad_image_19_tag_length_too_long = self.ad_image_19_tag_length_too_long

        ad_image_19_tag_required = self.ad_image_19_tag_required

        ad_image_1_link_duplicated = self.ad_image_1_link_duplicated

        ad_image_1_link_length_too_long = self.ad_image_1_link_length_too_long

        ad_image_1_link_required = self.ad_image_1_link_required

        ad_image_1_link_warning = self.ad_image_1_link_warning

        ad_image_1_tag_duplicated = self.ad_image_1_tag_duplicated

        ad_image_1_tag_length_too_long = self.ad_image_1_tag_length_too_long

        ad_image_1_tag_required = self.ad_image_1_tag_required

        ad_image_2_link_duplicated = self.ad_image_2_link_duplicated

        ad_image_2_link_length_too_long = self.ad_image_2_link_length_too_long

        ad_image_2_link_required = self.ad_image_2_link_required

        ad_image_2_link_warning = self.ad_image_2_link_warning

        ad_image_2_tag_duplicated = self.ad_image_2_tag_duplicated

        ad_image_2_tag_length_too_long = self.ad_image_2_tag_length_too_long

        ad_image_2_tag_required = self.ad_image_2_tag_required

        ad_image_3_link_duplicated = self.ad_image_3_link_duplicated

        ad_image_3_link_length_too_long = self.ad_image_3_link_length_too_long

        ad_image_3_link_required = self.ad_image_3_link_required

        ad_image_3_link_warning = self.ad_image_3_link_warning

        ad_image_3_tag_duplicated = self.ad_image_3_tag_duplicated

        ad_image_3_tag_length_too_long = self.ad_image_3_tag_length_too_long

        ad_image_3_tag_required = self.ad_image_3_tag_required

        ad_image_4_link_duplicated = self.ad_image_4_link_duplicated

        ad_image_4_link_length_too_long = self.ad_image_4_link_length_too_long

        ad_image_4_link_required = self.ad_image_4_link_required

        ad_image_4_link_warning = self.ad_image_4_link_warning

        ad_image_4_tag_duplicated = self.ad_image_4_tag_duplicated

        ad_image_4_tag_length_too_long = self.ad_image_4_tag_length_too_long

        ad_image_4_tag_required = self.ad_image_4_tag_required

        ad_image_5_link_duplicated = self.ad_image_5_link_duplicated

        ad_image_5_link_length_too_long = self.ad_image_5_link_length_too_long

        ad_image_5_link_required = self.ad_image_5_link_required

        ad_image_5_link_warning = self.ad_image_5_link_warning

        ad_image_5_tag_duplicated = self.ad_image_5_tag_duplicated

        ad_image_5_tag_length_too_long = self.ad_image_5_tag_length_too_long

        ad_image_5_tag_required = self.ad_image_5_tag_required

        ad_image_6_link_duplicated = self.ad_image_6_link_duplicated

        ad_image_6_link_length_too_long = self.ad_image_6_link_length_too_long

        ad_image_6_link_required = self.ad_image_6_link_required

        ad_image_6_link_warning = self.ad_image_6_link_warning

        ad_image_6_tag_duplicated = self.ad_image_6_tag_duplicated

        ad_image_6_tag_length_too_long = self.ad_image_6_tag_length_too_long

        ad_image_6_tag_required = self.ad_image_6_tag_required

        ad_image_7_link_duplicated = self.ad_image_7_link_duplicated

        ad_image_7_link_length_too_long = self.ad_image_7_link_length_too_long

        ad_image_7_link_required = self.ad_image_7_link_required

        ad_image_7_link_warning = self.ad_image_7_link_warning

        ad_image_7_tag_duplicated = self.ad_image_7_tag_duplicated

        ad_image_7_tag_length_too_long = self.ad_image_7_tag_length_too_long

        ad_image_7_tag_required = self.ad_image_7_tag_required

        ad_image_8_link_duplicated = self.ad_image_8_link_duplicated

        ad_image_8_link_length_too_long = self.ad_image_8_link_length_too_long

        ad_image_8_link_required = self.ad_image_8_link_required

        ad_image_8_link_warning = self.ad_image_8_link_warning

        ad_image_8_tag_duplicated = self.ad_image_8_tag_duplicated

        ad_image_8_tag_length_too_long = self.ad_image_8_tag_length_too_long

        ad_image_8_tag_required = self.ad_image_8_tag_required

        ad_image_9_link_duplicated = self.ad_image_9_link_duplicated

        ad_image_9_link_length_too_long = self.ad_image_9_link_length_too_long

        ad_image_9_link_required = self.ad_image_9_link_required

        ad_image_9_link_warning = self.ad_image_9_link_warning

        ad_image_9_tag_duplicated = self.ad_image_9_tag_duplicated

        ad_image_9_tag_length_too_long = self.ad_image_9_tag_length_too_long

        ad_image_9_tag_required = self.ad_image_9_tag_required

        ad_link_format_warning = self.ad_link_format_warning

        ad_link_same_as_link = self.ad_link_same_as_link

        ad_video_0_link_duplicated = self.ad_video_0_link_duplicated

        ad_video_0_link_length_too_long = self.ad_video_0_link_length_too_long

        ad_video_0_link_required = self.ad_video_0_link_required

        ad_video_0_link_warning = self.ad_video_0_link_warning

        ad_video_0_tag_duplicated = self.ad_video_0_tag_duplicated

        ad_video_0_tag_length_too_long = self.ad_video_0_tag_length_too_long

        ad_video_0_tag_required = self.ad_video_0_tag_required

        ad_video_1_link_duplicated = self.ad_video_1_link_duplicated

        ad_video_1_link_length_too_long = self.ad_video_1_link_length_too_long

        ad_video_1_link_required = self.ad_video_1_link_required

        ad_video_1_link_warning = self.ad_video_1_link_warning

        ad_video_1_tag_duplicated = self.ad_video_1_tag_duplicated

        ad_video_1_tag_length_too_long = self.ad_video_1_tag_length_too_long

        ad_video_1_tag_required = self.ad_video_1_tag_required

        ad_video_2_link_duplicated = self.ad_video_2_link_duplicated

        ad_video_2_link_length_too_long = self.ad_video_2_link_length_too_long

        ad_video_2_link_required = self.ad_video_2_link_required

        ad_video_2_link_warning = self.ad_video_2_link_warning

        ad_video_2_tag_duplicated = self.ad_video_2_tag_duplicated

        ad_video_2_tag_length_too_long = self.ad_video_2_tag_length_too_long

        ad_video_2_tag_required = self.ad_video_2_tag_required

        additional_image_link_length_too_long = self.additional_image_link_length_too_long

        additional_image_link_warning = self.additional_image_link_warning

        adwords_format_warning = self.adwords_format_warning

        adwords_same_as_link = self.adwords_same_as_link

        age_group_invalid = self.age_group_invalid

        android_deep_link_invalid = self.android_deep_link_invalid

        availability_date_invalid = self.availability_date_invalid

        country_does_not_map_to_currency = self.country_does_not_map_to_currency

        custom_label_length_too_long = self.custom_label_length_too_long

        description_length_too_long = self.description_length_too_long

        duplicate_headers = self.duplicate_headers

        expiration_date_invalid = self.expiration_date_invalid

        fetch_same_signature: int | Unset = UNSET
        if not isinstance(self.fetch_same_signature, Unset):
            fetch_same_signature = (
                None if self.fetch_same_signature is None else self.fetch_same_signature.value
            )

        gender_invalid = self.gender_invalid

        gtin_invalid = self.gtin_invalid

        image_link_warning = self.image_link_warning

        inconsistent_currency_values = self.inconsistent_currency_values

        indexed_product_count_large_delta = self.indexed_product_count_large_delta

        ios_deep_link_invalid = self.ios_deep_link_invalid

        is_bundle_invalid = self.is_bundle_invalid

        item_additional_image_download_failure = self.item_additional_image_download_failure

        link_format_warning = self.link_format_warning

        min_ad_price_invalid = self.min_ad_price_invalid

        mpn_invalid = self.mpn_invalid

        multipack_invalid = self.multipack_invalid

        optional_condition_invalid = self.optional_condition_invalid

        optional_condition_missing = self.optional_condition_missing

        optional_product_category_invalid = self.optional_product_category_invalid

        optional_product_category_missing = self.optional_product_category_missing

        product_category_depth_warning = self.product_category_depth_warning

        product_type_length_too_long = self.product_type_length_too_long

        sale_date_invalid = self.sale_date_invalid

        sales_price_invalid = self.sales_price_invalid

        sales_price_too_high = self.sales_price_too_high

        sales_price_too_low = self.sales_price_too_low

        shipping_height_invalid = self.shipping_height_invalid

        shipping_invalid = self.shipping_invalid

        shipping_weight_invalid = self.shipping_weight_invalid

        shipping_width_invalid = self.shipping_width_invalid

        size_system_invalid = self.size_system_invalid

        size_type_invalid = self.size_type_invalid

        tax_invalid = self.tax_invalid

        title_length_too_long = self.title_length_too_long

        too_many_additional_image_links = self.too_many_additional_image_links

        updated_time_invalid = self.updated_time_invalid

        utm_source_auto_corrected = self.utm_source_auto_corrected

        video_required_when_ad_video_provided = self.video_required_when_ad_video_provided

        weight_unit_invalid = self.weight_unit_invalid

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
        if duplicate_headers is not UNSET:
            field_dict["DUPLICATE_HEADERS"] = duplicate_headers
        if expiration_date_invalid is not UNSET:
            field_dict["EXPIRATION_DATE_INVALID"] = expiration_date_invalid
        if fetch_same_signature is not UNSET:
            field_dict["FETCH_SAME_SIGNATURE"] = fetch_same_signature
        if gender_invalid is not UNSET:
            field_dict["GENDER_INVALID"] = gender_invalid
        if gtin_invalid is not UNSET:
            field_dict["GTIN_INVALID"] = gtin_invalid
        if image_link_warning is not UNSET:
            field_dict["IMAGE_LINK_WARNING"] = image_link_warning
        if inconsistent_currency_values is not UNSET:
            field_dict["INCONSISTENT_CURRENCY_VALUES"] = inconsistent_currency_values
        if indexed_product_count_large_delta is not UNSET:
            field_dict["INDEXED_PRODUCT_COUNT_LARGE_DELTA"] = indexed_product_count_large_delta
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
        if updated_time_invalid is not UNSET:
            field_dict["UPDATED_TIME_INVALID"] = updated_time_invalid
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
        d = dict(src_dict)
        ad_image_0_link_duplicated = d.pop("AD_IMAGE_0_LINK_DUPLICATED", UNSET)
        if ad_image_0_link_duplicated is None:
            ad_image_0_link_duplicated = tolerate_null("AD_IMAGE_0_LINK_DUPLICATED")

        ad_image_0_link_length_too_long = d.pop("AD_IMAGE_0_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_0_link_length_too_long is None:
            ad_image_0_link_length_too_long = tolerate_null("AD_IMAGE_0_LINK_LENGTH_TOO_LONG")

        ad_image_0_link_required = d.pop("AD_IMAGE_0_LINK_REQUIRED", UNSET)
        if ad_image_0_link_required is None:
            ad_image_0_link_required = tolerate_null("AD_IMAGE_0_LINK_REQUIRED")

        ad_image_0_link_warning = d.pop("AD_IMAGE_0_LINK_WARNING", UNSET)
        if ad_image_0_link_warning is None:
            ad_image_0_link_warning = tolerate_null("AD_IMAGE_0_LINK_WARNING")

        ad_image_0_tag_duplicated = d.pop("AD_IMAGE_0_TAG_DUPLICATED", UNSET)
        if ad_image_0_tag_duplicated is None:
            ad_image_0_tag_duplicated = tolerate_null("AD_IMAGE_0_TAG_DUPLICATED")

        ad_image_0_tag_length_too_long = d.pop("AD_IMAGE_0_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_0_tag_length_too_long is None:
            ad_image_0_tag_length_too_long = tolerate_null("AD_IMAGE_0_TAG_LENGTH_TOO_LONG")

        ad_image_0_tag_required = d.pop("AD_IMAGE_0_TAG_REQUIRED", UNSET)
        if ad_image_0_tag_required is None:
            ad_image_0_tag_required = tolerate_null("AD_IMAGE_0_TAG_REQUIRED")

        ad_image_10_link_duplicated = d.pop("AD_IMAGE_10_LINK_DUPLICATED", UNSET)
        if ad_image_10_link_duplicated is None:
            ad_image_10_link_duplicated = tolerate_null("AD_IMAGE_10_LINK_DUPLICATED")

        ad_image_10_link_length_too_long = d.pop("AD_IMAGE_10_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_10_link_length_too_long is None:
            ad_image_10_link_length_too_long = tolerate_null("AD_IMAGE_10_LINK_LENGTH_TOO_LONG")

        ad_image_10_link_required = d.pop("AD_IMAGE_10_LINK_REQUIRED", UNSET)
        if ad_image_10_link_required is None:
            ad_image_10_link_required = tolerate_null("AD_IMAGE_10_LINK_REQUIRED")

        ad_image_10_link_warning = d.pop("AD_IMAGE_10_LINK_WARNING", UNSET)
        if ad_image_10_link_warning is None:
            ad_image_10_link_warning = tolerate_null("AD_IMAGE_10_LINK_WARNING")

        ad_image_10_tag_duplicated = d.pop("AD_IMAGE_10_TAG_DUPLICATED", UNSET)
        if ad_image_10_tag_duplicated is None:
            ad_image_10_tag_duplicated = tolerate_null("AD_IMAGE_10_TAG_DUPLICATED")

        ad_image_10_tag_length_too_long = d.pop("AD_IMAGE_10_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_10_tag_length_too_long is None:
            ad_image_10_tag_length_too_long = tolerate_null("AD_IMAGE_10_TAG_LENGTH_TOO_LONG")

        ad_image_10_tag_required = d.pop("AD_IMAGE_10_TAG_REQUIRED", UNSET)
        if ad_image_10_tag_required is None:
            ad_image_10_tag_required = tolerate_null("AD_IMAGE_10_TAG_REQUIRED")

        ad_image_11_link_duplicated = d.pop("AD_IMAGE_11_LINK_DUPLICATED", UNSET)
        if ad_image_11_link_duplicated is None:
            ad_image_11_link_duplicated = tolerate_null("AD_IMAGE_11_LINK_DUPLICATED")

        ad_image_11_link_length_too_long = d.pop("AD_IMAGE_11_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_11_link_length_too_long is None:
            ad_image_11_link_length_too_long = tolerate_null("AD_IMAGE_11_LINK_LENGTH_TOO_LONG")

        ad_image_11_link_required = d.pop("AD_IMAGE_11_LINK_REQUIRED", UNSET)
        if ad_image_11_link_required is None:
            ad_image_11_link_required = tolerate_null("AD_IMAGE_11_LINK_REQUIRED")

        ad_image_11_link_warning = d.pop("AD_IMAGE_11_LINK_WARNING", UNSET)
        if ad_image_11_link_warning is None:
            ad_image_11_link_warning = tolerate_null("AD_IMAGE_11_LINK_WARNING")

        ad_image_11_tag_duplicated = d.pop("AD_IMAGE_11_TAG_DUPLICATED", UNSET)
        if ad_image_11_tag_duplicated is None:
            ad_image_11_tag_duplicated = tolerate_null("AD_IMAGE_11_TAG_DUPLICATED")

        ad_image_11_tag_length_too_long = d.pop("AD_IMAGE_11_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_11_tag_length_too_long is None:
            ad_image_11_tag_length_too_long = tolerate_null("AD_IMAGE_11_TAG_LENGTH_TOO_LONG")

        ad_image_11_tag_required = d.pop("AD_IMAGE_11_TAG_REQUIRED", UNSET)
        if ad_image_11_tag_required is None:
            ad_image_11_tag_required = tolerate_null("AD_IMAGE_11_TAG_REQUIRED")

        ad_image_12_link_duplicated = d.pop("AD_IMAGE_12_LINK_DUPLICATED", UNSET)
        if ad_image_12_link_duplicated is None:
            ad_image_12_link_duplicated = tolerate_null("AD_IMAGE_12_LINK_DUPLICATED")

        ad_image_12_link_length_too_long = d.pop("AD_IMAGE_12_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_12_link_length_too_long is None:
            ad_image_12_link_length_too_long = tolerate_null("AD_IMAGE_12_LINK_LENGTH_TOO_LONG")

        ad_image_12_link_required = d.pop("AD_IMAGE_12_LINK_REQUIRED", UNSET)
        if ad_image_12_link_required is None:
            ad_image_12_link_required = tolerate_null("AD_IMAGE_12_LINK_REQUIRED")

        ad_image_12_link_warning = d.pop("AD_IMAGE_12_LINK_WARNING", UNSET)
        if ad_image_12_link_warning is None:
            ad_image_12_link_warning = tolerate_null("AD_IMAGE_12_LINK_WARNING")

        ad_image_12_tag_duplicated = d.pop("AD_IMAGE_12_TAG_DUPLICATED", UNSET)
        if ad_image_12_tag_duplicated is None:
            ad_image_12_tag_duplicated = tolerate_null("AD_IMAGE_12_TAG_DUPLICATED")

        ad_image_12_tag_length_too_long = d.pop("AD_IMAGE_12_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_12_tag_length_too_long is None:
            ad_image_12_tag_length_too_long = tolerate_null("AD_IMAGE_12_TAG_LENGTH_TOO_LONG")

        ad_image_12_tag_required = d.pop("AD_IMAGE_12_TAG_REQUIRED", UNSET)
        if ad_image_12_tag_required is None:
            ad_image_12_tag_required = tolerate_null("AD_IMAGE_12_TAG_REQUIRED")

        ad_image_13_link_duplicated = d.pop("AD_IMAGE_13_LINK_DUPLICATED", UNSET)
        if ad_image_13_link_duplicated is None:
            ad_image_13_link_duplicated = tolerate_null("AD_IMAGE_13_LINK_DUPLICATED")

        ad_image_13_link_length_too_long = d.pop("AD_IMAGE_13_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_13_link_length_too_long is None:
            ad_image_13_link_length_too_long = tolerate_null("AD_IMAGE_13_LINK_LENGTH_TOO_LONG")

        ad_image_13_link_required = d.pop("AD_IMAGE_13_LINK_REQUIRED", UNSET)
        if ad_image_13_link_required is None:
            ad_image_13_link_required = tolerate_null("AD_IMAGE_13_LINK_REQUIRED")

        ad_image_13_link_warning = d.pop("AD_IMAGE_13_LINK_WARNING", UNSET)
        if ad_image_13_link_warning is None:
            ad_image_13_link_warning = tolerate_null("AD_IMAGE_13_LINK_WARNING")

        ad_image_13_tag_duplicated = d.pop("AD_IMAGE_13_TAG_DUPLICATED", UNSET)
        if ad_image_13_tag_duplicated is None:
            ad_image_13_tag_duplicated = tolerate_null("AD_IMAGE_13_TAG_DUPLICATED")

        ad_image_13_tag_length_too_long = d.pop("AD_IMAGE_13_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_13_tag_length_too_long is None:
            ad_image_13_tag_length_too_long = tolerate_null("AD_IMAGE_13_TAG_LENGTH_TOO_LONG")

        ad_image_13_tag_required = d.pop("AD_IMAGE_13_TAG_REQUIRED", UNSET)
        if ad_image_13_tag_required is None:
            ad_image_13_tag_required = tolerate_null("AD_IMAGE_13_TAG_REQUIRED")

        ad_image_14_link_duplicated = d.pop("AD_IMAGE_14_LINK_DUPLICATED", UNSET)
        if ad_image_14_link_duplicated is None:
            ad_image_14_link_duplicated = tolerate_null("AD_IMAGE_14_LINK_DUPLICATED")

        ad_image_14_link_length_too_long = d.pop("AD_IMAGE_14_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_14_link_length_too_long is None:
            ad_image_14_link_length_too_long = tolerate_null("AD_IMAGE_14_LINK_LENGTH_TOO_LONG")

        ad_image_14_link_required = d.pop("AD_IMAGE_14_LINK_REQUIRED", UNSET)
        if ad_image_14_link_required is None:
            ad_image_14_link_required = tolerate_null("AD_IMAGE_14_LINK_REQUIRED")

        ad_image_14_link_warning = d.pop("AD_IMAGE_14_LINK_WARNING", UNSET)
        if ad_image_14_link_warning is None:
            ad_image_14_link_warning = tolerate_null("AD_IMAGE_14_LINK_WARNING")

        ad_image_14_tag_duplicated = d.pop("AD_IMAGE_14_TAG_DUPLICATED", UNSET)
        if ad_image_14_tag_duplicated is None:
            ad_image_14_tag_duplicated = tolerate_null("AD_IMAGE_14_TAG_DUPLICATED")

        ad_image_14_tag_length_too_long = d.pop("AD_IMAGE_14_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_14_tag_length_too_long is None:
            ad_image_14_tag_length_too_long = tolerate_null("AD_IMAGE_14_TAG_LENGTH_TOO_LONG")

        ad_image_14_tag_required = d.pop("AD_IMAGE_14_TAG_REQUIRED", UNSET)
        if ad_image_14_tag_required is None:
            ad_image_14_tag_required = tolerate_null("AD_IMAGE_14_TAG_REQUIRED")

        ad_image_15_link_duplicated = d.pop("AD_IMAGE_15_LINK_DUPLICATED", UNSET)
        if ad_image_15_link_duplicated is None:
            ad_image_15_link_duplicated = tolerate_null("AD_IMAGE_15_LINK_DUPLICATED")

        ad_image_15_link_length_too_long = d.pop("AD_IMAGE_15_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_15_link_length_too_long is None:
            ad_image_15_link_length_too_long = tolerate_null("AD_IMAGE_15_LINK_LENGTH_TOO_LONG")

        ad_image_15_link_required = d.pop("AD_IMAGE_15_LINK_REQUIRED", UNSET)
        if ad_image_15_link_required is None:
            ad_image_15_link_required = tolerate_null("AD_IMAGE_15_LINK_REQUIRED")

        ad_image_15_link_warning = d.pop("AD_IMAGE_15_LINK_WARNING", UNSET)
        if ad_image_15_link_warning is None:
            ad_image_15_link_warning = tolerate_null("AD_IMAGE_15_LINK_WARNING")

        ad_image_15_tag_duplicated = d.pop("AD_IMAGE_15_TAG_DUPLICATED", UNSET)
        if ad_image_15_tag_duplicated is None:
            ad_image_15_tag_duplicated = tolerate_null("AD_IMAGE_15_TAG_DUPLICATED")

        ad_image_15_tag_length_too_long = d.pop("AD_IMAGE_15_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_15_tag_length_too_long is None:
            ad_image_15_tag_length_too_long = tolerate_null("AD_IMAGE_15_TAG_LENGTH_TOO_LONG")

        ad_image_15_tag_required = d.pop("AD_IMAGE_15_TAG_REQUIRED", UNSET)
        if ad_image_15_tag_required is None:
            ad_image_15_tag_required = tolerate_null("AD_IMAGE_15_TAG_REQUIRED")

        ad_image_16_link_duplicated = d.pop("AD_IMAGE_16_LINK_DUPLICATED", UNSET)
        if ad_image_16_link_duplicated is None:
            ad_image_16_link_duplicated = tolerate_null("AD_IMAGE_16_LINK_DUPLICATED")

        ad_image_16_link_length_too_long = d.pop("AD_IMAGE_16_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_16_link_length_too_long is None:
            ad_image_16_link_length_too_long = tolerate_null("AD_IMAGE_16_LINK_LENGTH_TOO_LONG")

        ad_image_16_link_required = d.pop("AD_IMAGE_16_LINK_REQUIRED", UNSET)
        if ad_image_16_link_required is None:
            ad_image_16_link_required = tolerate_null("AD_IMAGE_16_LINK_REQUIRED")

        ad_image_16_link_warning = d.pop("AD_IMAGE_16_LINK_WARNING", UNSET)
        if ad_image_16_link_warning is None:
            ad_image_16_link_warning = tolerate_null("AD_IMAGE_16_LINK_WARNING")

        ad_image_16_tag_duplicated = d.pop("AD_IMAGE_16_TAG_DUPLICATED", UNSET)
        if ad_image_16_tag_duplicated is None:
            ad_image_16_tag_duplicated = tolerate_null("AD_IMAGE_16_TAG_DUPLICATED")

        ad_image_16_tag_length_too_long = d.pop("AD_IMAGE_16_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_16_tag_length_too_long is None:
            ad_image_16_tag_length_too_long = tolerate_null("AD_IMAGE_16_TAG_LENGTH_TOO_LONG")

        ad_image_16_tag_required = d.pop("AD_IMAGE_16_TAG_REQUIRED", UNSET)
        if ad_image_16_tag_required is None:
            ad_image_16_tag_required = tolerate_null("AD_IMAGE_16_TAG_REQUIRED")

        ad_image_17_link_duplicated = d.pop("AD_IMAGE_17_LINK_DUPLICATED", UNSET)
        if ad_image_17_link_duplicated is None:
            ad_image_17_link_duplicated = tolerate_null("AD_IMAGE_17_LINK_DUPLICATED")

        ad_image_17_link_length_too_long = d.pop("AD_IMAGE_17_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_17_link_length_too_long is None:
            ad_image_17_link_length_too_long = tolerate_null("AD_IMAGE_17_LINK_LENGTH_TOO_LONG")

        ad_image_17_link_required = d.pop("AD_IMAGE_17_LINK_REQUIRED", UNSET)
        if ad_image_17_link_required is None:
            ad_image_17_link_required = tolerate_null("AD_IMAGE_17_LINK_REQUIRED")

        ad_image_17_link_warning = d.pop("AD_IMAGE_17_LINK_WARNING", UNSET)
        if ad_image_17_link_warning is None:
            ad_image_17_link_warning = tolerate_null("AD_IMAGE_17_LINK_WARNING")

        ad_image_17_tag_duplicated = d.pop("AD_IMAGE_17_TAG_DUPLICATED", UNSET)
        if ad_image_17_tag_duplicated is None:
            ad_image_17_tag_duplicated = tolerate_null("AD_IMAGE_17_TAG_DUPLICATED")

        ad_image_17_tag_length_too_long = d.pop("AD_IMAGE_17_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_17_tag_length_too_long is None:
            ad_image_17_tag_length_too_long = tolerate_null("AD_IMAGE_17_TAG_LENGTH_TOO_LONG")

        ad_image_17_tag_required = d.pop("AD_IMAGE_17_TAG_REQUIRED", UNSET)
        if ad_image_17_tag_required is None:
            ad_image_17_tag_required = tolerate_null("AD_IMAGE_17_TAG_REQUIRED")

        ad_image_18_link_duplicated = d.pop("AD_IMAGE_18_LINK_DUPLICATED", UNSET)
        if ad_image_18_link_duplicated is None:
            ad_image_18_link_duplicated = tolerate_null("AD_IMAGE_18_LINK_DUPLICATED")

        ad_image_18_link_length_too_long = d.pop("AD_IMAGE_18_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_18_link_length_too_long is None:
            ad_image_18_link_length_too_long = tolerate_null("AD_IMAGE_18_LINK_LENGTH_TOO_LONG")

        ad_image_18_link_required = d.pop("AD_IMAGE_18_LINK_REQUIRED", UNSET)
        if ad_image_18_link_required is None:
            ad_image_18_link_required = tolerate_null("AD_IMAGE_18_LINK_REQUIRED")

        ad_image_18_link_warning = d.pop("AD_IMAGE_18_LINK_WARNING", UNSET)
        if ad_image_18_link_warning is None:
            ad_image_18_link_warning = tolerate_null("AD_IMAGE_18_LINK_WARNING")

        ad_image_18_tag_duplicated = d.pop("AD_IMAGE_18_TAG_DUPLICATED", UNSET)
        if ad_image_18_tag_duplicated is None:
            ad_image_18_tag_duplicated = tolerate_null("AD_IMAGE_18_TAG_DUPLICATED")

        ad_image_18_tag_length_too_long = d.pop("AD_IMAGE_18_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_18_tag_length_too_long is None:
            ad_image_18_tag_length_too_long = tolerate_null("AD_IMAGE_18_TAG_LENGTH_TOO_LONG")

        ad_image_18_tag_required = d.pop("AD_IMAGE_18_TAG_REQUIRED", UNSET)
        if ad_image_18_tag_required is None:
            ad_image_18_tag_required = tolerate_null("AD_IMAGE_18_TAG_REQUIRED")

        ad_image_19_link_duplicated = d.pop("AD_IMAGE_19_LINK_DUPLICATED", UNSET)
        if ad_image_19_link_duplicated is None:
            ad_image_19_link_duplicated = tolerate_null("AD_IMAGE_19_LINK_DUPLICATED")

        ad_image_19_link_length_too_long = d.pop("AD_IMAGE_19_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_19_link_length_too_long is None:
            ad_image_19_link_length_too_long = tolerate_null("AD_IMAGE_19_LINK_LENGTH_TOO_LONG")

        ad_image_19_link_required = d.pop("AD_IMAGE_19_LINK_REQUIRED", UNSET)
        if ad_image_19_link_required is None:
            ad_image_19_link_required = tolerate_null("AD_IMAGE_19_LINK_REQUIRED")

        ad_image_19_link_warning = d.pop("AD_IMAGE_19_LINK_WARNING", UNSET)
        if ad_image_19_link_warning is None:
            ad_image_19_link_warning = tolerate_null("AD_IMAGE_19_LINK_WARNING")

        ad_image_19_tag_duplicated = d.pop("AD_IMAGE_19_TAG_DUPLICATED", UNSET)
        if ad_image_19_tag_duplicated is None:
            ad_image_19_tag_duplicated = tolerate_null("AD_IMAGE_19_TAG_DUPLICATED")

        ad_image_19_tag_length_too_long = d.pop("AD_IMAGE_19_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_19_tag_length_too_long is None:
            ad_image_19_tag_length_too_long = tolerate_null("AD_IMAGE_19_TAG_LENGTH_TOO_LONG")

        ad_image_19_tag_required = d.pop("AD_IMAGE_19_TAG_REQUIRED", UNSET)
        if ad_image_19_tag_required is None:
            ad_image_19_tag_required = tolerate_null("AD_IMAGE_19_TAG_REQUIRED")

        ad_image_1_link_duplicated = d.pop("AD_IMAGE_1_LINK_DUPLICATED", UNSET)
        if ad_image_1_link_duplicated is None:
            ad_image_1_link_duplicated = tolerate_null("AD_IMAGE_1_LINK_DUPLICATED")

        ad_image_1_link_length_too_long = d.pop("AD_IMAGE_1_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_1_link_length_too_long is None:
            ad_image_1_link_length_too_long = tolerate_null("AD_IMAGE_1_LINK_LENGTH_TOO_LONG")

        ad_image_1_link_required = d.pop("AD_IMAGE_1_LINK_REQUIRED", UNSET)
        if ad_image_1_link_required is None:
            ad_image_1_link_required = tolerate_null("AD_IMAGE_1_LINK_REQUIRED")

        ad_image_1_link_warning = d.pop("AD_IMAGE_1_LINK_WARNING", UNSET)
        if ad_image_1_link_warning is None:
            ad_image_1_link_warning = tolerate_null("AD_IMAGE_1_LINK_WARNING")

        ad_image_1_tag_duplicated = d.pop("AD_IMAGE_1_TAG_DUPLICATED", UNSET)
        if ad_image_1_tag_duplicated is None:
            ad_image_1_tag_duplicated = tolerate_null("AD_IMAGE_1_TAG_DUPLICATED")

        ad_image_1_tag_length_too_long = d.pop("AD_IMAGE_1_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_1_tag_length_too_long is None:
            ad_image_1_tag_length_too_long = tolerate_null("AD_IMAGE_1_TAG_LENGTH_TOO_LONG")

        ad_image_1_tag_required = d.pop("AD_IMAGE_1_TAG_REQUIRED", UNSET)
        if ad_image_1_tag_required is None:
            ad_image_1_tag_required = tolerate_null("AD_IMAGE_1_TAG_REQUIRED")

        ad_image_2_link_duplicated = d.pop("AD_IMAGE_2_LINK_DUPLICATED", UNSET)
        if ad_image_2_link_duplicated is None:
            ad_image_2_link_duplicated = tolerate_null("AD_IMAGE_2_LINK_DUPLICATED")

        ad_image_2_link_length_too_long = d.pop("AD_IMAGE_2_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_2_link_length_too_long is None:
            ad_image_2_link_length_too_long = tolerate_null("AD_IMAGE_2_LINK_LENGTH_TOO_LONG")

        ad_image_2_link_required = d.pop("AD_IMAGE_2_LINK_REQUIRED", UNSET)
        if ad_image_2_link_required is None:
            ad_image_2_link_required = tolerate_null("AD_IMAGE_2_LINK_REQUIRED")

        ad_image_2_link_warning = d.pop("AD_IMAGE_2_LINK_WARNING", UNSET)
        if ad_image_2_link_warning is None:
            ad_image_2_link_warning = tolerate_null("AD_IMAGE_2_LINK_WARNING")

        ad_image_2_tag_duplicated = d.pop("AD_IMAGE_2_TAG_DUPLICATED", UNSET)
        if ad_image_2_tag_duplicated is None:
            ad_image_2_tag_duplicated = tolerate_null("AD_IMAGE_2_TAG_DUPLICATED")

        ad_image_2_tag_length_too_long = d.pop("AD_IMAGE_2_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_2_tag_length_too_long is None:
            ad_image_2_tag_length_too_long = tolerate_null("AD_IMAGE_2_TAG_LENGTH_TOO_LONG")

        ad_image_2_tag_required = d.pop("AD_IMAGE_2_TAG_REQUIRED", UNSET)
        if ad_image_2_tag_required is None:
            ad_image_2_tag_required = tolerate_null("AD_IMAGE_2_TAG_REQUIRED")

        ad_image_3_link_duplicated = d.pop("AD_IMAGE_3_LINK_DUPLICATED", UNSET)
        if ad_image_3_link_duplicated is None:
            ad_image_3_link_duplicated = tolerate_null("AD_IMAGE_3_LINK_DUPLICATED")

        ad_image_3_link_length_too_long = d.pop("AD_IMAGE_3_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_3_link_length_too_long is None:
            ad_image_3_link_length_too_long = tolerate_null("AD_IMAGE_3_LINK_LENGTH_TOO_LONG")

        ad_image_3_link_required = d.pop("AD_IMAGE_3_LINK_REQUIRED", UNSET)
        if ad_image_3_link_required is None:
            ad_image_3_link_required = tolerate_null("AD_IMAGE_3_LINK_REQUIRED")

        ad_image_3_link_warning = d.pop("AD_IMAGE_3_LINK_WARNING", UNSET)
        if ad_image_3_link_warning is None:
            ad_image_3_link_warning = tolerate_null("AD_IMAGE_3_LINK_WARNING")

        ad_image_3_tag_duplicated = d.pop("AD_IMAGE_3_TAG_DUPLICATED", UNSET)
        if ad_image_3_tag_duplicated is None:
            ad_image_3_tag_duplicated = tolerate_null("AD_IMAGE_3_TAG_DUPLICATED")

        ad_image_3_tag_length_too_long = d.pop("AD_IMAGE_3_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_3_tag_length_too_long is None:
            ad_image_3_tag_length_too_long = tolerate_null("AD_IMAGE_3_TAG_LENGTH_TOO_LONG")

        ad_image_3_tag_required = d.pop("AD_IMAGE_3_TAG_REQUIRED", UNSET)
        if ad_image_3_tag_required is None:
            ad_image_3_tag_required = tolerate_null("AD_IMAGE_3_TAG_REQUIRED")

        ad_image_4_link_duplicated = d.pop("AD_IMAGE_4_LINK_DUPLICATED", UNSET)
        if ad_image_4_link_duplicated is None:
            ad_image_4_link_duplicated = tolerate_null("AD_IMAGE_4_LINK_DUPLICATED")

        ad_image_4_link_length_too_long = d.pop("AD_IMAGE_4_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_4_link_length_too_long is None:
            ad_image_4_link_length_too_long = tolerate_null("AD_IMAGE_4_LINK_LENGTH_TOO_LONG")

        ad_image_4_link_required = d.pop("AD_IMAGE_4_LINK_REQUIRED", UNSET)
        if ad_image_4_link_required is None:
            ad_image_4_link_required = tolerate_null("AD_IMAGE_4_LINK_REQUIRED")

        ad_image_4_link_warning = d.pop("AD_IMAGE_4_LINK_WARNING", UNSET)
        if ad_image_4_link_warning is None:
            ad_image_4_link_warning = tolerate_null("AD_IMAGE_4_LINK_WARNING")

        ad_image_4_tag_duplicated = d.pop("AD_IMAGE_4_TAG_DUPLICATED", UNSET)
        if ad_image_4_tag_duplicated is None:
            ad_image_4_tag_duplicated = tolerate_null("AD_IMAGE_4_TAG_DUPLICATED")

        ad_image_4_tag_length_too_long = d.pop("AD_IMAGE_4_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_4_tag_length_too_long is None:
            ad_image_4_tag_length_too_long = tolerate_null("AD_IMAGE_4_TAG_LENGTH_TOO_LONG")

        ad_image_4_tag_required = d.pop("AD_IMAGE_4_TAG_REQUIRED", UNSET)
        if ad_image_4_tag_required is None:
            ad_image_4_tag_required = tolerate_null("AD_IMAGE_4_TAG_REQUIRED")

        ad_image_5_link_duplicated = d.pop("AD_IMAGE_5_LINK_DUPLICATED", UNSET)
        if ad_image_5_link_duplicated is None:
            ad_image_5_link_duplicated = tolerate_null("AD_IMAGE_5_LINK_DUPLICATED")

        ad_image_5_link_length_too_long = d.pop("AD_IMAGE_5_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_5_link_length_too_long is None:
            ad_image_5_link_length_too_long = tolerate_null("AD_IMAGE_5_LINK_LENGTH_TOO_LONG")

        ad_image_5_link_required = d.pop("AD_IMAGE_5_LINK_REQUIRED", UNSET)
        if ad_image_5_link_required is None:
            ad_image_5_link_required = tolerate_null("AD_IMAGE_5_LINK_REQUIRED")

        ad_image_5_link_warning = d.pop("AD_IMAGE_5_LINK_WARNING", UNSET)
        if ad_image_5_link_warning is None:
            ad_image_5_link_warning = tolerate_null("AD_IMAGE_5_LINK_WARNING")

        ad_image_5_tag_duplicated = d.pop("AD_IMAGE_5_TAG_DUPLICATED", UNSET)
        if ad_image_5_tag_duplicated is None:
            ad_image_5_tag_duplicated = tolerate_null("AD_IMAGE_5_TAG_DUPLICATED")

        ad_image_5_tag_length_too_long = d.pop("AD_IMAGE_5_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_5_tag_length_too_long is None:
            ad_image_5_tag_length_too_long = tolerate_null("AD_IMAGE_5_TAG_LENGTH_TOO_LONG")

        ad_image_5_tag_required = d.pop("AD_IMAGE_5_TAG_REQUIRED", UNSET)
        if ad_image_5_tag_required is None:
            ad_image_5_tag_required = tolerate_null("AD_IMAGE_5_TAG_REQUIRED")

        ad_image_6_link_duplicated = d.pop("AD_IMAGE_6_LINK_DUPLICATED", UNSET)
        if ad_image_6_link_duplicated is None:
            ad_image_6_link_duplicated = tolerate_null("AD_IMAGE_6_LINK_DUPLICATED")

        ad_image_6_link_length_too_long = d.pop("AD_IMAGE_6_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_6_link_length_too_long is None:
            ad_image_6_link_length_too_long = tolerate_null("AD_IMAGE_6_LINK_LENGTH_TOO_LONG")

        ad_image_6_link_required = d.pop("AD_IMAGE_6_LINK_REQUIRED", UNSET)
        if ad_image_6_link_required is None:
            ad_image_6_link_required = tolerate_null("AD_IMAGE_6_LINK_REQUIRED")

        ad_image_6_link_warning = d.pop("AD_IMAGE_6_LINK_WARNING", UNSET)
        if ad_image_6_link_warning is None:
            ad_image_6_link_warning = tolerate_null("AD_IMAGE_6_LINK_WARNING")

        ad_image_6_tag_duplicated = d.pop("AD_IMAGE_6_TAG_DUPLICATED", UNSET)
        if ad_image_6_tag_duplicated is None:
            ad_image_6_tag_duplicated = tolerate_null("AD_IMAGE_6_TAG_DUPLICATED")

        ad_image_6_tag_length_too_long = d.pop("AD_IMAGE_6_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_6_tag_length_too_long is None:
            ad_image_6_tag_length_too_long = tolerate_null("AD_IMAGE_6_TAG_LENGTH_TOO_LONG")

        ad_image_6_tag_required = d.pop("AD_IMAGE_6_TAG_REQUIRED", UNSET)
        if ad_image_6_tag_required is None:
            ad_image_6_tag_required = tolerate_null("AD_IMAGE_6_TAG_REQUIRED")

        ad_image_7_link_duplicated = d.pop("AD_IMAGE_7_LINK_DUPLICATED", UNSET)
        if ad_image_7_link_duplicated is None:
            ad_image_7_link_duplicated = tolerate_null("AD_IMAGE_7_LINK_DUPLICATED")

        ad_image_7_link_length_too_long = d.pop("AD_IMAGE_7_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_7_link_length_too_long is None:
            ad_image_7_link_length_too_long = tolerate_null("AD_IMAGE_7_LINK_LENGTH_TOO_LONG")

        ad_image_7_link_required = d.pop("AD_IMAGE_7_LINK_REQUIRED", UNSET)
        if ad_image_7_link_required is None:
            ad_image_7_link_required = tolerate_null("AD_IMAGE_7_LINK_REQUIRED")

        ad_image_7_link_warning = d.pop("AD_IMAGE_7_LINK_WARNING", UNSET)
        if ad_image_7_link_warning is None:
            ad_image_7_link_warning = tolerate_null("AD_IMAGE_7_LINK_WARNING")

        ad_image_7_tag_duplicated = d.pop("AD_IMAGE_7_TAG_DUPLICATED", UNSET)
        if ad_image_7_tag_duplicated is None:
            ad_image_7_tag_duplicated = tolerate_null("AD_IMAGE_7_TAG_DUPLICATED")

        ad_image_7_tag_length_too_long = d.pop("AD_IMAGE_7_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_7_tag_length_too_long is None:
            ad_image_7_tag_length_too_long = tolerate_null("AD_IMAGE_7_TAG_LENGTH_TOO_LONG")

        ad_image_7_tag_required = d.pop("AD_IMAGE_7_TAG_REQUIRED", UNSET)
        if ad_image_7_tag_required is None:
            ad_image_7_tag_required = tolerate_null("AD_IMAGE_7_TAG_REQUIRED")

        ad_image_8_link_duplicated = d.pop("AD_IMAGE_8_LINK_DUPLICATED", UNSET)
        if ad_image_8_link_duplicated is None:
            ad_image_8_link_duplicated = tolerate_null("AD_IMAGE_8_LINK_DUPLICATED")

        ad_image_8_link_length_too_long = d.pop("AD_IMAGE_8_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_8_link_length_too_long is None:
            ad_image_8_link_length_too_long = tolerate_null("AD_IMAGE_8_LINK_LENGTH_TOO_LONG")

        ad_image_8_link_required = d.pop("AD_IMAGE_8_LINK_REQUIRED", UNSET)
        if ad_image_8_link_required is None:
            ad_image_8_link_required = tolerate_null("AD_IMAGE_8_LINK_REQUIRED")

        ad_image_8_link_warning = d.pop("AD_IMAGE_8_LINK_WARNING", UNSET)
        if ad_image_8_link_warning is None:
            ad_image_8_link_warning = tolerate_null("AD_IMAGE_8_LINK_WARNING")

        ad_image_8_tag_duplicated = d.pop("AD_IMAGE_8_TAG_DUPLICATED", UNSET)
        if ad_image_8_tag_duplicated is None:
            ad_image_8_tag_duplicated = tolerate_null("AD_IMAGE_8_TAG_DUPLICATED")

        ad_image_8_tag_length_too_long = d.pop("AD_IMAGE_8_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_8_tag_length_too_long is None:
            ad_image_8_tag_length_too_long = tolerate_null("AD_IMAGE_8_TAG_LENGTH_TOO_LONG")

        ad_image_8_tag_required = d.pop("AD_IMAGE_8_TAG_REQUIRED", UNSET)
        if ad_image_8_tag_required is None:
            ad_image_8_tag_required = tolerate_null("AD_IMAGE_8_TAG_REQUIRED")

        ad_image_9_link_duplicated = d.pop("AD_IMAGE_9_LINK_DUPLICATED", UNSET)
        if ad_image_9_link_duplicated is None:
            ad_image_9_link_duplicated = tolerate_null("AD_IMAGE_9_LINK_DUPLICATED")

        ad_image_9_link_length_too_long = d.pop("AD_IMAGE_9_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_image_9_link_length_too_long is None:
            ad_image_9_link_length_too_long = tolerate_null("AD_IMAGE_9_LINK_LENGTH_TOO_LONG")

        ad_image_9_link_required = d.pop("AD_IMAGE_9_LINK_REQUIRED", UNSET)
        if ad_image_9_link_required is None:
            ad_image_9_link_required = tolerate_null("AD_IMAGE_9_LINK_REQUIRED")

        ad_image_9_link_warning = d.pop("AD_IMAGE_9_LINK_WARNING", UNSET)
        if ad_image_9_link_warning is None:
            ad_image_9_link_warning = tolerate_null("AD_IMAGE_9_LINK_WARNING")

        ad_image_9_tag_duplicated = d.pop("AD_IMAGE_9_TAG_DUPLICATED", UNSET)
        if ad_image_9_tag_duplicated is None:
            ad_image_9_tag_duplicated = tolerate_null("AD_IMAGE_9_TAG_DUPLICATED")

        ad_image_9_tag_length_too_long = d.pop("AD_IMAGE_9_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_image_9_tag_length_too_long is None:
            ad_image_9_tag_length_too_long = tolerate_null("AD_IMAGE_9_TAG_LENGTH_TOO_LONG")

        ad_image_9_tag_required = d.pop("AD_IMAGE_9_TAG_REQUIRED", UNSET)
        if ad_image_9_tag_required is None:
            ad_image_9_tag_required = tolerate_null("AD_IMAGE_9_TAG_REQUIRED")

        ad_link_format_warning = d.pop("AD_LINK_FORMAT_WARNING", UNSET)
        if ad_link_format_warning is None:
            ad_link_format_warning = tolerate_null("AD_LINK_FORMAT_WARNING")

        ad_link_same_as_link = d.pop("AD_LINK_SAME_AS_LINK", UNSET)
        if ad_link_same_as_link is None:
            ad_link_same_as_link = tolerate_null("AD_LINK_SAME_AS_LINK")

        ad_video_0_link_duplicated = d.pop("AD_VIDEO_0_LINK_DUPLICATED", UNSET)
        if ad_video_0_link_duplicated is None:
            ad_video_0_link_duplicated = tolerate_null("AD_VIDEO_0_LINK_DUPLICATED")

        ad_video_0_link_length_too_long = d.pop("AD_VIDEO_0_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_video_0_link_length_too_long is None:
            ad_video_0_link_length_too_long = tolerate_null("AD_VIDEO_0_LINK_LENGTH_TOO_LONG")

        ad_video_0_link_required = d.pop("AD_VIDEO_0_LINK_REQUIRED", UNSET)
        if ad_video_0_link_required is None:
            ad_video_0_link_required = tolerate_null("AD_VIDEO_0_LINK_REQUIRED")

        ad_video_0_link_warning = d.pop("AD_VIDEO_0_LINK_WARNING", UNSET)
        if ad_video_0_link_warning is None:
            ad_video_0_link_warning = tolerate_null("AD_VIDEO_0_LINK_WARNING")

        ad_video_0_tag_duplicated = d.pop("AD_VIDEO_0_TAG_DUPLICATED", UNSET)
        if ad_video_0_tag_duplicated is None:
            ad_video_0_tag_duplicated = tolerate_null("AD_VIDEO_0_TAG_DUPLICATED")

        ad_video_0_tag_length_too_long = d.pop("AD_VIDEO_0_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_video_0_tag_length_too_long is None:
            ad_video_0_tag_length_too_long = tolerate_null("AD_VIDEO_0_TAG_LENGTH_TOO_LONG")

        ad_video_0_tag_required = d.pop("AD_VIDEO_0_TAG_REQUIRED", UNSET)
        if ad_video_0_tag_required is None:
            ad_video_0_tag_required = tolerate_null("AD_VIDEO_0_TAG_REQUIRED")

        ad_video_1_link_duplicated = d.pop("AD_VIDEO_1_LINK_DUPLICATED", UNSET)
        if ad_video_1_link_duplicated is None:
            ad_video_1_link_duplicated = tolerate_null("AD_VIDEO_1_LINK_DUPLICATED")

        ad_video_1_link_length_too_long = d.pop("AD_VIDEO_1_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_video_1_link_length_too_long is None:
            ad_video_1_link_length_too_long = tolerate_null("AD_VIDEO_1_LINK_LENGTH_TOO_LONG")

        ad_video_1_link_required = d.pop("AD_VIDEO_1_LINK_REQUIRED", UNSET)
        if ad_video_1_link_required is None:
            ad_video_1_link_required = tolerate_null("AD_VIDEO_1_LINK_REQUIRED")

        ad_video_1_link_warning = d.pop("AD_VIDEO_1_LINK_WARNING", UNSET)
        if ad_video_1_link_warning is None:
            ad_video_1_link_warning = tolerate_null("AD_VIDEO_1_LINK_WARNING")

        ad_video_1_tag_duplicated = d.pop("AD_VIDEO_1_TAG_DUPLICATED", UNSET)
        if ad_video_1_tag_duplicated is None:
            ad_video_1_tag_duplicated = tolerate_null("AD_VIDEO_1_TAG_DUPLICATED")

        ad_video_1_tag_length_too_long = d.pop("AD_VIDEO_1_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_video_1_tag_length_too_long is None:
            ad_video_1_tag_length_too_long = tolerate_null("AD_VIDEO_1_TAG_LENGTH_TOO_LONG")

        ad_video_1_tag_required = d.pop("AD_VIDEO_1_TAG_REQUIRED", UNSET)
        if ad_video_1_tag_required is None:
            ad_video_1_tag_required = tolerate_null("AD_VIDEO_1_TAG_REQUIRED")

        ad_video_2_link_duplicated = d.pop("AD_VIDEO_2_LINK_DUPLICATED", UNSET)
        if ad_video_2_link_duplicated is None:
            ad_video_2_link_duplicated = tolerate_null("AD_VIDEO_2_LINK_DUPLICATED")

        ad_video_2_link_length_too_long = d.pop("AD_VIDEO_2_LINK_LENGTH_TOO_LONG", UNSET)
        if ad_video_2_link_length_too_long is None:
            ad_video_2_link_length_too_long = tolerate_null("AD_VIDEO_2_LINK_LENGTH_TOO_LONG")

        ad_video_2_link_required = d.pop("AD_VIDEO_2_LINK_REQUIRED", UNSET)
        if ad_video_2_link_required is None:
            ad_video_2_link_required = tolerate_null("AD_VIDEO_2_LINK_REQUIRED")

        ad_video_2_link_warning = d.pop("AD_VIDEO_2_LINK_WARNING", UNSET)
        if ad_video_2_link_warning is None:
            ad_video_2_link_warning = tolerate_null("AD_VIDEO_2_LINK_WARNING")

        ad_video_2_tag_duplicated = d.pop("AD_VIDEO_2_TAG_DUPLICATED", UNSET)
        if ad_video_2_tag_duplicated is None:
            ad_video_2_tag_duplicated = tolerate_null("AD_VIDEO_2_TAG_DUPLICATED")

        ad_video_2_tag_length_too_long = d.pop("AD_VIDEO_2_TAG_LENGTH_TOO_LONG", UNSET)
        if ad_video_2_tag_length_too_long is None:
            ad_video_2_tag_length_too_long = tolerate_null("AD_VIDEO_2_TAG_LENGTH_TOO_LONG")

        ad_video_2_tag_required = d.pop("AD_VIDEO_2_TAG_REQUIRED", UNSET)
        if ad_video_2_tag_required is None:
            ad_video_2_tag_required = tolerate_null("AD_VIDEO_2_TAG_REQUIRED")

        additional_image_link_length_too_long = d.pop(
            "ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG", UNSET
        )
        if additional_image_link_length_too_long is None:
            additional_image_link_length_too_long = tolerate_null(
                "ADDITIONAL_IMAGE_LINK_LENGTH_TOO_LONG"
            )

        additional_image_link_warning = d.pop("ADDITIONAL_IMAGE_LINK_WARNING", UNSET)
        if additional_image_link_warning is None:
            additional_image_link_warning = tolerate_null("ADDITIONAL_IMAGE_LINK_WARNING")

        adwords_format_warning = d.pop("ADWORDS_FORMAT_WARNING", UNSET)
        if adwords_format_warning is None:
            adwords_format_warning = tolerate_null("ADWORDS_FORMAT_WARNING")

        adwords_same_as_link = d.pop("ADWORDS_SAME_AS_LINK", UNSET)
        if adwords_same_as_link is None:
            adwords_same_as_link = tolerate_null("ADWORDS_SAME_AS_LINK")

        age_group_invalid = d.pop("AGE_GROUP_INVALID", UNSET)
        if age_group_invalid is None:
            age_group_invalid = tolerate_null("AGE_GROUP_INVALID")

        android_deep_link_invalid = d.pop("ANDROID_DEEP_LINK_INVALID", UNSET)
        if android_deep_link_invalid is None:
            android_deep_link_invalid = tolerate_null("ANDROID_DEEP_LINK_INVALID")

        availability_date_invalid = d.pop("AVAILABILITY_DATE_INVALID", UNSET)
        if availability_date_invalid is None:
            availability_date_invalid = tolerate_null("AVAILABILITY_DATE_INVALID")

        country_does_not_map_to_currency = d.pop("COUNTRY_DOES_NOT_MAP_TO_CURRENCY", UNSET)
        if country_does_not_map_to_currency is None:
            country_does_not_map_to_currency = tolerate_null("COUNTRY_DOES_NOT_MAP_TO_CURRENCY")

        custom_label_length_too_long = d.pop("CUSTOM_LABEL_LENGTH_TOO_LONG", UNSET)
        if custom_label_length_too_long is None:
            custom_label_length_too_long = tolerate_null("CUSTOM_LABEL_LENGTH_TOO_LONG")

        description_length_too_long = d.pop("DESCRIPTION_LENGTH_TOO_LONG", UNSET)
        if description_length_too_long is None:
            description_length_too_long = tolerate_null("DESCRIPTION_LENGTH_TOO_LONG")

        duplicate_headers = d.pop("DUPLICATE_HEADERS", UNSET)
        if duplicate_headers is None:
            duplicate_headers = tolerate_null("DUPLICATE_HEADERS")

        expiration_date_invalid = d.pop("EXPIRATION_DATE_INVALID", UNSET)
        if expiration_date_invalid is None:
            expiration_date_invalid = tolerate_null("EXPIRATION_DATE_INVALID")

        _fetch_same_signature = d.pop("FETCH_SAME_SIGNATURE", UNSET)
        fetch_same_signature: CatalogsFeedValidationWarningsFETCHSAMESIGNATURE | Unset
        if isinstance(_fetch_same_signature, Unset):
            fetch_same_signature = UNSET
        elif _fetch_same_signature is None:
            fetch_same_signature = tolerate_null("FETCH_SAME_SIGNATURE")
        else:
            fetch_same_signature = CatalogsFeedValidationWarningsFETCHSAMESIGNATURE(
                _fetch_same_signature
            )

        gender_invalid = d.pop("GENDER_INVALID", UNSET)
        if gender_invalid is None:
            gender_invalid = tolerate_null("GENDER_INVALID")

        gtin_invalid = d.pop("GTIN_INVALID", UNSET)
        if gtin_invalid is None:
            gtin_invalid = tolerate_null("GTIN_INVALID")

        image_link_warning = d.pop("IMAGE_LINK_WARNING", UNSET)
        if image_link_warning is None:
            image_link_warning = tolerate_null("IMAGE_LINK_WARNING")

        inconsistent_currency_values = d.pop("INCONSISTENT_CURRENCY_VALUES", UNSET)
        if inconsistent_currency_values is None:
            inconsistent_currency_values = tolerate_null("INCONSISTENT_CURRENCY_VALUES")

        indexed_product_count_large_delta = d.pop("INDEXED_PRODUCT_COUNT_LARGE_DELTA", UNSET)
        if indexed_product_count_large_delta is None:
            indexed_product_count_large_delta = tolerate_null("INDEXED_PRODUCT_COUNT_LARGE_DELTA")

        ios_deep_link_invalid = d.pop("IOS_DEEP_LINK_INVALID", UNSET)
        if ios_deep_link_invalid is None:
            ios_deep_link_invalid = tolerate_null("IOS_DEEP_LINK_INVALID")

        is_bundle_invalid = d.pop("IS_BUNDLE_INVALID", UNSET)
        if is_bundle_invalid is None:
            is_bundle_invalid = tolerate_null("IS_BUNDLE_INVALID")

        item_additional_image_download_failure = d.pop(
            "ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE", UNSET
        )
        if item_additional_image_download_failure is None:
            item_additional_image_download_failure = tolerate_null(
                "ITEM_ADDITIONAL_IMAGE_DOWNLOAD_FAILURE"
            )

        link_format_warning = d.pop("LINK_FORMAT_WARNING", UNSET)
        if link_format_warning is None:
            link_format_warning = tolerate_null("LINK_FORMAT_WARNING")

        min_ad_price_invalid = d.pop("MIN_AD_PRICE_INVALID", UNSET)
        if min_ad_price_invalid is None:
            min_ad_price_invalid = tolerate_null("MIN_AD_PRICE_INVALID")

        mpn_invalid = d.pop("MPN_INVALID", UNSET)
        if mpn_invalid is None:
            mpn_invalid = tolerate_null("MPN_INVALID")

        multipack_invalid = d.pop("MULTIPACK_INVALID", UNSET)
        if multipack_invalid is None:
            multipack_invalid = tolerate_null("MULTIPACK_INVALID")

        optional_condition_invalid = d.pop("OPTIONAL_CONDITION_INVALID", UNSET)
        if optional_condition_invalid is None:
            optional_condition_invalid = tolerate_null("OPTIONAL_CONDITION_INVALID")

        optional_condition_missing = d.pop("OPTIONAL_CONDITION_MISSING", UNSET)
        if optional_condition_missing is None:
            optional_condition_missing = tolerate_null("OPTIONAL_CONDITION_MISSING")

        optional_product_category_invalid = d.pop("OPTIONAL_PRODUCT_CATEGORY_INVALID", UNSET)
        if optional_product_category_invalid is None:
            optional_product_category_invalid = tolerate_null("OPTIONAL_PRODUCT_CATEGORY_INVALID")

        optional_product_category_missing = d.pop("OPTIONAL_PRODUCT_CATEGORY_MISSING", UNSET)
        if optional_product_category_missing is None:
            optional_product_category_missing = tolerate_null("OPTIONAL_PRODUCT_CATEGORY_MISSING")

        product_category_depth_warning = d.pop("PRODUCT_CATEGORY_DEPTH_WARNING", UNSET)
        if product_category_depth_warning is None:
            product_category_depth_warning = tolerate_null("PRODUCT_CATEGORY_DEPTH_WARNING")

        product_type_length_too_long = d.pop("PRODUCT_TYPE_LENGTH_TOO_LONG", UNSET)
        if product_type_length_too_long is None:
            product_type_length_too_long = tolerate_null("PRODUCT_TYPE_LENGTH_TOO_LONG")

        sale_date_invalid = d.pop("SALE_DATE_INVALID", UNSET)
        if sale_date_invalid is None:
            sale_date_invalid = tolerate_null("SALE_DATE_INVALID")

        sales_price_invalid = d.pop("SALES_PRICE_INVALID", UNSET)
        if sales_price_invalid is None:
            sales_price_invalid = tolerate_null("SALES_PRICE_INVALID")

        sales_price_too_high = d.pop("SALES_PRICE_TOO_HIGH", UNSET)
        if sales_price_too_high is None:
            sales_price_too_high = tolerate_null("SALES_PRICE_TOO_HIGH")

        sales_price_too_low = d.pop("SALES_PRICE_TOO_LOW", UNSET)
        if sales_price_too_low is None:
            sales_price_too_low = tolerate_null("SALES_PRICE_TOO_LOW")

        shipping_height_invalid = d.pop("SHIPPING_HEIGHT_INVALID", UNSET)
        if shipping_height_invalid is None:
            shipping_height_invalid = tolerate_null("SHIPPING_HEIGHT_INVALID")

        shipping_invalid = d.pop("SHIPPING_INVALID", UNSET)
        if shipping_invalid is None:
            shipping_invalid = tolerate_null("SHIPPING_INVALID")

        shipping_weight_invalid = d.pop("SHIPPING_WEIGHT_INVALID", UNSET)
        if shipping_weight_invalid is None:
            shipping_weight_invalid = tolerate_null("SHIPPING_WEIGHT_INVALID")

        shipping_width_invalid = d.pop("SHIPPING_WIDTH_INVALID", UNSET)
        if shipping_width_invalid is None:
            shipping_width_invalid = tolerate_null("SHIPPING_WIDTH_INVALID")

        size_system_invalid = d.pop("SIZE_SYSTEM_INVALID", UNSET)
        if size_system_invalid is None:
            size_system_invalid = tolerate_null("SIZE_SYSTEM_INVALID")

        size_type_invalid = d.pop("SIZE_TYPE_INVALID", UNSET)
        if size_type_invalid is None:
            size_type_invalid = tolerate_null("SIZE_TYPE_INVALID")

        tax_invalid = d.pop("TAX_INVALID", UNSET)
        if tax_invalid is None:
            tax_invalid = tolerate_null("TAX_INVALID")

        title_length_too_long = d.pop("TITLE_LENGTH_TOO_LONG", UNSET)
        if title_length_too_long is None:
            title_length_too_long = tolerate_null("TITLE_LENGTH_TOO_LONG")

        too_many_additional_image_links = d.pop("TOO_MANY_ADDITIONAL_IMAGE_LINKS", UNSET)
        if too_many_additional_image_links is None:
            too_many_additional_image_links = tolerate_null("TOO_MANY_ADDITIONAL_IMAGE_LINKS")

        updated_time_invalid = d.pop("UPDATED_TIME_INVALID", UNSET)
        if updated_time_invalid is None:
            updated_time_invalid = tolerate_null("UPDATED_TIME_INVALID")

        utm_source_auto_corrected = d.pop("UTM_SOURCE_AUTO_CORRECTED", UNSET)
        if utm_source_auto_corrected is None:
            utm_source_auto_corrected = tolerate_null("UTM_SOURCE_AUTO_CORRECTED")

        video_required_when_ad_video_provided = d.pop(
            "VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED", UNSET
        )
        if video_required_when_ad_video_provided is None:
            video_required_when_ad_video_provided = tolerate_null(
                "VIDEO_REQUIRED_WHEN_AD_VIDEO_PROVIDED"
            )

        weight_unit_invalid = d.pop("WEIGHT_UNIT_INVALID", UNSET)
        if weight_unit_invalid is None:
            weight_unit_invalid = tolerate_null("WEIGHT_UNIT_INVALID")

        catalogs_feed_validation_warnings = cls(
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
            duplicate_headers=duplicate_headers,
            expiration_date_invalid=expiration_date_invalid,
            fetch_same_signature=fetch_same_signature,
            gender_invalid=gender_invalid,
            gtin_invalid=gtin_invalid,
            image_link_warning=image_link_warning,
            inconsistent_currency_values=inconsistent_currency_values,
            indexed_product_count_large_delta=indexed_product_count_large_delta,
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
            updated_time_invalid=updated_time_invalid,
            utm_source_auto_corrected=utm_source_auto_corrected,
            video_required_when_ad_video_provided=video_required_when_ad_video_provided,
            weight_unit_invalid=weight_unit_invalid,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedValidationWarnings", d)

        catalogs_feed_validation_warnings.additional_properties = d
        return catalogs_feed_validation_warnings

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
