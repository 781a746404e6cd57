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
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdAccountCreateSubscriptionResponse")


@_attrs_define
class AdAccountCreateSubscriptionResponse:
    """
    Attributes:
        ad_account_id (str | Unset): The Ad Account ID that this lead form belongs to. Example: 549755885176.
        api_version (str | Unset): API version. Example: v5.
        created_time (int | Unset): Subscription creation time. Unix timestamp in milliseconds. Example: 1699209842000.
        cryptographic_algorithm (None | str | Unset): Lead data encryption algorithm. Example: AES-256-GCM.
        cryptographic_key (None | str | Unset): Base64 encoded key for client to decrypt lead data. Example:
            ucvxbV2Tdss0vNeYsdh4Qfa/1Khm2b0PqXvXeTTZh54.
        id (str | Unset): Subscription ID. Example: 8078432025948590686.
        lead_form_id (None | str | Unset): Lead form ID. Example: 383791336903426390.
        user_account_id (str | Unset): User account used to subscribe lead data. Example: 549755885175.
        webhook_url (str | Unset): Standard HTTPS webhook URL. Example: https://webhook.example.com/xyz.
    """

    ad_account_id: str | Unset = UNSET
    api_version: str | Unset = UNSET
    created_time: int | Unset = UNSET
    cryptographic_algorithm: None | str | Unset = UNSET
    cryptographic_key: None | str | Unset = UNSET
    id: str | Unset = UNSET
    lead_form_id: None | str | Unset = UNSET
    user_account_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        api_version = self.api_version

        created_time = self.created_time

        cryptographic_algorithm: None | str | Unset
        if isinstance(self.cryptographic_algorithm, Unset):
            cryptographic_algorithm = UNSET
        else:
            cryptographic_algorithm = self.cryptographic_algorithm

        cryptographic_key: None | str | Unset
        if isinstance(self.cryptographic_key, Unset):
            cryptographic_key = UNSET
        else:
            cryptographic_key = self.cryptographic_key

        id = self.id

        lead_form_id: None | str | Unset
        if isinstance(self.lead_form_id, Unset):
            lead_form_id = UNSET
        else:
            lead_form_id = self.lead_form_id

        user_account_id = self.user_account_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if cryptographic_algorithm is not UNSET:
            field_dict["cryptographic_algorithm"] = cryptographic_algorithm
        if cryptographic_key is not UNSET:
            field_dict["cryptographic_key"] = cryptographic_key
        if id is not UNSET:
            field_dict["id"] = id
        if lead_form_id is not UNSET:
            field_dict["lead_form_id"] = lead_form_id
        if user_account_id is not UNSET:
            field_dict["user_account_id"] = user_account_id
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        api_version = d.pop("api_version", UNSET)
        if api_version is None:
            api_version = tolerate_null("api_version")

        created_time = d.pop("created_time", UNSET)
        if created_time is None:
            created_time = tolerate_null("created_time")

        def _parse_cryptographic_algorithm(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_cryptographic_algorithm(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        cryptographic_algorithm = _parse_cryptographic_algorithm(
            d.pop("cryptographic_algorithm", UNSET)
        )

        def _parse_cryptographic_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_cryptographic_key(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        cryptographic_key = _parse_cryptographic_key(d.pop("cryptographic_key", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_lead_form_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_lead_form_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        lead_form_id = _parse_lead_form_id(d.pop("lead_form_id", UNSET))

        user_account_id = d.pop("user_account_id", UNSET)
        if user_account_id is None:
            user_account_id = tolerate_null("user_account_id")

        webhook_url = d.pop("webhook_url", UNSET)
        if webhook_url is None:
            webhook_url = tolerate_null("webhook_url")

        ad_account_create_subscription_response = cls(
            ad_account_id=ad_account_id,
            api_version=api_version,
            created_time=created_time,
            cryptographic_algorithm=cryptographic_algorithm,
            cryptographic_key=cryptographic_key,
            id=id,
            lead_form_id=lead_form_id,
            user_account_id=user_account_id,
            webhook_url=webhook_url,
        )

        if d:
            tolerate_unknown_fields("AdAccountCreateSubscriptionResponse", d)

        ad_account_create_subscription_response.additional_properties = d
        return ad_account_create_subscription_response

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
