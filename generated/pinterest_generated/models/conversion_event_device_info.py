from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversion_event_device_info_form_factor import ConversionEventDeviceInfoFormFactor
from ..models.conversion_event_device_info_network_type import ConversionEventDeviceInfoNetworkType
from ..models.conversion_event_device_info_os_family import ConversionEventDeviceInfoOsFamily
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ConversionEventDeviceInfo")


@_attrs_define
class ConversionEventDeviceInfo:
    """Object containing information about the device where event occurred.

    Attributes:
        battery_level (int | Unset): Battery charge level percentage Example: 78.
        brand (str | Unset): Device brand Example: Apple, Samsung, Motorola.
        carrier (str | Unset): User device's mobile carrier. Example: T-Mobile.
        cpu_cores (int | Unset): Number of CPU cores Example: 8.
        external_storage_free_space (int | Unset): External storage size in GB Example: 126.
        external_storage_size (int | Unset): External storage size in GB Example: 512.
        form_factor (ConversionEventDeviceInfoFormFactor | Unset): Device form factor Example: cellphone.
        kernel_version (str | Unset): Kernel version. Examples:
            Linux: 6.15. Obtain by running: uname -r
            MacOS: 24.3.0. Obtain by running: sysctl kern.version
            Android: 6.6. Obtain from OS.uname().release Example: 6.15.
        languages (list[str] | Unset): List of user installed languages. ISO 639-1 format Example: ['en', 'de', 'lt'].
        locale (str | Unset): Device locale BCP-47 format Example: en-us.
        model (str | Unset): Device model name Example: 16 Pro, Galaxy S25 Ultra.
        network_type (ConversionEventDeviceInfoNetworkType | Unset): Network type: 4G, 5G, ethernet, wifi
            In Android: NetworkCapabilities.getNetworkCapabilities() Example: wifi.
        os_family (ConversionEventDeviceInfoOsFamily | Unset): OS Family Example: ios.
        os_name (str | Unset): Short name of the OS.
            This value if specific to os family. Examples:
            Windows: 10, 11; Android: 16; iOS: 18; MacOS: 15; Linux: Debian, Ubuntu, Arch Example: 10.
        os_release_name (str | Unset): Marketing name for the release version
            iOS: Dawn
            Android: Baklava
            MacOS: Sequoia
            Ubuntu Linux: Plucky Puffin Example: 18.3.
        os_version (str | Unset): Full name of the version. Examples:
            iOS: 18.3
            Android: 16.1
            MacOS: 15.5
            Windows: 24H2
            Ubuntu Linux: 25.04 Example: 18.3.
        screen_density (int | Unset): Screen density, PPI Example: 460.
        screen_height (int | Unset): Screen height in pixels Example: 2868.
        screen_width (int | Unset): Screen width in pixels Example: 1320.
        storage_free_space (int | Unset): Internal storage size in GB Example: 184.
        storage_size (int | Unset): Internal storage size in GB Example: 256.
        timezone (str | Unset): Device timezone Example: USA/New York.
        timezone_abbr (str | Unset): Timezone abbreviation Example: PDT.
        type_ (str | Unset): Device type Example: iPhone, Android.
    """

    battery_level: int | Unset = UNSET
    brand: str | Unset = UNSET
    carrier: str | Unset = UNSET
    cpu_cores: int | Unset = UNSET
    external_storage_free_space: int | Unset = UNSET
    external_storage_size: int | Unset = UNSET
    form_factor: ConversionEventDeviceInfoFormFactor | Unset = UNSET
    kernel_version: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    locale: str | Unset = UNSET
    model: str | Unset = UNSET
    network_type: ConversionEventDeviceInfoNetworkType | Unset = UNSET
    os_family: ConversionEventDeviceInfoOsFamily | Unset = UNSET
    os_name: str | Unset = UNSET
    os_release_name: str | Unset = UNSET
    os_version: str | Unset = UNSET
    screen_density: int | Unset = UNSET
    screen_height: int | Unset = UNSET
    screen_width: int | Unset = UNSET
    storage_free_space: int | Unset = UNSET
    storage_size: int | Unset = UNSET
    timezone: str | Unset = UNSET
    timezone_abbr: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        battery_level = self.battery_level

        brand = self.brand

        carrier = self.carrier

        cpu_cores = self.cpu_cores

        external_storage_free_space = self.external_storage_free_space

        external_storage_size = self.external_storage_size

        form_factor: str | Unset = UNSET
        if not isinstance(self.form_factor, Unset):
            form_factor = None if self.form_factor is None else self.form_factor.value

        kernel_version = self.kernel_version

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        locale = self.locale

        model = self.model

        network_type: str | Unset = UNSET
        if not isinstance(self.network_type, Unset):
            network_type = None if self.network_type is None else self.network_type.value

        os_family: str | Unset = UNSET
        if not isinstance(self.os_family, Unset):
            os_family = None if self.os_family is None else self.os_family.value

        os_name = self.os_name

        os_release_name = self.os_release_name

        os_version = self.os_version

        screen_density = self.screen_density

        screen_height = self.screen_height

        screen_width = self.screen_width

        storage_free_space = self.storage_free_space

        storage_size = self.storage_size

        timezone = self.timezone

        timezone_abbr = self.timezone_abbr

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if battery_level is not UNSET:
            field_dict["battery_level"] = battery_level
        if brand is not UNSET:
            field_dict["brand"] = brand
        if carrier is not UNSET:
            field_dict["carrier"] = carrier
        if cpu_cores is not UNSET:
            field_dict["cpu_cores"] = cpu_cores
        if external_storage_free_space is not UNSET:
            field_dict["external_storage_free_space"] = external_storage_free_space
        if external_storage_size is not UNSET:
            field_dict["external_storage_size"] = external_storage_size
        if form_factor is not UNSET:
            field_dict["form_factor"] = form_factor
        if kernel_version is not UNSET:
            field_dict["kernel_version"] = kernel_version
        if languages is not UNSET:
            field_dict["languages"] = languages
        if locale is not UNSET:
            field_dict["locale"] = locale
        if model is not UNSET:
            field_dict["model"] = model
        if network_type is not UNSET:
            field_dict["network_type"] = network_type
        if os_family is not UNSET:
            field_dict["os_family"] = os_family
        if os_name is not UNSET:
            field_dict["os_name"] = os_name
        if os_release_name is not UNSET:
            field_dict["os_release_name"] = os_release_name
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if screen_density is not UNSET:
            field_dict["screen_density"] = screen_density
        if screen_height is not UNSET:
            field_dict["screen_height"] = screen_height
        if screen_width is not UNSET:
            field_dict["screen_width"] = screen_width
        if storage_free_space is not UNSET:
            field_dict["storage_free_space"] = storage_free_space
        if storage_size is not UNSET:
            field_dict["storage_size"] = storage_size
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if timezone_abbr is not UNSET:
            field_dict["timezone_abbr"] = timezone_abbr
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        battery_level = d.pop("battery_level", UNSET)
        if battery_level is None:
            battery_level = tolerate_null("battery_level")

        brand = d.pop("brand", UNSET)
        if brand is None:
            brand = tolerate_null("brand")

        carrier = d.pop("carrier", UNSET)
        if carrier is None:
            carrier = tolerate_null("carrier")

        cpu_cores = d.pop("cpu_cores", UNSET)
        if cpu_cores is None:
            cpu_cores = tolerate_null("cpu_cores")

        external_storage_free_space = d.pop("external_storage_free_space", UNSET)
        if external_storage_free_space is None:
            external_storage_free_space = tolerate_null("external_storage_free_space")

        external_storage_size = d.pop("external_storage_size", UNSET)
        if external_storage_size is None:
            external_storage_size = tolerate_null("external_storage_size")

        _form_factor = d.pop("form_factor", UNSET)
        form_factor: ConversionEventDeviceInfoFormFactor | Unset
        if isinstance(_form_factor, Unset):
            form_factor = UNSET
        elif _form_factor is None:
            form_factor = tolerate_null("form_factor")
        else:
            form_factor = ConversionEventDeviceInfoFormFactor(_form_factor)

        kernel_version = d.pop("kernel_version", UNSET)
        if kernel_version is None:
            kernel_version = tolerate_null("kernel_version")

        _languages = d.pop("languages", UNSET)
        languages = (
            tolerate_null("languages") if _languages is None else cast(list[str], _languages)
        )

        locale = d.pop("locale", UNSET)
        if locale is None:
            locale = tolerate_null("locale")

        model = d.pop("model", UNSET)
        if model is None:
            model = tolerate_null("model")

        _network_type = d.pop("network_type", UNSET)
        network_type: ConversionEventDeviceInfoNetworkType | Unset
        if isinstance(_network_type, Unset):
            network_type = UNSET
        elif _network_type is None:
            network_type = tolerate_null("network_type")
        else:
            network_type = ConversionEventDeviceInfoNetworkType(_network_type)

        _os_family = d.pop("os_family", UNSET)
        os_family: ConversionEventDeviceInfoOsFamily | Unset
        if isinstance(_os_family, Unset):
            os_family = UNSET
        elif _os_family is None:
            os_family = tolerate_null("os_family")
        else:
            os_family = ConversionEventDeviceInfoOsFamily(_os_family)

        os_name = d.pop("os_name", UNSET)
        if os_name is None:
            os_name = tolerate_null("os_name")

        os_release_name = d.pop("os_release_name", UNSET)
        if os_release_name is None:
            os_release_name = tolerate_null("os_release_name")

        os_version = d.pop("os_version", UNSET)
        if os_version is None:
            os_version = tolerate_null("os_version")

        screen_density = d.pop("screen_density", UNSET)
        if screen_density is None:
            screen_density = tolerate_null("screen_density")

        screen_height = d.pop("screen_height", UNSET)
        if screen_height is None:
            screen_height = tolerate_null("screen_height")

        screen_width = d.pop("screen_width", UNSET)
        if screen_width is None:
            screen_width = tolerate_null("screen_width")

        storage_free_space = d.pop("storage_free_space", UNSET)
        if storage_free_space is None:
            storage_free_space = tolerate_null("storage_free_space")

        storage_size = d.pop("storage_size", UNSET)
        if storage_size is None:
            storage_size = tolerate_null("storage_size")

        timezone = d.pop("timezone", UNSET)
        if timezone is None:
            timezone = tolerate_null("timezone")

        timezone_abbr = d.pop("timezone_abbr", UNSET)
        if timezone_abbr is None:
            timezone_abbr = tolerate_null("timezone_abbr")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        conversion_event_device_info = cls(
            battery_level=battery_level,
            brand=brand,
            carrier=carrier,
            cpu_cores=cpu_cores,
            external_storage_free_space=external_storage_free_space,
            external_storage_size=external_storage_size,
            form_factor=form_factor,
            kernel_version=kernel_version,
            languages=languages,
            locale=locale,
            model=model,
            network_type=network_type,
            os_family=os_family,
            os_name=os_name,
            os_release_name=os_release_name,
            os_version=os_version,
            screen_density=screen_density,
            screen_height=screen_height,
            screen_width=screen_width,
            storage_free_space=storage_free_space,
            storage_size=storage_size,
            timezone=timezone,
            timezone_abbr=timezone_abbr,
            type_=type_,
        )

        if d:
            tolerate_unknown_fields("ConversionEventDeviceInfo", d)
        conversion_event_device_info.additional_properties = d
        return conversion_event_device_info

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
