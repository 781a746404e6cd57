from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_reporting_job_status import BulkReportingJobStatus
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TemplateBasedReport")


@_attrs_define
class TemplateBasedReport:
    """
    Attributes:
        report_status (BulkReportingJobStatus): Possible status for a bulk reporting job Example: FINISHED.
        template_id (str): Unique identifier of a template.
        message (str | Unset):
        token (str | Unset):
    """

    report_status: BulkReportingJobStatus
    template_id: str
    message: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_status = None if self.report_status is None else self.report_status.value

        template_id = self.template_id

        message = self.message

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report_status": report_status,
                "template_id": template_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _report_status = d.pop("report_status")
        report_status = (
            tolerate_null("report_status")
            if _report_status is None
            else BulkReportingJobStatus(_report_status)
        )

        template_id = d.pop("template_id")
        if template_id is None:
            template_id = tolerate_null("template_id")

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        token = d.pop("token", UNSET)
        if token is None:
            token = tolerate_null("token")

        template_based_report = cls(
            report_status=report_status,
            template_id=template_id,
            message=message,
            token=token,
        )

        if d:
            tolerate_unknown_fields("TemplateBasedReport", d)

        template_based_report.additional_properties = d
        return template_based_report

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
