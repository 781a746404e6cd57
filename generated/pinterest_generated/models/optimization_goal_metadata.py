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
    from ..models.optimization_goal_metadata_conversion_tag_v3_goal_metadata import (
        OptimizationGoalMetadataConversionTagV3GoalMetadata,
    )
    from ..models.optimization_goal_metadata_frequency_goal_metadata import (
        OptimizationGoalMetadataFrequencyGoalMetadata,
    )
    from ..models.optimization_goal_metadata_scrollup_goal_metadata import (
        OptimizationGoalMetadataScrollupGoalMetadata,
    )


T = TypeVar("T", bound="OptimizationGoalMetadata")


@_attrs_define
class OptimizationGoalMetadata:
    """
    Attributes:
        conversion_tag_v3_goal_metadata (OptimizationGoalMetadataConversionTagV3GoalMetadata | Unset):
        frequency_goal_metadata (OptimizationGoalMetadataFrequencyGoalMetadata | Unset):
        scrollup_goal_metadata (OptimizationGoalMetadataScrollupGoalMetadata | Unset):
    """

    conversion_tag_v3_goal_metadata: OptimizationGoalMetadataConversionTagV3GoalMetadata | Unset = (
        UNSET
    )
    frequency_goal_metadata: OptimizationGoalMetadataFrequencyGoalMetadata | Unset = UNSET
    scrollup_goal_metadata: OptimizationGoalMetadataScrollupGoalMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversion_tag_v3_goal_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conversion_tag_v3_goal_metadata, Unset):
            conversion_tag_v3_goal_metadata = (
                None
                if self.conversion_tag_v3_goal_metadata is None
                else self.conversion_tag_v3_goal_metadata.to_dict()
            )

        frequency_goal_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.frequency_goal_metadata, Unset):
            frequency_goal_metadata = (
                None
                if self.frequency_goal_metadata is None
                else self.frequency_goal_metadata.to_dict()
            )

        scrollup_goal_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scrollup_goal_metadata, Unset):
            scrollup_goal_metadata = (
                None
                if self.scrollup_goal_metadata is None
                else self.scrollup_goal_metadata.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_tag_v3_goal_metadata is not UNSET:
            field_dict["conversion_tag_v3_goal_metadata"] = conversion_tag_v3_goal_metadata
        if frequency_goal_metadata is not UNSET:
            field_dict["frequency_goal_metadata"] = frequency_goal_metadata
        if scrollup_goal_metadata is not UNSET:
            field_dict["scrollup_goal_metadata"] = scrollup_goal_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.optimization_goal_metadata_conversion_tag_v3_goal_metadata import (
            OptimizationGoalMetadataConversionTagV3GoalMetadata,
        )
        from ..models.optimization_goal_metadata_frequency_goal_metadata import (
            OptimizationGoalMetadataFrequencyGoalMetadata,
        )
        from ..models.optimization_goal_metadata_scrollup_goal_metadata import (
            OptimizationGoalMetadataScrollupGoalMetadata,
        )

        d = dict(src_dict)
        _conversion_tag_v3_goal_metadata = d.pop("conversion_tag_v3_goal_metadata", UNSET)
        conversion_tag_v3_goal_metadata: OptimizationGoalMetadataConversionTagV3GoalMetadata | Unset
        if isinstance(_conversion_tag_v3_goal_metadata, Unset):
            conversion_tag_v3_goal_metadata = UNSET
        elif _conversion_tag_v3_goal_metadata is None:
            conversion_tag_v3_goal_metadata = tolerate_null("conversion_tag_v3_goal_metadata")
        else:
            conversion_tag_v3_goal_metadata = (
                OptimizationGoalMetadataConversionTagV3GoalMetadata.from_dict(
                    _conversion_tag_v3_goal_metadata
                )
            )

        _frequency_goal_metadata = d.pop("frequency_goal_metadata", UNSET)
        frequency_goal_metadata: OptimizationGoalMetadataFrequencyGoalMetadata | Unset
        if isinstance(_frequency_goal_metadata, Unset):
            frequency_goal_metadata = UNSET
        elif _frequency_goal_metadata is None:
            frequency_goal_metadata = tolerate_null("frequency_goal_metadata")
        else:
            frequency_goal_metadata = OptimizationGoalMetadataFrequencyGoalMetadata.from_dict(
                _frequency_goal_metadata
            )

        _scrollup_goal_metadata = d.pop("scrollup_goal_metadata", UNSET)
        scrollup_goal_metadata: OptimizationGoalMetadataScrollupGoalMetadata | Unset
        if isinstance(_scrollup_goal_metadata, Unset):
            scrollup_goal_metadata = UNSET
        elif _scrollup_goal_metadata is None:
            scrollup_goal_metadata = tolerate_null("scrollup_goal_metadata")
        else:
            scrollup_goal_metadata = OptimizationGoalMetadataScrollupGoalMetadata.from_dict(
                _scrollup_goal_metadata
            )

        optimization_goal_metadata = cls(
            conversion_tag_v3_goal_metadata=conversion_tag_v3_goal_metadata,
            frequency_goal_metadata=frequency_goal_metadata,
            scrollup_goal_metadata=scrollup_goal_metadata,
        )

        if d:
            tolerate_unknown_fields("OptimizationGoalMetadata", d)

        optimization_goal_metadata.additional_properties = d
        return optimization_goal_metadata

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
