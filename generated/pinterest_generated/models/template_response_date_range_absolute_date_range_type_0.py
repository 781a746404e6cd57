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

T = TypeVar("T", bound="TemplateResponseDateRangeAbsoluteDateRangeType0")


@_attrs_define
class TemplateResponseDateRangeAbsoluteDateRangeType0:
    """The absolute date range of the template

    Example:
        {'end_date': 6.027456183070403, 'type': 'absolute', 'start_date': 0.8008281904610115}

    Attributes:
        end_date (float | Unset): The end date of the date range Example: 6.027456183070403.
        start_date (float | Unset): The start date of the date range Example: 0.8008281904610115.
        type_ (str | Unset): The date range type Example: absolute.
    """

    end_date: float | Unset = UNSET
    start_date: float | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date

        start_date = self.start_date

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        end_date = d.pop("end_date", UNSET)
        if end_date is None:
            end_date = tolerate_null("end_date")

        start_date = d.pop("start_date", UNSET)
        if start_date is None:
            start_date = tolerate_null("start_date")

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        template_response_date_range_absolute_date_range_type_0 = cls(
            end_date=end_date,
            start_date=start_date,
            type_=type_,
        )

        if d:
            tolerate_unknown_fields("TemplateResponseDateRangeAbsoluteDateRangeType0", d)

        template_response_date_range_absolute_date_range_type_0.additional_properties = d
        return template_response_date_range_absolute_date_range_type_0

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
