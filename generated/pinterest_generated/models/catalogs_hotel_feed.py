from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_format import CatalogsFormat
from ..models.catalogs_status import CatalogsStatus
from ..models.catalogs_type import CatalogsType
from ..models.nullable_currency import NullableCurrency
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_feed_credentials import CatalogsFeedCredentials
    from ..models.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule


T = TypeVar("T", bound="CatalogsHotelFeed")


@_attrs_define
class CatalogsHotelFeed:
    """Catalogs Hotel Feed object

    Attributes:
        created_at (datetime.datetime):  Example: 2022-03-14T15:15:22Z.
        id (str):
        updated_at (datetime.datetime):  Example: 2022-03-14T15:16:34Z.
        catalog_id (None | str): Catalog id pertaining to the feed. If not provided, feed will use a default catalog
            based on type.
        catalog_type (CatalogsType): Type of the catalog entity.
        credentials (CatalogsFeedCredentials | None):
        default_currency (None | NullableCurrency):
        default_locale (str): The locale used within a feed for product descriptions. Example: en-US.
        format_ (CatalogsFormat): The file format of a feed.
        location (str): The URL where a feed is available for download. This URL is what Pinterest will use to download
            a feed for processing.
        name (None | str): A human-friendly name associated to a given feed. This value is currently nullable due to
            historical reasons. It is expected to become non-nullable in the future.
        preferred_processing_schedule (CatalogsFeedProcessingSchedule | None):
        status (CatalogsStatus): Status for catalogs entities. Present in catalogs_feed values. When a feed is deleted,
            the response will inform DELETED as status.
    """

    created_at: datetime.datetime
    id: str
    updated_at: datetime.datetime
    catalog_id: None | str
    catalog_type: CatalogsType
    credentials: CatalogsFeedCredentials | None
    default_currency: None | NullableCurrency
    default_locale: str
    format_: CatalogsFormat
    location: str
    name: None | str
    preferred_processing_schedule: CatalogsFeedProcessingSchedule | None
    status: CatalogsStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_feed_credentials import CatalogsFeedCredentials
        from ..models.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule

        created_at = None if self.created_at is None else self.created_at.isoformat()

        id = self.id

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        catalog_id: None | str
        catalog_id = self.catalog_id

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        credentials: dict[str, Any] | None
        if isinstance(self.credentials, CatalogsFeedCredentials):
            credentials = None if self.credentials is None else self.credentials.to_dict()
        else:
            credentials = self.credentials

        default_currency: None | str
        if isinstance(self.default_currency, NullableCurrency):
            default_currency = (
                None if self.default_currency is None else self.default_currency.value
            )
        else:
            default_currency = self.default_currency

        default_locale = self.default_locale

        format_ = None if self.format_ is None else self.format_.value

        location = self.location

        name: None | str
        name = self.name

        preferred_processing_schedule: dict[str, Any] | None
        if isinstance(self.preferred_processing_schedule, CatalogsFeedProcessingSchedule):
            preferred_processing_schedule = (
                None
                if self.preferred_processing_schedule is None
                else self.preferred_processing_schedule.to_dict()
            )
        else:
            preferred_processing_schedule = self.preferred_processing_schedule

        status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
                "catalog_id": catalog_id,
                "catalog_type": catalog_type,
                "credentials": credentials,
                "default_currency": default_currency,
                "default_locale": default_locale,
                "format": format_,
                "location": location,
                "name": name,
                "preferred_processing_schedule": preferred_processing_schedule,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_feed_credentials import CatalogsFeedCredentials
        from ..models.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule

        d = dict(src_dict)
        _created_at = d.pop("created_at")
        created_at = (
            tolerate_null("created_at")
            if _created_at is None
            else datetime.datetime.fromisoformat(_created_at)
        )

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _updated_at = d.pop("updated_at")
        updated_at = (
            tolerate_null("updated_at")
            if _updated_at is None
            else datetime.datetime.fromisoformat(_updated_at)
        )

        def _parse_catalog_id(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_catalog_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        catalog_id = _parse_catalog_id(d.pop("catalog_id"))

        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type") if _catalog_type is None else CatalogsType(_catalog_type)
        )

        def _parse_credentials(data: object) -> CatalogsFeedCredentials | None:
            if data is None:
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
            return cast(CatalogsFeedCredentials | None, data)

        credentials = _parse_credentials(d.pop("credentials"))

        def _parse_default_currency(data: object) -> None | NullableCurrency:
            if data is None:
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
            return cast(None | NullableCurrency, data)

        default_currency = _parse_default_currency(d.pop("default_currency"))

        default_locale = d.pop("default_locale")
        if default_locale is None:
            default_locale = tolerate_null("default_locale")

        _format_ = d.pop("format")
        format_ = tolerate_null("format") if _format_ is None else CatalogsFormat(_format_)

        location = d.pop("location")
        if location is None:
            location = tolerate_null("location")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_preferred_processing_schedule(
            data: object,
        ) -> CatalogsFeedProcessingSchedule | None:
            if data is None:
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
            return cast(CatalogsFeedProcessingSchedule | None, data)

        preferred_processing_schedule = _parse_preferred_processing_schedule(
            d.pop("preferred_processing_schedule")
        )

        _status = d.pop("status")
        status = tolerate_null("status") if _status is None else CatalogsStatus(_status)

        catalogs_hotel_feed = cls(
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            catalog_id=catalog_id,
            catalog_type=catalog_type,
            credentials=credentials,
            default_currency=default_currency,
            default_locale=default_locale,
            format_=format_,
            location=location,
            name=name,
            preferred_processing_schedule=preferred_processing_schedule,
            status=status,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelFeed", d)

        catalogs_hotel_feed.additional_properties = d
        return catalogs_hotel_feed

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
