from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_report_report_status import CatalogsReportReportStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsReport")


@_attrs_define
class CatalogsReport:
    """
    Attributes:
        report_status (CatalogsReportReportStatus | Unset):
        size (float | None | Unset): Size of the report in bytes
        url (None | str | Unset): URL to download the report
    """

    report_status: CatalogsReportReportStatus | Unset = UNSET
    size: float | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_status: str | Unset = UNSET
        if not isinstance(self.report_status, Unset):
            report_status = None if self.report_status is None else self.report_status.value

        size: float | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_status is not UNSET:
            field_dict["report_status"] = report_status
        if size is not UNSET:
            field_dict["size"] = size
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _report_status = d.pop("report_status", UNSET)
        report_status: CatalogsReportReportStatus | Unset
        if isinstance(_report_status, Unset):
            report_status = UNSET
        elif _report_status is None:
            report_status = tolerate_null("report_status")
        else:
            report_status = CatalogsReportReportStatus(_report_status)

        def _parse_size(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_size(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        catalogs_report = cls(
            report_status=report_status,
            size=size,
            url=url,
        )

        if d:
            tolerate_unknown_fields("CatalogsReport", d)

        catalogs_report.additional_properties = d
        return catalogs_report

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
