from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.placement_multipliers_placement import PlacementMultipliersPLACEMENT
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
)

T = TypeVar("T", bound="PlacementMultipliers")


@_attrs_define
class PlacementMultipliers:
    """This represents a mapping from placement to a bid price adjustment.

    Multiplier values must be between 0 and 10. A value of 10 represents a 900% increase in bid price (from $1 to $10
    for example). A value of 0 will stop distribution for this item on the specified placement in `MAX_BID` ad groups in
    `CATALOG_SALES` campaigns. All placement multipliers must be set at the same time. If a multiplier is not provided
    it is assumed to be 1 (no bid adjustment).

        Example:
            {'browse': 0.9, 'search': 1.2, 'related_pins': 1.1}

        Attributes:
            placement (PlacementMultipliersPLACEMENT | Unset):
    """

    placement: PlacementMultipliersPLACEMENT | Unset = UNSET
    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        placement: str | Unset = UNSET
        if not isinstance(self.placement, Unset):
            placement = None if self.placement is None else self.placement.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if placement is not UNSET:
            field_dict["PLACEMENT"] = placement

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _placement = d.pop("PLACEMENT", UNSET)
        placement: PlacementMultipliersPLACEMENT | Unset
        if isinstance(_placement, Unset):
            placement = UNSET
        elif _placement is None:
            placement = tolerate_null("PLACEMENT")
        else:
            placement = PlacementMultipliersPLACEMENT(_placement)

        placement_multipliers = cls(
            placement=placement,
        )

        placement_multipliers.additional_properties = d
        return placement_multipliers

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
