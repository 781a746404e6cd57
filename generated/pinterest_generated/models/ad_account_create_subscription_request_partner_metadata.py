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

T = TypeVar("T", bound="AdAccountCreateSubscriptionRequestPartnerMetadata")


@_attrs_define
class AdAccountCreateSubscriptionRequestPartnerMetadata:
    """Partner metadata. Only for clients that requires special handling. We recommend to avoid this param.

    Attributes:
        subscriber_key (str | Unset): Text field value that uniquely identifies a subscriber.
    """

    subscriber_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscriber_key = self.subscriber_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscriber_key is not UNSET:
            field_dict["subscriber_key"] = subscriber_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        subscriber_key = d.pop("subscriber_key", UNSET)
        if subscriber_key is None:
            subscriber_key = tolerate_null("subscriber_key")

        ad_account_create_subscription_request_partner_metadata = cls(
            subscriber_key=subscriber_key,
        )

        if d:
            tolerate_unknown_fields("AdAccountCreateSubscriptionRequestPartnerMetadata", d)

        ad_account_create_subscription_request_partner_metadata.additional_properties = d
        return ad_account_create_subscription_request_partner_metadata

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
