from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType
from ..models.country import Country
from ..models.creative_type import CreativeType
from ..models.currency import Currency
from ..models.objective_type import ObjectiveType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.optimization_goal_metadata import OptimizationGoalMetadata


T = TypeVar("T", bound="BidFloorRequestBidFloorSpec")


@_attrs_define
class BidFloorRequestBidFloorSpec:
    """
    Example:
        {'billable_event': 'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD', 'countries': ['US', 'US'],
            'optimization_goal_metadata': {'frequency_goal_metadata': {'timerange': 'DAY', 'frequency': 5},
            'conversion_tag_v3_goal_metadata': {'attribution_windows': {'view_window_days': 1, 'click_window_days': 0,
            'engagement_window_days': 6}, 'conversion_tag_id': '123456789', 'learning_mode_type': 'ACTIVE',
            'conversion_event': 'PAGE_VISIT', 'is_roas_optimized': True, 'cpa_goal_value_in_micro_currency': '123456789'},
            'scrollup_goal_metadata': {'scrollup_goal_value_in_micro_currency': '123456789'}}}

    Attributes:
        billable_event (ActionType): Ad group billable event type. For update, only draft ad groups may update billable
            event. Example: CLICKTHROUGH.
        currency (Currency): Currency Codes from ISO 4217
        countries (list[Country] | Unset):
        creative_type (CreativeType | Unset): Ad creative type enum.
            **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
        objective_type (ObjectiveType | Unset): Intended result of the campaign.
            You can only update objectives for draft campaigns.
            `WEB_SESSIONS` and `VIDEO_VIEW` objectives are deprecated. We recommend using `VIDEO_COMPLETION` as an
            alternative for the latter.
        optimization_goal_metadata (OptimizationGoalMetadata | Unset):
    """

    billable_event: ActionType
    currency: Currency
    countries: list[Country] | Unset = UNSET
    creative_type: CreativeType | Unset = UNSET
    objective_type: ObjectiveType | Unset = UNSET
    optimization_goal_metadata: OptimizationGoalMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billable_event = None if self.billable_event is None else self.billable_event.value

        currency = None if self.currency is None else self.currency.value

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            if self.countries is None:
                countries = None
            else:
                countries = []
                for countries_item_data in self.countries:
                    countries_item = (
                        None if countries_item_data is None else countries_item_data.value
                    )
                    countries.append(countries_item)

        creative_type: str | Unset = UNSET
        if not isinstance(self.creative_type, Unset):
            creative_type = None if self.creative_type is None else self.creative_type.value

        objective_type: str | Unset = UNSET
        if not isinstance(self.objective_type, Unset):
            objective_type = None if self.objective_type is None else self.objective_type.value

        optimization_goal_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.optimization_goal_metadata, Unset):
            optimization_goal_metadata = (
                None
                if self.optimization_goal_metadata is None
                else self.optimization_goal_metadata.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billable_event": billable_event,
                "currency": currency,
            }
        )
        if countries is not UNSET:
            field_dict["countries"] = countries
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if objective_type is not UNSET:
            field_dict["objective_type"] = objective_type
        if optimization_goal_metadata is not UNSET:
            field_dict["optimization_goal_metadata"] = optimization_goal_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.optimization_goal_metadata import OptimizationGoalMetadata

        d = dict(src_dict)
        _billable_event = d.pop("billable_event")
        billable_event = (
            tolerate_null("billable_event")
            if _billable_event is None
            else ActionType(_billable_event)
        )

        _currency = d.pop("currency")
        currency = tolerate_null("currency") if _currency is None else Currency(_currency)

        _countries = d.pop("countries", UNSET)
        countries: list[Country] | Unset = UNSET
        if _countries is None:
            countries = tolerate_null("countries")
        elif not isinstance(_countries, Unset):
            countries = []
            for countries_item_data in _countries:
                _countries_item = countries_item_data
                countries_item = (
                    tolerate_null("countries_item")
                    if _countries_item is None
                    else Country(_countries_item)
                )

                countries.append(countries_item)

        _creative_type = d.pop("creative_type", UNSET)
        creative_type: CreativeType | Unset
        if isinstance(_creative_type, Unset):
            creative_type = UNSET
        elif _creative_type is None:
            creative_type = tolerate_null("creative_type")
        else:
            creative_type = CreativeType(_creative_type)

        _objective_type = d.pop("objective_type", UNSET)
        objective_type: ObjectiveType | Unset
        if isinstance(_objective_type, Unset):
            objective_type = UNSET
        elif _objective_type is None:
            objective_type = tolerate_null("objective_type")
        else:
            objective_type = ObjectiveType(_objective_type)

        _optimization_goal_metadata = d.pop("optimization_goal_metadata", UNSET)
        optimization_goal_metadata: OptimizationGoalMetadata | Unset
        if isinstance(_optimization_goal_metadata, Unset):
            optimization_goal_metadata = UNSET
        elif _optimization_goal_metadata is None:
            optimization_goal_metadata = tolerate_null("optimization_goal_metadata")
        else:
            optimization_goal_metadata = OptimizationGoalMetadata.from_dict(
                _optimization_goal_metadata
            )

        bid_floor_request_bid_floor_spec = cls(
            billable_event=billable_event,
            currency=currency,
            countries=countries,
            creative_type=creative_type,
            objective_type=objective_type,
            optimization_goal_metadata=optimization_goal_metadata,
        )

        if d:
            tolerate_unknown_fields("BidFloorRequestBidFloorSpec", d)

        bid_floor_request_bid_floor_spec.additional_properties = d
        return bid_floor_request_bid_floor_spec

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
