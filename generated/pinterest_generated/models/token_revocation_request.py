from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_revocation_request_token_type_hint import TokenRevocationRequestTokenTypeHint
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TokenRevocationRequest")


@_attrs_define
class TokenRevocationRequest:
    """Describes the valid schema for token revocation requests.

    Attributes:
        token (str): The token to revoke. Example: pinr.eyJhbGciOiJS....
        token_type_hint (TokenRevocationRequestTokenTypeHint | Unset): The type of the token to revoke. Please refer to
            [our developer guide for more information](https://developers.pinterest.com/docs/getting-started/set-up-
            authentication-and-authorization/) for more information.
    """

    token: str
    token_type_hint: TokenRevocationRequestTokenTypeHint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_type_hint: str | Unset = UNSET
        if not isinstance(self.token_type_hint, Unset):
            token_type_hint = None if self.token_type_hint is None else self.token_type_hint.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
            }
        )
        if token_type_hint is not UNSET:
            field_dict["token_type_hint"] = token_type_hint

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")
        if token is None:
            token = tolerate_null("token")

        _token_type_hint = d.pop("token_type_hint", UNSET)
        token_type_hint: TokenRevocationRequestTokenTypeHint | Unset
        if isinstance(_token_type_hint, Unset):
            token_type_hint = UNSET
        elif _token_type_hint is None:
            token_type_hint = tolerate_null("token_type_hint")
        else:
            token_type_hint = TokenRevocationRequestTokenTypeHint(_token_type_hint)

        token_revocation_request = cls(
            token=token,
            token_type_hint=token_type_hint,
        )

        if d:
            tolerate_unknown_fields("TokenRevocationRequest", d)

        token_revocation_request.additional_properties = d
        return token_revocation_request

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
