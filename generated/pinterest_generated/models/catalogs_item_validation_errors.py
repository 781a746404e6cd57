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


T = TypeVar("T", bound="CatalogsItemValidationErrors")


@_attrs_define
class CatalogsItemValidationErrors:
    """
    Attributes:
        adult_invalid (CatalogsItemValidationDetails | Unset):
        adwords_format_invalid (CatalogsItemValidationDetails | Unset):
        availability_invalid (CatalogsItemValidationDetails | Unset):
        blocklisted_image_signature (CatalogsItemValidationDetails | Unset):
        description_missing (CatalogsItemValidationDetails | Unset):
        duplicate_products (CatalogsItemValidationDetails | Unset):
        image_link_invalid (CatalogsItemValidationDetails | Unset):
        image_link_length_too_long (CatalogsItemValidationDetails | Unset):
        image_link_missing (CatalogsItemValidationDetails | Unset):
        invalid_domain (CatalogsItemValidationDetails | Unset):
        item_main_image_download_failure (CatalogsItemValidationDetails | Unset):
        itemid_missing (CatalogsItemValidationDetails | Unset):
        link_format_invalid (CatalogsItemValidationDetails | Unset):
        link_length_too_long (CatalogsItemValidationDetails | Unset):
        list_price_invalid (CatalogsItemValidationDetails | Unset):
        max_items_per_item_group_exceeded (CatalogsItemValidationDetails | Unset):
        parse_line_error (CatalogsItemValidationDetails | Unset):
        pinjoin_content_unsafe (CatalogsItemValidationDetails | Unset):
        price_cannot_be_determined (CatalogsItemValidationDetails | Unset):
        price_missing (CatalogsItemValidationDetails | Unset):
        product_link_missing (CatalogsItemValidationDetails | Unset):
        product_price_invalid (CatalogsItemValidationDetails | Unset):
        title_missing (CatalogsItemValidationDetails | Unset):
    """

    adult_invalid: CatalogsItemValidationDetails | Unset = UNSET
    adwords_format_invalid: CatalogsItemValidationDetails | Unset = UNSET
    availability_invalid: CatalogsItemValidationDetails | Unset = UNSET
    blocklisted_image_signature: CatalogsItemValidationDetails | Unset = UNSET
    description_missing: CatalogsItemValidationDetails | Unset = UNSET
    duplicate_products: CatalogsItemValidationDetails | Unset = UNSET
    image_link_invalid: CatalogsItemValidationDetails | Unset = UNSET
    image_link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    image_link_missing: CatalogsItemValidationDetails | Unset = UNSET
    invalid_domain: CatalogsItemValidationDetails | Unset = UNSET
    item_main_image_download_failure: CatalogsItemValidationDetails | Unset = UNSET
    itemid_missing: CatalogsItemValidationDetails | Unset = UNSET
    link_format_invalid: CatalogsItemValidationDetails | Unset = UNSET
    link_length_too_long: CatalogsItemValidationDetails | Unset = UNSET
    list_price_invalid: CatalogsItemValidationDetails | Unset = UNSET
    max_items_per_item_group_exceeded: CatalogsItemValidationDetails | Unset = UNSET
    parse_line_error: CatalogsItemValidationDetails | Unset = UNSET
    pinjoin_content_unsafe: CatalogsItemValidationDetails | Unset = UNSET
    price_cannot_be_determined: CatalogsItemValidationDetails | Unset = UNSET
    price_missing: CatalogsItemValidationDetails | Unset = UNSET
    product_link_missing: CatalogsItemValidationDetails | Unset = UNSET
    product_price_invalid: CatalogsItemValidationDetails | Unset = UNSET
    title_missing: CatalogsItemValidationDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        adult_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adult_invalid, Unset):
            adult_invalid = None if self.adult_invalid is None else self.adult_invalid.to_dict()

        adwords_format_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adwords_format_invalid, Unset):
            adwords_format_invalid = (
                None
                if self.adwords_format_invalid is None
                else self.adwords_format_invalid.to_dict()
            )

        availability_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.availability_invalid, Unset):
            availability_invalid = (
                None if self.availability_invalid is None else self.availability_invalid.to_dict()
            )

        blocklisted_image_signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blocklisted_image_signature, Unset):
            blocklisted_image_signature = (
                None
                if self.blocklisted_image_signature is None
                else self.blocklisted_image_signature.to_dict()
            )

        description_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.description_missing, Unset):
            description_missing = (
                None if self.description_missing is None else self.description_missing.to_dict()
            )

        duplicate_products: dict[str, Any] | Unset = UNSET
        if not isinstance(self.duplicate_products, Unset):
            duplicate_products = (
                None if self.duplicate_products is None else self.duplicate_products.to_dict()
            )

        image_link_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_link_invalid, Unset):
            image_link_invalid = (
                None if self.image_link_invalid is None else self.image_link_invalid.to_dict()
            )

        image_link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_link_length_too_long, Unset):
            image_link_length_too_long = (
                None
                if self.image_link_length_too_long is None
                else self.image_link_length_too_long.to_dict()
            )

        image_link_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_link_missing, Unset):
            image_link_missing = (
                None if self.image_link_missing is None else self.image_link_missing.to_dict()
            )

        invalid_domain: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invalid_domain, Unset):
            invalid_domain = None if self.invalid_domain is None else self.invalid_domain.to_dict()

        item_main_image_download_failure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_main_image_download_failure, Unset):
            item_main_image_download_failure = (
                None
                if self.item_main_image_download_failure is None
                else self.item_main_image_download_failure.to_dict()
            )

        itemid_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.itemid_missing, Unset):
            itemid_missing = None if self.itemid_missing is None else self.itemid_missing.to_dict()

        link_format_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_format_invalid, Unset):
            link_format_invalid = (
                None if self.link_format_invalid is None else self.link_format_invalid.to_dict()
            )

        link_length_too_long: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link_length_too_long, Unset):
            link_length_too_long = (
                None if self.link_length_too_long is None else self.link_length_too_long.to_dict()
            )

        list_price_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_price_invalid, Unset):
            list_price_invalid = (
                None if self.list_price_invalid is None else self.list_price_invalid.to_dict()
            )

        max_items_per_item_group_exceeded: dict[str, Any] | Unset = UNSET
        if not isinstance(self.max_items_per_item_group_exceeded, Unset):
            max_items_per_item_group_exceeded = (
                None
                if self.max_items_per_item_group_exceeded is None
                else self.max_items_per_item_group_exceeded.to_dict()
            )

        parse_line_error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parse_line_error, Unset):
            parse_line_error = (
                None if self.parse_line_error is None else self.parse_line_error.to_dict()
            )

        pinjoin_content_unsafe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pinjoin_content_unsafe, Unset):
            pinjoin_content_unsafe = (
                None
                if self.pinjoin_content_unsafe is None
                else self.pinjoin_content_unsafe.to_dict()
            )

        price_cannot_be_determined: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_cannot_be_determined, Unset):
            price_cannot_be_determined = (
                None
                if self.price_cannot_be_determined is None
                else self.price_cannot_be_determined.to_dict()
            )

        price_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_missing, Unset):
            price_missing = None if self.price_missing is None else self.price_missing.to_dict()

        product_link_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_link_missing, Unset):
            product_link_missing = (
                None if self.product_link_missing is None else self.product_link_missing.to_dict()
            )

        product_price_invalid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_price_invalid, Unset):
            product_price_invalid = (
                None if self.product_price_invalid is None else self.product_price_invalid.to_dict()
            )

        title_missing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.title_missing, Unset):
            title_missing = None if self.title_missing is None else self.title_missing.to_dict()

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
        if description_missing is not UNSET:
            field_dict["DESCRIPTION_MISSING"] = description_missing
        if duplicate_products is not UNSET:
            field_dict["DUPLICATE_PRODUCTS"] = duplicate_products
        if image_link_invalid is not UNSET:
            field_dict["IMAGE_LINK_INVALID"] = image_link_invalid
        if image_link_length_too_long is not UNSET:
            field_dict["IMAGE_LINK_LENGTH_TOO_LONG"] = image_link_length_too_long
        if image_link_missing is not UNSET:
            field_dict["IMAGE_LINK_MISSING"] = image_link_missing
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
        if max_items_per_item_group_exceeded is not UNSET:
            field_dict["MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED"] = max_items_per_item_group_exceeded
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
        if title_missing is not UNSET:
            field_dict["TITLE_MISSING"] = title_missing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_item_validation_details import CatalogsItemValidationDetails

        d = dict(src_dict)
        _adult_invalid = d.pop("ADULT_INVALID", UNSET)
        adult_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_adult_invalid, Unset):
            adult_invalid = UNSET
        elif _adult_invalid is None:
            adult_invalid = tolerate_null("ADULT_INVALID")
        else:
            adult_invalid = CatalogsItemValidationDetails.from_dict(_adult_invalid)

        _adwords_format_invalid = d.pop("ADWORDS_FORMAT_INVALID", UNSET)
        adwords_format_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_adwords_format_invalid, Unset):
            adwords_format_invalid = UNSET
        elif _adwords_format_invalid is None:
            adwords_format_invalid = tolerate_null("ADWORDS_FORMAT_INVALID")
        else:
            adwords_format_invalid = CatalogsItemValidationDetails.from_dict(
                _adwords_format_invalid
            )

        _availability_invalid = d.pop("AVAILABILITY_INVALID", UNSET)
        availability_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_availability_invalid, Unset):
            availability_invalid = UNSET
        elif _availability_invalid is None:
            availability_invalid = tolerate_null("AVAILABILITY_INVALID")
        else:
            availability_invalid = CatalogsItemValidationDetails.from_dict(_availability_invalid)

        _blocklisted_image_signature = d.pop("BLOCKLISTED_IMAGE_SIGNATURE", UNSET)
        blocklisted_image_signature: CatalogsItemValidationDetails | Unset
        if isinstance(_blocklisted_image_signature, Unset):
            blocklisted_image_signature = UNSET
        elif _blocklisted_image_signature is None:
            blocklisted_image_signature = tolerate_null("BLOCKLISTED_IMAGE_SIGNATURE")
        else:
            blocklisted_image_signature = CatalogsItemValidationDetails.from_dict(
                _blocklisted_image_signature
            )

        _description_missing = d.pop("DESCRIPTION_MISSING", UNSET)
        description_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_description_missing, Unset):
            description_missing = UNSET
        elif _description_missing is None:
            description_missing = tolerate_null("DESCRIPTION_MISSING")
        else:
            description_missing = CatalogsItemValidationDetails.from_dict(_description_missing)

        _duplicate_products = d.pop("DUPLICATE_PRODUCTS", UNSET)
        duplicate_products: CatalogsItemValidationDetails | Unset
        if isinstance(_duplicate_products, Unset):
            duplicate_products = UNSET
        elif _duplicate_products is None:
            duplicate_products = tolerate_null("DUPLICATE_PRODUCTS")
        else:
            duplicate_products = CatalogsItemValidationDetails.from_dict(_duplicate_products)

        _image_link_invalid = d.pop("IMAGE_LINK_INVALID", UNSET)
        image_link_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_image_link_invalid, Unset):
            image_link_invalid = UNSET
        elif _image_link_invalid is None:
            image_link_invalid = tolerate_null("IMAGE_LINK_INVALID")
        else:
            image_link_invalid = CatalogsItemValidationDetails.from_dict(_image_link_invalid)

        _image_link_length_too_long = d.pop("IMAGE_LINK_LENGTH_TOO_LONG", UNSET)
        image_link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_image_link_length_too_long, Unset):
            image_link_length_too_long = UNSET
        elif _image_link_length_too_long is None:
            image_link_length_too_long = tolerate_null("IMAGE_LINK_LENGTH_TOO_LONG")
        else:
            image_link_length_too_long = CatalogsItemValidationDetails.from_dict(
                _image_link_length_too_long
            )

        _image_link_missing = d.pop("IMAGE_LINK_MISSING", UNSET)
        image_link_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_image_link_missing, Unset):
            image_link_missing = UNSET
        elif _image_link_missing is None:
            image_link_missing = tolerate_null("IMAGE_LINK_MISSING")
        else:
            image_link_missing = CatalogsItemValidationDetails.from_dict(_image_link_missing)

        _invalid_domain = d.pop("INVALID_DOMAIN", UNSET)
        invalid_domain: CatalogsItemValidationDetails | Unset
        if isinstance(_invalid_domain, Unset):
            invalid_domain = UNSET
        elif _invalid_domain is None:
            invalid_domain = tolerate_null("INVALID_DOMAIN")
        else:
            invalid_domain = CatalogsItemValidationDetails.from_dict(_invalid_domain)

        _item_main_image_download_failure = d.pop("ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE", UNSET)
        item_main_image_download_failure: CatalogsItemValidationDetails | Unset
        if isinstance(_item_main_image_download_failure, Unset):
            item_main_image_download_failure = UNSET
        elif _item_main_image_download_failure is None:
            item_main_image_download_failure = tolerate_null("ITEM_MAIN_IMAGE_DOWNLOAD_FAILURE")
        else:
            item_main_image_download_failure = CatalogsItemValidationDetails.from_dict(
                _item_main_image_download_failure
            )

        _itemid_missing = d.pop("ITEMID_MISSING", UNSET)
        itemid_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_itemid_missing, Unset):
            itemid_missing = UNSET
        elif _itemid_missing is None:
            itemid_missing = tolerate_null("ITEMID_MISSING")
        else:
            itemid_missing = CatalogsItemValidationDetails.from_dict(_itemid_missing)

        _link_format_invalid = d.pop("LINK_FORMAT_INVALID", UNSET)
        link_format_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_link_format_invalid, Unset):
            link_format_invalid = UNSET
        elif _link_format_invalid is None:
            link_format_invalid = tolerate_null("LINK_FORMAT_INVALID")
        else:
            link_format_invalid = CatalogsItemValidationDetails.from_dict(_link_format_invalid)

        _link_length_too_long = d.pop("LINK_LENGTH_TOO_LONG", UNSET)
        link_length_too_long: CatalogsItemValidationDetails | Unset
        if isinstance(_link_length_too_long, Unset):
            link_length_too_long = UNSET
        elif _link_length_too_long is None:
            link_length_too_long = tolerate_null("LINK_LENGTH_TOO_LONG")
        else:
            link_length_too_long = CatalogsItemValidationDetails.from_dict(_link_length_too_long)

        _list_price_invalid = d.pop("LIST_PRICE_INVALID", UNSET)
        list_price_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_list_price_invalid, Unset):
            list_price_invalid = UNSET
        elif _list_price_invalid is None:
            list_price_invalid = tolerate_null("LIST_PRICE_INVALID")
        else:
            list_price_invalid = CatalogsItemValidationDetails.from_dict(_list_price_invalid)

        _max_items_per_item_group_exceeded = d.pop("MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED", UNSET)
        max_items_per_item_group_exceeded: CatalogsItemValidationDetails | Unset
        if isinstance(_max_items_per_item_group_exceeded, Unset):
            max_items_per_item_group_exceeded = UNSET
        elif _max_items_per_item_group_exceeded is None:
            max_items_per_item_group_exceeded = tolerate_null("MAX_ITEMS_PER_ITEM_GROUP_EXCEEDED")
        else:
            max_items_per_item_group_exceeded = CatalogsItemValidationDetails.from_dict(
                _max_items_per_item_group_exceeded
            )

        _parse_line_error = d.pop("PARSE_LINE_ERROR", UNSET)
        parse_line_error: CatalogsItemValidationDetails | Unset
        if isinstance(_parse_line_error, Unset):
            parse_line_error = UNSET
        elif _parse_line_error is None:
            parse_line_error = tolerate_null("PARSE_LINE_ERROR")
        else:
            parse_line_error = CatalogsItemValidationDetails.from_dict(_parse_line_error)

        _pinjoin_content_unsafe = d.pop("PINJOIN_CONTENT_UNSAFE", UNSET)
        pinjoin_content_unsafe: CatalogsItemValidationDetails | Unset
        if isinstance(_pinjoin_content_unsafe, Unset):
            pinjoin_content_unsafe = UNSET
        elif _pinjoin_content_unsafe is None:
            pinjoin_content_unsafe = tolerate_null("PINJOIN_CONTENT_UNSAFE")
        else:
            pinjoin_content_unsafe = CatalogsItemValidationDetails.from_dict(
                _pinjoin_content_unsafe
            )

        _price_cannot_be_determined = d.pop("PRICE_CANNOT_BE_DETERMINED", UNSET)
        price_cannot_be_determined: CatalogsItemValidationDetails | Unset
        if isinstance(_price_cannot_be_determined, Unset):
            price_cannot_be_determined = UNSET
        elif _price_cannot_be_determined is None:
            price_cannot_be_determined = tolerate_null("PRICE_CANNOT_BE_DETERMINED")
        else:
            price_cannot_be_determined = CatalogsItemValidationDetails.from_dict(
                _price_cannot_be_determined
            )

        _price_missing = d.pop("PRICE_MISSING", UNSET)
        price_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_price_missing, Unset):
            price_missing = UNSET
        elif _price_missing is None:
            price_missing = tolerate_null("PRICE_MISSING")
        else:
            price_missing = CatalogsItemValidationDetails.from_dict(_price_missing)

        _product_link_missing = d.pop("PRODUCT_LINK_MISSING", UNSET)
        product_link_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_product_link_missing, Unset):
            product_link_missing = UNSET
        elif _product_link_missing is None:
            product_link_missing = tolerate_null("PRODUCT_LINK_MISSING")
        else:
            product_link_missing = CatalogsItemValidationDetails.from_dict(_product_link_missing)

        _product_price_invalid = d.pop("PRODUCT_PRICE_INVALID", UNSET)
        product_price_invalid: CatalogsItemValidationDetails | Unset
        if isinstance(_product_price_invalid, Unset):
            product_price_invalid = UNSET
        elif _product_price_invalid is None:
            product_price_invalid = tolerate_null("PRODUCT_PRICE_INVALID")
        else:
            product_price_invalid = CatalogsItemValidationDetails.from_dict(_product_price_invalid)

        _title_missing = d.pop("TITLE_MISSING", UNSET)
        title_missing: CatalogsItemValidationDetails | Unset
        if isinstance(_title_missing, Unset):
            title_missing = UNSET
        elif _title_missing is None:
            title_missing = tolerate_null("TITLE_MISSING")
        else:
            title_missing = CatalogsItemValidationDetails.from_dict(_title_missing)

        catalogs_item_validation_errors = cls(
            adult_invalid=adult_invalid,
            adwords_format_invalid=adwords_format_invalid,
            availability_invalid=availability_invalid,
            blocklisted_image_signature=blocklisted_image_signature,
            description_missing=description_missing,
            duplicate_products=duplicate_products,
            image_link_invalid=image_link_invalid,
            image_link_length_too_long=image_link_length_too_long,
            image_link_missing=image_link_missing,
            invalid_domain=invalid_domain,
            item_main_image_download_failure=item_main_image_download_failure,
            itemid_missing=itemid_missing,
            link_format_invalid=link_format_invalid,
            link_length_too_long=link_length_too_long,
            list_price_invalid=list_price_invalid,
            max_items_per_item_group_exceeded=max_items_per_item_group_exceeded,
            parse_line_error=parse_line_error,
            pinjoin_content_unsafe=pinjoin_content_unsafe,
            price_cannot_be_determined=price_cannot_be_determined,
            price_missing=price_missing,
            product_link_missing=product_link_missing,
            product_price_invalid=product_price_invalid,
            title_missing=title_missing,
        )

        if d:
            tolerate_unknown_fields("CatalogsItemValidationErrors", d)

        catalogs_item_validation_errors.additional_properties = d
        return catalogs_item_validation_errors

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
