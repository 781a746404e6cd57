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
    from ..models.bid_floor_request_bid_floor_spec import BidFloorRequestBidFloorSpec
    from ..models.targeting_spec import TargetingSpec


T = TypeVar("T", bound="BidFloorRequest")


@_attrs_define
class BidFloorRequest:
    """
    Example:
        {'targeting_spec': {'GEO': ['BE-VOV'], 'LOCATION': ['US'], 'LOCALE': ['cs'], 'AGE_BUCKET': ['25-34'],
            'AUDIENCE_INCLUDE': ['2542620905473'], 'SHOPPING_RETARGETING': [{'lookback_window': 30, 'exclusion_window': 14,
            'tag_types': [0, 6]}, {'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0, 6]}], 'GENDER': ['male'],
            'TARGETING_STRATEGY': ['CHOOSE_YOUR_OWN'], 'APPTYPE': ['iphone'], 'AUDIENCE_EXCLUDE': ['2542620905475'],
            'INTEREST': ['925056443165']}, 'bid_floor_specs': [{'billable_event': 'CLICKTHROUGH', 'creative_type':
            'REGULAR', 'currency': 'USD', 'countries': ['US', 'US'], 'optimization_goal_metadata':
            {'frequency_goal_metadata': {'timerange': 'DAY', 'frequency': 5}, 'conversion_tag_v3_goal_metadata':
            {'attribution_windows': {'view_window_days': 1, 'click_window_days': 0, 'engagement_window_days': 6},
            'conversion_tag_id': '123456789', 'learning_mode_type': 'ACTIVE', 'conversion_event': 'PAGE_VISIT',
            'is_roas_optimized': True, 'cpa_goal_value_in_micro_currency': '123456789'}, 'scrollup_goal_metadata':
            {'scrollup_goal_value_in_micro_currency': '123456789'}}}, {'billable_event': 'CLICKTHROUGH', 'creative_type':
            'REGULAR', 'currency': 'USD', 'countries': ['US', 'US'], 'optimization_goal_metadata':
            {'frequency_goal_metadata': {'timerange': 'DAY', 'frequency': 5}, 'conversion_tag_v3_goal_metadata':
            {'attribution_windows': {'view_window_days': 1, 'click_window_days': 0, 'engagement_window_days': 6},
            'conversion_tag_id': '123456789', 'learning_mode_type': 'ACTIVE', 'conversion_event': 'PAGE_VISIT',
            'is_roas_optimized': True, 'cpa_goal_value_in_micro_currency': '123456789'}, 'scrollup_goal_metadata':
            {'scrollup_goal_value_in_micro_currency': '123456789'}}}]}

    Attributes:
        bid_floor_specs (list[BidFloorRequestBidFloorSpec]):
        targeting_spec (TargetingSpec | Unset): Ad group targeting specification defining the ad group target audience.
            For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"],
            "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    bid_floor_specs: list[BidFloorRequestBidFloorSpec]
    targeting_spec: TargetingSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.bid_floor_specs is None:
            bid_floor_specs = None
        else:
            bid_floor_specs = []
            for bid_floor_specs_item_data in self.bid_floor_specs:
                bid_floor_specs_item = (
                    None
                    if bid_floor_specs_item_data is None
                    else bid_floor_specs_item_data.to_dict()
                )
                bid_floor_specs.append(bid_floor_specs_item)

        targeting_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targeting_spec, Unset):
            targeting_spec = None if self.targeting_spec is None else self.targeting_spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bid_floor_specs": bid_floor_specs,
            }
        )
        if targeting_spec is not UNSET:
            field_dict["targeting_spec"] = targeting_spec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bid_floor_request_bid_floor_spec import BidFloorRequestBidFloorSpec
        from ..models.targeting_spec import TargetingSpec

        d = dict(src_dict)
        _bid_floor_specs = d.pop("bid_floor_specs")
        bid_floor_specs: list[BidFloorRequestBidFloorSpec]
        if _bid_floor_specs is None:
            bid_floor_specs = tolerate_null("bid_floor_specs")
        else:
            bid_floor_specs = []
            for bid_floor_specs_item_data in _bid_floor_specs:
                _bid_floor_specs_item = bid_floor_specs_item_data
                bid_floor_specs_item = (
                    tolerate_null("bid_floor_specs_item")
                    if _bid_floor_specs_item is None
                    else BidFloorRequestBidFloorSpec.from_dict(_bid_floor_specs_item)
                )

                bid_floor_specs.append(bid_floor_specs_item)

        _targeting_spec = d.pop("targeting_spec", UNSET)
        targeting_spec: TargetingSpec | Unset
        if isinstance(_targeting_spec, Unset):
            targeting_spec = UNSET
        elif _targeting_spec is None:
            targeting_spec = tolerate_null("targeting_spec")
        else:
            targeting_spec = TargetingSpec.from_dict(_targeting_spec)

        bid_floor_request = cls(
            bid_floor_specs=bid_floor_specs,
            targeting_spec=targeting_spec,
        )

        if d:
            tolerate_unknown_fields("BidFloorRequest", d)

        bid_floor_request.additional_properties = d
        return bid_floor_request

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
