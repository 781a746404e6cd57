from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth_access_token_request_client_credentials_grant_type import (
    OauthAccessTokenRequestClientCredentialsGrantType,
)
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OauthAccessTokenRequestClientCredentials")


@_attrs_define
class OauthAccessTokenRequestClientCredentials:
    """A request to receive a client token.

    Attributes:
        scope (str):
        grant_type (OauthAccessTokenRequestClientCredentialsGrantType):
    """

    scope: str
    grant_type: OauthAccessTokenRequestClientCredentialsGrantType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope

        grant_type = None if self.grant_type is None else self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scope = d.pop("scope")
        if scope is None:
            scope = tolerate_null("scope")

        _grant_type = d.pop("grant_type")
        grant_type = (
            tolerate_null("grant_type")
            if _grant_type is None
            else OauthAccessTokenRequestClientCredentialsGrantType(_grant_type)
        )

        oauth_access_token_request_client_credentials = cls(
            scope=scope,
            grant_type=grant_type,
        )

        if d:
            tolerate_unknown_fields("OauthAccessTokenRequestClientCredentials", d)

        oauth_access_token_request_client_credentials.additional_properties = d
        return oauth_access_token_request_client_credentials

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
