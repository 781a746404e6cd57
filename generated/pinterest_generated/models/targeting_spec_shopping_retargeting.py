from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TargetingSpecShoppingRetargeting")


@_attrs_define
class TargetingSpecShoppingRetargeting:
    """
    Example:
        {'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0, 6]}

    Attributes:
        exclusion_window (int | Unset): Number of days ago to stop lookback timeframe for dynamic retargeting Example:
            14.
        lookback_window (int | Unset): Number of days ago to start lookback timeframe for dynamic retargeting Example:
            30.
        tag_types (list[int] | Unset): Event types to target for dynamic retargeting Example: [0, 6].
    """

    exclusion_window: int | Unset = UNSET
    lookback_window: int | Unset = UNSET
    tag_types: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exclusion_window = self.exclusion_window

        lookback_window = self.lookback_window

        tag_types: list[int] | Unset = UNSET
        if not isinstance(self.tag_types, Unset):
            tag_types = self.tag_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exclusion_window is not UNSET:
            field_dict["exclusion_window"] = exclusion_window
        if lookback_window is not UNSET:
            field_dict["lookback_window"] = lookback_window
        if tag_types is not UNSET:
            field_dict["tag_types"] = tag_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        exclusion_window = d.pop("exclusion_window", UNSET)
        if exclusion_window is None:
            exclusion_window = tolerate_null("exclusion_window")

        lookback_window = d.pop("lookback_window", UNSET)
        if lookback_window is None:
            lookback_window = tolerate_null("lookback_window")

        _tag_types = d.pop("tag_types", UNSET)
        tag_types = (
            tolerate_null("tag_types") if _tag_types is None else cast(list[int], _tag_types)
        )

        targeting_spec_shopping_retargeting = cls(
            exclusion_window=exclusion_window,
            lookback_window=lookback_window,
            tag_types=tag_types,
        )

        if d:
            tolerate_unknown_fields("TargetingSpecShoppingRetargeting", d)

        targeting_spec_shopping_retargeting.additional_properties = d
        return targeting_spec_shopping_retargeting

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
