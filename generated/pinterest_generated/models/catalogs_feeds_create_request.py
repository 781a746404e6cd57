from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_format import CatalogsFormat
from ..models.catalogs_locale import CatalogsLocale
from ..models.catalogs_status import CatalogsStatus
from ..models.country import Country
from ..models.nullable_currency import NullableCurrency
from ..models.product_availability_type import ProductAvailabilityType
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


T = TypeVar("T", bound="CatalogsFeedsCreateRequest")


@_attrs_define
class CatalogsFeedsCreateRequest:
    """Request object for creating a feed. Please, be aware that "default_country" and "default_locale" are not required in
    the spec for forward compatibility but for now the API will not accept requests without those fields.

        Attributes:
            format_ (CatalogsFormat): The file format of a feed.
            location (str): The URL where a feed is available for download. This URL is what Pinterest will use to download
                a feed for processing.
            name (str): A human-friendly name associated to a given feed.
            credentials (CatalogsFeedCredentials | None | Unset):
            default_availability (None | ProductAvailabilityType | Unset):
            default_country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
            default_currency (None | NullableCurrency | Unset):
            default_locale (CatalogsLocale | str | Unset): The locale used within a feed for product descriptions. Example:
                en-US.
            preferred_processing_schedule (CatalogsFeedProcessingSchedule | None | Unset):
            status (CatalogsStatus | Unset): Status for catalogs entities. Present in catalogs_feed values. When a feed is
                deleted, the response will inform DELETED as status. Default: CatalogsStatus.ACTIVE.
    """

    format_: CatalogsFormat
    location: str
    name: str
    credentials: CatalogsFeedCredentials | None | Unset = UNSET
    default_availability: None | ProductAvailabilityType | Unset = UNSET
    default_country: Country | Unset = UNSET
    default_currency: None | NullableCurrency | Unset = UNSET
    default_locale: CatalogsLocale | str | Unset = UNSET
    preferred_processing_schedule: CatalogsFeedProcessingSchedule | None | Unset = UNSET
    status: CatalogsStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_feed_credentials import CatalogsFeedCredentials
        from ..models.catalogs_feed_processing_schedule import CatalogsFeedProcessingSchedule

        format_ = None if self.format_ is None else self.format_.value

        location = self.location

        name = self.name

        credentials: dict[str, Any] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, CatalogsFeedCredentials):
            credentials = None if self.credentials is None else self.credentials.to_dict()
        else:
            credentials = self.credentials

        default_availability: None | str | Unset
        if isinstance(self.default_availability, Unset):
            default_availability = UNSET
        elif isinstance(self.default_availability, ProductAvailabilityType):
            default_availability = (
                None if self.default_availability is None else self.default_availability.value
            )
        else:
            default_availability = self.default_availability

        default_country: str | Unset = UNSET
        if not isinstance(self.default_country, Unset):
            default_country = None if self.default_country is None else self.default_country.value

        default_currency: None | str | Unset
        if isinstance(self.default_currency, Unset):
            default_currency = UNSET
        elif isinstance(self.default_currency, NullableCurrency):
            default_currency = (
                None if self.default_currency is None else self.default_currency.value
            )
        else:
            default_currency = self.default_currency

        default_locale: str | Unset
        if isinstance(self.default_locale, Unset):
            default_locale = UNSET
        elif isinstance(self.default_locale, CatalogsLocale):
            default_locale = None if self.default_locale is None else self.default_locale.value
        else:
            default_locale = self.default_locale

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
                "format": format_,
                "location": location,
                "name": name,
            }
        )
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if default_availability is not UNSET:
            field_dict["default_availability"] = default_availability
        if default_country is not UNSET:
            field_dict["default_country"] = default_country
        if default_currency is not UNSET:
            field_dict["default_currency"] = default_currency
        if default_locale is not UNSET:
            field_dict["default_locale"] = default_locale
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
        _format_ = d.pop("format")
        format_ = tolerate_null("format") if _format_ is None else CatalogsFormat(_format_)

        location = d.pop("location")
        if location is None:
            location = tolerate_null("location")

        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

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

        def _parse_default_availability(data: object) -> None | ProductAvailabilityType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_default_availability(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _default_availability_type_1 = data
                default_availability_type_1 = (
                    tolerate_null("default_availability_type_1")
                    if _default_availability_type_1 is None
                    else ProductAvailabilityType(_default_availability_type_1)
                )

                return default_availability_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProductAvailabilityType | Unset, data)

        default_availability = _parse_default_availability(d.pop("default_availability", UNSET))

        _default_country = d.pop("default_country", UNSET)
        default_country: Country | Unset
        if isinstance(_default_country, Unset):
            default_country = UNSET
        elif _default_country is None:
            default_country = tolerate_null("default_country")
        else:
            default_country = Country(_default_country)

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

        def _parse_default_locale(data: object) -> CatalogsLocale | str | Unset:
            if isinstance(data, Unset):
                return data
            if data is None:
                return cast(CatalogsLocale | str | Unset, tolerate_null("default_locale"))
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_default_locale(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _default_locale_type_0 = data
                default_locale_type_0 = (
                    tolerate_null("default_locale_type_0")
                    if _default_locale_type_0 is None
                    else CatalogsLocale(_default_locale_type_0)
                )

                return default_locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CatalogsLocale | str | Unset, data)

        default_locale = _parse_default_locale(d.pop("default_locale", UNSET))

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

        catalogs_feeds_create_request = cls(
            format_=format_,
            location=location,
            name=name,
            credentials=credentials,
            default_availability=default_availability,
            default_country=default_country,
            default_currency=default_currency,
            default_locale=default_locale,
            preferred_processing_schedule=preferred_processing_schedule,
            status=status,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedsCreateRequest", d)
        catalogs_feeds_create_request.additional_properties = d
        return catalogs_feeds_create_request

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
