from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.optimization_goal_metadata_frequency_goal_metadata_timerange import (
    OptimizationGoalMetadataFrequencyGoalMetadataTimerange,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OptimizationGoalMetadataFrequencyGoalMetadata")


@_attrs_define
class OptimizationGoalMetadataFrequencyGoalMetadata:
    """
    Attributes:
        frequency (int | Unset): Frequency target can only be between 2 and 20
        timerange (OptimizationGoalMetadataFrequencyGoalMetadataTimerange | Unset): User entity counts time range
            Example: DAY.
    """

    frequency: int | Unset = UNSET
    timerange: OptimizationGoalMetadataFrequencyGoalMetadataTimerange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency

        timerange: str | Unset = UNSET
        if not isinstance(self.timerange, Unset):
            timerange = None if self.timerange is None else self.timerange.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if timerange is not UNSET:
            field_dict["timerange"] = timerange

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        frequency = d.pop("frequency", UNSET)
        if frequency is None:
            frequency = tolerate_null("frequency")

        _timerange = d.pop("timerange", UNSET)
        timerange: OptimizationGoalMetadataFrequencyGoalMetadataTimerange | Unset
        if isinstance(_timerange, Unset):
            timerange = UNSET
        elif _timerange is None:
            timerange = tolerate_null("timerange")
        else:
            timerange = OptimizationGoalMetadataFrequencyGoalMetadataTimerange(_timerange)

        optimization_goal_metadata_frequency_goal_metadata = cls(
            frequency=frequency,
            timerange=timerange,
        )

        if d:
            tolerate_unknown_fields("OptimizationGoalMetadataFrequencyGoalMetadata", d)

        optimization_goal_metadata_frequency_goal_metadata.additional_properties = d
        return optimization_goal_metadata_frequency_goal_metadata

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
