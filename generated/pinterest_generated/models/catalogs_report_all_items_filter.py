from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_report_all_items_filter_report_type import (
    CatalogsReportAllItemsFilterReportType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsReportAllItemsFilter")


@_attrs_define
class CatalogsReportAllItemsFilter:
    """
    Attributes:
        report_type (CatalogsReportAllItemsFilterReportType):
        catalog_id (str | Unset): Unique identifier of a catalog. If not given, oldest catalog will be used
    """

    report_type: CatalogsReportAllItemsFilterReportType
    catalog_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_type = None if self.report_type is None else self.report_type.value

        catalog_id = self.catalog_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "report_type": report_type,
            }
        )
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _report_type = d.pop("report_type")
        report_type = (
            tolerate_null("report_type")
            if _report_type is None
            else CatalogsReportAllItemsFilterReportType(_report_type)
        )

        catalog_id = d.pop("catalog_id", UNSET)
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        catalogs_report_all_items_filter = cls(
            report_type=report_type,
            catalog_id=catalog_id,
        )

        if d:
            tolerate_unknown_fields("CatalogsReportAllItemsFilter", d)
        catalogs_report_all_items_filter.additional_properties = d
        return catalogs_report_all_items_filter

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
