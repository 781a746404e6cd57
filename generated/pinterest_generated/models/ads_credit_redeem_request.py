from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdsCreditRedeemRequest")


@_attrs_define
class AdsCreditRedeemRequest:
    """
    Attributes:
        offer_code_hash (str): Takes in a SHA256 hash of the offerCode. Example:
            138e9e0ff7e38cf511b880975eb574c09aa9d5e1657590ab0431040da68caa67.
        validate_only (bool): If true, only validate if we can redeem offer code. Otherwise it will actually apply the
            offer code to the account Example: True.
    """

    offer_code_hash: str
    validate_only: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_code_hash = self.offer_code_hash

        validate_only = self.validate_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offerCodeHash": offer_code_hash,
                "validateOnly": validate_only,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        offer_code_hash = d.pop("offerCodeHash")
        if offer_code_hash is None:
            offer_code_hash = tolerate_null("offerCodeHash")

        validate_only = d.pop("validateOnly")
        if validate_only is None:
            validate_only = tolerate_null("validateOnly")

        ads_credit_redeem_request = cls(
            offer_code_hash=offer_code_hash,
            validate_only=validate_only,
        )

        if d:
            tolerate_unknown_fields("AdsCreditRedeemRequest", d)

        ads_credit_redeem_request.additional_properties = d
        return ads_credit_redeem_request

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
