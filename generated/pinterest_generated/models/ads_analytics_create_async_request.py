from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversion_attribution_window_days import ConversionAttributionWindowDays
from ..models.conversion_report_attribution_type import ConversionReportAttributionType
from ..models.conversion_report_time_type import ConversionReportTimeType
from ..models.data_output_format import DataOutputFormat
from ..models.granularity import Granularity
from ..models.metrics_reporting_level import MetricsReportingLevel
from ..models.reporting_column_async import ReportingColumnAsync
from ..models.reporting_time_zone import ReportingTimeZone
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.ads_analytics_create_async_request_custom_conversion_event_metrics_item import (
        AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem,
    )


T = TypeVar("T", bound="AdsAnalyticsCreateAsyncRequest")


@_attrs_define
class AdsAnalyticsCreateAsyncRequest:
    """
    Attributes:
        end_date (str): Metric report end date (UTC). Format: YYYY-MM-DD Example: 2020-12-20.
        granularity (Granularity): Specifies the time interval at which analytics data is broken down. Determines how
            metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still returns data for non-
            conversion metrics. All other enums are unchanged.
        start_date (str): Metric report start date (UTC). Format: YYYY-MM-DD Example: 2020-12-20.
        columns (list[ReportingColumnAsync]): Metric and entity columns. Pin promotion and ad related columns are not
            supported for the Product Item level reports.
        level (MetricsReportingLevel): Level of the reporting request Example: CAMPAIGN.
        attribution_types (list[ConversionReportAttributionType] | Unset): List of types of attribution for the
            conversion report
        click_window_days (ConversionAttributionWindowDays | Unset):  Default: ConversionAttributionWindowDays.VALUE_30.
        conversion_report_time (ConversionReportTimeType | Unset): Conversion report time type Default:
            ConversionReportTimeType.TIME_OF_AD_ACTION. Example: TIME_OF_AD_ACTION.
        engagement_window_days (ConversionAttributionWindowDays | Unset):  Default:
            ConversionAttributionWindowDays.VALUE_30.
        view_window_days (ConversionAttributionWindowDays | Unset):  Default: ConversionAttributionWindowDays.VALUE_1.
        combine_targeting_types (bool | Unset): Determines if the targeting types included in the request should be
            consolidated into a single breakdown. For example, when combine_targeting_types is set to true, if GENDER and
            COUNTRY are targeting types in the request, the response will have a targeting type of GENDER_AND_COUNTRY and
            targeting values such as female&US. This feature is currently in BETA and is not available to all users.
            Default: False. Example: False.
        custom_conversion_event_metrics (list[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem] | Unset):
            List of advertiser-defined custom conversion event metrics to include in the report
        end_hour (int | Unset): Which hour of the end date to stop the report (inclusive). For example, with an end_date
            of '2020-01-01' and end_hour of '15', the report will contain metrics up to '2020-01-01 14:59:59'. The entire
            day will be included if no end hour is provided. Only allowed for hourly reports.
        primary_sort (str | Unset):  Default: 'BY_ID'.
        report_format (DataOutputFormat | Unset): Format of generated report Default: DataOutputFormat.JSON. Example:
            JSON.
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-beta-and-restricted-
            features/) Specify the timezone to be applied for the reporting. Example: PINTEREST_TIME_ZONE.
        start_hour (int | Unset): Which hour of the start date to begin the report. The entire day will be included if
            no start hour is provided. Only allowed for hourly reports.
    """

    end_date: str
    granularity: Granularity
    start_date: str
    columns: list[ReportingColumnAsync]
    level: MetricsReportingLevel
    attribution_types: list[ConversionReportAttributionType] | Unset = UNSET
    click_window_days: ConversionAttributionWindowDays | Unset = UNSET
    conversion_report_time: ConversionReportTimeType | Unset = UNSET
    engagement_window_days: ConversionAttributionWindowDays | Unset = UNSET
    view_window_days: ConversionAttributionWindowDays | Unset = UNSET
    combine_targeting_types: bool | Unset = UNSET
    custom_conversion_event_metrics: (
        list[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem] | Unset
    ) = UNSET
    end_hour: int | Unset = UNSET
    primary_sort: str | Unset = UNSET
    report_format: DataOutputFormat | Unset = UNSET
    reporting_timezone: ReportingTimeZone | Unset = UNSET
    start_hour: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date

        granularity = None if self.granularity is None else self.granularity.value

        start_date = self.start_date

        if self.columns is None:
            columns = None
        else:
            columns = []
            for columns_item_data in self.columns:
                columns_item = None if columns_item_data is None else columns_item_data.value
                columns.append(columns_item)

        level = None if self.level is None else self.level.value

        attribution_types: list[str] | Unset = UNSET
        if not isinstance(self.attribution_types, Unset):
            if self.attribution_types is None:
                attribution_types = None
            else:
                attribution_types = []
                for attribution_types_item_data in self.attribution_types:
                    attribution_types_item = (
                        None
                        if attribution_types_item_data is None
                        else attribution_types_item_data.value
                    )
                    attribution_types.append(attribution_types_item)

        click_window_days: int | Unset = UNSET
        if not isinstance(self.click_window_days, Unset):
            click_window_days = (
                None if self.click_window_days is None else self.click_window_days.value
            )

        conversion_report_time: str | Unset = UNSET
        if not isinstance(self.conversion_report_time, Unset):
            conversion_report_time = (
                None if self.conversion_report_time is None else self.conversion_report_time.value
            )

        engagement_window_days: int | Unset = UNSET
        if not isinstance(self.engagement_window_days, Unset):
            engagement_window_days = (
                None if self.engagement_window_days is None else self.engagement_window_days.value
            )

        view_window_days: int | Unset = UNSET
        if not isinstance(self.view_window_days, Unset):
            view_window_days = (
                None if self.view_window_days is None else self.view_window_days.value
            )

        combine_targeting_types = self.combine_targeting_types

        custom_conversion_event_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_conversion_event_metrics, Unset):
            if self.custom_conversion_event_metrics is None:
                custom_conversion_event_metrics = None
            else:
                custom_conversion_event_metrics = []
                for (
                    custom_conversion_event_metrics_item_data
                ) in self.custom_conversion_event_metrics:
                    custom_conversion_event_metrics_item = (
                        None
                        if custom_conversion_event_metrics_item_data is None
                        else custom_conversion_event_metrics_item_data.to_dict()
                    )
                    custom_conversion_event_metrics.append(custom_conversion_event_metrics_item)

        end_hour = self.end_hour

        primary_sort = self.primary_sort

        report_format: str | Unset = UNSET
        if not isinstance(self.report_format, Unset):
            report_format = None if self.report_format is None else self.report_format.value

        reporting_timezone: str | Unset = UNSET
        if not isinstance(self.reporting_timezone, Unset):
            reporting_timezone = (
                None if self.reporting_timezone is None else self.reporting_timezone.value
            )

        start_hour = self.start_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_date": end_date,
                "granularity": granularity,
                "start_date": start_date,
                "columns": columns,
                "level": level,
            }
        )
        if attribution_types is not UNSET:
            field_dict["attribution_types"] = attribution_types
        if click_window_days is not UNSET:
            field_dict["click_window_days"] = click_window_days
        if conversion_report_time is not UNSET:
            field_dict["conversion_report_time"] = conversion_report_time
        if engagement_window_days is not UNSET:
            field_dict["engagement_window_days"] = engagement_window_days
        if view_window_days is not UNSET:
            field_dict["view_window_days"] = view_window_days
        if combine_targeting_types is not UNSET:
            field_dict["combine_targeting_types"] = combine_targeting_types
        if custom_conversion_event_metrics is not UNSET:
            field_dict["custom_conversion_event_metrics"] = custom_conversion_event_metrics
        if end_hour is not UNSET:
            field_dict["end_hour"] = end_hour
        if primary_sort is not UNSET:
            field_dict["primary_sort"] = primary_sort
        if report_format is not UNSET:
            field_dict["report_format"] = report_format
        if reporting_timezone is not UNSET:
            field_dict["reporting_timezone"] = reporting_timezone
        if start_hour is not UNSET:
            field_dict["start_hour"] = start_hour

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ads_analytics_create_async_request_custom_conversion_event_metrics_item import (
            AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem,
        )

        d = dict(src_dict)
        end_date = d.pop("end_date")
        if end_date is None:
            end_date = tolerate_null("end_date")

        _granularity = d.pop("granularity")
        granularity = (
            tolerate_null("granularity") if _granularity is None else Granularity(_granularity)
        )

        start_date = d.pop("start_date")
        if start_date is None:
            start_date = tolerate_null("start_date")

        _columns = d.pop("columns")
        columns: list[ReportingColumnAsync]
        if _columns is None:
            columns = tolerate_null("columns")
        else:
            columns = []
            for columns_item_data in _columns:
                _columns_item = columns_item_data
                columns_item = (
                    tolerate_null("columns_item")
                    if _columns_item is None
                    else ReportingColumnAsync(_columns_item)
                )

                columns.append(columns_item)

        _level = d.pop("level")
        level = tolerate_null("level") if _level is None else MetricsReportingLevel(_level)

        _attribution_types = d.pop("attribution_types", UNSET)
        attribution_types: list[ConversionReportAttributionType] | Unset = UNSET
        if _attribution_types is None:
            attribution_types = tolerate_null("attribution_types")
        elif not isinstance(_attribution_types, Unset):
            attribution_types = []
            for attribution_types_item_data in _attribution_types:
                _attribution_types_item = attribution_types_item_data
                attribution_types_item = (
                    tolerate_null("attribution_types_item")
                    if _attribution_types_item is None
                    else ConversionReportAttributionType(_attribution_types_item)
                )

                attribution_types.append(attribution_types_item)

        _click_window_days = d.pop("click_window_days", UNSET)
        click_window_days: ConversionAttributionWindowDays | Unset
        if isinstance(_click_window_days, Unset):
            click_window_days = UNSET
        elif _click_window_days is None:
            click_window_days = tolerate_null("click_window_days")
        else:
            click_window_days = ConversionAttributionWindowDays(_click_window_days)

        _conversion_report_time = d.pop("conversion_report_time", UNSET)
        conversion_report_time: ConversionReportTimeType | Unset
        if isinstance(_conversion_report_time, Unset):
            conversion_report_time = UNSET
        elif _conversion_report_time is None:
            conversion_report_time = tolerate_null("conversion_report_time")
        else:
            conversion_report_time = ConversionReportTimeType(_conversion_report_time)

        _engagement_window_days = d.pop("engagement_window_days", UNSET)
        engagement_window_days: ConversionAttributionWindowDays | Unset
        if isinstance(_engagement_window_days, Unset):
            engagement_window_days = UNSET
        elif _engagement_window_days is None:
            engagement_window_days = tolerate_null("engagement_window_days")
        else:
            engagement_window_days = ConversionAttributionWindowDays(_engagement_window_days)

        _view_window_days = d.pop("view_window_days", UNSET)
        view_window_days: ConversionAttributionWindowDays | Unset
        if isinstance(_view_window_days, Unset):
            view_window_days = UNSET
        elif _view_window_days is None:
            view_window_days = tolerate_null("view_window_days")
        else:
            view_window_days = ConversionAttributionWindowDays(_view_window_days)

        combine_targeting_types = d.pop("combine_targeting_types", UNSET)
        if combine_targeting_types is None:
            combine_targeting_types = tolerate_null("combine_targeting_types")

        _custom_conversion_event_metrics = d.pop("custom_conversion_event_metrics", UNSET)
        custom_conversion_event_metrics: (
            list[AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem] | Unset
        ) = UNSET
        if _custom_conversion_event_metrics is None:
            custom_conversion_event_metrics = tolerate_null("custom_conversion_event_metrics")
        elif not isinstance(_custom_conversion_event_metrics, Unset):
            custom_conversion_event_metrics = []
            for custom_conversion_event_metrics_item_data in _custom_conversion_event_metrics:
                _custom_conversion_event_metrics_item = custom_conversion_event_metrics_item_data
                custom_conversion_event_metrics_item = (
                    tolerate_null("custom_conversion_event_metrics_item")
                    if _custom_conversion_event_metrics_item is None
                    else AdsAnalyticsCreateAsyncRequestCustomConversionEventMetricsItem.from_dict(
                        _custom_conversion_event_metrics_item
                    )
                )

                custom_conversion_event_metrics.append(custom_conversion_event_metrics_item)

        end_hour = d.pop("end_hour", UNSET)
        if end_hour is None:
            end_hour = tolerate_null("end_hour")

        primary_sort = d.pop("primary_sort", UNSET)
        if primary_sort is None:
            primary_sort = tolerate_null("primary_sort")

        _report_format = d.pop("report_format", UNSET)
        report_format: DataOutputFormat | Unset
        if isinstance(_report_format, Unset):
            report_format = UNSET
        elif _report_format is None:
            report_format = tolerate_null("report_format")
        else:
            report_format = DataOutputFormat(_report_format)

        _reporting_timezone = d.pop("reporting_timezone", UNSET)
        reporting_timezone: ReportingTimeZone | Unset
        if isinstance(_reporting_timezone, Unset):
            reporting_timezone = UNSET
        elif _reporting_timezone is None:
            reporting_timezone = tolerate_null("reporting_timezone")
        else:
            reporting_timezone = ReportingTimeZone(_reporting_timezone)

        start_hour = d.pop("start_hour", UNSET)
        if start_hour is None:
            start_hour = tolerate_null("start_hour")

        ads_analytics_create_async_request = cls(
            end_date=end_date,
            granularity=granularity,
            start_date=start_date,
            columns=columns,
            level=level,
            attribution_types=attribution_types,
            click_window_days=click_window_days,
            conversion_report_time=conversion_report_time,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            combine_targeting_types=combine_targeting_types,
            custom_conversion_event_metrics=custom_conversion_event_metrics,
            end_hour=end_hour,
            primary_sort=primary_sort,
            report_format=report_format,
            reporting_timezone=reporting_timezone,
            start_hour=start_hour,
        )

        if d:
            tolerate_unknown_fields("AdsAnalyticsCreateAsyncRequest", d)

        ads_analytics_create_async_request.additional_properties = d
        return ads_analytics_create_async_request

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
