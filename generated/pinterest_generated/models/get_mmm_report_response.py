from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.get_mmm_report_response_get_mmm_report_response_data import (
        GetMMMReportResponseGetMMMReportResponseData,
    )


T = TypeVar("T", bound="GetMMMReportResponse")


@_attrs_define
class GetMMMReportResponse:
    """
    Attributes:
        code (float | Unset):  Example: 0.
        data (GetMMMReportResponseGetMMMReportResponseData | Unset):
        message (str | Unset):  Example: ok.
        status (str | Unset):  Example: success.
    """

    code: float | Unset = UNSET
    data: GetMMMReportResponseGetMMMReportResponseData | Unset = UNSET
    message: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = None if self.data is None else self.data.to_dict()

        message = self.message

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_mmm_report_response_get_mmm_report_response_data import (
            GetMMMReportResponseGetMMMReportResponseData,
        )

        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code is None:
            code = tolerate_null("code")

        _data = d.pop("data", UNSET)
        data: GetMMMReportResponseGetMMMReportResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        elif _data is None:
            data = tolerate_null("data")
        else:
            data = GetMMMReportResponseGetMMMReportResponseData.from_dict(_data)

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        status = d.pop("status", UNSET)
        if status is None:
            status = tolerate_null("status")

        get_mmm_report_response = cls(
            code=code,
            data=data,
            message=message,
            status=status,
        )

        if d:
            tolerate_unknown_fields("GetMMMReportResponse", d)

        get_mmm_report_response.additional_properties = d
        return get_mmm_report_response

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
