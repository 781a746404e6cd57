from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsFeedValidationErrors")


@_attrs_define
class CatalogsFeedValidationErrors:
    """
    Attributes:
        adult_invalid (int | Unset): Some items have invalid adult values.
        adwords_format_invalid (int | Unset): Some adwords links contain too many characters.
        availability_invalid (int | Unset): Some items are missing an availability value in their product metadata,
            those items will not be published.
        blocklisted_image_signature (int | Unset): Some items were not published because they don't meet Pinterest's
            Merchant Guidelines.
        delimiter_error (int | Unset): Your feed includes data with formatting errors.
        description_missing (int | Unset): Some items are missing a description in their product metadata, those items
            will not be published.
        duplicate_products (int | Unset): Some products are duplicated.
        encoding_error (int | Unset): Your feed includes data with an unsupported encoding format.
        feed_length_too_long (int | Unset): Your feed contains too many items, some items will not be published.
        feed_too_small (int | Unset): Your feed couldn't be validated because the file doesn't contain the minimum
            number of lines required.
        fetch_error (int | Unset): Pinterest couldn't download your feed.
        fetch_inactive_feed_error (int | Unset): Your feed wasn't ingested because it hasn’t changed in the previous 90
            days.
        image_link_invalid (int | Unset): Some image links are formatted incorrectly.
        image_link_length_too_long (int | Unset): Some items have image_link URLs that contain too many characters, so
            those items will not be published.
        image_link_missing (int | Unset): Some items are missing an image link URL in their product metadata, those
            items will not be published.
        internal_service_error (int | Unset): We experienced a technical difficulty and were unable to ingest your feed.
            The next ingestion will happen in 24 hours.
        invalid_domain (int | Unset): Some of your product link values don't match the verified domain associated with
            this account.
        item_main_image_download_failure (int | Unset): Some items' main images can't be found.
        itemid_missing (int | Unset): Some items are missing an item id in their product metadata, those items will not
            be published.
        link_format_invalid (int | Unset): Some link values are formatted incorrectly.
        link_length_too_long (int | Unset): Some product links contain too many characters, those items will not be
            published.
        list_price_invalid (int | Unset): Some items have list price formatting errors in their product metadata, those
            items will not be published.
        malformed_xml (int | Unset): Your feed couldn't be validated because the xml file is formatted incorrectly.
        max_items_per_item_group_exceeded (int | Unset): Some items exceed the maximum number of items per item group,
            those items will not be published.
        no_verified_domain (int | Unset): Your merchant domain needs to be claimed.
        parse_line_error (int | Unset): Your feed contains formatting errors for some items.
        pinjoin_content_unsafe (int | Unset): Some items were not published because they don't meet Pinterest's Merchant
            Guidelines.
        price_cannot_be_determined (int | Unset): Some items were not published because price cannot be determined. The
            price, list price, and sale price are all different, so those items will not be published.
        price_missing (int | Unset): Some products are missing a price, those items will not be published.
        product_link_missing (int | Unset): Some items are missing a link URL in their product metadata, those items
            will not be published.
        product_price_invalid (int | Unset): Some items have price formatting errors in their product metadata, those
            items will not be published.
        required_columns_missing (int | Unset): Your feed is missing some required column headers.
        title_missing (int | Unset): Some items are missing a title in their product metadata, those items will not be
            published.
    """

    adult_invalid: int | Unset = UNSET
    adwords_format_invalid: int | Unset = UNSET
    availability_invalid: int | Unset = UNSET
    blocklisted_image_signature: int | Unset = UNSET
    delimiter_error: int | Unset = UNSET
    description_missing: int | Unset = UNSET
    duplicate_products: int | Unset = UNSET
    encoding_error: int | Unset = UNSET
    feed_length_too_long: int | Unset = UNSET
    feed_too_small: int | Unset = UNSET
    fetch_error: int | Unset = UNSET
    fetch_inactive_feed_error: int | Unset = UNSET
    image_link_invalid: int | Unset = UNSET
    image_link_length_too_long: int | Unset = UNSET
    image_link_missing: int | Unset = UNSET
    internal_service_error: int | Unset = UNSET
    invalid_domain: int | Unset = UNSET
    item_main_image_download_failure: int | Unset = UNSET
    itemid_missing: int | Unset = UNSET
    link_format_invalid: int | Unset = UNSET
    link_length_too_long: int | Unset = UNSET
    list_price_invalid: int | Unset = UNSET
    malformed_xml: int | Unset = UNSET
    max_items_per_item_group_exceeded: int | Unset = UNSET
    no_verified_domain: int | Unset = UNSET
    parse_line_error: int | Unset = UNSET
    pinjoin_content_unsafe: int | Unset = UNSET
    price_cannot_be_determined: int | Unset = UNSET
    price_missing: int | Unset = UNSET
    product_link_missing: int | Unset = UNSET
    product_price_invalid: int | Unset = UNSET
    required_columns_missing: int | Unset = UNSET
    title_missing: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adult_invalid = self.adult_invalid

        adwords_format_invalid = self.adwords_format_invalid

        availability_invalid = self.availability_invalid

        blocklisted_image_signature = self.blocklisted_image_signature

        delimiter_error = self.delimiter_error

        description_missing = self.description_missing

        duplicate_products = self.duplicate_products

        encoding_error = self.encoding_error

        feed_length_too_long = self.feed_length_too_long

        feed_too_small = self.feed_too_small

        fetch_error = self.fetch_error

        fetch_inactive_feed_error = self.fetch_inactive_feed_error

        image_link_invalid = self.image_link_invalid

        image_link_length_too_long = self.image_link_length_too_long

        image_link_missing = self.image_link_missing

        internal_service_error = self.internal_service_error

        invalid_domain = self.invalid_domain

        item_main_image_download_failure = self.item_main_image_download_failure

        itemid_missing = self.itemid_missing

        link_format_invalid = self.link_format_invalid

        link_length_too_long = self.link_length_too_long

        list_price_invalid = self.list_price_invalid

        malformed_xml = self.malformed_xml

        max_items_per_item_group_exceeded = self.max_items_per_item_group_exceeded

        no_verified_domain = self.no_verified_domain

        parse_line_error = self.parse_line_error

        pinjoin_content_unsafe = self.pinjoin_content_unsafe

        price_cannot_be_determined = self.price_cannot_be_determined

        price_missing = self.price_missing

        product_link_missing = self.product_link_missing

        product_price_invalid = self.product_price_invalid

        required_columns_missing = self.required_columns_missing

        title_missing = self.title_missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adult_invalid is not UNSET:
            field_dict["ADULT_INVALID"] = adult_invalid
        if adwords_format_invalid is not UNSET:
            field_dict["ADWORDS_FORMAT_INVALID"] = adwords_format_invalid
        if availability_invalid is not UNSET:
            field_dict["AVAILABILITY_INVALID"] = availability_invalid
        if blocklisted_image_signature is not UNSET:
            field_dict["BLOCKLISTED_IMAGE_SIGNATURE"] = blocklisted_image_signature
        if delimiter_error is not UNSET:
            field_dict["DELIMITER_ERROR"] = delimiter_error
        if description_missing is not UNSET:
            field_dict["DESCRIPTION_MISSING"] = description_missing
        if duplicate_products is not UNSET:
            field_dict["DUPLICATE_PRODUCTS"] = duplicate_products
        if encoding_error is not UNSET:
            field_dict["ENCODING_ERROR"] = encoding_error
        if feed_length_too_long is not UNSET:
            field_dict["FEED_LENGTH_TOO_LONG"] = feed_length_too_long
        if feed_too_small is not UNSET:
            field_dict["FEED_TOO_SMALL"] = feed_too_small
        if fetch_error is not UNSET:
            field_dict["FETCH_ERROR"] = fetch_error
        if fetch_inactive_feed_error is not UNSET:
            field_dict["FETCH_INACTIVE_FEED_ERROR"] = fetch_inactive_feed_error
        if image_link_invalid is not UNSET:
            field_dict["IMAGE_LINK_INVALID"] = image_link_invalid
        if image_link_length_too_long is not UNSET:
            field_dict["IMAGE_LINK_LENGTH_TOO_LONG"] = image_link_length_too_long
        if image_link_missing is not UNSET:
            field_dict["IMAGE_LINK_MISSING"] = image_link_missing
        if internal_service_error is not UNSET:
            field_dict["INTERNAL_SERVICE_ERROR"] = internal_service_error
        if invalid_domain is not UNSET:
            field_dict["INVALID_DOMAIN"] = invalid_domain
        if item_main_image_download_failure is not UNSET:
            field_dict["ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE"] = item_main_image_download_failure
        if itemid_missing is not UNSET:
            field_dict["ITEMID_MISSING"] = itemid_missing
        if link_format_invalid is not UNSET:
            field_dict["LINK_FORMAT_INVALID"] = link_format_invalid
        if link_length_too_long is not UNSET:
            field_dict["LINK_LENGTH_TOO_LONG"] = link_length_too_long
        if list_price_invalid is not UNSET:
            field_dict["LIST_PRICE_INVALID"] = list_price_invalid
        if malformed_xml is not UNSET:
            field_dict["MALFORMED_XML"] = malformed_xml
        if max_items_per_item_group_exceeded is not UNSET:
            field_dict["MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED"] = max_items_per_item_group_exceeded
        if no_verified_domain is not UNSET:
            field_dict["NO_VERIFIED_DOMAIN"] = no_verified_domain
        if parse_line_error is not UNSET:
            field_dict["PARSE_LINE_ERROR"] = parse_line_error
        if pinjoin_content_unsafe is not UNSET:
            field_dict["PINJOIN_CONTENT_UNSAFE"] = pinjoin_content_unsafe
        if price_cannot_be_determined is not UNSET:
            field_dict["PRICE_CANNOT_BE_DETERMINED"] = price_cannot_be_determined
        if price_missing is not UNSET:
            field_dict["PRICE_MISSING"] = price_missing
        if product_link_missing is not UNSET:
            field_dict["PRODUCT_LINK_MISSING"] = product_link_missing
        if product_price_invalid is not UNSET:
            field_dict["PRODUCT_PRICE_INVALID"] = product_price_invalid
        if required_columns_missing is not UNSET:
            field_dict["REQUIRED_COLUMNS_MISSING"] = required_columns_missing
        if title_missing is not UNSET:
            field_dict["TITLE_MISSING"] = title_missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        adult_invalid = d.pop("ADULT_INVALID", UNSET)
        if adult_invalid is None:
            adult_invalid = tolerate_null("ADULT_INVALID")

        adwords_format_invalid = d.pop("ADWORDS_FORMAT_INVALID", UNSET)
        if adwords_format_invalid is None:
            adwords_format_invalid = tolerate_null("ADWORDS_FORMAT_INVALID")

        availability_invalid = d.pop("AVAILABILITY_INVALID", UNSET)
        if availability_invalid is None:
            availability_invalid = tolerate_null("AVAILABILITY_INVALID")

        blocklisted_image_signature = d.pop("BLOCKLISTED_IMAGE_SIGNATURE", UNSET)
        if blocklisted_image_signature is None:
            blocklisted_image_signature = tolerate_null("BLOCKLISTED_IMAGE_SIGNATURE")

        delimiter_error = d.pop("DELIMITER_ERROR", UNSET)
        if delimiter_error is None:
            delimiter_error = tolerate_null("DELIMITER_ERROR")

        description_missing = d.pop("DESCRIPTION_MISSING", UNSET)
        if description_missing is None:
            description_missing = tolerate_null("DESCRIPTION_MISSING")

        duplicate_products = d.pop("DUPLICATE_PRODUCTS", UNSET)
        if duplicate_products is None:
            duplicate_products = tolerate_null("DUPLICATE_PRODUCTS")

        encoding_error = d.pop("ENCODING_ERROR", UNSET)
        if encoding_error is None:
            encoding_error = tolerate_null("ENCODING_ERROR")

        feed_length_too_long = d.pop("FEED_LENGTH_TOO_LONG", UNSET)
        if feed_length_too_long is None:
            feed_length_too_long = tolerate_null("FEED_LENGTH_TOO_LONG")

        feed_too_small = d.pop("FEED_TOO_SMALL", UNSET)
        if feed_too_small is None:
            feed_too_small = tolerate_null("FEED_TOO_SMALL")

        fetch_error = d.pop("FETCH_ERROR", UNSET)
        if fetch_error is None:
            fetch_error = tolerate_null("FETCH_ERROR")

        fetch_inactive_feed_error = d.pop("FETCH_INACTIVE_FEED_ERROR", UNSET)
        if fetch_inactive_feed_error is None:
            fetch_inactive_feed_error = tolerate_null("FETCH_INACTIVE_FEED_ERROR")

        image_link_invalid = d.pop("IMAGE_LINK_INVALID", UNSET)
        if image_link_invalid is None:
            image_link_invalid = tolerate_null("IMAGE_LINK_INVALID")

        image_link_length_too_long = d.pop("IMAGE_LINK_LENGTH_TOO_LONG", UNSET)
        if image_link_length_too_long is None:
            image_link_length_too_long = tolerate_null("IMAGE_LINK_LENGTH_TOO_LONG")

        image_link_missing = d.pop("IMAGE_LINK_MISSING", UNSET)
        if image_link_missing is None:
            image_link_missing = tolerate_null("IMAGE_LINK_MISSING")

        internal_service_error = d.pop("INTERNAL_SERVICE_ERROR", UNSET)
        if internal_service_error is None:
            internal_service_error = tolerate_null("INTERNAL_SERVICE_ERROR")

        invalid_domain = d.pop("INVALID_DOMAIN", UNSET)
        if invalid_domain is None:
            invalid_domain = tolerate_null("INVALID_DOMAIN")

        item_main_image_download_failure = d.pop("ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE", UNSET)
        if item_main_image_download_failure is None:
            item_main_image_download_failure = tolerate_null("ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE")

        itemid_missing = d.pop("ITEMID_MISSING", UNSET)
        if itemid_missing is None:
            itemid_missing = tolerate_null("ITEMID_MISSING")

        link_format_invalid = d.pop("LINK_FORMAT_INVALID", UNSET)
        if link_format_invalid is None:
            link_format_invalid = tolerate_null("LINK_FORMAT_INVALID")

        link_length_too_long = d.pop("LINK_LENGTH_TOO_LONG", UNSET)
        if link_length_too_long is None:
            link_length_too_long = tolerate_null("LINK_LENGTH_TOO_LONG")

        list_price_invalid = d.pop("LIST_PRICE_INVALID", UNSET)
        if list_price_invalid is None:
            list_price_invalid = tolerate_null("LIST_PRICE_INVALID")

        malformed_xml = d.pop("MALFORMED_XML", UNSET)
        if malformed_xml is None:
            malformed_xml = tolerate_null("MALFORMED_XML")

        max_items_per_item_group_exceeded = d.pop("MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED", UNSET)
        if max_items_per_item_group_exceeded is None:
            max_items_per_item_group_exceeded = tolerate_null("MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED")

        no_verified_domain = d.pop("NO_VERIFIED_DOMAIN", UNSET)
        if no_verified_domain is None:
            no_verified_domain = tolerate_null("NO_VERIFIED_DOMAIN")

        parse_line_error = d.pop("PARSE_LINE_ERROR", UNSET)
        if parse_line_error is None:
            parse_line_error = tolerate_null("PARSE_LINE_ERROR")

        pinjoin_content_unsafe = d.pop("PINJOIN_CONTENT_UNSAFE", UNSET)
        if pinjoin_content_unsafe is None:
            pinjoin_content_unsafe = tolerate_null("PINJOIN_CONTENT_UNSAFE")

        price_cannot_be_determined = d.pop("PRICE_CANNOT_BE_DETERMINED", UNSET)
        if price_cannot_be_determined is None:
            price_cannot_be_determined = tolerate_null("PRICE_CANNOT_BE_DETERMINED")

        price_missing = d.pop("PRICE_MISSING", UNSET)
        if price_missing is None:
            price_missing = tolerate_null("PRICE_MISSING")

        product_link_missing = d.pop("PRODUCT_LINK_MISSING", UNSET)
        if product_link_missing is None:
            product_link_missing = tolerate_null("PRODUCT_LINK_MISSING")

        product_price_invalid = d.pop("PRODUCT_PRICE_INVALID", UNSET)
        if product_price_invalid is None:
            product_price_invalid = tolerate_null("PRODUCT_PRICE_INVALID")

        required_columns_missing = d.pop("REQUIRED_COLUMNS_MISSING", UNSET)
        if required_columns_missing is None:
            required_columns_missing = tolerate_null("REQUIRED_COLUMNS_MISSING")

        title_missing = d.pop("TITLE_MISSING", UNSET)
        if title_missing is None:
            title_missing = tolerate_null("TITLE_MISSING")

        catalogs_feed_validation_errors = cls(
            adult_invalid=adult_invalid,
            adwords_format_invalid=adwords_format_invalid,
            availability_invalid=availability_invalid,
            blocklisted_image_signature=blocklisted_image_signature,
            delimiter_error=delimiter_error,
            description_missing=description_missing,
            duplicate_products=duplicate_products,
            encoding_error=encoding_error,
            feed_length_too_long=feed_length_too_long,
            feed_too_small=feed_too_small,
            fetch_error=fetch_error,
            fetch_inactive_feed_error=fetch_inactive_feed_error,
            image_link_invalid=image_link_invalid,
            image_link_length_too_long=image_link_length_too_long,
            image_link_missing=image_link_missing,
            internal_service_error=internal_service_error,
            invalid_domain=invalid_domain,
            item_main_image_download_failure=item_main_image_download_failure,
            itemid_missing=itemid_missing,
            link_format_invalid=link_format_invalid,
            link_length_too_long=link_length_too_long,
            list_price_invalid=list_price_invalid,
            malformed_xml=malformed_xml,
            max_items_per_item_group_exceeded=max_items_per_item_group_exceeded,
            no_verified_domain=no_verified_domain,
            parse_line_error=parse_line_error,
            pinjoin_content_unsafe=pinjoin_content_unsafe,
            price_cannot_be_determined=price_cannot_be_determined,
            price_missing=price_missing,
            product_link_missing=product_link_missing,
            product_price_invalid=product_price_invalid,
            required_columns_missing=required_columns_missing,
            title_missing=title_missing,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedValidationErrors", d)

        catalogs_feed_validation_errors.additional_properties = d
        return catalogs_feed_validation_errors

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
