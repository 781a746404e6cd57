from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversion_msot_events_attribution_model import ConversionMSOTEventsAttributionModel
from ..models.conversion_msot_events_attribution_scope import ConversionMSOTEventsAttributionScope
from ..models.conversion_msot_events_event_name import ConversionMSOTEventsEventName
from ..models.currency import Currency
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ConversionMSOTEvents")


@_attrs_define
class ConversionMSOTEvents:
    """Object containing the MSOT conversion events.

    Attributes:
        ad_group_id (str): The ID of the ad group that was attributed to the conversion event. Example: 2680060704746.
        attribution_scope (ConversionMSOTEventsAttributionScope): Ad event type. Example: click.
        event_id (str): A unique id string that identifies this event. If you are already sending us events through
            Conversions API, then this id should match the event_id sent through Conversions API. Example: eventId0001.
        event_name (ConversionMSOTEventsEventName): Type of user event. Example: add_to_cart.
        event_timestamp (int): The time when the event occurred. Unix timestamp in seconds. Example: 1451431341.
        action_timestamps (list[int] | Unset): Timestamp(s) when the ad action(s) happened. Unix timestamp in seconds.
            Example: [1451410040].
        attribution_model (ConversionMSOTEventsAttributionModel | Unset): The attribution model used to attribute the
            conversion event. Example: multi_touch.
        attribution_score (float | Unset): Credit given to the attributed ad actions. Allowed values are > 0 and <= 1.
            Example: 0.5.
        campaign_id (str | Unset): The ID of the campaign that was attributed to the conversion event. Example:
            626736533506.
        currency (Currency | Unset): Currency Codes from ISO 4217
        total_event_touchpoints (int | Unset): Total number of ad events including other non-Pinterest ad platforms.
            Example: 2.
        total_events (int | Unset): Total number of conversion events that are reported in one API call.
            <p>If you are sending one API request for one attributed conversion event then this value should be 1.</p>
            <p>If you are sending multiple attributed conversion events in one API request then this value should be the
            total number of attributed conversion events in the request.</p> Example: 2.
        value (float | Unset): Order value of the conversion event. Required if <code>event_name</code> is 'add_to_cart'
            or 'checkout'. Example: 123.45.
    """

    ad_group_id: str
    attribution_scope: ConversionMSOTEventsAttributionScope
    event_id: str
    event_name: ConversionMSOTEventsEventName
    event_timestamp: int
    action_timestamps: list[int] | Unset = UNSET
    attribution_model: ConversionMSOTEventsAttributionModel | Unset = UNSET
    attribution_score: float | Unset = UNSET
    campaign_id: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    total_event_touchpoints: int | Unset = UNSET
    total_events: int | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_group_id = self.ad_group_id

        attribution_scope = None if self.attribution_scope is None else self.attribution_scope.value

        event_id = self.event_id

        event_name = None if self.event_name is None else self.event_name.value

        event_timestamp = self.event_timestamp

        action_timestamps: list[int] | Unset = UNSET
        if not isinstance(self.action_timestamps, Unset):
            action_timestamps = self.action_timestamps

        attribution_model: str | Unset = UNSET
        if not isinstance(self.attribution_model, Unset):
            attribution_model = (
                None if self.attribution_model is None else self.attribution_model.value
            )

        attribution_score = self.attribution_score

        campaign_id = self.campaign_id

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = None if self.currency is None else self.currency.value

        total_event_touchpoints = self.total_event_touchpoints

        total_events = self.total_events

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "ad_group_id": ad_group_id,
                "attribution_scope": attribution_scope,
                "event_id": event_id,
                "event_name": event_name,
                "event_timestamp": event_timestamp,
            }
        )
        if action_timestamps is not UNSET:
            field_dict["action_timestamps"] = action_timestamps
        if attribution_model is not UNSET:
            field_dict["attribution_model"] = attribution_model
        if attribution_score is not UNSET:
            field_dict["attribution_score"] = attribution_score
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if currency is not UNSET:
            field_dict["currency"] = currency
        if total_event_touchpoints is not UNSET:
            field_dict["total_event_touchpoints"] = total_event_touchpoints
        if total_events is not UNSET:
            field_dict["total_events"] = total_events
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_group_id = d.pop("ad_group_id")
        if ad_group_id is None:
            ad_group_id = tolerate_null("ad_group_id")

        _attribution_scope = d.pop("attribution_scope")
        attribution_scope = (
            tolerate_null("attribution_scope")
            if _attribution_scope is None
            else ConversionMSOTEventsAttributionScope(_attribution_scope)
        )

        event_id = d.pop("event_id")
        if event_id is None:
            event_id = tolerate_null("event_id")

        _event_name = d.pop("event_name")
        event_name = (
            tolerate_null("event_name")
            if _event_name is None
            else ConversionMSOTEventsEventName(_event_name)
        )

        event_timestamp = d.pop("event_timestamp")
        if event_timestamp is None:
            event_timestamp = tolerate_null("event_timestamp")

        _action_timestamps = d.pop("action_timestamps", UNSET)
        action_timestamps = (
            tolerate_null("action_timestamps")
            if _action_timestamps is None
            else cast(list[int], _action_timestamps)
        )

        _attribution_model = d.pop("attribution_model", UNSET)
        attribution_model: ConversionMSOTEventsAttributionModel | Unset
        if isinstance(_attribution_model, Unset):
            attribution_model = UNSET
        elif _attribution_model is None:
            attribution_model = tolerate_null("attribution_model")
        else:
            attribution_model = ConversionMSOTEventsAttributionModel(_attribution_model)

        attribution_score = d.pop("attribution_score", UNSET)
        if attribution_score is None:
            attribution_score = tolerate_null("attribution_score")

        campaign_id = d.pop("campaign_id", UNSET)
        if campaign_id is None:
            campaign_id = tolerate_null("campaign_id")

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        elif _currency is None:
            currency = tolerate_null("currency")
        else:
            currency = Currency(_currency)

        total_event_touchpoints = d.pop("total_event_touchpoints", UNSET)
        if total_event_touchpoints is None:
            total_event_touchpoints = tolerate_null("total_event_touchpoints")

        total_events = d.pop("total_events", UNSET)
        if total_events is None:
            total_events = tolerate_null("total_events")

        value = d.pop("value", UNSET)
        if value is None:
            value = tolerate_null("value")

        conversion_msot_events = cls(
            ad_group_id=ad_group_id,
            attribution_scope=attribution_scope,
            event_id=event_id,
            event_name=event_name,
            event_timestamp=event_timestamp,
            action_timestamps=action_timestamps,
            attribution_model=attribution_model,
            attribution_score=attribution_score,
            campaign_id=campaign_id,
            currency=currency,
            total_event_touchpoints=total_event_touchpoints,
            total_events=total_events,
            value=value,
        )

        if d:
            tolerate_unknown_fields("ConversionMSOTEvents", d)
        conversion_msot_events.additional_properties = d
        return conversion_msot_events

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
