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

T = TypeVar("T", bound="AmazonConnectRequest")


@_attrs_define
class AmazonConnectRequest:
    """Request containing OTP and Amazon storefront info called by Amazon

    Attributes:
        amazon_storefront_name (str): The Amazon storefront name
        amazon_storefront_url (str): The Amazon storefront url
        is_amazon_account_linked (bool): The Amazon account linking status
        amazon_storefront_id (str | Unset): The Amazon storefront id
        amazon_user_id (str | Unset): The Amazon user id
        one_time_passcode (str | Unset): The one time passcode for Pinterest-initiated linking requests Example:
            089aee0d-92d3-4f8f-a947-6dc016d85bf0.
        pinterest_user_id (str | Unset): The Pinterest user id for Amazon-initiated linking requests Example:
            902057137772013006.
    """

    amazon_storefront_name: str
    amazon_storefront_url: str
    is_amazon_account_linked: bool
    amazon_storefront_id: str | Unset = UNSET
    amazon_user_id: str | Unset = UNSET
    one_time_passcode: str | Unset = UNSET
    pinterest_user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amazon_storefront_name = self.amazon_storefront_name

        amazon_storefront_url = self.amazon_storefront_url

        is_amazon_account_linked = self.is_amazon_account_linked

        amazon_storefront_id = self.amazon_storefront_id

        amazon_user_id = self.amazon_user_id

        one_time_passcode = self.one_time_passcode

        pinterest_user_id = self.pinterest_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amazon_storefront_name": amazon_storefront_name,
                "amazon_storefront_url": amazon_storefront_url,
                "is_amazon_account_linked": is_amazon_account_linked,
            }
        )
        if amazon_storefront_id is not UNSET:
            field_dict["amazon_storefront_id"] = amazon_storefront_id
        if amazon_user_id is not UNSET:
            field_dict["amazon_user_id"] = amazon_user_id
        if one_time_passcode is not UNSET:
            field_dict["one_time_passcode"] = one_time_passcode
        if pinterest_user_id is not UNSET:
            field_dict["pinterest_user_id"] = pinterest_user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amazon_storefront_name = d.pop("amazon_storefront_name")
        if amazon_storefront_name is None:
            amazon_storefront_name = tolerate_null("amazon_storefront_name")

        amazon_storefront_url = d.pop("amazon_storefront_url")
        if amazon_storefront_url is None:
            amazon_storefront_url = tolerate_null("amazon_storefront_url")

        is_amazon_account_linked = d.pop("is_amazon_account_linked")
        if is_amazon_account_linked is None:
            is_amazon_account_linked = tolerate_null("is_amazon_account_linked")

        amazon_storefront_id = d.pop("amazon_storefront_id", UNSET)
        if amazon_storefront_id is None:
            amazon_storefront_id = tolerate_null("amazon_storefront_id")

        amazon_user_id = d.pop("amazon_user_id", UNSET)
        if amazon_user_id is None:
            amazon_user_id = tolerate_null("amazon_user_id")

        one_time_passcode = d.pop("one_time_passcode", UNSET)
        if one_time_passcode is None:
            one_time_passcode = tolerate_null("one_time_passcode")

        pinterest_user_id = d.pop("pinterest_user_id", UNSET)
        if pinterest_user_id is None:
            pinterest_user_id = tolerate_null("pinterest_user_id")

        amazon_connect_request = cls(
            amazon_storefront_name=amazon_storefront_name,
            amazon_storefront_url=amazon_storefront_url,
            is_amazon_account_linked=is_amazon_account_linked,
            amazon_storefront_id=amazon_storefront_id,
            amazon_user_id=amazon_user_id,
            one_time_passcode=one_time_passcode,
            pinterest_user_id=pinterest_user_id,
        )

        if d:
            tolerate_unknown_fields("AmazonConnectRequest", d)

        amazon_connect_request.additional_properties = d
        return amazon_connect_request

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
