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

T = TypeVar("T", bound="OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows")


@_attrs_define
class OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows:
    """
    Attributes:
        click_window_days (int | Unset):
        engagement_window_days (int | Unset):
        view_window_days (int | Unset):
    """

    click_window_days: int | Unset = UNSET
    engagement_window_days: int | Unset = UNSET
    view_window_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        click_window_days = self.click_window_days

        engagement_window_days = self.engagement_window_days

        view_window_days = self.view_window_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if click_window_days is not UNSET:
            field_dict["click_window_days"] = click_window_days
        if engagement_window_days is not UNSET:
            field_dict["engagement_window_days"] = engagement_window_days
        if view_window_days is not UNSET:
            field_dict["view_window_days"] = view_window_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        click_window_days = d.pop("click_window_days", UNSET)
        if click_window_days is None:
            click_window_days = tolerate_null("click_window_days")

        engagement_window_days = d.pop("engagement_window_days", UNSET)
        if engagement_window_days is None:
            engagement_window_days = tolerate_null("engagement_window_days")

        view_window_days = d.pop("view_window_days", UNSET)
        if view_window_days is None:
            view_window_days = tolerate_null("view_window_days")

        optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows = cls(
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
        )

        if d:
            tolerate_unknown_fields(
                "OptimizationGoalMetadataConversionTagV3GoalMetadataAttributionWindows", d
            )

        optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows.additional_properties = d
        return optimization_goal_metadata_conversion_tag_v3_goal_metadata_attribution_windows

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
