from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_format import CatalogsFormat
from ..models.catalogs_status import CatalogsStatus
from ..models.catalogs_type import CatalogsType
from ..models.nullable_currency import NullableCurrency
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_feed_credentials import CatalogsFeedCredentials
    from ..models.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule


T = TypeVar("T", bound="CatalogsCreativeAssetsFeedsUpdateRequest")


@_attrs_define
class CatalogsCreativeAssetsFeedsUpdateRequest:
    """Request object for updating a feed.

    Attributes:
        catalog_type (CatalogsType): Type of the catalog entity.
        credentials (CatalogsFeedCredentials | None | Unset):
        default_currency (None | NullableCurrency | Unset):
        format_ (CatalogsFormat | Unset): The file format of a feed.
        location (str | Unset): The URL where a feed is available for download. This URL is what Pinterest will use to
            download a feed for processing.
        name (str | Unset): A human-friendly name associated to a given feed.
        preferred_processing_schedule (CatalogsFeedProcessingSchedule | None | Unset):
        status (CatalogsStatus | Unset): Status for catalogs entities. Present in catalogs_feed values. When a feed is
            deleted, the response will inform DELETED as status.
    """

    catalog_type: CatalogsType
    credentials: CatalogsFeedCredentials | None | Unset = UNSET
    default_currency: None | NullableCurrency | Unset = UNSET
    format_: CatalogsFormat | Unset = UNSET
    location: str | Unset = UNSET
    name: str | Unset = UNSET
    preferred_processing_schedule: CatalogsFeedProcessingSchedule | None | Unset = UNSET
    status: CatalogsStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_feed_credentials import CatalogsFeedCredentials
        from ..models.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, CatalogsFeedCredentials):
            credentials = None if self.credentials is None else self.credentials.to_dict()
        else:
            credentials = self.credentials

        default_currency: None | str | Unset
        if isinstance(self.default_currency, Unset):
            default_currency = UNSET
        elif isinstance(self.default_currency, NullableCurrency):
            default_currency = (
                None if self.default_currency is None else self.default_currency.value
            )
        else:
            default_currency = self.default_currency

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = None if self.format_ is None else self.format_.value

        location = self.location

        name = self.name

        preferred_processing_schedule: dict[str, Any] | None | Unset
        if isinstance(self.preferred_processing_schedule, Unset):
            preferred_processing_schedule = UNSET
        elif isinstance(self.preferred_processing_schedule, CatalogsFeedProcessingSchedule):
            preferred_processing_schedule = (
                None
                if self.preferred_processing_schedule is None
                else self.preferred_processing_schedule.to_dict()
            )
        else:
            preferred_processing_schedule = self.preferred_processing_schedule

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_type": catalog_type,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if format_ is not UNSET:
            field_dict["format"] = format_
        if location is not UNSET:
            field_dict["location"] = location
        if name is not UNSET:
            field_dict["name"] = name
        if preferred_processing_schedule is not UNSET:
            field_dict["preferred_processing_schedule"] = preferred_processing_schedule
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_feed_credentials import CatalogsFeedCredentials
        from ..models.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type") if _catalog_type is None else CatalogsType(_catalog_type)
        )

        def _parse_credentials(data: object) -> CatalogsFeedCredentials | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_credentials(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _credentials_type_1 = data
                credentials_type_1 = (
                    tolerate_null("credentials_type_1")
                    if _credentials_type_1 is None
                    else CatalogsFeedCredentials.from_dict(_credentials_type_1)
                )

                return credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogsFeedCredentials | None | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        def _parse_default_currency(data: object) -> None | NullableCurrency | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_default_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _default_currency_type_1 = data
                default_currency_type_1 = (
                    tolerate_null("default_currency_type_1")
                    if _default_currency_type_1 is None
                    else NullableCurrency(_default_currency_type_1)
                )

                return default_currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NullableCurrency | Unset, data)

        default_currency = _parse_default_currency(d.pop("default_currency", UNSET))

        _format_ = d.pop("format", UNSET)
        format_: CatalogsFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        elif _format_ is None:
            format_ = tolerate_null("format")
        else:
            format_ = CatalogsFormat(_format_)

        location = d.pop("location", UNSET)
        if location is None:
            location = tolerate_null("location")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        def _parse_preferred_processing_schedule(
            data: object,
        ) -> CatalogsFeedProcessingSchedule | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_preferred_processing_schedule(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _preferred_processing_schedule_type_1 = data
                preferred_processing_schedule_type_1 = (
                    tolerate_null("preferred_processing_schedule_type_1")
                    if _preferred_processing_schedule_type_1 is None
                    else CatalogsFeedProcessingSchedule.from_dict(
                        _preferred_processing_schedule_type_1
                    )
                )

                return preferred_processing_schedule_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogsFeedProcessingSchedule | None | Unset, data)

        preferred_processing_schedule = _parse_preferred_processing_schedule(
            d.pop("preferred_processing_schedule", UNSET)
        )

        _status = d.pop("status", UNSET)
        status: CatalogsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = CatalogsStatus(_status)

        catalogs_creative_assets_feeds_update_request = cls(
            catalog_type=catalog_type,
            credentials=credentials,
            default_currency=default_currency,
            format_=format_,
            location=location,
            name=name,
            preferred_processing_schedule=preferred_processing_schedule,
            status=status,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreativeAssetsFeedsUpdateRequest", d)
        catalogs_creative_assets_feeds_update_request.additional_properties = d
        return catalogs_creative_assets_feeds_update_request

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
