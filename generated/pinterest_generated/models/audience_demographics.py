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
    from ..models.audience_demographic_value import AudienceDemographicValue


T = TypeVar("T", bound="AudienceDemographics")


@_attrs_define
class AudienceDemographics:
    """Audience demographics

    Attributes:
        ages (list[AudienceDemographicValue] | Unset): Ages distribution.
        countries (list[AudienceDemographicValue] | Unset): Country area distribution.
        devices (list[AudienceDemographicValue] | Unset): Device usage distribution.
        genders (list[AudienceDemographicValue] | Unset): Gender distribution.
        metros (list[AudienceDemographicValue] | Unset): Geographic metro area distribution.
    """

    ages: list[AudienceDemographicValue] | Unset = UNSET
    countries: list[AudienceDemographicValue] | Unset = UNSET
    devices: list[AudienceDemographicValue] | Unset = UNSET
    genders: list[AudienceDemographicValue] | Unset = UNSET
    metros: list[AudienceDemographicValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ages, Unset):
            if self.ages is None:
                ages = None
            else:
                ages = []
                for ages_item_data in self.ages:
                    ages_item = None if ages_item_data is None else ages_item_data.to_dict()
                    ages.append(ages_item)

        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            if self.countries is None:
                countries = None
            else:
                countries = []
                for countries_item_data in self.countries:
                    countries_item = (
                        None if countries_item_data is None else countries_item_data.to_dict()
                    )
                    countries.append(countries_item)

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            if self.devices is None:
                devices = None
            else:
                devices = []
                for devices_item_data in self.devices:
                    devices_item = (
                        None if devices_item_data is None else devices_item_data.to_dict()
                    )
                    devices.append(devices_item)

        genders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.genders, Unset):
            if self.genders is None:
                genders = None
            else:
                genders = []
                for genders_item_data in self.genders:
                    genders_item = (
                        None if genders_item_data is None else genders_item_data.to_dict()
                    )
                    genders.append(genders_item)

        metros: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metros, Unset):
            if self.metros is None:
                metros = None
            else:
                metros = []
                for metros_item_data in self.metros:
                    metros_item = None if metros_item_data is None else metros_item_data.to_dict()
                    metros.append(metros_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ages is not UNSET:
            field_dict["ages"] = ages
        if countries is not UNSET:
            field_dict["countries"] = countries
        if devices is not UNSET:
            field_dict["devices"] = devices
        if genders is not UNSET:
            field_dict["genders"] = genders
        if metros is not UNSET:
            field_dict["metros"] = metros

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_demographic_value import AudienceDemographicValue

        d = dict(src_dict)
        _ages = d.pop("ages", UNSET)
        ages: list[AudienceDemographicValue] | Unset = UNSET
        if _ages is None:
            ages = tolerate_null("ages")
        elif not isinstance(_ages, Unset):
            ages = []
            for ages_item_data in _ages:
                _ages_item = ages_item_data
                ages_item = (
                    tolerate_null("ages_item")
                    if _ages_item is None
                    else AudienceDemographicValue.from_dict(_ages_item)
                )

                ages.append(ages_item)

        _countries = d.pop("countries", UNSET)
        countries: list[AudienceDemographicValue] | Unset = UNSET
        if _countries is None:
            countries = tolerate_null("countries")
        elif not isinstance(_countries, Unset):
            countries = []
            for countries_item_data in _countries:
                _countries_item = countries_item_data
                countries_item = (
                    tolerate_null("countries_item")
                    if _countries_item is None
                    else AudienceDemographicValue.from_dict(_countries_item)
                )

                countries.append(countries_item)

        _devices = d.pop("devices", UNSET)
        devices: list[AudienceDemographicValue] | Unset = UNSET
        if _devices is None:
            devices = tolerate_null("devices")
        elif not isinstance(_devices, Unset):
            devices = []
            for devices_item_data in _devices:
                _devices_item = devices_item_data
                devices_item = (
                    tolerate_null("devices_item")
                    if _devices_item is None
                    else AudienceDemographicValue.from_dict(_devices_item)
                )

                devices.append(devices_item)

        _genders = d.pop("genders", UNSET)
        genders: list[AudienceDemographicValue] | Unset = UNSET
        if _genders is None:
            genders = tolerate_null("genders")
        elif not isinstance(_genders, Unset):
            genders = []
            for genders_item_data in _genders:
                _genders_item = genders_item_data
                genders_item = (
                    tolerate_null("genders_item")
                    if _genders_item is None
                    else AudienceDemographicValue.from_dict(_genders_item)
                )

                genders.append(genders_item)

        _metros = d.pop("metros", UNSET)
        metros: list[AudienceDemographicValue] | Unset = UNSET
        if _metros is None:
            metros = tolerate_null("metros")
        elif not isinstance(_metros, Unset):
            metros = []
            for metros_item_data in _metros:
                _metros_item = metros_item_data
                metros_item = (
                    tolerate_null("metros_item")
                    if _metros_item is None
                    else AudienceDemographicValue.from_dict(_metros_item)
                )

                metros.append(metros_item)

        audience_demographics = cls(
            ages=ages,
            countries=countries,
            devices=devices,
            genders=genders,
            metros=metros,
        )

        if d:
            tolerate_unknown_fields("AudienceDemographics", d)

        audience_demographics.additional_properties = d
        return audience_demographics

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
