from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OptimizationGoalMetadataScrollupGoalMetadata")


@_attrs_define
class OptimizationGoalMetadataScrollupGoalMetadata:
    """
    Attributes:
        scrollup_goal_value_in_micro_currency (None | str | Unset):
    """

    scrollup_goal_value_in_micro_currency: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scrollup_goal_value_in_micro_currency: None | str | Unset
        if isinstance(self.scrollup_goal_value_in_micro_currency, Unset):
            scrollup_goal_value_in_micro_currency = UNSET
        else:
            scrollup_goal_value_in_micro_currency = self.scrollup_goal_value_in_micro_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scrollup_goal_value_in_micro_currency is not UNSET:
            field_dict["scrollup_goal_value_in_micro_currency"] = (
                scrollup_goal_value_in_micro_currency
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_scrollup_goal_value_in_micro_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_scrollup_goal_value_in_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        scrollup_goal_value_in_micro_currency = _parse_scrollup_goal_value_in_micro_currency(
            d.pop("scrollup_goal_value_in_micro_currency", UNSET)
        )

        optimization_goal_metadata_scrollup_goal_metadata = cls(
            scrollup_goal_value_in_micro_currency=scrollup_goal_value_in_micro_currency,
        )

        if d:
            tolerate_unknown_fields("OptimizationGoalMetadataScrollupGoalMetadata", d)

        optimization_goal_metadata_scrollup_goal_metadata.additional_properties = d
        return optimization_goal_metadata_scrollup_goal_metadata

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
