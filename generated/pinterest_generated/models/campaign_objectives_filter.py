from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.objective_type import ObjectiveType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CampaignObjectivesFilter")


@_attrs_define
class CampaignObjectivesFilter:
    """
    Attributes:
        campaign_objective_types (list[ObjectiveType] | Unset): List of values for filtering. ["WEB_SESSIONS"] in BETA.
            Example: ['AWARENESS'].
    """

    campaign_objective_types: list[ObjectiveType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_objective_types: list[str] | Unset = UNSET
        if not isinstance(self.campaign_objective_types, Unset):
            if self.campaign_objective_types is None:
                campaign_objective_types = None
            else:
                campaign_objective_types = []
                for campaign_objective_types_item_data in self.campaign_objective_types:
                    campaign_objective_types_item = (
                        None
                        if campaign_objective_types_item_data is None
                        else campaign_objective_types_item_data.value
                    )
                    campaign_objective_types.append(campaign_objective_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_objective_types is not UNSET:
            field_dict["campaign_objective_types"] = campaign_objective_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _campaign_objective_types = d.pop("campaign_objective_types", UNSET)
        campaign_objective_types: list[ObjectiveType] | Unset = UNSET
        if _campaign_objective_types is None:
            campaign_objective_types = tolerate_null("campaign_objective_types")
        elif not isinstance(_campaign_objective_types, Unset):
            campaign_objective_types = []
            for campaign_objective_types_item_data in _campaign_objective_types:
                _campaign_objective_types_item = campaign_objective_types_item_data
                campaign_objective_types_item = (
                    tolerate_null("campaign_objective_types_item")
                    if _campaign_objective_types_item is None
                    else ObjectiveType(_campaign_objective_types_item)
                )

                campaign_objective_types.append(campaign_objective_types_item)

        campaign_objectives_filter = cls(
            campaign_objective_types=campaign_objective_types,
        )

        if d:
            tolerate_unknown_fields("CampaignObjectivesFilter", d)

        campaign_objectives_filter.additional_properties = d
        return campaign_objectives_filter

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
