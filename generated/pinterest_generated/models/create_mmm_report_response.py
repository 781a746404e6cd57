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
    from ..models.create_mmm_report_response_create_mmm_report_response_data import (
        CreateMMMReportResponseCreateMMMReportResponseData,
    )


T = TypeVar("T", bound="CreateMMMReportResponse")


@_attrs_define
class CreateMMMReportResponse:
    """
    Attributes:
        code (float | Unset):  Example: 0.
        data (CreateMMMReportResponseCreateMMMReportResponseData | Unset):
    """

    code: float | Unset = UNSET
    data: CreateMMMReportResponseCreateMMMReportResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = None if self.data is None else self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_mmm_report_response_create_mmm_report_response_data import (
            CreateMMMReportResponseCreateMMMReportResponseData,
        )

        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code is None:
            code = tolerate_null("code")

        _data = d.pop("data", UNSET)
        data: CreateMMMReportResponseCreateMMMReportResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        elif _data is None:
            data = tolerate_null("data")
        else:
            data = CreateMMMReportResponseCreateMMMReportResponseData.from_dict(_data)

        create_mmm_report_response = cls(
            code=code,
            data=data,
        )

        if d:
            tolerate_unknown_fields("CreateMMMReportResponse", d)

        create_mmm_report_response.additional_properties = d
        return create_mmm_report_response

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
