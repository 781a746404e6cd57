from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_mmm_report_request_granularity import CreateMMMReportRequestGranularity
from ..models.create_mmm_report_request_level import CreateMMMReportRequestLevel
from ..models.mmm_reporting_column import MMMReportingColumn
from ..models.mmm_reporting_targeting_type import MMMReportingTargetingType
from ..models.targeting_advertiser_country import TargetingAdvertiserCountry
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CreateMMMReportRequest")


@_attrs_define
class CreateMMMReportRequest:
    """
    Attributes:
        columns (list[MMMReportingColumn]): Metric and entity columns
        end_date (str): Metric report end date (UTC). Format: YYYY-MM-DD Example: 2020-12-20.
        granularity (CreateMMMReportRequestGranularity): DAY - metrics are broken down daily.<br> WEEK - metrics are
            broken down weekly.
        level (CreateMMMReportRequestLevel): Level of the report
        report_name (str): Name of the Marketing Mix Modeling (MMM) report
        start_date (str): Metric report start date (UTC). Format: YYYY-MM-DD Example: 2020-12-20.
        targeting_types (list[MMMReportingTargetingType]): List of targeting types Example: ['GENDER'].
        countries (list[None | TargetingAdvertiserCountry] | Unset): A List of countries for filtering
    """

    columns: list[MMMReportingColumn]
    end_date: str
    granularity: CreateMMMReportRequestGranularity
    level: CreateMMMReportRequestLevel
    report_name: str
    start_date: str
    targeting_types: list[MMMReportingTargetingType]
    countries: list[None | TargetingAdvertiserCountry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.columns is None:
            columns = None
        else:
            columns = []
            for columns_item_data in self.columns:
                columns_item = None if columns_item_data is None else columns_item_data.value
                columns.append(columns_item)

        end_date = self.end_date

        granularity = None if self.granularity is None else self.granularity.value

        level = None if self.level is None else self.level.value

        report_name = self.report_name

        start_date = self.start_date

        if self.targeting_types is None:
            targeting_types = None
        else:
            targeting_types = []
            for targeting_types_item_data in self.targeting_types:
                targeting_types_item = (
                    None if targeting_types_item_data is None else targeting_types_item_data.value
                )
                targeting_types.append(targeting_types_item)

        countries: list[None | str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            if self.countries is None:
                countries = None
            else:
                countries = []
                for countries_item_data in self.countries:
                    countries_item: None | str
                    if isinstance(countries_item_data, TargetingAdvertiserCountry):
                        countries_item = (
                            None if countries_item_data is None else countries_item_data.value
                        )
                    else:
                        countries_item = countries_item_data
                    countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
                "end_date": end_date,
                "granularity": granularity,
                "level": level,
                "report_name": report_name,
                "start_date": start_date,
                "targeting_types": targeting_types,
            }
        )
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _columns = d.pop("columns")
        columns: list[MMMReportingColumn]
        if _columns is None:
            columns = tolerate_null("columns")
        else:
            columns = []
            for columns_item_data in _columns:
                _columns_item = columns_item_data
                columns_item = (
                    tolerate_null("columns_item")
                    if _columns_item is None
                    else MMMReportingColumn(_columns_item)
                )

                columns.append(columns_item)

        end_date = d.pop("end_date")
        if end_date is None:
            end_date = tolerate_null("end_date")

        _granularity = d.pop("granularity")
        granularity = (
            tolerate_null("granularity")
            if _granularity is None
            else CreateMMMReportRequestGranularity(_granularity)
        )

        _level = d.pop("level")
        level = tolerate_null("level") if _level is None else CreateMMMReportRequestLevel(_level)

        report_name = d.pop("report_name")
        if report_name is None:
            report_name = tolerate_null("report_name")

        start_date = d.pop("start_date")
        if start_date is None:
            start_date = tolerate_null("start_date")

        _targeting_types = d.pop("targeting_types")
        targeting_types: list[MMMReportingTargetingType]
        if _targeting_types is None:
            targeting_types = tolerate_null("targeting_types")
        else:
            targeting_types = []
            for targeting_types_item_data in _targeting_types:
                _targeting_types_item = targeting_types_item_data
                targeting_types_item = (
                    tolerate_null("targeting_types_item")
                    if _targeting_types_item is None
                    else MMMReportingTargetingType(_targeting_types_item)
                )

                targeting_types.append(targeting_types_item)

        _countries = d.pop("countries", UNSET)
        countries: list[None | TargetingAdvertiserCountry] | Unset = UNSET
        if _countries is None:
            countries = tolerate_null("countries")
        elif not isinstance(_countries, Unset):
            countries = []
            for countries_item_data in _countries:

                def _parse_countries_item(data: object) -> None | TargetingAdvertiserCountry:
                    if data is None:
                        return data
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_countries_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        _countries_item_type_1 = data
                        countries_item_type_1 = (
                            tolerate_null("countries_item_type_1")
                            if _countries_item_type_1 is None
                            else TargetingAdvertiserCountry(_countries_item_type_1)
                        )

                        return countries_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(None | TargetingAdvertiserCountry, data)

                countries_item = _parse_countries_item(countries_item_data)

                countries.append(countries_item)

        create_mmm_report_request = cls(
            columns=columns,
            end_date=end_date,
            granularity=granularity,
            level=level,
            report_name=report_name,
            start_date=start_date,
            targeting_types=targeting_types,
            countries=countries,
        )

        if d:
            tolerate_unknown_fields("CreateMMMReportRequest", d)

        create_mmm_report_request.additional_properties = d
        return create_mmm_report_request

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
