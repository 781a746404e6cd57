from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth_access_token_request_refresh_grant_type import (
    OauthAccessTokenRequestRefreshGrantType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OauthAccessTokenRequestRefresh")


@_attrs_define
class OauthAccessTokenRequestRefresh:
    """A request to exchange a refresh token for a new access token.

    Attributes:
        refresh_token (str):
        grant_type (OauthAccessTokenRequestRefreshGrantType):
        scope (str | Unset):
    """

    refresh_token: str
    grant_type: OauthAccessTokenRequestRefreshGrantType
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refresh_token = self.refresh_token

        grant_type = None if self.grant_type is None else self.grant_type.value

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refresh_token": refresh_token,
                "grant_type": grant_type,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        refresh_token = d.pop("refresh_token")
        if refresh_token is None:
            refresh_token = tolerate_null("refresh_token")

        _grant_type = d.pop("grant_type")
        grant_type = (
            tolerate_null("grant_type")
            if _grant_type is None
            else OauthAccessTokenRequestRefreshGrantType(_grant_type)
        )

        scope = d.pop("scope", UNSET)
        if scope is None:
            scope = tolerate_null("scope")

        oauth_access_token_request_refresh = cls(
            refresh_token=refresh_token,
            grant_type=grant_type,
            scope=scope,
        )

        if d:
            tolerate_unknown_fields("OauthAccessTokenRequestRefresh", d)

        oauth_access_token_request_refresh.additional_properties = d
        return oauth_access_token_request_refresh

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
