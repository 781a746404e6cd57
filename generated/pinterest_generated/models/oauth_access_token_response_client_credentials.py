from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth_access_token_response_client_credentials_response_type import (
    OauthAccessTokenResponseClientCredentialsResponseType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OauthAccessTokenResponseClientCredentials")


@_attrs_define
class OauthAccessTokenResponseClientCredentials:
    """A successful OAuth client token response for the client token flow.

    Attributes:
        access_token (str):
        expires_in (int):
        scope (str):
        token_type (str):  Default: 'bearer'.
        response_type (OauthAccessTokenResponseClientCredentialsResponseType | Unset):
    """

    access_token: str
    expires_in: int
    scope: str
    token_type: str = "bearer"
    response_type: OauthAccessTokenResponseClientCredentialsResponseType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        scope = self.scope

        token_type = self.token_type

        response_type: str | Unset = UNSET
        if not isinstance(self.response_type, Unset):
            response_type = None if self.response_type is None else self.response_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "scope": scope,
                "token_type": token_type,
            }
        )
        if response_type is not UNSET:
            field_dict["response_type"] = response_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token")
        if access_token is None:
            access_token = tolerate_null("access_token")

        expires_in = d.pop("expires_in")
        if expires_in is None:
            expires_in = tolerate_null("expires_in")

        scope = d.pop("scope")
        if scope is None:
            scope = tolerate_null("scope")

        token_type = d.pop("token_type")
        if token_type is None:
            token_type = tolerate_null("token_type")

        _response_type = d.pop("response_type", UNSET)
        response_type: OauthAccessTokenResponseClientCredentialsResponseType | Unset
        if isinstance(_response_type, Unset):
            response_type = UNSET
        elif _response_type is None:
            response_type = tolerate_null("response_type")
        else:
            response_type = OauthAccessTokenResponseClientCredentialsResponseType(_response_type)

        oauth_access_token_response_client_credentials = cls(
            access_token=access_token,
            expires_in=expires_in,
            scope=scope,
            token_type=token_type,
            response_type=response_type,
        )

        if d:
            tolerate_unknown_fields("OauthAccessTokenResponseClientCredentials", d)

        oauth_access_token_response_client_credentials.additional_properties = d
        return oauth_access_token_response_client_credentials

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
