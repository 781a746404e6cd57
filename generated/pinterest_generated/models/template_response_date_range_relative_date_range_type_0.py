from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TemplateResponseDateRangeRelativeDateRangeType0")


@_attrs_define
class TemplateResponseDateRangeRelativeDateRangeType0:
    """The relative date range of the template

    Example:
        {'end_days_in_past': 7, 'type': 'relative', 'start_days_in_past': 14}

    Attributes:
        end_days_in_past (float | Unset): The end date of the date range Example: 7.
        start_days_in_past (float | Unset): The start date of the date range Example: 14.
        type_ (str | Unset): The date range type Example: relative.
    """

    end_days_in_past: float | Unset = UNSET
    start_days_in_past: float | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_days_in_past = self.end_days_in_past

        start_days_in_past = self.start_days_in_past

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_days_in_past is not UNSET:
            field_dict["end_days_in_past"] = end_days_in_past
        if start_days_in_past is not UNSET:
            field_dict["start_days_in_past"] = start_days_in_past
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end_days_in_past = d.pop("end_days_in_past", UNSET)
        if end_days_in_past is None:
            end_days_in_past = tolerate_null("end_days_in_past")

        start_days_in_past = d.pop("start_days_in_past", UNSET)
        if start_days_in_past is None:
            start_days_in_past = tolerate_null("start_days_in_past")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        template_response_date_range_relative_date_range_type_0 = cls(
            end_days_in_past=end_days_in_past,
            start_days_in_past=start_days_in_past,
            type_=type_,
        )

        if d:
            tolerate_unknown_fields("TemplateResponseDateRangeRelativeDateRangeType0", d)

        template_response_date_range_relative_date_range_type_0.additional_properties = d
        return template_response_date_range_relative_date_range_type_0

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
