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

T = TypeVar("T", bound="TargetingTemplateAudienceSizingReachEstimate")


@_attrs_define
class TargetingTemplateAudienceSizingReachEstimate:
    """
    Attributes:
        estimate (int | Unset):  Example: 63492000.
        lower_bound (int | Unset):  Example: 47619000.
        upper_bound (int | Unset):  Example: 79365000.
    """

    estimate: int | Unset = UNSET
    lower_bound: int | Unset = UNSET
    upper_bound: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimate = self.estimate

        lower_bound = self.lower_bound

        upper_bound = self.upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if estimate is not UNSET:
            field_dict["estimate"] = estimate
        if lower_bound is not UNSET:
            field_dict["lower_bound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upper_bound"] = upper_bound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        estimate = d.pop("estimate", UNSET)
        if estimate is None:
            estimate = tolerate_null("estimate")

        lower_bound = d.pop("lower_bound", UNSET)
        if lower_bound is None:
            lower_bound = tolerate_null("lower_bound")

        upper_bound = d.pop("upper_bound", UNSET)
        if upper_bound is None:
            upper_bound = tolerate_null("upper_bound")

        targeting_template_audience_sizing_reach_estimate = cls(
            estimate=estimate,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
        )

        if d:
            tolerate_unknown_fields("TargetingTemplateAudienceSizingReachEstimate", d)

        targeting_template_audience_sizing_reach_estimate.additional_properties = d
        return targeting_template_audience_sizing_reach_estimate

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
