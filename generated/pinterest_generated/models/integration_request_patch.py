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

T = TypeVar("T", bound="IntegrationRequestPatch")


@_attrs_define
class IntegrationRequestPatch:
    """Schema used for updating the integration metadata.

    Attributes:
        additional_id_1 (str | Unset):
        connected_advertiser_id (str | Unset):
        connected_lba_id (str | Unset):
        connected_merchant_id (str | Unset):
        connected_tag_id (str | Unset):
        partner_access_token (str | Unset):
        partner_access_token_expiry (float | Unset):
        partner_metadata (str | Unset):
        partner_primary_email (str | Unset):
        partner_refresh_token (str | Unset):
        partner_refresh_token_expiry (float | Unset):
        scopes (str | Unset):
    """

    additional_id_1: str | Unset = UNSET
    connected_advertiser_id: str | Unset = UNSET
    connected_lba_id: str | Unset = UNSET
    connected_merchant_id: str | Unset = UNSET
    connected_tag_id: str | Unset = UNSET
    partner_access_token: str | Unset = UNSET
    partner_access_token_expiry: float | Unset = UNSET
    partner_metadata: str | Unset = UNSET
    partner_primary_email: str | Unset = UNSET
    partner_refresh_token: str | Unset = UNSET
    partner_refresh_token_expiry: float | Unset = UNSET
    scopes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_id_1 = self.additional_id_1

        connected_advertiser_id = self.connected_advertiser_id

        connected_lba_id = self.connected_lba_id

        connected_merchant_id = self.connected_merchant_id

        connected_tag_id = self.connected_tag_id

        partner_access_token = self.partner_access_token

        partner_access_token_expiry = self.partner_access_token_expiry

        partner_metadata = self.partner_metadata

        partner_primary_email = self.partner_primary_email

        partner_refresh_token = self.partner_refresh_token

        partner_refresh_token_expiry = self.partner_refresh_token_expiry

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_id_1 is not UNSET:
            field_dict["additional_id_1"] = additional_id_1
        if connected_advertiser_id is not UNSET:
            field_dict["connected_advertiser_id"] = connected_advertiser_id
        if connected_lba_id is not UNSET:
            field_dict["connected_lba_id"] = connected_lba_id
        if connected_merchant_id is not UNSET:
            field_dict["connected_merchant_id"] = connected_merchant_id
        if connected_tag_id is not UNSET:
            field_dict["connected_tag_id"] = connected_tag_id
        if partner_access_token is not UNSET:
            field_dict["partner_access_token"] = partner_access_token
        if partner_access_token_expiry is not UNSET:
            field_dict["partner_access_token_expiry"] = partner_access_token_expiry
        if partner_metadata is not UNSET:
            field_dict["partner_metadata"] = partner_metadata
        if partner_primary_email is not UNSET:
            field_dict["partner_primary_email"] = partner_primary_email
        if partner_refresh_token is not UNSET:
            field_dict["partner_refresh_token"] = partner_refresh_token
        if partner_refresh_token_expiry is not UNSET:
            field_dict["partner_refresh_token_expiry"] = partner_refresh_token_expiry
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        additional_id_1 = d.pop("additional_id_1", UNSET)
        if additional_id_1 is None:
            additional_id_1 = tolerate_null("additional_id_1")

        connected_advertiser_id = d.pop("connected_advertiser_id", UNSET)
        if connected_advertiser_id is None:
            connected_advertiser_id = tolerate_null("connected_advertiser_id")

        connected_lba_id = d.pop("connected_lba_id", UNSET)
        if connected_lba_id is None:
            connected_lba_id = tolerate_null("connected_lba_id")

        connected_merchant_id = d.pop("connected_merchant_id", UNSET)
        if connected_merchant_id is None:
            connected_merchant_id = tolerate_null("connected_merchant_id")

        connected_tag_id = d.pop("connected_tag_id", UNSET)
        if connected_tag_id is None:
            connected_tag_id = tolerate_null("connected_tag_id")

        partner_access_token = d.pop("partner_access_token", UNSET)
        if partner_access_token is None:
            partner_access_token = tolerate_null("partner_access_token")

        partner_access_token_expiry = d.pop("partner_access_token_expiry", UNSET)
        if partner_access_token_expiry is None:
            partner_access_token_expiry = tolerate_null("partner_access_token_expiry")

        partner_metadata = d.pop("partner_metadata", UNSET)
        if partner_metadata is None:
            partner_metadata = tolerate_null("partner_metadata")

        partner_primary_email = d.pop("partner_primary_email", UNSET)
        if partner_primary_email is None:
            partner_primary_email = tolerate_null("partner_primary_email")

        partner_refresh_token = d.pop("partner_refresh_token", UNSET)
        if partner_refresh_token is None:
            partner_refresh_token = tolerate_null("partner_refresh_token")

        partner_refresh_token_expiry = d.pop("partner_refresh_token_expiry", UNSET)
        if partner_refresh_token_expiry is None:
            partner_refresh_token_expiry = tolerate_null("partner_refresh_token_expiry")

        scopes = d.pop("scopes", UNSET)
        if scopes is None:
            scopes = tolerate_null("scopes")

        integration_request_patch = cls(
            additional_id_1=additional_id_1,
            connected_advertiser_id=connected_advertiser_id,
            connected_lba_id=connected_lba_id,
            connected_merchant_id=connected_merchant_id,
            connected_tag_id=connected_tag_id,
            partner_access_token=partner_access_token,
            partner_access_token_expiry=partner_access_token_expiry,
            partner_metadata=partner_metadata,
            partner_primary_email=partner_primary_email,
            partner_refresh_token=partner_refresh_token,
            partner_refresh_token_expiry=partner_refresh_token_expiry,
            scopes=scopes,
        )

        if d:
            tolerate_unknown_fields("IntegrationRequestPatch", d)

        integration_request_patch.additional_properties = d
        return integration_request_patch

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
