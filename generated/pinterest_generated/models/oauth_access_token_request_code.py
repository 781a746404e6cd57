from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth_access_token_request_code_grant_type import OauthAccessTokenRequestCodeGrantType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OauthAccessTokenRequestCode")


@_attrs_define
class OauthAccessTokenRequestCode:
    """A request to exchange an authorization code for an access token.

    Attributes:
        code (str):
        redirect_uri (str):
        grant_type (OauthAccessTokenRequestCodeGrantType):
    """

    code: str
    redirect_uri: str
    grant_type: OauthAccessTokenRequestCodeGrantType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        redirect_uri = self.redirect_uri

        grant_type = None if self.grant_type is None else self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "redirect_uri": redirect_uri,
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")
        if code is None:
            code = tolerate_null("code")

        redirect_uri = d.pop("redirect_uri")
        if redirect_uri is None:
            redirect_uri = tolerate_null("redirect_uri")

        _grant_type = d.pop("grant_type")
        grant_type = (
            tolerate_null("grant_type")
            if _grant_type is None
            else OauthAccessTokenRequestCodeGrantType(_grant_type)
        )

        oauth_access_token_request_code = cls(
            code=code,
            redirect_uri=redirect_uri,
            grant_type=grant_type,
        )

        if d:
            tolerate_unknown_fields("OauthAccessTokenRequestCode", d)

        oauth_access_token_request_code.additional_properties = d
        return oauth_access_token_request_code

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
