from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversion_attribution_window_days import ConversionAttributionWindowDays
from ..models.conversion_product_report_request_conversion_product_attribution_type import (
    ConversionProductReportRequestConversionProductAttributionType,
)
from ..models.conversion_product_report_request_granularity import (
    ConversionProductReportRequestGranularity,
)
from ..models.conversion_product_report_request_level import ConversionProductReportRequestLevel
from ..models.conversion_product_reporting_column import ConversionProductReportingColumn
from ..models.conversion_report_time_type import ConversionReportTimeType
from ..models.objective_type import ObjectiveType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ConversionProductReportRequest")


@_attrs_define
class ConversionProductReportRequest:
    """Request for a brand, category, SKU report

    Attributes:
        columns (list[ConversionProductReportingColumn]): Metric and entity columns
        end_date (str): Metric report end date (UTC). Format: YYYY-MM-DD.<br> A max of 1 year is allowed between the
            start and end date for reports. Example: 2024-04-23.
        granularity (ConversionProductReportRequestGranularity): TOTAL - metrics are aggregated over the specified date
            range.<br> WEEK - metrics are broken down weekly.<br> MONTH - metrics are broken down monthly.
        level (ConversionProductReportRequestLevel): Level of the report
        report_name (str): Name of the conversion product report.
        start_date (str): Metric report start date (UTC). Format: YYYY-MM-DD.<br> Start date must be after 2024-03-16. 7
            day minimum time window for report is required. Example: 2024-03-17.
        ad_group_ids (list[str] | Unset): List of ad group ids. <br>Only support ad_group_ids field when level of the
            report is AD_GROUP. Example: ['12345678'].
        campaign_ids (list[str] | Unset): List of campaign ids. <br>Only support campaign_ids field when level of the
            report is CAMPAIGN. Example: ['12345678'].
        campaign_objective_types (list[ObjectiveType] | Unset): List of values for filtering. Default is
            ['CONSIDERATION','AWARENESS','WEB_CONVERSION','VIDEO_COMPLETION'].
        click_window_days (ConversionAttributionWindowDays | Unset):  Default: ConversionAttributionWindowDays.VALUE_30.
        conversion_product_attribution_type (ConversionProductReportRequestConversionProductAttributionType | Unset):
            Required attribution type of the B/C/S report.<br>When the attribution type is BRAND_ATTRIBUTION, start_date for
            the report must be after 2025-04-01. Default:
            ConversionProductReportRequestConversionProductAttributionType.DEFAULT.
        conversion_product_breakdown (str | Unset): Report breakdown type. This is used to specify the breakdown of the
            report by brand, category, or SKU. Default: 'PRODUCT_BRAND'.
        conversion_report_time (ConversionReportTimeType | Unset): Conversion report time type Default:
            ConversionReportTimeType.TIME_OF_AD_ACTION. Example: TIME_OF_AD_ACTION.
        product_sku_ids (list[str] | Unset): List of SKU ids. <br>Only support product_sku_ids field when report
            breakdown type is PRODUCT_SKU_GROUP. Example: ['WBC45678', 'WBC45679'].
        view_window_days (ConversionAttributionWindowDays | Unset):  Default: ConversionAttributionWindowDays.VALUE_30.
    """

    columns: list[ConversionProductReportingColumn]
    end_date: str
    granularity: ConversionProductReportRequestGranularity
    level: ConversionProductReportRequestLevel
    report_name: str
    start_date: str
    ad_group_ids: list[str] | Unset = UNSET
    campaign_ids: list[str] | Unset = UNSET
    campaign_objective_types: list[ObjectiveType] | Unset = UNSET
    click_window_days: ConversionAttributionWindowDays | Unset = UNSET
    conversion_product_attribution_type: (
        ConversionProductReportRequestConversionProductAttributionType | Unset
    ) = UNSET
    conversion_product_breakdown: str | Unset = UNSET
    conversion_report_time: ConversionReportTimeType | Unset = UNSET
    product_sku_ids: list[str] | Unset = UNSET
    view_window_days: ConversionAttributionWindowDays | Unset = UNSET
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

        ad_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.ad_group_ids, Unset):
            ad_group_ids = self.ad_group_ids

        campaign_ids: list[str] | Unset = UNSET
        if not isinstance(self.campaign_ids, Unset):
            campaign_ids = self.campaign_ids

        campaign_objective_types: list[str] | Unset = UNSET
        if not isinstance(self.campaign_objective_types, Unset):
            if self.campaign_objective_types is None:
                campaign_objective_types = None
            else:
                campaign_objective_types = []
                for campaign_objective_types_item_data in self.campaign_objective_types:
                    campaign_objective_types_item = (
                        None
                        if campaign_objective_types_item_data is None
                        else campaign_objective_types_item_data.value
                    )
                    campaign_objective_types.append(campaign_objective_types_item)

        click_window_days: int | Unset = UNSET
        if not isinstance(self.click_window_days, Unset):
            click_window_days = (
                None if self.click_window_days is None else self.click_window_days.value
            )

        conversion_product_attribution_type: str | Unset = UNSET
        if not isinstance(self.conversion_product_attribution_type, Unset):
            conversion_product_attribution_type = (
                None
                if self.conversion_product_attribution_type is None
                else self.conversion_product_attribution_type.value
            )

        conversion_product_breakdown = self.conversion_product_breakdown

        conversion_report_time: str | Unset = UNSET
        if not isinstance(self.conversion_report_time, Unset):
            conversion_report_time = (
                None if self.conversion_report_time is None else self.conversion_report_time.value
            )

        product_sku_ids: list[str] | Unset = UNSET
        if not isinstance(self.product_sku_ids, Unset):
            product_sku_ids = self.product_sku_ids

        view_window_days: int | Unset = UNSET
        if not isinstance(self.view_window_days, Unset):
            view_window_days = (
                None if self.view_window_days is None else self.view_window_days.value
            )

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
            }
        )
        if ad_group_ids is not UNSET:
            field_dict["ad_group_ids"] = ad_group_ids
        if campaign_ids is not UNSET:
            field_dict["campaign_ids"] = campaign_ids
        if campaign_objective_types is not UNSET:
            field_dict["campaign_objective_types"] = campaign_objective_types
        if click_window_days is not UNSET:
            field_dict["click_window_days"] = click_window_days
        if conversion_product_attribution_type is not UNSET:
            field_dict["conversion_product_attribution_type"] = conversion_product_attribution_type
        if conversion_product_breakdown is not UNSET:
            field_dict["conversion_product_breakdown"] = conversion_product_breakdown
        if conversion_report_time is not UNSET:
            field_dict["conversion_report_time"] = conversion_report_time
        if product_sku_ids is not UNSET:
            field_dict["product_sku_ids"] = product_sku_ids
        if view_window_days is not UNSET:
            field_dict["view_window_days"] = view_window_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _columns = d.pop("columns")
        columns: list[ConversionProductReportingColumn]
        if _columns is None:
            columns = tolerate_null("columns")
        else:
            columns = []
            for columns_item_data in _columns:
                _columns_item = columns_item_data
                columns_item = (
                    tolerate_null("columns_item")
                    if _columns_item is None
                    else ConversionProductReportingColumn(_columns_item)
                )

                columns.append(columns_item)

        end_date = d.pop("end_date")
        if end_date is None:
            end_date = tolerate_null("end_date")

        _granularity = d.pop("granularity")
        granularity = (
            tolerate_null("granularity")
            if _granularity is None
            else ConversionProductReportRequestGranularity(_granularity)
        )

        _level = d.pop("level")
        level = (
            tolerate_null("level")
            if _level is None
            else ConversionProductReportRequestLevel(_level)
        )

        report_name = d.pop("report_name")
        if report_name is None:
            report_name = tolerate_null("report_name")

        start_date = d.pop("start_date")
        if start_date is None:
            start_date = tolerate_null("start_date")

        _ad_group_ids = d.pop("ad_group_ids", UNSET)
        ad_group_ids = (
            tolerate_null("ad_group_ids")
            if _ad_group_ids is None
            else cast(list[str], _ad_group_ids)
        )

        _campaign_ids = d.pop("campaign_ids", UNSET)
        campaign_ids = (
            tolerate_null("campaign_ids")
            if _campaign_ids is None
            else cast(list[str], _campaign_ids)
        )

        _campaign_objective_types = d.pop("campaign_objective_types", UNSET)
        campaign_objective_types: list[ObjectiveType] | Unset = UNSET
        if _campaign_objective_types is None:
            campaign_objective_types = tolerate_null("campaign_objective_types")
        elif not isinstance(_campaign_objective_types, Unset):
            campaign_objective_types = []
            for campaign_objective_types_item_data in _campaign_objective_types:
                _campaign_objective_types_item = campaign_objective_types_item_data
                campaign_objective_types_item = (
                    tolerate_null("campaign_objective_types_item")
                    if _campaign_objective_types_item is None
                    else ObjectiveType(_campaign_objective_types_item)
                )

                campaign_objective_types.append(campaign_objective_types_item)

        _click_window_days = d.pop("click_window_days", UNSET)
        click_window_days: ConversionAttributionWindowDays | Unset
        if isinstance(_click_window_days, Unset):
            click_window_days = UNSET
        elif _click_window_days is None:
            click_window_days = tolerate_null("click_window_days")
        else:
            click_window_days = ConversionAttributionWindowDays(_click_window_days)

        _conversion_product_attribution_type = d.pop("conversion_product_attribution_type", UNSET)
        conversion_product_attribution_type: (
            ConversionProductReportRequestConversionProductAttributionType | Unset
        )
        if isinstance(_conversion_product_attribution_type, Unset):
            conversion_product_attribution_type = UNSET
        elif _conversion_product_attribution_type is None:
            conversion_product_attribution_type = tolerate_null(
                "conversion_product_attribution_type"
            )
        else:
            conversion_product_attribution_type = (
                ConversionProductReportRequestConversionProductAttributionType(
                    _conversion_product_attribution_type
                )
            )

        conversion_product_breakdown = d.pop("conversion_product_breakdown", UNSET)
        if conversion_product_breakdown is None:
            conversion_product_breakdown = tolerate_null("conversion_product_breakdown")

        _conversion_report_time = d.pop("conversion_report_time", UNSET)
        conversion_report_time: ConversionReportTimeType | Unset
        if isinstance(_conversion_report_time, Unset):
            conversion_report_time = UNSET
        elif _conversion_report_time is None:
            conversion_report_time = tolerate_null("conversion_report_time")
        else:
            conversion_report_time = ConversionReportTimeType(_conversion_report_time)

        _product_sku_ids = d.pop("product_sku_ids", UNSET)
        product_sku_ids = (
            tolerate_null("product_sku_ids")
            if _product_sku_ids is None
            else cast(list[str], _product_sku_ids)
        )

        _view_window_days = d.pop("view_window_days", UNSET)
        view_window_days: ConversionAttributionWindowDays | Unset
        if isinstance(_view_window_days, Unset):
            view_window_days = UNSET
        elif _view_window_days is None:
            view_window_days = tolerate_null("view_window_days")
        else:
            view_window_days = ConversionAttributionWindowDays(_view_window_days)

        conversion_product_report_request = cls(
            columns=columns,
            end_date=end_date,
            granularity=granularity,
            level=level,
            report_name=report_name,
            start_date=start_date,
            ad_group_ids=ad_group_ids,
            campaign_ids=campaign_ids,
            campaign_objective_types=campaign_objective_types,
            click_window_days=click_window_days,
            conversion_product_attribution_type=conversion_product_attribution_type,
            conversion_product_breakdown=conversion_product_breakdown,
            conversion_report_time=conversion_report_time,
            product_sku_ids=product_sku_ids,
            view_window_days=view_window_days,
        )

        if d:
            tolerate_unknown_fields("ConversionProductReportRequest", d)

        conversion_product_report_request.additional_properties = d
        return conversion_product_report_request

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
