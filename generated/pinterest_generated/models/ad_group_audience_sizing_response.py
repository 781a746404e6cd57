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

T = TypeVar("T", bound="AdGroupAudienceSizingResponse")


@_attrs_define
class AdGroupAudienceSizingResponse:
    """
    Attributes:
        audience_size_lower_bound (float | Unset): The lower confidence bound of the estimated potential audience size.
            "Potential audience size" estimates the number of people you may be able to reach per month with your campaign.
            It is based on historical advertising data and the targeting criteria you select. It does not guarantee results
            or take into account factors such as bid, budget, schedule, seasonality or product experiments. Example: 100000.
        audience_size_upper_bound (float | Unset): The upper confidence bound of the estimated potential audience size.
            "Potential audience size" estimates the number of people you may be able to reach per month with your campaign.
            It is based on historical advertising data and the targeting criteria you select. It does not guarantee results
            or take into account factors such as bid, budget, schedule, seasonality or product experiments. Example: 150000.
    """

    audience_size_lower_bound: float | Unset = UNSET
    audience_size_upper_bound: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_size_lower_bound = self.audience_size_lower_bound

        audience_size_upper_bound = self.audience_size_upper_bound

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_size_lower_bound is not UNSET:
            field_dict["audience_size_lower_bound"] = audience_size_lower_bound
        if audience_size_upper_bound is not UNSET:
            field_dict["audience_size_upper_bound"] = audience_size_upper_bound

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audience_size_lower_bound = d.pop("audience_size_lower_bound", UNSET)
        if audience_size_lower_bound is None:
            audience_size_lower_bound = tolerate_null("audience_size_lower_bound")

        audience_size_upper_bound = d.pop("audience_size_upper_bound", UNSET)
        if audience_size_upper_bound is None:
            audience_size_upper_bound = tolerate_null("audience_size_upper_bound")

        ad_group_audience_sizing_response = cls(
            audience_size_lower_bound=audience_size_lower_bound,
            audience_size_upper_bound=audience_size_upper_bound,
        )

        if d:
            tolerate_unknown_fields("AdGroupAudienceSizingResponse", d)

        ad_group_audience_sizing_response.additional_properties = d
        return ad_group_audience_sizing_response

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
