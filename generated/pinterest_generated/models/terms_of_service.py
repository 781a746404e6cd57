from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TermsOfService")


@_attrs_define
class TermsOfService:
    """
    Example:
        {'has_accepted': True, 'html': 'example test', 'id': '2650449554526', 'ad_account_id': '549755885175'}

    Attributes:
        ad_account_id (str | Unset): The ID of the ad account. Example: 549755885175.
        has_accepted (bool | Unset): Whether the ad account has accepted terms of service. Example: True.
        html (None | str | Unset): The terms of service content Example: example test.
        id (str | Unset): The ID of the terms of service Example: 2650449554526.
    """

    ad_account_id: str | Unset = UNSET
    has_accepted: bool | Unset = UNSET
    html: None | str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_account_id = self.ad_account_id

        has_accepted = self.has_accepted

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if has_accepted is not UNSET:
            field_dict["has_accepted"] = has_accepted
        if html is not UNSET:
            field_dict["html"] = html
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        has_accepted = d.pop("has_accepted", UNSET)
        if has_accepted is None:
            has_accepted = tolerate_null("has_accepted")

        def _parse_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_html(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        html = _parse_html(d.pop("html", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        terms_of_service = cls(
            ad_account_id=ad_account_id,
            has_accepted=has_accepted,
            html=html,
            id=id,
        )

        if d:
            tolerate_unknown_fields("TermsOfService", d)

        terms_of_service.additional_properties = d
        return terms_of_service

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
