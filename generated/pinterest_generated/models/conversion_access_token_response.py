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

T = TypeVar("T", bound="ConversionAccessTokenResponse")


@_attrs_define
class ConversionAccessTokenResponse:
    """A successful conversion access token response.

    Attributes:
        access_token (str):
        token_type (str | Unset):  Default: 'conversion'.
    """

    access_token: str
    token_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        access_token = d.pop("access_token")
        if access_token is None:
            access_token = tolerate_null("access_token")

        token_type = d.pop("token_type", UNSET)
        if token_type is None:
            token_type = tolerate_null("token_type")

        conversion_access_token_response = cls(
            access_token=access_token,
            token_type=token_type,
        )

        if d:
            tolerate_unknown_fields("ConversionAccessTokenResponse", d)

        conversion_access_token_response.additional_properties = d
        return conversion_access_token_response

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
