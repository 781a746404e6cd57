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
    from ..models.targeting_template_audience_sizing_reach_estimate import (
        TargetingTemplateAudienceSizingReachEstimate,
    )


T = TypeVar("T", bound="TargetingTemplateAudienceSizing")


@_attrs_define
class TargetingTemplateAudienceSizing:
    """Gets an audience size estimate for a set of given targeting spec data. <p>Returns:</p> An object containing an
    audience size estimate that has a reach estimate (number of unique users) against the given targeting template. This
    by default provides a monthly estimate.

        Example:
            {'reach_estimate': {'estimate': 63492000, 'lower_bound': 47619000, 'upper_bound': 79365000}}

        Attributes:
            reach_estimate (TargetingTemplateAudienceSizingReachEstimate | Unset):
    """

    reach_estimate: TargetingTemplateAudienceSizingReachEstimate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reach_estimate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reach_estimate, Unset):
            reach_estimate = None if self.reach_estimate is None else self.reach_estimate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reach_estimate is not UNSET:
            field_dict["reach_estimate"] = reach_estimate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.targeting_template_audience_sizing_reach_estimate import (
            TargetingTemplateAudienceSizingReachEstimate,
        )

        d = dict(src_dict)
        _reach_estimate = d.pop("reach_estimate", UNSET)
        reach_estimate: TargetingTemplateAudienceSizingReachEstimate | Unset
        if isinstance(_reach_estimate, Unset):
            reach_estimate = UNSET
        elif _reach_estimate is None:
            reach_estimate = tolerate_null("reach_estimate")
        else:
            reach_estimate = TargetingTemplateAudienceSizingReachEstimate.from_dict(_reach_estimate)

        targeting_template_audience_sizing = cls(
            reach_estimate=reach_estimate,
        )

        if d:
            tolerate_unknown_fields("TargetingTemplateAudienceSizing", d)

        targeting_template_audience_sizing.additional_properties = d
        return targeting_template_audience_sizing

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
