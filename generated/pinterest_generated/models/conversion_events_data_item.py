from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.conversion_event_app_info import ConversionEventAppInfo
    from ..models.conversion_event_device_info import ConversionEventDeviceInfo
    from ..models.conversion_events_data_item_custom_data import ConversionEventsDataItemCustomData
    from ..models.conversion_events_user_data_properties import ConversionEventsUserDataProperties


T = TypeVar("T", bound="ConversionEventsDataItem")


@_attrs_define
class ConversionEventsDataItem:
    """
    Attributes:
        action_source (str): <p>The source indicating where the conversion event occurred.</p>
            - `app_android`
            - `app_ios`
            - `web`
            - `offline` Example: app_ios.
        event_id (str): A unique id string that identifies this event and can be used for deduping between events
            ingested via both the conversion API and Pinterest tracking. Without this, event's data is likely to be double
            counted and will cause report metric inflation. Third-party vendors make sure this field is updated on both
            Pinterest tag and Conversions API side before rolling out template for Conversions API. Example: eventId0001.
        event_name (str): <p>The type of the user event. Please use the right event_name; otherwise the event will not
            be accepted and show up correctly in reports.</p>

            - `add_payment_info`
            - `add_to_cart`
            - `add_to_wishlist`
            - `app_install`
            - `checkout`
            - `custom`
            - `initiate_checkout`
            - `lead`
            - `page_visit`
            - `search`
            - `signup`
            - `subscribe`
            - `view_category`
            - `view_content`
            - `watch_video` Example: checkout.
        event_time (int): The time when the event happened. Unix timestamp in seconds. Example: 1451431341.
        user_data (ConversionEventsUserDataProperties): Object containing customer information data. Note, It is
            required at least one of 1) em, 2) hashed_maids or 3) pair client_ip_address + client_user_agent.
        app_id (None | str | Unset): The app store app ID. Example: 429047995.
        app_info (ConversionEventAppInfo | Unset): Object containing information about the application where event
            occurred.
        app_name (None | str | Unset): Name of the app. Example: Pinterest.
        app_version (None | str | Unset): Version of the app. Example: 7.9.
        custom_data (ConversionEventsDataItemCustomData | Unset): Object containing other custom data.
        device_brand (None | str | Unset): Brand of the user device. Example: Apple.
        device_carrier (None | str | Unset): User device's mobile carrier. Example: T-Mobile.
        device_info (ConversionEventDeviceInfo | Unset): Object containing information about the device where event
            occurred.
        device_model (None | str | Unset): Model of the user device. Example: iPhone X.
        device_type (None | str | Unset): Type of the user device. Example: iPhone.
        event_source_url (None | str | Unset): URL of the web conversion event. Example: https://www.my-clothing-
            shop.org/.
        language (None | str | Unset): Two-character ISO-639-1 language code indicating the user's language. Example:
            en.
        opt_out (bool | Unset): When action_source is web or offline, it defines whether the user has opted out of
            tracking for web conversion events. While when action_source is app_android or app_ios, it defines whether the
            user has enabled Limit Ad Tracking on their iOS device, or opted out of Ads Personalization on their Android
            device. Example: False.
        os_version (None | str | Unset): Version of the device operating system. Example: 12.1.4.
        partner_name (None | str | Unset): The third party partner name responsible to send the event to Conversions API
            on behalf of the advertiser. The naming convention is "ss-partnername" lowercase. E.g ‘ss-shopify’ Example: ss-
            partnername.
        wifi (bool | Unset): Whether the event occurred when the user device was connected to wifi. Example: False.
    """

    action_source: str
    event_id: str
    event_name: str
    event_time: int
    user_data: ConversionEventsUserDataProperties
    app_id: None | str | Unset = UNSET
    app_info: ConversionEventAppInfo | Unset = UNSET
    app_name: None | str | Unset = UNSET
    app_version: None | str | Unset = UNSET
    custom_data: ConversionEventsDataItemCustomData | Unset = UNSET
    device_brand: None | str | Unset = UNSET
    device_carrier: None | str | Unset = UNSET
    device_info: ConversionEventDeviceInfo | Unset = UNSET
    device_model: None | str | Unset = UNSET
    device_type: None | str | Unset = UNSET
    event_source_url: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    opt_out: bool | Unset = UNSET
    os_version: None | str | Unset = UNSET
    partner_name: None | str | Unset = UNSET
    wifi: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversion_events_user_data_properties import (
            ConversionEventsUserDataProperties,
        )

        action_source = self.action_source

        event_id = self.event_id

        event_name = self.event_name

        event_time = self.event_time

        user_data: dict[str, Any]
        if isinstance(self.user_data, ConversionEventsUserDataProperties):
            user_data = None if self.user_data is None else self.user_data.to_dict()

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        app_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app_info, Unset):
            app_info = None if self.app_info is None else self.app_info.to_dict()

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        app_version: None | str | Unset
        if isinstance(self.app_version, Unset):
            app_version = UNSET
        else:
            app_version = self.app_version

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = None if self.custom_data is None else self.custom_data.to_dict()

        device_brand: None | str | Unset
        if isinstance(self.device_brand, Unset):
            device_brand = UNSET
        else:
            device_brand = self.device_brand

        device_carrier: None | str | Unset
        if isinstance(self.device_carrier, Unset):
            device_carrier = UNSET
        else:
            device_carrier = self.device_carrier

        device_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_info, Unset):
            device_info = None if self.device_info is None else self.device_info.to_dict()

        device_model: None | str | Unset
        if isinstance(self.device_model, Unset):
            device_model = UNSET
        else:
            device_model = self.device_model

        device_type: None | str | Unset
        if isinstance(self.device_type, Unset):
            device_type = UNSET
        else:
            device_type = self.device_type

        event_source_url: None | str | Unset
        if isinstance(self.event_source_url, Unset):
            event_source_url = UNSET
        else:
            event_source_url = self.event_source_url

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        opt_out = self.opt_out

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        wifi = self.wifi

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "action_source": action_source,
                "event_id": event_id,
                "event_name": event_name,
                "event_time": event_time,
                "user_data": user_data,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_info is not UNSET:
            field_dict["app_info"] = app_info
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if device_brand is not UNSET:
            field_dict["device_brand"] = device_brand
        if device_carrier is not UNSET:
            field_dict["device_carrier"] = device_carrier
        if device_info is not UNSET:
            field_dict["device_info"] = device_info
        if device_model is not UNSET:
            field_dict["device_model"] = device_model
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if event_source_url is not UNSET:
            field_dict["event_source_url"] = event_source_url
        if language is not UNSET:
            field_dict["language"] = language
        if opt_out is not UNSET:
            field_dict["opt_out"] = opt_out
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name
        if wifi is not UNSET:
            field_dict["wifi"] = wifi

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_event_app_info import ConversionEventAppInfo
        from ..models.conversion_event_device_info import ConversionEventDeviceInfo
        from ..models.conversion_events_data_item_custom_data import (
            ConversionEventsDataItemCustomData,
        )
        from ..models.conversion_events_user_data_properties import (
            ConversionEventsUserDataProperties,
        )

        d = dict(src_dict)
        action_source = d.pop("action_source")
        if action_source is None:
            action_source = tolerate_null("action_source")

        event_id = d.pop("event_id")
        if event_id is None:
            event_id = tolerate_null("event_id")

        event_name = d.pop("event_name")
        if event_name is None:
            event_name = tolerate_null("event_name")

        event_time = d.pop("event_time")
        if event_time is None:
            event_time = tolerate_null("event_time")

        def _parse_user_data(data: object) -> ConversionEventsUserDataProperties:
            if data is None:
                return cast(ConversionEventsUserDataProperties, tolerate_null("user_data"))

            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_conversion_events_user_data_type_0 = data
            componentsschemas_conversion_events_user_data_type_0 = (
                tolerate_null("/components/schemas/ConversionEventsUserData_type_0")
                if _componentsschemas_conversion_events_user_data_type_0 is None
                else ConversionEventsUserDataProperties.from_dict(
                    _componentsschemas_conversion_events_user_data_type_0
                )
            )

            return componentsschemas_conversion_events_user_data_type_0

        user_data = _parse_user_data(d.pop("user_data"))

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_app_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("app_id", UNSET))

        _app_info = d.pop("app_info", UNSET)
        app_info: ConversionEventAppInfo | Unset
        if isinstance(_app_info, Unset):
            app_info = UNSET
        elif _app_info is None:
            app_info = tolerate_null("app_info")
        else:
            app_info = ConversionEventAppInfo.from_dict(_app_info)

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_app_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_app_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_app_version(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        app_version = _parse_app_version(d.pop("app_version", UNSET))

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: ConversionEventsDataItemCustomData | Unset
        if isinstance(_custom_data, Unset):
            custom_data = UNSET
        elif _custom_data is None:
            custom_data = tolerate_null("custom_data")
        else:
            custom_data = ConversionEventsDataItemCustomData.from_dict(_custom_data)

        def _parse_device_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_device_brand(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        device_brand = _parse_device_brand(d.pop("device_brand", UNSET))

        def _parse_device_carrier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_device_carrier(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        device_carrier = _parse_device_carrier(d.pop("device_carrier", UNSET))

        _device_info = d.pop("device_info", UNSET)
        device_info: ConversionEventDeviceInfo | Unset
        if isinstance(_device_info, Unset):
            device_info = UNSET
        elif _device_info is None:
            device_info = tolerate_null("device_info")
        else:
            device_info = ConversionEventDeviceInfo.from_dict(_device_info)

        def _parse_device_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_device_model(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        device_model = _parse_device_model(d.pop("device_model", UNSET))

        def _parse_device_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_device_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        device_type = _parse_device_type(d.pop("device_type", UNSET))

        def _parse_event_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_event_source_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        event_source_url = _parse_event_source_url(d.pop("event_source_url", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_language(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        opt_out = d.pop("opt_out", UNSET)
        if opt_out is None:
            opt_out = tolerate_null("opt_out")

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_os_version(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_partner_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_partner_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        partner_name = _parse_partner_name(d.pop("partner_name", UNSET))

        wifi = d.pop("wifi", UNSET)
        if wifi is None:
            wifi = tolerate_null("wifi")

        conversion_events_data_item = cls(
            action_source=action_source,
            event_id=event_id,
            event_name=event_name,
            event_time=event_time,
            user_data=user_data,
            app_id=app_id,
            app_info=app_info,
            app_name=app_name,
            app_version=app_version,
            custom_data=custom_data,
            device_brand=device_brand,
            device_carrier=device_carrier,
            device_info=device_info,
            device_model=device_model,
            device_type=device_type,
            event_source_url=event_source_url,
            language=language,
            opt_out=opt_out,
            os_version=os_version,
            partner_name=partner_name,
            wifi=wifi,
        )

        if d:
            tolerate_unknown_fields("ConversionEventsDataItem", d)
        conversion_events_data_item.additional_properties = d
        return conversion_events_data_item

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
