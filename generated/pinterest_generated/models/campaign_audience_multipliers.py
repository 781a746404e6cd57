from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
)

T = TypeVar("T", bound="CampaignAudienceMultipliers")


@_attrs_define
class CampaignAudienceMultipliers:
    """This represents a mapping from Audience ID to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified audience in `MAX_BID` ad groups in
    `CATALOG_SALES` campaigns. All audience multipliers must be set at the same time. If a multiplier is not provided it
    is assumed to be 1 (no bid adjustment).

        Example:
            {'123': 1.1, '456': 1.2}

        Attributes:
            audience_id (str | Unset):
    """

    audience_id: str | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_id = self.audience_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_id is not UNSET:
            field_dict["AUDIENCE_ID"] = audience_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        audience_id = d.pop("AUDIENCE_ID", UNSET)
        if audience_id is None:
            audience_id = tolerate_null("AUDIENCE_ID")

        campaign_audience_multipliers = cls(
            audience_id=audience_id,
        )

        campaign_audience_multipliers.additional_properties = d
        return campaign_audience_multipliers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
