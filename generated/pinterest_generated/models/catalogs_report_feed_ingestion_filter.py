from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_report_feed_ingestion_filter_report_type import (
    CatalogsReportFeedIngestionFilterReportType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsReportFeedIngestionFilter")


@_attrs_define
class CatalogsReportFeedIngestionFilter:
    """
    Attributes:
        feed_id (str): ID of the feed entity.
        report_type (CatalogsReportFeedIngestionFilterReportType):
        processing_result_id (str | Unset): Unique identifier of a feed processing result. It can be acquired from the
            "id" field of the "items" array within the response of the [List processing results for a given
            feed](/docs/api/v5/#operation/feed_processing_results/list). If not provided, default to most recent completed
            processing result.
    """

    feed_id: str
    report_type: CatalogsReportFeedIngestionFilterReportType
    processing_result_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feed_id = self.feed_id

        report_type = None if self.report_type is None else self.report_type.value

        processing_result_id = self.processing_result_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "feed_id": feed_id,
                "report_type": report_type,
            }
        )
        if processing_result_id is not UNSET:
            field_dict["processing_result_id"] = processing_result_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feed_id = d.pop("feed_id")
        if feed_id is None:
            feed_id = tolerate_null("feed_id")

        _report_type = d.pop("report_type")
        report_type = (
            tolerate_null("report_type")
            if _report_type is None
            else CatalogsReportFeedIngestionFilterReportType(_report_type)
        )

        processing_result_id = d.pop("processing_result_id", UNSET)
        if processing_result_id is None:
            processing_result_id = tolerate_null("processing_result_id")

        catalogs_report_feed_ingestion_filter = cls(
            feed_id=feed_id,
            report_type=report_type,
            processing_result_id=processing_result_id,
        )

        if d:
            tolerate_unknown_fields("CatalogsReportFeedIngestionFilter", d)
        catalogs_report_feed_ingestion_filter.additional_properties = d
        return catalogs_report_feed_ingestion_filter

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
