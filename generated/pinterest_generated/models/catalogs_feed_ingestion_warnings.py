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

T = TypeVar("T", bound="CatalogsFeedIngestionWarnings")


@_attrs_define
class CatalogsFeedIngestionWarnings:
    """
    Attributes:
        ad_image_download_content_read_error (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_dns_lookup_error (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_file_not_accessible (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_file_not_found (int | Unset): Ad image files are unreadable. Please check your link and upload
            new files to continue.
        ad_image_download_http_status_400 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_403 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_404 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_405 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_410 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_429 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_500 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_502 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_503 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_504 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_507 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_508 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_520 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_521 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_522 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_http_status_525 (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_download_internal_configuration_error (int | Unset): We experienced a technical difficulty and were
            unable to download some additional images. The next download attempt will happen in 24 hours.
        ad_image_download_internal_error (int | Unset): We experienced a technical difficulty and were unable to
            download some additional images. The next download attempt will happen in 24 hours.
        ad_image_download_internal_failed_to_download (int | Unset): We experienced a technical difficulty and were
            unable to download some additional images. The next download attempt will happen in 24 hours.
        ad_image_download_internal_malformed_url (int | Unset): Ad image files are unreadable. Please check your link
            and upload new files to continue.
        ad_image_download_internal_rate_limited (int | Unset): We experienced a technical difficulty and were unable to
            download some additional images. The next download attempt will happen in 24 hours.
        ad_image_download_internal_request_expired (int | Unset): We experienced a technical difficulty and were unable
            to download some additional images. The next download attempt will happen in 24 hours.
        ad_image_download_invalid_file (int | Unset): Ad image files are unreadable. Please check your link and upload
            new files to continue.
        ad_image_download_site_error (int | Unset): Ad image files are unreadable. Please check your link and upload new
            files to continue.
        ad_image_download_site_timeout (int | Unset): Ad image files are unreadable. Please check your link and upload
            new files to continue.
        ad_image_download_ssl_error (int | Unset): Ad image files are unreadable. Please check your link and upload new
            files to continue.
        ad_image_download_ssl_handshake_error (int | Unset): Ad image files are unreadable. Please check your link and
            upload new files to continue.
        ad_image_processing_empty_file (int | Unset): Ad image files are unreadable. Please check your link and upload
            new files to continue.
        ad_image_processing_height_too_small (int | Unset): Ad images must have a height larger than 75 pixels
        ad_image_processing_too_many_pixels (int | Unset): Ad images must have a maximum area (width x height) of less
            than 89478485 pixels
        ad_image_processing_type_mismatch (int | Unset): Some ad images could not be processed due to a file type
            mismatch.
        ad_image_processing_width_too_small (int | Unset): Ad images must have a width larger than 75 pixels
        ad_video_download_content_read_error (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_dns_lookup_error (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_file_not_accessible (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_file_not_found (int | Unset): Ad video files are unreadable. Please check your link and upload
            new files to continue.
        ad_video_download_http_status_400 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_403 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_404 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_405 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_410 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_429 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_500 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_502 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_503 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_504 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_507 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_508 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_520 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_521 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_522 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_http_status_525 (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_download_internal_configuration_error (int | Unset): We experienced a technical difficulty and were
            unable to download some additional images. The next download attempt will happen in 24 hours.
        ad_video_download_internal_error (int | Unset): We experienced a technical difficulty and were unable to
            download some additional images. The next download attempt will happen in 24 hours.
        ad_video_download_internal_failed_to_download (int | Unset): We experienced a technical difficulty and were
            unable to download some additional images. The next download attempt will happen in 24 hours.
        ad_video_download_internal_malformed_url (int | Unset): Ad video files are unreadable. Please check your link
            and upload new files to continue.
        ad_video_download_internal_rate_limited (int | Unset): We experienced a technical difficulty and were unable to
            download some additional images. The next download attempt will happen in 24 hours.
        ad_video_download_internal_request_expired (int | Unset): We experienced a technical difficulty and were unable
            to download some additional images. The next download attempt will happen in 24 hours.
        ad_video_download_invalid_file (int | Unset): Ad video files are unreadable. Please check your link and upload
            new files to continue.
        ad_video_download_site_error (int | Unset): Ad video files are unreadable. Please check your link and upload new
            files to continue.
        ad_video_download_site_timeout (int | Unset): Ad video files are unreadable. Please check your link and upload
            new files to continue.
        ad_video_download_ssl_error (int | Unset): Ad video files are unreadable. Please check your link and upload new
            files to continue.
        ad_video_download_ssl_handshake_error (int | Unset): Ad video files are unreadable. Please check your link and
            upload new files to continue.
        ad_video_length_too_short (int | Unset): Ad videos length is too short. Please ensure that all ad videos are at
            least 4 seconds long.
        ad_video_processing_empty_file (int | Unset): Ad video files are unreadable. Please check your link and upload
            new files to continue.
        ad_video_processing_height_too_small (int | Unset): Ad videos must have a height larger than 75 pixels
        ad_video_processing_too_many_pixels (int | Unset): Ad videos must have a maximum area (width x height) of less
            than 89478485 pixels
        ad_video_processing_type_mismatch (int | Unset): Some ad videos could not be processed due to a file type
            mismatch.
        ad_video_processing_width_too_small (int | Unset): Ad videos must have a width larger than 75 pixels
        additional_image_file_not_accessible (int | Unset): Additional image files are unreadable. Please upload new
            files to continue.
        additional_image_file_not_found (int | Unset): Additional image files are unreadable. Please upload new files to
            continue.
        additional_image_invalid_file (int | Unset): Additional image files are unreadable. Please upload new files to
            continue.
        additional_image_level_internal_error (int | Unset): We experienced a technical difficulty and were unable to
            download some additional images. The next download attempt will happen in 24 hours.
        additional_image_malformed_url (int | Unset): Additional image files are unreadable. Please check your link and
            upload new files to continue.
        fetch_google_sheet_public_can_edit (int | Unset): Update your Google Sheets sharing settings from 'Editor' to
            'Viewer'.
        hotel_price_header_is_present (int | Unset): Price is not a supported column. Use base_price and sale_price
            instead.
        video_download_video_too_short (int | Unset): Video length is too short. Please ensure that the main video is at
            least 4 seconds long.
        video_file_not_accessible (int | Unset): Video files are unreadable. Please upload new files to continue.
        video_file_not_found (int | Unset): Video files are unreadable. Please upload new files to continue.
        video_invalid_file (int | Unset): Video files are unreadable. Please upload new files to continue.
        video_level_internal_error (int | Unset): We experienced a technical difficulty and were unable to download some
            additional videos. The next download attempt will happen in 24 hours.
        video_malformed_url (int | Unset): Video files are unreadable. Please check your link and upload new files to
            continue.
    """

    ad_image_download_content_read_error: int | Unset = UNSET
    ad_image_download_dns_lookup_error: int | Unset = UNSET
    ad_image_download_file_not_accessible: int | Unset = UNSET
    ad_image_download_file_not_found: int | Unset = UNSET
    ad_image_download_http_status_400: int | Unset = UNSET
    ad_image_download_http_status_403: int | Unset = UNSET
    ad_image_download_http_status_404: int | Unset = UNSET
    ad_image_download_http_status_405: int | Unset = UNSET
    ad_image_download_http_status_410: int | Unset = UNSET
    ad_image_download_http_status_429: int | Unset = UNSET
    ad_image_download_http_status_500: int | Unset = UNSET
    ad_image_download_http_status_502: int | Unset = UNSET
    ad_image_download_http_status_503: int | Unset = UNSET
    ad_image_download_http_status_504: int | Unset = UNSET
    ad_image_download_http_status_507: int | Unset = UNSET
    ad_image_download_http_status_508: int | Unset = UNSET
    ad_image_download_http_status_520: int | Unset = UNSET
    ad_image_download_http_status_521: int | Unset = UNSET
    ad_image_download_http_status_522: int | Unset = UNSET
    ad_image_download_http_status_525: int | Unset = UNSET
    ad_image_download_internal_configuration_error: int | Unset = UNSET
    ad_image_download_internal_error: int | Unset = UNSET
    ad_image_download_internal_failed_to_download: int | Unset = UNSET
    ad_image_download_internal_malformed_url: int | Unset = UNSET
    ad_image_download_internal_rate_limited: int | Unset = UNSET
    ad_image_download_internal_request_expired: int | Unset = UNSET
    ad_image_download_invalid_file: int | Unset = UNSET
    ad_image_download_site_error: int | Unset = UNSET
    ad_image_download_site_timeout: int | Unset = UNSET
    ad_image_download_ssl_error: int | Unset = UNSET
    ad_image_download_ssl_handshake_error: int | Unset = UNSET
    ad_image_processing_empty_file: int | Unset = UNSET
    ad_image_processing_height_too_small: int | Unset = UNSET
    ad_image_processing_too_many_pixels: int | Unset = UNSET
    ad_image_processing_type_mismatch: int | Unset = UNSET
    ad_image_processing_width_too_small: int | Unset = UNSET
    ad_video_download_content_read_error: int | Unset = UNSET
    ad_video_download_dns_lookup_error: int | Unset = UNSET
    ad_video_download_file_not_accessible: int | Unset = UNSET
    ad_video_download_file_not_found: int | Unset = UNSET
    ad_video_download_http_status_400: int | Unset = UNSET
    ad_video_download_http_status_403: int | Unset = UNSET
    ad_video_download_http_status_404: int | Unset = UNSET
    ad_video_download_http_status_405: int | Unset = UNSET
    ad_video_download_http_status_410: int | Unset = UNSET
    ad_video_download_http_status_429: int | Unset = UNSET
    ad_video_download_http_status_500: int | Unset = UNSET
    ad_video_download_http_status_502: int | Unset = UNSET
    ad_video_download_http_status_503: int | Unset = UNSET
    ad_video_download_http_status_504: int | Unset = UNSET
    ad_video_download_http_status_507: int | Unset = UNSET
    ad_video_download_http_status_508: int | Unset = UNSET
    ad_video_download_http_status_520: int | Unset = UNSET
    ad_video_download_http_status_521: int | Unset = UNSET
    ad_video_download_http_status_522: int | Unset = UNSET
    ad_video_download_http_status_525: int | Unset = UNSET
    ad_video_download_internal_configuration_error: int | Unset = UNSET
    ad_video_download_internal_error: int | Unset = UNSET
    ad_video_download_internal_failed_to_download: int | Unset = UNSET
    ad_video_download_internal_malformed_url: int | Unset = UNSET
    ad_video_download_internal_rate_limited: int | Unset = UNSET
    ad_video_download_internal_request_expired: int | Unset = UNSET
    ad_video_download_invalid_file: int | Unset = UNSET
    ad_video_download_site_error: int | Unset = UNSET
    ad_video_download_site_timeout: int | Unset = UNSET
    ad_video_download_ssl_error: int | Unset = UNSET
    ad_video_download_ssl_handshake_error: int | Unset = UNSET
    ad_video_length_too_short: int | Unset = UNSET
    ad_video_processing_empty_file: int | Unset = UNSET
    ad_video_processing_height_too_small: int | Unset = UNSET
    ad_video_processing_too_many_pixels: int | Unset = UNSET
    ad_video_processing_type_mismatch: int | Unset = UNSET
    ad_video_processing_width_too_small: int | Unset = UNSET
    additional_image_file_not_accessible: int | Unset = UNSET
    additional_image_file_not_found: int | Unset = UNSET
    additional_image_invalid_file: int | Unset = UNSET
    additional_image_level_internal_error: int | Unset = UNSET
    additional_image_malformed_url: int | Unset = UNSET
    fetch_google_sheet_public_can_edit: int | Unset = UNSET
    hotel_price_header_is_present: int | Unset = UNSET
    video_download_video_too_short: int | Unset = UNSET
    video_file_not_accessible: int | Unset = UNSET
    video_file_not_found: int | Unset = UNSET
    video_invalid_file: int | Unset = UNSET
    video_level_internal_error: int | Unset = UNSET
    video_malformed_url: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_image_download_content_read_error = self.ad_image_download_content_read_error

        ad_image_download_dns_lookup_error = self.ad_image_download_dns_lookup_error

        ad_image_download_file_not_accessible = self.ad_image_download_file_not_accessible

        ad_image_download_file_not_found = self.ad_image_download_file_not_found

        ad_image_download_http_status_400 = self.ad_image_download_http_status_400

        ad_image_download_http_status_403 = self.ad_image_download_http_status_403

        ad_image_download_http_status_404 = self.ad_image_download_http_status_404

        ad_image_download_http_status_405 = self.ad_image_download_http_status_405

        ad_image_download_http_status_410 = self.ad_image_download_http_status_410

        ad_image_download_http_status_429 = self.ad_image_download_http_status_429

        ad_image_download_http_status_500 = self.ad_image_download_http_status_500

        ad_image_download_http_status_502 = self.ad_image_download_http_status_502

        ad_image_download_http_status_503 = self.ad_image_download_http_status_503

        ad_image_download_http_status_504 = self.ad_image_download_http_status_504

        ad_image_download_http_status_507 = self.ad_image_download_http_status_507

        ad_image_download_http_status_508 = self.ad_image_download_http_status_508

        ad_image_download_http_status_520 = self.ad_image_download_http_status_520

        ad_image_download_http_status_521 = self.ad_image_download_http_status_521

        ad_image_download_http_status_522 = self.ad_image_download_http_status_522

        ad_image_download_http_status_525 = self.ad_image_download_http_status_525

        ad_image_download_internal_configuration_error = (
            self.ad_image_download_internal_configuration_error
        )

        ad_image_download_internal_error = self.ad_image_download_internal_error

        ad_image_download_internal_failed_to_download = (
            self.ad_image_download_internal_failed_to_download
        )

        ad_image_download_internal_malformed_url = self.ad_image_download_internal_malformed_url

        ad_image_download_internal_rate_limited = self.ad_image_download_internal_rate_limited

        ad_image_download_internal_request_expired = self.ad_image_download_internal_request_expired

        ad_image_download_invalid_file = self.ad_image_download_invalid_file

        ad_image_download_site_error = self.ad_image_download_site_error

        ad_image_download_site_timeout = self.ad_image_download_site_timeout

        ad_image_download_ssl_error = self.ad_image_download_ssl_error

        ad_image_download_ssl_handshake_error = self.ad_image_download_ssl_handshake_error

        ad_image_processing_empty_file = self.ad_image_processing_empty_file

        ad_image_processing_height_too_small = self.ad_image_processing_height_too_small

        ad_image_processing_too_many_pixels = self.ad_image_processing_too_many_pixels

        ad_image_processing_type_mismatch = self.ad_image_processing_type_mismatch

        ad_image_processing_width_too_small = self.ad_image_processing_width_too_small

        ad_video_download_content_read_error = self.ad_video_download_content_read_error

        ad_video_download_dns_lookup_error = self.ad_video_download_dns_lookup_error

        ad_video_download_file_not_accessible = self.ad_video_download_file_not_accessible

        ad_video_download_file_not_found = self.ad_video_download_file_not_found

        ad_video_download_http_status_400 = self.ad_video_download_http_status_400

        ad_video_download_http_status_403 = self.ad_video_download_http_status_403

        ad_video_download_http_status_404 = self.ad_video_download_http_status_404

        ad_video_download_http_status_405 = self.ad_video_download_http_status_405

        ad_video_download_http_status_410 = self.ad_video_download_http_status_410

        ad_video_download_http_status_429 = self.ad_video_download_http_status_429

        ad_video_download_http_status_500 = self.ad_video_download_http_status_500

        ad_video_download_http_status_502 = self.ad_video_download_http_status_502

        ad_video_download_http_status_503 = self.ad_video_download_http_status_503

        ad_video_download_http_status_504 = self.ad_video_download_http_status_504

        ad_video_download_http_status_507 = self.ad_video_download_http_status_507

        ad_video_download_http_status_508 = self.ad_video_download_http_status_508

        ad_video_download_http_status_520 = self.ad_video_download_http_status_520

        ad_video_download_http_status_521 = self.ad_video_download_http_status_521

        ad_video_download_http_status_522 = self.ad_video_download_http_status_522

        ad_video_download_http_status_525 = self.ad_video_download_http_status_525

        ad_video_download_internal_configuration_error = (
            self.ad_video_download_internal_configuration_error
        )

        ad_video_download_internal_error = self.ad_video_download_internal_error

        ad_video_download_internal_failed_to_download = (
            self.ad_video_download_internal_failed_to_download
        )

        ad_video_download_internal_malformed_url = self.ad_video_download_internal_malformed_url

        ad_video_download_internal_rate_limited = self.ad_video_download_internal_rate_limited

        ad_video_download_internal_request_expired = self.ad_video_download_internal_request_expired

        ad_video_download_invalid_file = self.ad_video_download_invalid_file

        ad_video_download_site_error = self.ad_video_download_site_error

        ad_video_download_site_timeout = self.ad_video_download_site_timeout

        ad_video_download_ssl_error = self.ad_video_download_ssl_error

        ad_video_download_ssl_handshake_error = self.ad_video_download_ssl_handshake_error

        ad_video_length_too_short = self.ad_video_length_too_short

        ad_video_processing_empty_file = self.ad_video_processing_empty_file

        ad_video_processing_height_too_small = self.ad_video_processing_height_too_small

        ad_video_processing_too_many_pixels = self.ad_video_processing_too_many_pixels

        ad_video_processing_type_mismatch = self.ad_video_processing_type_mismatch

        ad_video_processing_width_too_small = self.ad_video_processing_width_too_small

        additional_image_file_not_accessible = self.additional_image_file_not_accessible

        additional_image_file_not_found = self.additional_image_file_not_found

        additional_image_invalid_file = self.additional_image_invalid_file

        additional_image_level_internal_error = self.additional_image_level_internal_error

        additional_image_malformed_url = self.additional_image_malformed_url

        fetch_google_sheet_public_can_edit = self.fetch_google_sheet_public_can_edit

        hotel_price_header_is_present = self.hotel_price_header_is_present

        video_download_video_too_short = self.video_download_video_too_short

        video_file_not_accessible = self.video_file_not_accessible

        video_file_not_found = self.video_file_not_found

        video_invalid_file = self.video_invalid_file

        video_level_internal_error = self.video_level_internal_error

        video_malformed_url = self.video_malformed_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_image_download_content_read_error is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR"] = (
                ad_image_download_content_read_error
            )
        if ad_image_download_dns_lookup_error is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR"] = ad_image_download_dns_lookup_error
        if ad_image_download_file_not_accessible is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE"] = (
                ad_image_download_file_not_accessible
            )
        if ad_image_download_file_not_found is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND"] = ad_image_download_file_not_found
        if ad_image_download_http_status_400 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_400"] = ad_image_download_http_status_400
        if ad_image_download_http_status_403 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_403"] = ad_image_download_http_status_403
        if ad_image_download_http_status_404 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_404"] = ad_image_download_http_status_404
        if ad_image_download_http_status_405 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_405"] = ad_image_download_http_status_405
        if ad_image_download_http_status_410 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_410"] = ad_image_download_http_status_410
        if ad_image_download_http_status_429 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_429"] = ad_image_download_http_status_429
        if ad_image_download_http_status_500 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_500"] = ad_image_download_http_status_500
        if ad_image_download_http_status_502 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_502"] = ad_image_download_http_status_502
        if ad_image_download_http_status_503 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_503"] = ad_image_download_http_status_503
        if ad_image_download_http_status_504 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_504"] = ad_image_download_http_status_504
        if ad_image_download_http_status_507 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_507"] = ad_image_download_http_status_507
        if ad_image_download_http_status_508 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_508"] = ad_image_download_http_status_508
        if ad_image_download_http_status_520 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_520"] = ad_image_download_http_status_520
        if ad_image_download_http_status_521 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_521"] = ad_image_download_http_status_521
        if ad_image_download_http_status_522 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_522"] = ad_image_download_http_status_522
        if ad_image_download_http_status_525 is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_HTTP_STATUS_525"] = ad_image_download_http_status_525
        if ad_image_download_internal_configuration_error is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR"] = (
                ad_image_download_internal_configuration_error
            )
        if ad_image_download_internal_error is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_INTERNAL_ERROR"] = ad_image_download_internal_error
        if ad_image_download_internal_failed_to_download is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD"] = (
                ad_image_download_internal_failed_to_download
            )
        if ad_image_download_internal_malformed_url is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL"] = (
                ad_image_download_internal_malformed_url
            )
        if ad_image_download_internal_rate_limited is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED"] = (
                ad_image_download_internal_rate_limited
            )
        if ad_image_download_internal_request_expired is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED"] = (
                ad_image_download_internal_request_expired
            )
        if ad_image_download_invalid_file is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_INVALID_FILE"] = ad_image_download_invalid_file
        if ad_image_download_site_error is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_SITE_ERROR"] = ad_image_download_site_error
        if ad_image_download_site_timeout is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_SITE_TIMEOUT"] = ad_image_download_site_timeout
        if ad_image_download_ssl_error is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_SSL_ERROR"] = ad_image_download_ssl_error
        if ad_image_download_ssl_handshake_error is not UNSET:
            field_dict["AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR"] = (
                ad_image_download_ssl_handshake_error
            )
        if ad_image_processing_empty_file is not UNSET:
            field_dict["AD_IMAGE_PROCESSING_EMPTY_FILE"] = ad_image_processing_empty_file
        if ad_image_processing_height_too_small is not UNSET:
            field_dict["AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL"] = (
                ad_image_processing_height_too_small
            )
        if ad_image_processing_too_many_pixels is not UNSET:
            field_dict["AD_IMAGE_PROCESSING_TOO_MANY_PIXELS"] = ad_image_processing_too_many_pixels
        if ad_image_processing_type_mismatch is not UNSET:
            field_dict["AD_IMAGE_PROCESSING_TYPE_MISMATCH"] = ad_image_processing_type_mismatch
        if ad_image_processing_width_too_small is not UNSET:
            field_dict["AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL"] = ad_image_processing_width_too_small
        if ad_video_download_content_read_error is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR"] = (
                ad_video_download_content_read_error
            )
        if ad_video_download_dns_lookup_error is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR"] = ad_video_download_dns_lookup_error
        if ad_video_download_file_not_accessible is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE"] = (
                ad_video_download_file_not_accessible
            )
        if ad_video_download_file_not_found is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND"] = ad_video_download_file_not_found
        if ad_video_download_http_status_400 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_400"] = ad_video_download_http_status_400
        if ad_video_download_http_status_403 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_403"] = ad_video_download_http_status_403
        if ad_video_download_http_status_404 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_404"] = ad_video_download_http_status_404
        if ad_video_download_http_status_405 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_405"] = ad_video_download_http_status_405
        if ad_video_download_http_status_410 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_410"] = ad_video_download_http_status_410
        if ad_video_download_http_status_429 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_429"] = ad_video_download_http_status_429
        if ad_video_download_http_status_500 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_500"] = ad_video_download_http_status_500
        if ad_video_download_http_status_502 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_502"] = ad_video_download_http_status_502
        if ad_video_download_http_status_503 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_503"] = ad_video_download_http_status_503
        if ad_video_download_http_status_504 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_504"] = ad_video_download_http_status_504
        if ad_video_download_http_status_507 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_507"] = ad_video_download_http_status_507
        if ad_video_download_http_status_508 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_508"] = ad_video_download_http_status_508
        if ad_video_download_http_status_520 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_520"] = ad_video_download_http_status_520
        if ad_video_download_http_status_521 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_521"] = ad_video_download_http_status_521
        if ad_video_download_http_status_522 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_522"] = ad_video_download_http_status_522
        if ad_video_download_http_status_525 is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_HTTP_STATUS_525"] = ad_video_download_http_status_525
        if ad_video_download_internal_configuration_error is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR"] = (
                ad_video_download_internal_configuration_error
            )
        if ad_video_download_internal_error is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_INTERNAL_ERROR"] = ad_video_download_internal_error
        if ad_video_download_internal_failed_to_download is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD"] = (
                ad_video_download_internal_failed_to_download
            )
        if ad_video_download_internal_malformed_url is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL"] = (
                ad_video_download_internal_malformed_url
            )
        if ad_video_download_internal_rate_limited is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED"] = (
                ad_video_download_internal_rate_limited
            )
        if ad_video_download_internal_request_expired is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED"] = (
                ad_video_download_internal_request_expired
            )
        if ad_video_download_invalid_file is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_INVALID_FILE"] = ad_video_download_invalid_file
        if ad_video_download_site_error is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_SITE_ERROR"] = ad_video_download_site_error
        if ad_video_download_site_timeout is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_SITE_TIMEOUT"] = ad_video_download_site_timeout
        if ad_video_download_ssl_error is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_SSL_ERROR"] = ad_video_download_ssl_error
        if ad_video_download_ssl_handshake_error is not UNSET:
            field_dict["AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR"] = (
                ad_video_download_ssl_handshake_error
            )
        if ad_video_length_too_short is not UNSET:
            field_dict["AD_VIDEO_LENGTH_TOO_SHORT"] = ad_video_length_too_short
        if ad_video_processing_empty_file is not UNSET:
            field_dict["AD_VIDEO_PROCESSING_EMPTY_FILE"] = ad_video_processing_empty_file
        if ad_video_processing_height_too_small is not UNSET:
            field_dict["AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL"] = (
                ad_video_processing_height_too_small
            )
        if ad_video_processing_too_many_pixels is not UNSET:
            field_dict["AD_VIDEO_PROCESSING_TOO_MANY_PIXELS"] = ad_video_processing_too_many_pixels
        if ad_video_processing_type_mismatch is not UNSET:
            field_dict["AD_VIDEO_PROCESSING_TYPE_MISMATCH"] = ad_video_processing_type_mismatch
        if ad_video_processing_width_too_small is not UNSET:
            field_dict["AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL"] = ad_video_processing_width_too_small
        if additional_image_file_not_accessible is not UNSET:
            field_dict["ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE"] = (
                additional_image_file_not_accessible
            )
        if additional_image_file_not_found is not UNSET:
            field_dict["ADDITIONAL_IMAGE_FILE_NOT_FOUND"] = additional_image_file_not_found
        if additional_image_invalid_file is not UNSET:
            field_dict["ADDITIONAL_IMAGE_INVALID_FILE"] = additional_image_invalid_file
        if additional_image_level_internal_error is not UNSET:
            field_dict["ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR"] = (
                additional_image_level_internal_error
            )
        if additional_image_malformed_url is not UNSET:
            field_dict["ADDITIONAL_IMAGE_MALFORMED_URL"] = additional_image_malformed_url
        if fetch_google_sheet_public_can_edit is not UNSET:
            field_dict["FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT"] = fetch_google_sheet_public_can_edit
        if hotel_price_header_is_present is not UNSET:
            field_dict["HOTEL_PRICE_HEADER_IS_PRESENT"] = hotel_price_header_is_present
        if video_download_video_too_short is not UNSET:
            field_dict["VIDEO_DOWNLOAD_VIDEO_TOO_SHORT"] = video_download_video_too_short
        if video_file_not_accessible is not UNSET:
            field_dict["VIDEO_FILE_NOT_ACCESSIBLE"] = video_file_not_accessible
        if video_file_not_found is not UNSET:
            field_dict["VIDEO_FILE_NOT_FOUND"] = video_file_not_found
        if video_invalid_file is not UNSET:
            field_dict["VIDEO_INVALID_FILE"] = video_invalid_file
        if video_level_internal_error is not UNSET:
            field_dict["VIDEO_LEVEL_INTERNAL_ERROR"] = video_level_internal_error
        if video_malformed_url is not UNSET:
            field_dict["VIDEO_MALFORMED_URL"] = video_malformed_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_image_download_content_read_error = d.pop("AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR", UNSET)
        if ad_image_download_content_read_error is None:
            ad_image_download_content_read_error = tolerate_null(
                "AD_IMAGE_DOWNLOAD_CONTENT_READ_ERROR"
            )

        ad_image_download_dns_lookup_error = d.pop("AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR", UNSET)
        if ad_image_download_dns_lookup_error is None:
            ad_image_download_dns_lookup_error = tolerate_null("AD_IMAGE_DOWNLOAD_DNS_LOOKUP_ERROR")

        ad_image_download_file_not_accessible = d.pop(
            "AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE", UNSET
        )
        if ad_image_download_file_not_accessible is None:
            ad_image_download_file_not_accessible = tolerate_null(
                "AD_IMAGE_DOWNLOAD_FILE_NOT_ACCESSIBLE"
            )

        ad_image_download_file_not_found = d.pop("AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND", UNSET)
        if ad_image_download_file_not_found is None:
            ad_image_download_file_not_found = tolerate_null("AD_IMAGE_DOWNLOAD_FILE_NOT_FOUND")

        ad_image_download_http_status_400 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_400", UNSET)
        if ad_image_download_http_status_400 is None:
            ad_image_download_http_status_400 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_400")

        ad_image_download_http_status_403 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_403", UNSET)
        if ad_image_download_http_status_403 is None:
            ad_image_download_http_status_403 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_403")

        ad_image_download_http_status_404 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_404", UNSET)
        if ad_image_download_http_status_404 is None:
            ad_image_download_http_status_404 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_404")

        ad_image_download_http_status_405 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_405", UNSET)
        if ad_image_download_http_status_405 is None:
            ad_image_download_http_status_405 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_405")

        ad_image_download_http_status_410 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_410", UNSET)
        if ad_image_download_http_status_410 is None:
            ad_image_download_http_status_410 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_410")

        ad_image_download_http_status_429 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_429", UNSET)
        if ad_image_download_http_status_429 is None:
            ad_image_download_http_status_429 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_429")

        ad_image_download_http_status_500 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_500", UNSET)
        if ad_image_download_http_status_500 is None:
            ad_image_download_http_status_500 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_500")

        ad_image_download_http_status_502 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_502", UNSET)
        if ad_image_download_http_status_502 is None:
            ad_image_download_http_status_502 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_502")

        ad_image_download_http_status_503 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_503", UNSET)
        if ad_image_download_http_status_503 is None:
            ad_image_download_http_status_503 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_503")

        ad_image_download_http_status_504 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_504", UNSET)
        if ad_image_download_http_status_504 is None:
            ad_image_download_http_status_504 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_504")

        ad_image_download_http_status_507 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_507", UNSET)
        if ad_image_download_http_status_507 is None:
            ad_image_download_http_status_507 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_507")

        ad_image_download_http_status_508 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_508", UNSET)
        if ad_image_download_http_status_508 is None:
            ad_image_download_http_status_508 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_508")

        ad_image_download_http_status_520 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_520", UNSET)
        if ad_image_download_http_status_520 is None:
            ad_image_download_http_status_520 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_520")

        ad_image_download_http_status_521 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_521", UNSET)
        if ad_image_download_http_status_521 is None:
            ad_image_download_http_status_521 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_521")

        ad_image_download_http_status_522 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_522", UNSET)
        if ad_image_download_http_status_522 is None:
            ad_image_download_http_status_522 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_522")

        ad_image_download_http_status_525 = d.pop("AD_IMAGE_DOWNLOAD_HTTP_STATUS_525", UNSET)
        if ad_image_download_http_status_525 is None:
            ad_image_download_http_status_525 = tolerate_null("AD_IMAGE_DOWNLOAD_HTTP_STATUS_525")

        ad_image_download_internal_configuration_error = d.pop(
            "AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR", UNSET
        )
        if ad_image_download_internal_configuration_error is None:
            ad_image_download_internal_configuration_error = tolerate_null(
                "AD_IMAGE_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR"
            )

        ad_image_download_internal_error = d.pop("AD_IMAGE_DOWNLOAD_INTERNAL_ERROR", UNSET)
        if ad_image_download_internal_error is None:
            ad_image_download_internal_error = tolerate_null("AD_IMAGE_DOWNLOAD_INTERNAL_ERROR")

        ad_image_download_internal_failed_to_download = d.pop(
            "AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD", UNSET
        )
        if ad_image_download_internal_failed_to_download is None:
            ad_image_download_internal_failed_to_download = tolerate_null(
                "AD_IMAGE_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD"
            )

        ad_image_download_internal_malformed_url = d.pop(
            "AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL", UNSET
        )
        if ad_image_download_internal_malformed_url is None:
            ad_image_download_internal_malformed_url = tolerate_null(
                "AD_IMAGE_DOWNLOAD_INTERNAL_MALFORMED_URL"
            )

        ad_image_download_internal_rate_limited = d.pop(
            "AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED", UNSET
        )
        if ad_image_download_internal_rate_limited is None:
            ad_image_download_internal_rate_limited = tolerate_null(
                "AD_IMAGE_DOWNLOAD_INTERNAL_RATE_LIMITED"
            )

        ad_image_download_internal_request_expired = d.pop(
            "AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED", UNSET
        )
        if ad_image_download_internal_request_expired is None:
            ad_image_download_internal_request_expired = tolerate_null(
                "AD_IMAGE_DOWNLOAD_INTERNAL_REQUEST_EXPIRED"
            )

        ad_image_download_invalid_file = d.pop("AD_IMAGE_DOWNLOAD_INVALID_FILE", UNSET)
        if ad_image_download_invalid_file is None:
            ad_image_download_invalid_file = tolerate_null("AD_IMAGE_DOWNLOAD_INVALID_FILE")

        ad_image_download_site_error = d.pop("AD_IMAGE_DOWNLOAD_SITE_ERROR", UNSET)
        if ad_image_download_site_error is None:
            ad_image_download_site_error = tolerate_null("AD_IMAGE_DOWNLOAD_SITE_ERROR")

        ad_image_download_site_timeout = d.pop("AD_IMAGE_DOWNLOAD_SITE_TIMEOUT", UNSET)
        if ad_image_download_site_timeout is None:
            ad_image_download_site_timeout = tolerate_null("AD_IMAGE_DOWNLOAD_SITE_TIMEOUT")

        ad_image_download_ssl_error = d.pop("AD_IMAGE_DOWNLOAD_SSL_ERROR", UNSET)
        if ad_image_download_ssl_error is None:
            ad_image_download_ssl_error = tolerate_null("AD_IMAGE_DOWNLOAD_SSL_ERROR")

        ad_image_download_ssl_handshake_error = d.pop(
            "AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR", UNSET
        )
        if ad_image_download_ssl_handshake_error is None:
            ad_image_download_ssl_handshake_error = tolerate_null(
                "AD_IMAGE_DOWNLOAD_SSL_HANDSHAKE_ERROR"
            )

        ad_image_processing_empty_file = d.pop("AD_IMAGE_PROCESSING_EMPTY_FILE", UNSET)
        if ad_image_processing_empty_file is None:
            ad_image_processing_empty_file = tolerate_null("AD_IMAGE_PROCESSING_EMPTY_FILE")

        ad_image_processing_height_too_small = d.pop("AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL", UNSET)
        if ad_image_processing_height_too_small is None:
            ad_image_processing_height_too_small = tolerate_null(
                "AD_IMAGE_PROCESSING_HEIGHT_TOO_SMALL"
            )

        ad_image_processing_too_many_pixels = d.pop("AD_IMAGE_PROCESSING_TOO_MANY_PIXELS", UNSET)
        if ad_image_processing_too_many_pixels is None:
            ad_image_processing_too_many_pixels = tolerate_null(
                "AD_IMAGE_PROCESSING_TOO_MANY_PIXELS"
            )

        ad_image_processing_type_mismatch = d.pop("AD_IMAGE_PROCESSING_TYPE_MISMATCH", UNSET)
        if ad_image_processing_type_mismatch is None:
            ad_image_processing_type_mismatch = tolerate_null("AD_IMAGE_PROCESSING_TYPE_MISMATCH")

        ad_image_processing_width_too_small = d.pop("AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL", UNSET)
        if ad_image_processing_width_too_small is None:
            ad_image_processing_width_too_small = tolerate_null(
                "AD_IMAGE_PROCESSING_WIDTH_TOO_SMALL"
            )

        ad_video_download_content_read_error = d.pop("AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR", UNSET)
        if ad_video_download_content_read_error is None:
            ad_video_download_content_read_error = tolerate_null(
                "AD_VIDEO_DOWNLOAD_CONTENT_READ_ERROR"
            )

        ad_video_download_dns_lookup_error = d.pop("AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR", UNSET)
        if ad_video_download_dns_lookup_error is None:
            ad_video_download_dns_lookup_error = tolerate_null("AD_VIDEO_DOWNLOAD_DNS_LOOKUP_ERROR")

        ad_video_download_file_not_accessible = d.pop(
            "AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE", UNSET
        )
        if ad_video_download_file_not_accessible is None:
            ad_video_download_file_not_accessible = tolerate_null(
                "AD_VIDEO_DOWNLOAD_FILE_NOT_ACCESSIBLE"
            )

        ad_video_download_file_not_found = d.pop("AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND", UNSET)
        if ad_video_download_file_not_found is None:
            ad_video_download_file_not_found = tolerate_null("AD_VIDEO_DOWNLOAD_FILE_NOT_FOUND")

        ad_video_download_http_status_400 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_400", UNSET)
        if ad_video_download_http_status_400 is None:
            ad_video_download_http_status_400 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_400")

        ad_video_download_http_status_403 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_403", UNSET)
        if ad_video_download_http_status_403 is None:
            ad_video_download_http_status_403 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_403")

        ad_video_download_http_status_404 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_404", UNSET)
        if ad_video_download_http_status_404 is None:
            ad_video_download_http_status_404 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_404")

        ad_video_download_http_status_405 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_405", UNSET)
        if ad_video_download_http_status_405 is None:
            ad_video_download_http_status_405 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_405")

        ad_video_download_http_status_410 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_410", UNSET)
        if ad_video_download_http_status_410 is None:
            ad_video_download_http_status_410 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_410")

        ad_video_download_http_status_429 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_429", UNSET)
        if ad_video_download_http_status_429 is None:
            ad_video_download_http_status_429 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_429")

        ad_video_download_http_status_500 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_500", UNSET)
        if ad_video_download_http_status_500 is None:
            ad_video_download_http_status_500 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_500")

        ad_video_download_http_status_502 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_502", UNSET)
        if ad_video_download_http_status_502 is None:
            ad_video_download_http_status_502 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_502")

        ad_video_download_http_status_503 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_503", UNSET)
        if ad_video_download_http_status_503 is None:
            ad_video_download_http_status_503 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_503")

        ad_video_download_http_status_504 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_504", UNSET)
        if ad_video_download_http_status_504 is None:
            ad_video_download_http_status_504 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_504")

        ad_video_download_http_status_507 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_507", UNSET)
        if ad_video_download_http_status_507 is None:
            ad_video_download_http_status_507 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_507")

        ad_video_download_http_status_508 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_508", UNSET)
        if ad_video_download_http_status_508 is None:
            ad_video_download_http_status_508 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_508")

        ad_video_download_http_status_520 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_520", UNSET)
        if ad_video_download_http_status_520 is None:
            ad_video_download_http_status_520 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_520")

        ad_video_download_http_status_521 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_521", UNSET)
        if ad_video_download_http_status_521 is None:
            ad_video_download_http_status_521 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_521")

        ad_video_download_http_status_522 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_522", UNSET)
        if ad_video_download_http_status_522 is None:
            ad_video_download_http_status_522 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_522")

        ad_video_download_http_status_525 = d.pop("AD_VIDEO_DOWNLOAD_HTTP_STATUS_525", UNSET)
        if ad_video_download_http_status_525 is None:
            ad_video_download_http_status_525 = tolerate_null("AD_VIDEO_DOWNLOAD_HTTP_STATUS_525")

        ad_video_download_internal_configuration_error = d.pop(
            "AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR", UNSET
        )
        if ad_video_download_internal_configuration_error is None:
            ad_video_download_internal_configuration_error = tolerate_null(
                "AD_VIDEO_DOWNLOAD_INTERNAL_CONFIGURATION_ERROR"
            )

        ad_video_download_internal_error = d.pop("AD_VIDEO_DOWNLOAD_INTERNAL_ERROR", UNSET)
        if ad_video_download_internal_error is None:
            ad_video_download_internal_error = tolerate_null("AD_VIDEO_DOWNLOAD_INTERNAL_ERROR")

        ad_video_download_internal_failed_to_download = d.pop(
            "AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD", UNSET
        )
        if ad_video_download_internal_failed_to_download is None:
            ad_video_download_internal_failed_to_download = tolerate_null(
                "AD_VIDEO_DOWNLOAD_INTERNAL_FAILED_TO_DOWNLOAD"
            )

        ad_video_download_internal_malformed_url = d.pop(
            "AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL", UNSET
        )
        if ad_video_download_internal_malformed_url is None:
            ad_video_download_internal_malformed_url = tolerate_null(
                "AD_VIDEO_DOWNLOAD_INTERNAL_MALFORMED_URL"
            )

        ad_video_download_internal_rate_limited = d.pop(
            "AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED", UNSET
        )
        if ad_video_download_internal_rate_limited is None:
            ad_video_download_internal_rate_limited = tolerate_null(
                "AD_VIDEO_DOWNLOAD_INTERNAL_RATE_LIMITED"
            )

        ad_video_download_internal_request_expired = d.pop(
            "AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED", UNSET
        )
        if ad_video_download_internal_request_expired is None:
            ad_video_download_internal_request_expired = tolerate_null(
                "AD_VIDEO_DOWNLOAD_INTERNAL_REQUEST_EXPIRED"
            )

        ad_video_download_invalid_file = d.pop("AD_VIDEO_DOWNLOAD_INVALID_FILE", UNSET)
        if ad_video_download_invalid_file is None:
            ad_video_download_invalid_file = tolerate_null("AD_VIDEO_DOWNLOAD_INVALID_FILE")

        ad_video_download_site_error = d.pop("AD_VIDEO_DOWNLOAD_SITE_ERROR", UNSET)
        if ad_video_download_site_error is None:
            ad_video_download_site_error = tolerate_null("AD_VIDEO_DOWNLOAD_SITE_ERROR")

        ad_video_download_site_timeout = d.pop("AD_VIDEO_DOWNLOAD_SITE_TIMEOUT", UNSET)
        if ad_video_download_site_timeout is None:
            ad_video_download_site_timeout = tolerate_null("AD_VIDEO_DOWNLOAD_SITE_TIMEOUT")

        ad_video_download_ssl_error = d.pop("AD_VIDEO_DOWNLOAD_SSL_ERROR", UNSET)
        if ad_video_download_ssl_error is None:
            ad_video_download_ssl_error = tolerate_null("AD_VIDEO_DOWNLOAD_SSL_ERROR")

        ad_video_download_ssl_handshake_error = d.pop(
            "AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR", UNSET
        )
        if ad_video_download_ssl_handshake_error is None:
            ad_video_download_ssl_handshake_error = tolerate_null(
                "AD_VIDEO_DOWNLOAD_SSL_HANDSHAKE_ERROR"
            )

        ad_video_length_too_short = d.pop("AD_VIDEO_LENGTH_TOO_SHORT", UNSET)
        if ad_video_length_too_short is None:
            ad_video_length_too_short = tolerate_null("AD_VIDEO_LENGTH_TOO_SHORT")

        ad_video_processing_empty_file = d.pop("AD_VIDEO_PROCESSING_EMPTY_FILE", UNSET)
        if ad_video_processing_empty_file is None:
            ad_video_processing_empty_file = tolerate_null("AD_VIDEO_PROCESSING_EMPTY_FILE")

        ad_video_processing_height_too_small = d.pop("AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL", UNSET)
        if ad_video_processing_height_too_small is None:
            ad_video_processing_height_too_small = tolerate_null(
                "AD_VIDEO_PROCESSING_HEIGHT_TOO_SMALL"
            )

        ad_video_processing_too_many_pixels = d.pop("AD_VIDEO_PROCESSING_TOO_MANY_PIXELS", UNSET)
        if ad_video_processing_too_many_pixels is None:
            ad_video_processing_too_many_pixels = tolerate_null(
                "AD_VIDEO_PROCESSING_TOO_MANY_PIXELS"
            )

        ad_video_processing_type_mismatch = d.pop("AD_VIDEO_PROCESSING_TYPE_MISMATCH", UNSET)
        if ad_video_processing_type_mismatch is None:
            ad_video_processing_type_mismatch = tolerate_null("AD_VIDEO_PROCESSING_TYPE_MISMATCH")

        ad_video_processing_width_too_small = d.pop("AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL", UNSET)
        if ad_video_processing_width_too_small is None:
            ad_video_processing_width_too_small = tolerate_null(
                "AD_VIDEO_PROCESSING_WIDTH_TOO_SMALL"
            )

        additional_image_file_not_accessible = d.pop("ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE", UNSET)
        if additional_image_file_not_accessible is None:
            additional_image_file_not_accessible = tolerate_null(
                "ADDITIONAL_IMAGE_FILE_NOT_ACCESSIBLE"
            )

        additional_image_file_not_found = d.pop("ADDITIONAL_IMAGE_FILE_NOT_FOUND", UNSET)
        if additional_image_file_not_found is None:
            additional_image_file_not_found = tolerate_null("ADDITIONAL_IMAGE_FILE_NOT_FOUND")

        additional_image_invalid_file = d.pop("ADDITIONAL_IMAGE_INVALID_FILE", UNSET)
        if additional_image_invalid_file is None:
            additional_image_invalid_file = tolerate_null("ADDITIONAL_IMAGE_INVALID_FILE")

        additional_image_level_internal_error = d.pop(
            "ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR", UNSET
        )
        if additional_image_level_internal_error is None:
            additional_image_level_internal_error = tolerate_null(
                "ADDITIONAL_IMAGE_LEVEL_INTERNAL_ERROR"
            )

        additional_image_malformed_url = d.pop("ADDITIONAL_IMAGE_MALFORMED_URL", UNSET)
        if additional_image_malformed_url is None:
            additional_image_malformed_url = tolerate_null("ADDITIONAL_IMAGE_MALFORMED_URL")

        fetch_google_sheet_public_can_edit = d.pop("FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT", UNSET)
        if fetch_google_sheet_public_can_edit is None:
            fetch_google_sheet_public_can_edit = tolerate_null("FETCH_GOOGLE_SHEET_PUBLIC_CAN_EDIT")

        hotel_price_header_is_present = d.pop("HOTEL_PRICE_HEADER_IS_PRESENT", UNSET)
        if hotel_price_header_is_present is None:
            hotel_price_header_is_present = tolerate_null("HOTEL_PRICE_HEADER_IS_PRESENT")

        video_download_video_too_short = d.pop("VIDEO_DOWNLOAD_VIDEO_TOO_SHORT", UNSET)
        if video_download_video_too_short is None:
            video_download_video_too_short = tolerate_null("VIDEO_DOWNLOAD_VIDEO_TOO_SHORT")

        video_file_not_accessible = d.pop("VIDEO_FILE_NOT_ACCESSIBLE", UNSET)
        if video_file_not_accessible is None:
            video_file_not_accessible = tolerate_null("VIDEO_FILE_NOT_ACCESSIBLE")

        video_file_not_found = d.pop("VIDEO_FILE_NOT_FOUND", UNSET)
        if video_file_not_found is None:
            video_file_not_found = tolerate_null("VIDEO_FILE_NOT_FOUND")

        video_invalid_file = d.pop("VIDEO_INVALID_FILE", UNSET)
        if video_invalid_file is None:
            video_invalid_file = tolerate_null("VIDEO_INVALID_FILE")

        video_level_internal_error = d.pop("VIDEO_LEVEL_INTERNAL_ERROR", UNSET)
        if video_level_internal_error is None:
            video_level_internal_error = tolerate_null("VIDEO_LEVEL_INTERNAL_ERROR")

        video_malformed_url = d.pop("VIDEO_MALFORMED_URL", UNSET)
        if video_malformed_url is None:
            video_malformed_url = tolerate_null("VIDEO_MALFORMED_URL")

        catalogs_feed_ingestion_warnings = cls(
            ad_image_download_content_read_error=ad_image_download_content_read_error,
            ad_image_download_dns_lookup_error=ad_image_download_dns_lookup_error,
            ad_image_download_file_not_accessible=ad_image_download_file_not_accessible,
            ad_image_download_file_not_found=ad_image_download_file_not_found,
            ad_image_download_http_status_400=ad_image_download_http_status_400,
            ad_image_download_http_status_403=ad_image_download_http_status_403,
            ad_image_download_http_status_404=ad_image_download_http_status_404,
            ad_image_download_http_status_405=ad_image_download_http_status_405,
            ad_image_download_http_status_410=ad_image_download_http_status_410,
            ad_image_download_http_status_429=ad_image_download_http_status_429,
            ad_image_download_http_status_500=ad_image_download_http_status_500,
            ad_image_download_http_status_502=ad_image_download_http_status_502,
            ad_image_download_http_status_503=ad_image_download_http_status_503,
            ad_image_download_http_status_504=ad_image_download_http_status_504,
            ad_image_download_http_status_507=ad_image_download_http_status_507,
            ad_image_download_http_status_508=ad_image_download_http_status_508,
            ad_image_download_http_status_520=ad_image_download_http_status_520,
            ad_image_download_http_status_521=ad_image_download_http_status_521,
            ad_image_download_http_status_522=ad_image_download_http_status_522,
            ad_image_download_http_status_525=ad_image_download_http_status_525,
            ad_image_download_internal_configuration_error=ad_image_download_internal_configuration_error,
            ad_image_download_internal_error=ad_image_download_internal_error,
            ad_image_download_internal_failed_to_download=ad_image_download_internal_failed_to_download,
            ad_image_download_internal_malformed_url=ad_image_download_internal_malformed_url,
            ad_image_download_internal_rate_limited=ad_image_download_internal_rate_limited,
            ad_image_download_internal_request_expired=ad_image_download_internal_request_expired,
            ad_image_download_invalid_file=ad_image_download_invalid_file,
            ad_image_download_site_error=ad_image_download_site_error,
            ad_image_download_site_timeout=ad_image_download_site_timeout,
            ad_image_download_ssl_error=ad_image_download_ssl_error,
            ad_image_download_ssl_handshake_error=ad_image_download_ssl_handshake_error,
            ad_image_processing_empty_file=ad_image_processing_empty_file,
            ad_image_processing_height_too_small=ad_image_processing_height_too_small,
            ad_image_processing_too_many_pixels=ad_image_processing_too_many_pixels,
            ad_image_processing_type_mismatch=ad_image_processing_type_mismatch,
            ad_image_processing_width_too_small=ad_image_processing_width_too_small,
            ad_video_download_content_read_error=ad_video_download_content_read_error,
            ad_video_download_dns_lookup_error=ad_video_download_dns_lookup_error,
            ad_video_download_file_not_accessible=ad_video_download_file_not_accessible,
            ad_video_download_file_not_found=ad_video_download_file_not_found,
            ad_video_download_http_status_400=ad_video_download_http_status_400,
            ad_video_download_http_status_403=ad_video_download_http_status_403,
            ad_video_download_http_status_404=ad_video_download_http_status_404,
            ad_video_download_http_status_405=ad_video_download_http_status_405,
            ad_video_download_http_status_410=ad_video_download_http_status_410,
            ad_video_download_http_status_429=ad_video_download_http_status_429,
            ad_video_download_http_status_500=ad_video_download_http_status_500,
            ad_video_download_http_status_502=ad_video_download_http_status_502,
            ad_video_download_http_status_503=ad_video_download_http_status_503,
            ad_video_download_http_status_504=ad_video_download_http_status_504,
            ad_video_download_http_status_507=ad_video_download_http_status_507,
            ad_video_download_http_status_508=ad_video_download_http_status_508,
            ad_video_download_http_status_520=ad_video_download_http_status_520,
            ad_video_download_http_status_521=ad_video_download_http_status_521,
            ad_video_download_http_status_522=ad_video_download_http_status_522,
            ad_video_download_http_status_525=ad_video_download_http_status_525,
            ad_video_download_internal_configuration_error=ad_video_download_internal_configuration_error,
            ad_video_download_internal_error=ad_video_download_internal_error,
            ad_video_download_internal_failed_to_download=ad_video_download_internal_failed_to_download,
            ad_video_download_internal_malformed_url=ad_video_download_internal_malformed_url,
            ad_video_download_internal_rate_limited=ad_video_download_internal_rate_limited,
            ad_video_download_internal_request_expired=ad_video_download_internal_request_expired,
            ad_video_download_invalid_file=ad_video_download_invalid_file,
            ad_video_download_site_error=ad_video_download_site_error,
            ad_video_download_site_timeout=ad_video_download_site_timeout,
            ad_video_download_ssl_error=ad_video_download_ssl_error,
            ad_video_download_ssl_handshake_error=ad_video_download_ssl_handshake_error,
            ad_video_length_too_short=ad_video_length_too_short,
            ad_video_processing_empty_file=ad_video_processing_empty_file,
            ad_video_processing_height_too_small=ad_video_processing_height_too_small,
            ad_video_processing_too_many_pixels=ad_video_processing_too_many_pixels,
            ad_video_processing_type_mismatch=ad_video_processing_type_mismatch,
            ad_video_processing_width_too_small=ad_video_processing_width_too_small,
            additional_image_file_not_accessible=additional_image_file_not_accessible,
            additional_image_file_not_found=additional_image_file_not_found,
            additional_image_invalid_file=additional_image_invalid_file,
            additional_image_level_internal_error=additional_image_level_internal_error,
            additional_image_malformed_url=additional_image_malformed_url,
            fetch_google_sheet_public_can_edit=fetch_google_sheet_public_can_edit,
            hotel_price_header_is_present=hotel_price_header_is_present,
            video_download_video_too_short=video_download_video_too_short,
            video_file_not_accessible=video_file_not_accessible,
            video_file_not_found=video_file_not_found,
            video_invalid_file=video_invalid_file,
            video_level_internal_error=video_level_internal_error,
            video_malformed_url=video_malformed_url,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedIngestionWarnings", d)

        catalogs_feed_ingestion_warnings.additional_properties = d
        return catalogs_feed_ingestion_warnings

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
