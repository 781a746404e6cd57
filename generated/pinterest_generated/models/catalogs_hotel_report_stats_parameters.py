from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_hotel_report_stats_parameters_catalog_type import (
    CatalogsHotelReportStatsParametersCatalogType,
)
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_discriminator,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_report_distribution_issue_filter import (
        CatalogsReportDistributionIssueFilter,
    )
    from ..models.catalogs_report_feed_ingestion_filter import CatalogsReportFeedIngestionFilter


T = TypeVar("T", bound="CatalogsHotelReportStatsParameters")


@_attrs_define
class CatalogsHotelReportStatsParameters:
    """Parameters for hotel report

    Attributes:
        catalog_type (CatalogsHotelReportStatsParametersCatalogType):
        report (CatalogsReportDistributionIssueFilter | CatalogsReportFeedIngestionFilter):
    """

    catalog_type: CatalogsHotelReportStatsParametersCatalogType
    report: CatalogsReportDistributionIssueFilter | CatalogsReportFeedIngestionFilter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_report_feed_ingestion_filter import CatalogsReportFeedIngestionFilter

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        report: dict[str, Any]
        if isinstance(self.report, CatalogsReportFeedIngestionFilter):
            report = None if self.report is None else self.report.to_dict()
        else:
            report = None if self.report is None else self.report.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_type": catalog_type,
                "report": report,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_report_distribution_issue_filter import (
            CatalogsReportDistributionIssueFilter,
        )
        from ..models.catalogs_report_feed_ingestion_filter import CatalogsReportFeedIngestionFilter

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsHotelReportStatsParametersCatalogType(_catalog_type)
        )

        def _parse_report(
            data: object,
        ) -> CatalogsReportDistributionIssueFilter | CatalogsReportFeedIngestionFilter:
            if data is None:
                return cast(
                    CatalogsReportDistributionIssueFilter | CatalogsReportFeedIngestionFilter,
                    tolerate_null("report"),
                )
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_report(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if isinstance(data, dict):
                discriminator = data.get("report_type")
                if discriminator == "DISTRIBUTION_ISSUES":
                    _report_type_1 = data
                    report_type_1 = (
                        tolerate_null("report_type_1")
                        if _report_type_1 is None
                        else CatalogsReportDistributionIssueFilter.from_dict(_report_type_1)
                    )

                    return report_type_1
                if discriminator == "FEED_INGESTION_ISSUES":
                    _report_type_0 = data
                    report_type_0 = (
                        tolerate_null("report_type_0")
                        if _report_type_0 is None
                        else CatalogsReportFeedIngestionFilter.from_dict(_report_type_0)
                    )

                    return report_type_0
                tolerate_unknown_discriminator("report_type", discriminator)

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _report_type_0 = data
                report_type_0 = (
                    tolerate_null("report_type_0")
                    if _report_type_0 is None
                    else CatalogsReportFeedIngestionFilter.from_dict(_report_type_0)
                )

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _report_type_1 = data
            report_type_1 = (
                tolerate_null("report_type_1")
                if _report_type_1 is None
                else CatalogsReportDistributionIssueFilter.from_dict(_report_type_1)
            )

            return report_type_1

        report = _parse_report(d.pop("report"))

        catalogs_hotel_report_stats_parameters = cls(
            catalog_type=catalog_type,
            report=report,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelReportStatsParameters", d)

        catalogs_hotel_report_stats_parameters.additional_properties = d
        return catalogs_hotel_report_stats_parameters

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
