from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_response_date_range_dynamic_date_range_type_0_range import (
    TemplateResponseDateRangeDynamicDateRangeType0Range,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TemplateResponseDateRangeDynamicDateRangeType0")


@_attrs_define
class TemplateResponseDateRangeDynamicDateRangeType0:
    """The dynamic date range of the template

    Example:
        {'range': 'YEAR_TO_DATE', 'type': 'dynamic'}

    Attributes:
        range_ (TemplateResponseDateRangeDynamicDateRangeType0Range | Unset): The dynamic range type Example:
            YEAR_TO_DATE.
        type_ (str | Unset): The date range type Example: dynamic.
    """

    range_: TemplateResponseDateRangeDynamicDateRangeType0Range | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        range_: str | Unset = UNSET
        if not isinstance(self.range_, Unset):
            range_ = None if self.range_ is None else self.range_.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if range_ is not UNSET:
            field_dict["range"] = range_
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _range_ = d.pop("range", UNSET)
        range_: TemplateResponseDateRangeDynamicDateRangeType0Range | Unset
        if isinstance(_range_, Unset):
            range_ = UNSET
        elif _range_ is None:
            range_ = tolerate_null("range")
        else:
            range_ = TemplateResponseDateRangeDynamicDateRangeType0Range(_range_)

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        template_response_date_range_dynamic_date_range_type_0 = cls(
            range_=range_,
            type_=type_,
        )

        if d:
            tolerate_unknown_fields("TemplateResponseDateRangeDynamicDateRangeType0", d)

        template_response_date_range_dynamic_date_range_type_0.additional_properties = d
        return template_response_date_range_dynamic_date_range_type_0

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
