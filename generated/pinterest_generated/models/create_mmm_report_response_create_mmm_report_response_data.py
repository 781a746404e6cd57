from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_reporting_job_status import BulkReportingJobStatus
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CreateMMMReportResponseCreateMMMReportResponseData")


@_attrs_define
class CreateMMMReportResponseCreateMMMReportResponseData:
    """
    Attributes:
        message (None | str | Unset):
        report_status (BulkReportingJobStatus | Unset): Possible status for a bulk reporting job Example: FINISHED.
        status (str | Unset):  Example: success.
        token (str | Unset):
    """

    message: None | str | Unset = UNSET
    report_status: BulkReportingJobStatus | Unset = UNSET
    status: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        report_status: str | Unset = UNSET
        if not isinstance(self.report_status, Unset):
            report_status = None if self.report_status is None else self.report_status.value

        status = self.status

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if report_status is not UNSET:
            field_dict["report_status"] = report_status
        if status is not UNSET:
            field_dict["status"] = status
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_message(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        _report_status = d.pop("report_status", UNSET)
        report_status: BulkReportingJobStatus | Unset
        if isinstance(_report_status, Unset):
            report_status = UNSET
        elif _report_status is None:
            report_status = tolerate_null("report_status")
        else:
            report_status = BulkReportingJobStatus(_report_status)

        status = d.pop("status", UNSET)
        if status is None:
            status = tolerate_null("status")

        token = d.pop("token", UNSET)
        if token is None:
            token = tolerate_null("token")

        create_mmm_report_response_create_mmm_report_response_data = cls(
            message=message,
            report_status=report_status,
            status=status,
            token=token,
        )

        if d:
            tolerate_unknown_fields("CreateMMMReportResponseCreateMMMReportResponseData", d)

        create_mmm_report_response_create_mmm_report_response_data.additional_properties = d
        return create_mmm_report_response_create_mmm_report_response_data

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
