from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_report_feed_ingestion_stats_report_type import (
    CatalogsReportFeedIngestionStatsReportType,
)
from ..models.catalogs_report_feed_ingestion_stats_severity import (
    CatalogsReportFeedIngestionStatsSeverity,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsReportFeedIngestionStats")


@_attrs_define
class CatalogsReportFeedIngestionStats:
    """
    Attributes:
        catalog_id (str | Unset): ID of the catalog entity.
        code (int | Unset): The event code that a diagnostics aggregated number references Example: 112.
        code_label (str | Unset): A human-friendly label for the event code (e.g, 'AVAILABILITY_INVALID') Example:
            AVAILABILITY_INVALID.
        message (str | Unset): Title message describing the diagnostic issue
        occurrences (int | Unset): Number of occurrences of the issue Example: 10.
        report_type (CatalogsReportFeedIngestionStatsReportType | Unset):
        severity (CatalogsReportFeedIngestionStatsSeverity | Unset): An ERROR means that items have been dropped, while
            a WARN denotes that items have been ingested despite an issue
    """

    catalog_id: str | Unset = UNSET
    code: int | Unset = UNSET
    code_label: str | Unset = UNSET
    message: str | Unset = UNSET
    occurrences: int | Unset = UNSET
    report_type: CatalogsReportFeedIngestionStatsReportType | Unset = UNSET
    severity: CatalogsReportFeedIngestionStatsSeverity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_id = self.catalog_id

        code = self.code

        code_label = self.code_label

        message = self.message

        occurrences = self.occurrences

        report_type: str | Unset = UNSET
        if not isinstance(self.report_type, Unset):
            report_type = None if self.report_type is None else self.report_type.value

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = None if self.severity is None else self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id
        if code is not UNSET:
            field_dict["code"] = code
        if code_label is not UNSET:
            field_dict["code_label"] = code_label
        if message is not UNSET:
            field_dict["message"] = message
        if occurrences is not UNSET:
            field_dict["occurrences"] = occurrences
        if report_type is not UNSET:
            field_dict["report_type"] = report_type
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        catalog_id = d.pop("catalog_id", UNSET)
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        code = d.pop("code", UNSET)
        if code is None:
            code = tolerate_null("code")

        code_label = d.pop("code_label", UNSET)
        if code_label is None:
            code_label = tolerate_null("code_label")

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        occurrences = d.pop("occurrences", UNSET)
        if occurrences is None:
            occurrences = tolerate_null("occurrences")

        _report_type = d.pop("report_type", UNSET)
        report_type: CatalogsReportFeedIngestionStatsReportType | Unset
        if isinstance(_report_type, Unset):
            report_type = UNSET
        elif _report_type is None:
            report_type = tolerate_null("report_type")
        else:
            report_type = CatalogsReportFeedIngestionStatsReportType(_report_type)

        _severity = d.pop("severity", UNSET)
        severity: CatalogsReportFeedIngestionStatsSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        elif _severity is None:
            severity = tolerate_null("severity")
        else:
            severity = CatalogsReportFeedIngestionStatsSeverity(_severity)

        catalogs_report_feed_ingestion_stats = cls(
            catalog_id=catalog_id,
            code=code,
            code_label=code_label,
            message=message,
            occurrences=occurrences,
            report_type=report_type,
            severity=severity,
        )

        if d:
            tolerate_unknown_fields("CatalogsReportFeedIngestionStats", d)

        catalogs_report_feed_ingestion_stats.additional_properties = d
        return catalogs_report_feed_ingestion_stats

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
