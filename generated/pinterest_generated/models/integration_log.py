from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_log_event_type import IntegrationLogEventType
from ..models.integration_log_log_level import IntegrationLogLogLevel
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.integration_log_client_error import IntegrationLogClientError
    from ..models.integration_log_client_request import IntegrationLogClientRequest


T = TypeVar("T", bound="IntegrationLog")


@_attrs_define
class IntegrationLog:
    """Schema for log sent from an integration application.

    Attributes:
        client_timestamp (int): Timestamp in milliseconds of when the log was executed at the client.
        event_type (IntegrationLogEventType): Log event type
        log_level (IntegrationLogLogLevel): Log level type
        advertiser_id (None | str | Unset):
        app_version_number (str | Unset): Version number of the integration application.
        error (IntegrationLogClientError | Unset): System error details included in the log sent by the client.
        external_business_id (None | str | Unset):
        feed_profile_id (None | str | Unset):
        merchant_id (None | str | Unset):
        message (str | Unset): Explanation of the event that occured.
        platform_version_number (str | Unset): Version number of the platform the integration application is running on.
        request (IntegrationLogClientRequest | Unset): HTTP request details included in the log sent by the client.
        tag_id (None | str | Unset):
    """

    client_timestamp: int
    event_type: IntegrationLogEventType
    log_level: IntegrationLogLogLevel
    advertiser_id: None | str | Unset = UNSET
    app_version_number: str | Unset = UNSET
    error: IntegrationLogClientError | Unset = UNSET
    external_business_id: None | str | Unset = UNSET
    feed_profile_id: None | str | Unset = UNSET
    merchant_id: None | str | Unset = UNSET
    message: str | Unset = UNSET
    platform_version_number: str | Unset = UNSET
    request: IntegrationLogClientRequest | Unset = UNSET
    tag_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_timestamp = self.client_timestamp

        event_type = None if self.event_type is None else self.event_type.value

        log_level = None if self.log_level is None else self.log_level.value

        advertiser_id: None | str | Unset
        if isinstance(self.advertiser_id, Unset):
            advertiser_id = UNSET
        else:
            advertiser_id = self.advertiser_id

        app_version_number = self.app_version_number

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = None if self.error is None else self.error.to_dict()

        external_business_id: None | str | Unset
        if isinstance(self.external_business_id, Unset):
            external_business_id = UNSET
        else:
            external_business_id = self.external_business_id

        feed_profile_id: None | str | Unset
        if isinstance(self.feed_profile_id, Unset):
            feed_profile_id = UNSET
        else:
            feed_profile_id = self.feed_profile_id

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        message = self.message

        platform_version_number = self.platform_version_number

        request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request, Unset):
            request = None if self.request is None else self.request.to_dict()

        tag_id: None | str | Unset
        if isinstance(self.tag_id, Unset):
            tag_id = UNSET
        else:
            tag_id = self.tag_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "client_timestamp": client_timestamp,
                "event_type": event_type,
                "log_level": log_level,
            }
        )
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if app_version_number is not UNSET:
            field_dict["app_version_number"] = app_version_number
        if error is not UNSET:
            field_dict["error"] = error
        if external_business_id is not UNSET:
            field_dict["external_business_id"] = external_business_id
        if feed_profile_id is not UNSET:
            field_dict["feed_profile_id"] = feed_profile_id
        if merchant_id is not UNSET:
            field_dict["merchant_id"] = merchant_id
        if message is not UNSET:
            field_dict["message"] = message
        if platform_version_number is not UNSET:
            field_dict["platform_version_number"] = platform_version_number
        if request is not UNSET:
            field_dict["request"] = request
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_log_client_error import IntegrationLogClientError
        from ..models.integration_log_client_request import IntegrationLogClientRequest

        d = dict(src_dict)
        client_timestamp = d.pop("client_timestamp")
        if client_timestamp is None:
            client_timestamp = tolerate_null("client_timestamp")

        _event_type = d.pop("event_type")
        event_type = (
            tolerate_null("event_type")
            if _event_type is None
            else IntegrationLogEventType(_event_type)
        )

        _log_level = d.pop("log_level")
        log_level = (
            tolerate_null("log_level") if _log_level is None else IntegrationLogLogLevel(_log_level)
        )

        def _parse_advertiser_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_advertiser_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        advertiser_id = _parse_advertiser_id(d.pop("advertiser_id", UNSET))

        app_version_number = d.pop("app_version_number", UNSET)
        if app_version_number is None:
            app_version_number = tolerate_null("app_version_number")

        _error = d.pop("error", UNSET)
        error: IntegrationLogClientError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        elif _error is None:
            error = tolerate_null("error")
        else:
            error = IntegrationLogClientError.from_dict(_error)

        def _parse_external_business_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_external_business_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        external_business_id = _parse_external_business_id(d.pop("external_business_id", UNSET))

        def _parse_feed_profile_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_feed_profile_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        feed_profile_id = _parse_feed_profile_id(d.pop("feed_profile_id", UNSET))

        def _parse_merchant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_merchant_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        merchant_id = _parse_merchant_id(d.pop("merchant_id", UNSET))

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        platform_version_number = d.pop("platform_version_number", UNSET)
        if platform_version_number is None:
            platform_version_number = tolerate_null("platform_version_number")

        _request = d.pop("request", UNSET)
        request: IntegrationLogClientRequest | Unset
        if isinstance(_request, Unset):
            request = UNSET
        elif _request is None:
            request = tolerate_null("request")
        else:
            request = IntegrationLogClientRequest.from_dict(_request)

        def _parse_tag_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tag_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        tag_id = _parse_tag_id(d.pop("tag_id", UNSET))

        integration_log = cls(
            client_timestamp=client_timestamp,
            event_type=event_type,
            log_level=log_level,
            advertiser_id=advertiser_id,
            app_version_number=app_version_number,
            error=error,
            external_business_id=external_business_id,
            feed_profile_id=feed_profile_id,
            merchant_id=merchant_id,
            message=message,
            platform_version_number=platform_version_number,
            request=request,
            tag_id=tag_id,
        )

        if d:
            tolerate_unknown_fields("IntegrationLog", d)
        integration_log.additional_properties = d
        return integration_log

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
