from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_discriminator,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_report_distribution_stats import CatalogsReportDistributionStats
    from ..models.catalogs_report_feed_ingestion_stats import CatalogsReportFeedIngestionStats


T = TypeVar("T", bound="ReportsStatsResponse200")


@_attrs_define
class ReportsStatsResponse200:
    """
    Attributes:
        items (list[CatalogsReportDistributionStats | CatalogsReportFeedIngestionStats]):
        bookmark (None | str | Unset):
    """

    items: list[CatalogsReportDistributionStats | CatalogsReportFeedIngestionStats]
    bookmark: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_report_feed_ingestion_stats import CatalogsReportFeedIngestionStats

        if self.items is None:
            items = None
        else:
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if isinstance(items_item_data, CatalogsReportFeedIngestionStats):
                    items_item = None if items_item_data is None else items_item_data.to_dict()
                else:
                    items_item = None if items_item_data is None else items_item_data.to_dict()

                items.append(items_item)

        bookmark: None | str | Unset
        if isinstance(self.bookmark, Unset):
            bookmark = UNSET
        else:
            bookmark = self.bookmark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if bookmark is not UNSET:
            field_dict["bookmark"] = bookmark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_report_distribution_stats import CatalogsReportDistributionStats
        from ..models.catalogs_report_feed_ingestion_stats import CatalogsReportFeedIngestionStats

        d = dict(src_dict)
        _items = d.pop("items")
        items: list[CatalogsReportDistributionStats | CatalogsReportFeedIngestionStats]
        if _items is None:
            items = tolerate_null("items")
        else:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> CatalogsReportDistributionStats | CatalogsReportFeedIngestionStats:
                    if data is None:
                        return cast(
                            CatalogsReportDistributionStats | CatalogsReportFeedIngestionStats,
                            tolerate_null("items_item"),
                        )
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_items_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                    if isinstance(data, dict):
                        discriminator = data.get("report_type")
                        if discriminator == "DISTRIBUTION_ISSUES":
                            _componentsschemas_catalogs_report_stats_type_1 = data
                            componentsschemas_catalogs_report_stats_type_1 = (
                                tolerate_null("/components/schemas/CatalogsReportStats_type_1")
                                if _componentsschemas_catalogs_report_stats_type_1 is None
                                else CatalogsReportDistributionStats.from_dict(
                                    _componentsschemas_catalogs_report_stats_type_1
                                )
                            )

                            return componentsschemas_catalogs_report_stats_type_1
                        if discriminator == "FEED_INGESTION_ISSUES":
                            _componentsschemas_catalogs_report_stats_type_0 = data
                            componentsschemas_catalogs_report_stats_type_0 = (
                                tolerate_null("/components/schemas/CatalogsReportStats_type_0")
                                if _componentsschemas_catalogs_report_stats_type_0 is None
                                else CatalogsReportFeedIngestionStats.from_dict(
                                    _componentsschemas_catalogs_report_stats_type_0
                                )
                            )

                            return componentsschemas_catalogs_report_stats_type_0
                        tolerate_unknown_discriminator("report_type", discriminator)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_report_stats_type_0 = data
                        componentsschemas_catalogs_report_stats_type_0 = (
                            tolerate_null("/components/schemas/CatalogsReportStats_type_0")
                            if _componentsschemas_catalogs_report_stats_type_0 is None
                            else CatalogsReportFeedIngestionStats.from_dict(
                                _componentsschemas_catalogs_report_stats_type_0
                            )
                        )

                        return componentsschemas_catalogs_report_stats_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_catalogs_report_stats_type_1 = data
                    componentsschemas_catalogs_report_stats_type_1 = (
                        tolerate_null("/components/schemas/CatalogsReportStats_type_1")
                        if _componentsschemas_catalogs_report_stats_type_1 is None
                        else CatalogsReportDistributionStats.from_dict(
                            _componentsschemas_catalogs_report_stats_type_1
                        )
                    )

                    return componentsschemas_catalogs_report_stats_type_1

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        def _parse_bookmark(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bookmark(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        bookmark = _parse_bookmark(d.pop("bookmark", UNSET))

        reports_stats_response_200 = cls(
            items=items,
            bookmark=bookmark,
        )

        if d:
            tolerate_unknown_fields("ReportsStatsResponse200", d)

        reports_stats_response_200.additional_properties = d
        return reports_stats_response_200

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
