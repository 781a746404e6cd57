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

T = TypeVar("T", bound="ConversionEventAppInfo")


@_attrs_define
class ConversionEventAppInfo:
    """Object containing information about the application where event occurred.

    Attributes:
        app_id (str | Unset): App ID in Google Play Store, AppStore or other stores. Example: 429047995.
        app_name (str | Unset): Name of the app. Primarily used for Mobile Apps. Example: MyAwesomeApp.
        app_package_name (str | Unset): App package name Example: com.company.myawesomeapp.
        app_store (str | Unset): The name of the app distributor or store from which the app was installed.
            Some options: Samsung Galaxy Store, Google Play Store, Amazon Store, Apple App Store, F-Droid, Aptoide,
            Obtanium, Huawei AppGallery, Xiaomi Mi GetApps Example: Google Play Store.
        app_version (str | Unset): App version. Primarily used for mobile apps Example: 7.9.
        install_time (int | Unset): App install time. Unix timestamp in seconds Example: 1739222269.
        user_agent (str | Unset): User Agent request header. Primarily used for Web events Example: Mozilla/5.0 (Windows
            NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36.
        window_height (int | Unset): Inner height of the window or viewport. Example: 900.
        window_width (int | Unset): Inner width of the window or viewport. Example: 1678.
    """

    app_id: str | Unset = UNSET
    app_name: str | Unset = UNSET
    app_package_name: str | Unset = UNSET
    app_store: str | Unset = UNSET
    app_version: str | Unset = UNSET
    install_time: int | Unset = UNSET
    user_agent: str | Unset = UNSET
    window_height: int | Unset = UNSET
    window_width: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_name = self.app_name

        app_package_name = self.app_package_name

        app_store = self.app_store

        app_version = self.app_version

        install_time = self.install_time

        user_agent = self.user_agent

        window_height = self.window_height

        window_width = self.window_width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_package_name is not UNSET:
            field_dict["app_package_name"] = app_package_name
        if app_store is not UNSET:
            field_dict["app_store"] = app_store
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if install_time is not UNSET:
            field_dict["install_time"] = install_time
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if window_height is not UNSET:
            field_dict["window_height"] = window_height
        if window_width is not UNSET:
            field_dict["window_width"] = window_width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)
        if app_id is None:
            app_id = tolerate_null("app_id")

        app_name = d.pop("app_name", UNSET)
        if app_name is None:
            app_name = tolerate_null("app_name")

        app_package_name = d.pop("app_package_name", UNSET)
        if app_package_name is None:
            app_package_name = tolerate_null("app_package_name")

        app_store = d.pop("app_store", UNSET)
        if app_store is None:
            app_store = tolerate_null("app_store")

        app_version = d.pop("app_version", UNSET)
        if app_version is None:
            app_version = tolerate_null("app_version")

        install_time = d.pop("install_time", UNSET)
        if install_time is None:
            install_time = tolerate_null("install_time")

        user_agent = d.pop("user_agent", UNSET)
        if user_agent is None:
            user_agent = tolerate_null("user_agent")

        window_height = d.pop("window_height", UNSET)
        if window_height is None:
            window_height = tolerate_null("window_height")

        window_width = d.pop("window_width", UNSET)
        if window_width is None:
            window_width = tolerate_null("window_width")

        conversion_event_app_info = cls(
            app_id=app_id,
            app_name=app_name,
            app_package_name=app_package_name,
            app_store=app_store,
            app_version=app_version,
            install_time=install_time,
            user_agent=user_agent,
            window_height=window_height,
            window_width=window_width,
        )

        if d:
            tolerate_unknown_fields("ConversionEventAppInfo", d)
        conversion_event_app_info.additional_properties = d
        return conversion_event_app_info

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
