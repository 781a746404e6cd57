from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.oauth_access_token_request_grant_type import OauthAccessTokenRequestGrantType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="OauthAccessTokenRequest")


@_attrs_define
class OauthAccessTokenRequest:
    """Describes the valid schema for possible OAuth access token requests.

    Attributes:
        grant_type (OauthAccessTokenRequestGrantType):
    """

    grant_type: OauthAccessTokenRequestGrantType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = None if self.grant_type is None else self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _grant_type = d.pop("grant_type")
        grant_type = (
            tolerate_null("grant_type")
            if _grant_type is None
            else OauthAccessTokenRequestGrantType(_grant_type)
        )

        oauth_access_token_request = cls(
            grant_type=grant_type,
        )

        if d:
            tolerate_unknown_fields("OauthAccessTokenRequest", d)

        oauth_access_token_request.additional_properties = d
        return oauth_access_token_request

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
