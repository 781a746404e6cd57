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

T = TypeVar("T", bound="UserWebsiteSummary")


@_attrs_define
class UserWebsiteSummary:
    """
    Attributes:
        status (str | Unset): Status of the verification process Example: success.
        verified_at (str | Unset): UTC timestamp when the verification happened - sometimes missing Example:
            2022-12-14T21:03:01.602000.
        website (str | Unset): Website with path or domain only Example: mysite.test.
    """

    status: str | Unset = UNSET
    verified_at: str | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        verified_at = self.verified_at

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)
        if status is None:
            status = tolerate_null("status")

        verified_at = d.pop("verified_at", UNSET)
        if verified_at is None:
            verified_at = tolerate_null("verified_at")

        website = d.pop("website", UNSET)
        if website is None:
            website = tolerate_null("website")

        user_website_summary = cls(
            status=status,
            verified_at=verified_at,
            website=website,
        )

        if d:
            tolerate_unknown_fields("UserWebsiteSummary", d)

        user_website_summary.additional_properties = d
        return user_website_summary

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
