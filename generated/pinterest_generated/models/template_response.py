from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_output_format import DataOutputFormat
from ..models.granularity import Granularity
from ..models.metrics_reporting_level import MetricsReportingLevel
from ..models.template_response_columns_item import TemplateResponseColumnsItem
from ..models.template_response_conversion_report_time_type import (
    TemplateResponseConversionReportTimeType,
)
from ..models.template_response_creation_source import TemplateResponseCreationSource
from ..models.template_response_ingestion_sources_type_0_item import (
    TemplateResponseIngestionSourcesType0Item,
)
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.template_response_date_range import TemplateResponseDateRange


T = TypeVar("T", bound="TemplateResponse")


@_attrs_define
class TemplateResponse:
    """Template fields

    Attributes:
        ad_account_id (str | Unset): ID of the Ad Account that owns the template Example: 547664674848.
        ad_account_ids (list[str] | Unset): IDs of the Ad Accounts that have access to this template Example:
            ['547664674848'].
        click_window_days (float | Unset): The length of the sliding window over which click conversions will be
            attributed Example: 7.
        columns (list[TemplateResponseColumnsItem] | Unset): A list of columns to be included in the report Example:
            ['SPEND_IN_DOLLAR'].
        conversion_report_time_type (TemplateResponseConversionReportTimeType | Unset): Conversion report time type
            Example: TIME_OF_AD_ACTION.
        creation_source (TemplateResponseCreationSource | Unset): The surface used to create this template Example:
            ADS_MANAGER_REPORT_BUILDER.
        custom_column_ids (list[str] | None | Unset): A list of custom column IDs Example: ['1597252063'].
        date_range (TemplateResponseDateRange | Unset):
        engagement_window_days (float | Unset): The length of the sliding window over which engagement conversions will
            be attributed Example: 7.
        filters_json (None | str | Unset): A JSON representation of any filters to be applied before returning report
            data. Each filter object should contain all of the following fields:<br> "field": The column name<br>
            "operator": The operator. Allowed operators: ["=", "!=", "in", "not_in", "~", ">", "<",
            "contains_substring"]<br> "value": A single value or a list of values Example: [{"field": "SPEND_IN_DOLLAR",
            "operator": "=", "value": 100}].
        granularity (Granularity | Unset): Specifies the time interval at which analytics data is broken down.
            Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still returns data for non-
            conversion metrics. All other enums are unchanged.
        id (str | Unset): Template ID Example: 6739202847590.
        ingestion_sources (list[TemplateResponseIngestionSourcesType0Item] | None | Unset): The filter on the conversion
            ingestion source method for conversion metrics
        is_deleted (bool | None | Unset): A boolean that indicates if the template has been deleted Example: False.
        is_owned_by_user (bool | Unset): A boolean value that indicates if the user owns the template Example: True.
        is_scheduled (bool | Unset): A boolean value that indicates if this template has been used to create a scheduled
            report Example: True.
        name (None | str | Unset): Template Name Example: Week over week spend.
        report_end_relative_days_in_past (float | Unset): The number of days prior to the day the report will be
            delivered at which the report will end Example: 7.
        report_format (DataOutputFormat | Unset): Format of generated report Example: JSON.
        report_level (MetricsReportingLevel | Unset): Level of the reporting request Example: CAMPAIGN.
        report_start_relative_days_in_past (float | Unset): The number of days prior to the day the report will be
            delivered at which the report will start Example: 7.
        type_ (str | Unset): Type of the template Example: BULK.
        updated_time (float | Unset): Time of last update in seconds since Unix epoch Example: 1432744744.
        user_id (str | Unset): ID of the user who created the template Example: 784762938748396.
        view_window_days (float | Unset): The length of the sliding window over which view conversions will be
            attributed Example: 7.
    """

    ad_account_id: str | Unset = UNSET
    ad_account_ids: list[str] | Unset = UNSET
    click_window_days: float | Unset = UNSET
    columns: list[TemplateResponseColumnsItem] | Unset = UNSET
    conversion_report_time_type: TemplateResponseConversionReportTimeType | Unset = UNSET
    creation_source: TemplateResponseCreationSource | Unset = UNSET
    custom_column_ids: list[str] | None | Unset = UNSET
    date_range: TemplateResponseDateRange | Unset = UNSET
    engagement_window_days: float | Unset = UNSET
    filters_json: None | str | Unset = UNSET
    granularity: Granularity | Unset = UNSET
    id: str | Unset = UNSET
    ingestion_sources: list[TemplateResponseIngestionSourcesType0Item] | None | Unset = UNSET
    is_deleted: bool | None | Unset = UNSET
    is_owned_by_user: bool | Unset = UNSET
    is_scheduled: bool | Unset = UNSET
    name: None | str | Unset = UNSET
    report_end_relative_days_in_past: float | Unset = UNSET
    report_format: DataOutputFormat | Unset = UNSET
    report_level: MetricsReportingLevel | Unset = UNSET
    report_start_relative_days_in_past: float | Unset = UNSET
    type_: str | Unset = UNSET
    updated_time: float | Unset = UNSET
    user_id: str | Unset = UNSET
    view_window_days: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        ad_account_ids: list[str] | Unset = UNSET
        if not isinstance(self.ad_account_ids, Unset):
            ad_account_ids = self.ad_account_ids

        click_window_days = self.click_window_days

        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            if self.columns is None:
                columns = None
            else:
                columns = []
                for columns_item_data in self.columns:
                    columns_item = None if columns_item_data is None else columns_item_data.value
                    columns.append(columns_item)

        conversion_report_time_type: str | Unset = UNSET
        if not isinstance(self.conversion_report_time_type, Unset):
            conversion_report_time_type = (
                None
                if self.conversion_report_time_type is None
                else self.conversion_report_time_type.value
            )

        creation_source: str | Unset = UNSET
        if not isinstance(self.creation_source, Unset):
            creation_source = None if self.creation_source is None else self.creation_source.value

        custom_column_ids: list[str] | None | Unset
        if isinstance(self.custom_column_ids, Unset):
            custom_column_ids = UNSET
        elif isinstance(self.custom_column_ids, list):
            custom_column_ids = self.custom_column_ids

        else:
            custom_column_ids = self.custom_column_ids

        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = None if self.date_range is None else self.date_range.to_dict()

        engagement_window_days = self.engagement_window_days

        filters_json: None | str | Unset
        if isinstance(self.filters_json, Unset):
            filters_json = UNSET
        else:
            filters_json = self.filters_json

        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = None if self.granularity is None else self.granularity.value

        id = self.id

        ingestion_sources: list[str] | None | Unset
        if isinstance(self.ingestion_sources, Unset):
            ingestion_sources = UNSET
        elif isinstance(self.ingestion_sources, list):
            if self.ingestion_sources is None:
                ingestion_sources = None
            else:
                ingestion_sources = []
                for ingestion_sources_type_0_item_data in self.ingestion_sources:
                    ingestion_sources_type_0_item = (
                        None
                        if ingestion_sources_type_0_item_data is None
                        else ingestion_sources_type_0_item_data.value
                    )
                    ingestion_sources.append(ingestion_sources_type_0_item)

        else:
            ingestion_sources = self.ingestion_sources

        is_deleted: bool | None | Unset
        if isinstance(self.is_deleted, Unset):
            is_deleted = UNSET
        else:
            is_deleted = self.is_deleted

        is_owned_by_user = self.is_owned_by_user

        is_scheduled = self.is_scheduled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        report_end_relative_days_in_past = self.report_end_relative_days_in_past

        report_format: str | Unset = UNSET
        if not isinstance(self.report_format, Unset):
            report_format = None if self.report_format is None else self.report_format.value

        report_level: str | Unset = UNSET
        if not isinstance(self.report_level, Unset):
            report_level = None if self.report_level is None else self.report_level.value

        report_start_relative_days_in_past = self.report_start_relative_days_in_past

        type_ = self.type_

        updated_time = self.updated_time

        user_id = self.user_id

        view_window_days = self.view_window_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if ad_account_ids is not UNSET:
            field_dict["ad_account_ids"] = ad_account_ids
        if click_window_days is not UNSET:
            field_dict["click_window_days"] = click_window_days
        if columns is not UNSET:
            field_dict["columns"] = columns
        if conversion_report_time_type is not UNSET:
            field_dict["conversion_report_time_type"] = conversion_report_time_type
        if creation_source is not UNSET:
            field_dict["creation_source"] = creation_source
        if custom_column_ids is not UNSET:
            field_dict["custom_column_ids"] = custom_column_ids
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if engagement_window_days is not UNSET:
            field_dict["engagement_window_days"] = engagement_window_days
        if filters_json is not UNSET:
            field_dict["filters_json"] = filters_json
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if id is not UNSET:
            field_dict["id"] = id
        if ingestion_sources is not UNSET:
            field_dict["ingestion_sources"] = ingestion_sources
        if is_deleted is not UNSET:
            field_dict["is_deleted"] = is_deleted
        if is_owned_by_user is not UNSET:
            field_dict["is_owned_by_user"] = is_owned_by_user
        if is_scheduled is not UNSET:
            field_dict["is_scheduled"] = is_scheduled
        if name is not UNSET:
            field_dict["name"] = name
        if report_end_relative_days_in_past is not UNSET:
            field_dict["report_end_relative_days_in_past"] = report_end_relative_days_in_past
        if report_format is not UNSET:
            field_dict["report_format"] = report_format
        if report_level is not UNSET:
            field_dict["report_level"] = report_level
        if report_start_relative_days_in_past is not UNSET:
            field_dict["report_start_relative_days_in_past"] = report_start_relative_days_in_past
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if view_window_days is not UNSET:
            field_dict["view_window_days"] = view_window_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_response_date_range import TemplateResponseDateRange

        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        _ad_account_ids = d.pop("ad_account_ids", UNSET)
        ad_account_ids = (
            tolerate_null("ad_account_ids")
            if _ad_account_ids is None
            else cast(list[str], _ad_account_ids)
        )

        click_window_days = d.pop("click_window_days", UNSET)
        if click_window_days is None:
            click_window_days = tolerate_null("click_window_days")

        _columns = d.pop("columns", UNSET)
        columns: list[TemplateResponseColumnsItem] | Unset = UNSET
        if _columns is None:
            columns = tolerate_null("columns")
        elif not isinstance(_columns, Unset):
            columns = []
            for columns_item_data in _columns:
                _columns_item = columns_item_data
                columns_item = (
                    tolerate_null("columns_item")
                    if _columns_item is None
                    else TemplateResponseColumnsItem(_columns_item)
                )

                columns.append(columns_item)

        _conversion_report_time_type = d.pop("conversion_report_time_type", UNSET)
        conversion_report_time_type: TemplateResponseConversionReportTimeType | Unset
        if isinstance(_conversion_report_time_type, Unset):
            conversion_report_time_type = UNSET
        elif _conversion_report_time_type is None:
            conversion_report_time_type = tolerate_null("conversion_report_time_type")
        else:
            conversion_report_time_type = TemplateResponseConversionReportTimeType(
                _conversion_report_time_type
            )

        _creation_source = d.pop("creation_source", UNSET)
        creation_source: TemplateResponseCreationSource | Unset
        if isinstance(_creation_source, Unset):
            creation_source = UNSET
        elif _creation_source is None:
            creation_source = tolerate_null("creation_source")
        else:
            creation_source = TemplateResponseCreationSource(_creation_source)

        def _parse_custom_column_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_column_ids(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _custom_column_ids_type_0 = data
                custom_column_ids_type_0 = (
                    tolerate_null("custom_column_ids_type_0")
                    if _custom_column_ids_type_0 is None
                    else cast(list[str], _custom_column_ids_type_0)
                )

                return custom_column_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_column_ids = _parse_custom_column_ids(d.pop("custom_column_ids", UNSET))

        _date_range = d.pop("date_range", UNSET)
        date_range: TemplateResponseDateRange | Unset
        if isinstance(_date_range, Unset):
            date_range = UNSET
        elif _date_range is None:
            date_range = tolerate_null("date_range")
        else:
            date_range = TemplateResponseDateRange.from_dict(_date_range)

        engagement_window_days = d.pop("engagement_window_days", UNSET)
        if engagement_window_days is None:
            engagement_window_days = tolerate_null("engagement_window_days")

        def _parse_filters_json(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_filters_json(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        filters_json = _parse_filters_json(d.pop("filters_json", UNSET))

        _granularity = d.pop("granularity", UNSET)
        granularity: Granularity | Unset
        if isinstance(_granularity, Unset):
            granularity = UNSET
        elif _granularity is None:
            granularity = tolerate_null("granularity")
        else:
            granularity = Granularity(_granularity)

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_ingestion_sources(
            data: object,
        ) -> list[TemplateResponseIngestionSourcesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ingestion_sources(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _ingestion_sources_type_0 = data
                ingestion_sources_type_0: list[TemplateResponseIngestionSourcesType0Item]
                if _ingestion_sources_type_0 is None:
                    ingestion_sources_type_0 = tolerate_null("ingestion_sources_type_0")
                else:
                    ingestion_sources_type_0 = []
                    for ingestion_sources_type_0_item_data in _ingestion_sources_type_0:
                        _ingestion_sources_type_0_item = ingestion_sources_type_0_item_data
                        ingestion_sources_type_0_item = (
                            tolerate_null("ingestion_sources_type_0_item")
                            if _ingestion_sources_type_0_item is None
                            else TemplateResponseIngestionSourcesType0Item(
                                _ingestion_sources_type_0_item
                            )
                        )

                        ingestion_sources_type_0.append(ingestion_sources_type_0_item)

                return ingestion_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TemplateResponseIngestionSourcesType0Item] | None | Unset, data)

        ingestion_sources = _parse_ingestion_sources(d.pop("ingestion_sources", UNSET))

        def _parse_is_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_is_deleted(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        is_deleted = _parse_is_deleted(d.pop("is_deleted", UNSET))

        is_owned_by_user = d.pop("is_owned_by_user", UNSET)
        if is_owned_by_user is None:
            is_owned_by_user = tolerate_null("is_owned_by_user")

        is_scheduled = d.pop("is_scheduled", UNSET)
        if is_scheduled is None:
            is_scheduled = tolerate_null("is_scheduled")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        report_end_relative_days_in_past = d.pop("report_end_relative_days_in_past", UNSET)
        if report_end_relative_days_in_past is None:
            report_end_relative_days_in_past = tolerate_null("report_end_relative_days_in_past")

        _report_format = d.pop("report_format", UNSET)
        report_format: DataOutputFormat | Unset
        if isinstance(_report_format, Unset):
            report_format = UNSET
        elif _report_format is None:
            report_format = tolerate_null("report_format")
        else:
            report_format = DataOutputFormat(_report_format)

        _report_level = d.pop("report_level", UNSET)
        report_level: MetricsReportingLevel | Unset
        if isinstance(_report_level, Unset):
            report_level = UNSET
        elif _report_level is None:
            report_level = tolerate_null("report_level")
        else:
            report_level = MetricsReportingLevel(_report_level)

        report_start_relative_days_in_past = d.pop("report_start_relative_days_in_past", UNSET)
        if report_start_relative_days_in_past is None:
            report_start_relative_days_in_past = tolerate_null("report_start_relative_days_in_past")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        updated_time = d.pop("updated_time", UNSET)
        if updated_time is None:
            updated_time = tolerate_null("updated_time")

        user_id = d.pop("user_id", UNSET)
        if user_id is None:
            user_id = tolerate_null("user_id")

        view_window_days = d.pop("view_window_days", UNSET)
        if view_window_days is None:
            view_window_days = tolerate_null("view_window_days")

        template_response = cls(
            ad_account_id=ad_account_id,
            ad_account_ids=ad_account_ids,
            click_window_days=click_window_days,
            columns=columns,
            conversion_report_time_type=conversion_report_time_type,
            creation_source=creation_source,
            custom_column_ids=custom_column_ids,
            date_range=date_range,
            engagement_window_days=engagement_window_days,
            filters_json=filters_json,
            granularity=granularity,
            id=id,
            ingestion_sources=ingestion_sources,
            is_deleted=is_deleted,
            is_owned_by_user=is_owned_by_user,
            is_scheduled=is_scheduled,
            name=name,
            report_end_relative_days_in_past=report_end_relative_days_in_past,
            report_format=report_format,
            report_level=report_level,
            report_start_relative_days_in_past=report_start_relative_days_in_past,
            type_=type_,
            updated_time=updated_time,
            user_id=user_id,
            view_window_days=view_window_days,
        )

        if d:
            tolerate_unknown_fields("TemplateResponse", d)

        template_response.additional_properties = d
        return template_response

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
