from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_feed_ingestion_errors_largeproductcountdecrease import (
    CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsFeedIngestionErrors")


@_attrs_define
class CatalogsFeedIngestionErrors:
    """
    Attributes:
        account_flagged (int | Unset): We detected an issue with your account and are not currently ingesting your
            items. Please review our policies at policy.pinterest.com/community-guidelines#section-spam or contact us at
            help.pinterest.com/contact for more information.
        fetch_google_sheet_not_shared (int | Unset): Update your Google Sheets sharing settings to 'Anyone with link' as
            a Viewer so that Pinterest can access your file.
        image_file_not_accessible (int | Unset): Image files are unreadable. Please upload new files to continue.
        image_file_not_found (int | Unset): Image files are unreadable. Please upload new files to continue.
        image_invalid_file (int | Unset): Image files are unreadable. Please upload new files to continue.
        image_level_internal_error (int | Unset): We experienced a technical difficulty and were unable to download some
            images. The next download attempt will happen in 24 hours.
        image_malformed_url (int | Unset): Image files are unreadable. Please check your link and upload new files to
            continue.
        large_product_count_decrease (CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE | Unset): The product count
            has decreased by more than 99% compared to the last successful ingestion.
        line_level_internal_error (int | Unset): We experienced a technical difficulty and were unable to ingest this
            some items. The next ingestion will happen in 24 hours.
    """

    account_flagged: int | Unset = UNSET
    fetch_google_sheet_not_shared: int | Unset = UNSET
    image_file_not_accessible: int | Unset = UNSET
    image_file_not_found: int | Unset = UNSET
    image_invalid_file: int | Unset = UNSET
    image_level_internal_error: int | Unset = UNSET
    image_malformed_url: int | Unset = UNSET
    large_product_count_decrease: CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE | Unset = (
        UNSET
    )
    line_level_internal_error: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_flagged = self.account_flagged

        fetch_google_sheet_not_shared = self.fetch_google_sheet_not_shared

        image_file_not_accessible = self.image_file_not_accessible

        image_file_not_found = self.image_file_not_found

        image_invalid_file = self.image_invalid_file

        image_level_internal_error = self.image_level_internal_error

        image_malformed_url = self.image_malformed_url

        large_product_count_decrease: int | Unset = UNSET
        if not isinstance(self.large_product_count_decrease, Unset):
            large_product_count_decrease = (
                None
                if self.large_product_count_decrease is None
                else self.large_product_count_decrease.value
            )

        line_level_internal_error = self.line_level_internal_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_flagged is not UNSET:
            field_dict["ACCOUNT_FLAGGED"] = account_flagged
        if fetch_google_sheet_not_shared is not UNSET:
            field_dict["FETCH_GOOGLE_SHEET_NOT_SHARED"] = fetch_google_sheet_not_shared
        if image_file_not_accessible is not UNSET:
            field_dict["IMAGE_FILE_NOT_ACCESSIBLE"] = image_file_not_accessible
        if image_file_not_found is not UNSET:
            field_dict["IMAGE_FILE_NOT_FOUND"] = image_file_not_found
        if image_invalid_file is not UNSET:
            field_dict["IMAGE_INVALID_FILE"] = image_invalid_file
        if image_level_internal_error is not UNSET:
            field_dict["IMAGE_LEVEL_INTERNAL_ERROR"] = image_level_internal_error
        if image_malformed_url is not UNSET:
            field_dict["IMAGE_MALFORMED_URL"] = image_malformed_url
        if large_product_count_decrease is not UNSET:
            field_dict["LARGE_PRODUCT_COUNT_DECREASE"] = large_product_count_decrease
        if line_level_internal_error is not UNSET:
            field_dict["LINE_LEVEL_INTERNAL_ERROR"] = line_level_internal_error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_flagged = d.pop("ACCOUNT_FLAGGED", UNSET)
        if account_flagged is None:
            account_flagged = tolerate_null("ACCOUNT_FLAGGED")

        fetch_google_sheet_not_shared = d.pop("FETCH_GOOGLE_SHEET_NOT_SHARED", UNSET)
        if fetch_google_sheet_not_shared is None:
            fetch_google_sheet_not_shared = tolerate_null("FETCH_GOOGLE_SHEET_NOT_SHARED")

        image_file_not_accessible = d.pop("IMAGE_FILE_NOT_ACCESSIBLE", UNSET)
        if image_file_not_accessible is None:
            image_file_not_accessible = tolerate_null("IMAGE_FILE_NOT_ACCESSIBLE")

        image_file_not_found = d.pop("IMAGE_FILE_NOT_FOUND", UNSET)
        if image_file_not_found is None:
            image_file_not_found = tolerate_null("IMAGE_FILE_NOT_FOUND")

        image_invalid_file = d.pop("IMAGE_INVALID_FILE", UNSET)
        if image_invalid_file is None:
            image_invalid_file = tolerate_null("IMAGE_INVALID_FILE")

        image_level_internal_error = d.pop("IMAGE_LEVEL_INTERNAL_ERROR", UNSET)
        if image_level_internal_error is None:
            image_level_internal_error = tolerate_null("IMAGE_LEVEL_INTERNAL_ERROR")

        image_malformed_url = d.pop("IMAGE_MALFORMED_URL", UNSET)
        if image_malformed_url is None:
            image_malformed_url = tolerate_null("IMAGE_MALFORMED_URL")

        _large_product_count_decrease = d.pop("LARGE_PRODUCT_COUNT_DECREASE", UNSET)
        large_product_count_decrease: CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE | Unset
        if isinstance(_large_product_count_decrease, Unset):
            large_product_count_decrease = UNSET
        elif _large_product_count_decrease is None:
            large_product_count_decrease = tolerate_null("LARGE_PRODUCT_COUNT_DECREASE")
        else:
            large_product_count_decrease = CatalogsFeedIngestionErrorsLARGEPRODUCTCOUNTDECREASE(
                _large_product_count_decrease
            )

        line_level_internal_error = d.pop("LINE_LEVEL_INTERNAL_ERROR", UNSET)
        if line_level_internal_error is None:
            line_level_internal_error = tolerate_null("LINE_LEVEL_INTERNAL_ERROR")

        catalogs_feed_ingestion_errors = cls(
            account_flagged=account_flagged,
            fetch_google_sheet_not_shared=fetch_google_sheet_not_shared,
            image_file_not_accessible=image_file_not_accessible,
            image_file_not_found=image_file_not_found,
            image_invalid_file=image_invalid_file,
            image_level_internal_error=image_level_internal_error,
            image_malformed_url=image_malformed_url,
            large_product_count_decrease=large_product_count_decrease,
            line_level_internal_error=line_level_internal_error,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedIngestionErrors", d)

        catalogs_feed_ingestion_errors.additional_properties = d
        return catalogs_feed_ingestion_errors

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
