from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.targeting_type_filter_targeting_types_item import (
    TargetingTypeFilterTargetingTypesItem,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TargetingTypeFilter")


@_attrs_define
class TargetingTypeFilter:
    """
    Attributes:
        targeting_types (list[TargetingTypeFilterTargetingTypesItem] | Unset): List of targeting types. Requires `level`
            to be a value ending in `_TARGETING`. ["AUDIENCE_MULTIPLIER"] is only available in CAMPAIGN_TARGETING level.
            ["MEDIA_TYPE"] is only available in PRODUCT_ITEM_TARGETING level. ["AGE_BUCKET_AND_GENDER"] is in BETA and not
            yet available to all users.
    """

    targeting_types: list[TargetingTypeFilterTargetingTypesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        targeting_types: list[str] | Unset = UNSET
        if not isinstance(self.targeting_types, Unset):
            if self.targeting_types is None:
                targeting_types = None
            else:
                targeting_types = []
                for targeting_types_item_data in self.targeting_types:
                    targeting_types_item = (
                        None
                        if targeting_types_item_data is None
                        else targeting_types_item_data.value
                    )
                    targeting_types.append(targeting_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if targeting_types is not UNSET:
            field_dict["targeting_types"] = targeting_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _targeting_types = d.pop("targeting_types", UNSET)
        targeting_types: list[TargetingTypeFilterTargetingTypesItem] | Unset = UNSET
        if _targeting_types is None:
            targeting_types = tolerate_null("targeting_types")
        elif not isinstance(_targeting_types, Unset):
            targeting_types = []
            for targeting_types_item_data in _targeting_types:
                _targeting_types_item = targeting_types_item_data
                targeting_types_item = (
                    tolerate_null("targeting_types_item")
                    if _targeting_types_item is None
                    else TargetingTypeFilterTargetingTypesItem(_targeting_types_item)
                )

                targeting_types.append(targeting_types_item)

        targeting_type_filter = cls(
            targeting_types=targeting_types,
        )

        if d:
            tolerate_unknown_fields("TargetingTypeFilter", d)

        targeting_type_filter.additional_properties = d
        return targeting_type_filter

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
