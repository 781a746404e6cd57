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
    from ..models.ad_account_create_subscription_request_partner_metadata import (
        AdAccountCreateSubscriptionRequestPartnerMetadata,
    )


T = TypeVar("T", bound="AdAccountCreateSubscriptionRequest")


@_attrs_define
class AdAccountCreateSubscriptionRequest:
    """
    Example:
        {'webhook_url': 'https://webhook.example.com/xyz', 'lead_form_id': '383791336903426390'}

    Attributes:
        webhook_url (str): Standard HTTPS webhook URL. Example: https://webhook.example.com/xyz.
        lead_form_id (str | Unset): Lead form ID. Example: 383791336903426390.
        partner_access_token (str | Unset): Partner access token. Only for clients that requires authentication. We
            recommend to avoid this param.
        partner_metadata (AdAccountCreateSubscriptionRequestPartnerMetadata | Unset): Partner metadata. Only for clients
            that requires special handling. We recommend to avoid this param.
        partner_refresh_token (str | Unset): Partner refresh token. Only for clients that requires authentication. We
            recommend to avoid this param.
    """

    webhook_url: str
    lead_form_id: str | Unset = UNSET
    partner_access_token: str | Unset = UNSET
    partner_metadata: AdAccountCreateSubscriptionRequestPartnerMetadata | Unset = UNSET
    partner_refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_url = self.webhook_url

        lead_form_id = self.lead_form_id

        partner_access_token = self.partner_access_token

        partner_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_metadata, Unset):
            partner_metadata = (
                None if self.partner_metadata is None else self.partner_metadata.to_dict()
            )

        partner_refresh_token = self.partner_refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhook_url": webhook_url,
            }
        )
        if lead_form_id is not UNSET:
            field_dict["lead_form_id"] = lead_form_id
        if partner_access_token is not UNSET:
            field_dict["partner_access_token"] = partner_access_token
        if partner_metadata is not UNSET:
            field_dict["partner_metadata"] = partner_metadata
        if partner_refresh_token is not UNSET:
            field_dict["partner_refresh_token"] = partner_refresh_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ad_account_create_subscription_request_partner_metadata import (
            AdAccountCreateSubscriptionRequestPartnerMetadata,
        )

        d = dict(src_dict)
        webhook_url = d.pop("webhook_url")
        if webhook_url is None:
            webhook_url = tolerate_null("webhook_url")

        lead_form_id = d.pop("lead_form_id", UNSET)
        if lead_form_id is None:
            lead_form_id = tolerate_null("lead_form_id")

        partner_access_token = d.pop("partner_access_token", UNSET)
        if partner_access_token is None:
            partner_access_token = tolerate_null("partner_access_token")

        _partner_metadata = d.pop("partner_metadata", UNSET)
        partner_metadata: AdAccountCreateSubscriptionRequestPartnerMetadata | Unset
        if isinstance(_partner_metadata, Unset):
            partner_metadata = UNSET
        elif _partner_metadata is None:
            partner_metadata = tolerate_null("partner_metadata")
        else:
            partner_metadata = AdAccountCreateSubscriptionRequestPartnerMetadata.from_dict(
                _partner_metadata
            )

        partner_refresh_token = d.pop("partner_refresh_token", UNSET)
        if partner_refresh_token is None:
            partner_refresh_token = tolerate_null("partner_refresh_token")

        ad_account_create_subscription_request = cls(
            webhook_url=webhook_url,
            lead_form_id=lead_form_id,
            partner_access_token=partner_access_token,
            partner_metadata=partner_metadata,
            partner_refresh_token=partner_refresh_token,
        )

        if d:
            tolerate_unknown_fields("AdAccountCreateSubscriptionRequest", d)

        ad_account_create_subscription_request.additional_properties = d
        return ad_account_create_subscription_request

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
