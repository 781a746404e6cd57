from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="TrackingUrls")


@_attrs_define
class TrackingUrls:
    """Third-party tracking URLs. Up to three tracking URLs - with a max length of 2,000 - are supported for each event
    type. Tracking URLs set at the ad group or ad level can override those set at the campaign level. For more
    information, see <a href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking"
    target="_blank">Third-party and dynamic tracking</a>.

        Example:
            {'impression': ['URL1', 'URL2'], 'click': ['URL1', 'URL2'], 'engagement': ['URL1', 'URL2'], 'buyable_button':
                ['URL1', 'URL2'], 'audience_verification': ['URL1', 'URL2']}

        Attributes:
            audience_verification (list[str] | Unset):
            buyable_button (list[str] | Unset):
            click (list[str] | Unset):
            engagement (list[str] | Unset):
            impression (list[str] | Unset):
    """

    audience_verification: list[str] | Unset = UNSET
    buyable_button: list[str] | Unset = UNSET
    click: list[str] | Unset = UNSET
    engagement: list[str] | Unset = UNSET
    impression: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audience_verification: list[str] | Unset = UNSET
        if not isinstance(self.audience_verification, Unset):
            audience_verification = self.audience_verification

        buyable_button: list[str] | Unset = UNSET
        if not isinstance(self.buyable_button, Unset):
            buyable_button = self.buyable_button

        click: list[str] | Unset = UNSET
        if not isinstance(self.click, Unset):
            click = self.click

        engagement: list[str] | Unset = UNSET
        if not isinstance(self.engagement, Unset):
            engagement = self.engagement

        impression: list[str] | Unset = UNSET
        if not isinstance(self.impression, Unset):
            impression = self.impression

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audience_verification is not UNSET:
            field_dict["audience_verification"] = audience_verification
        if buyable_button is not UNSET:
            field_dict["buyable_button"] = buyable_button
        if click is not UNSET:
            field_dict["click"] = click
        if engagement is not UNSET:
            field_dict["engagement"] = engagement
        if impression is not UNSET:
            field_dict["impression"] = impression

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _audience_verification = d.pop("audience_verification", UNSET)
        audience_verification = (
            tolerate_null("audience_verification")
            if _audience_verification is None
            else cast(list[str], _audience_verification)
        )

        _buyable_button = d.pop("buyable_button", UNSET)
        buyable_button = (
            tolerate_null("buyable_button")
            if _buyable_button is None
            else cast(list[str], _buyable_button)
        )

        _click = d.pop("click", UNSET)
        click = tolerate_null("click") if _click is None else cast(list[str], _click)

        _engagement = d.pop("engagement", UNSET)
        engagement = (
            tolerate_null("engagement") if _engagement is None else cast(list[str], _engagement)
        )

        _impression = d.pop("impression", UNSET)
        impression = (
            tolerate_null("impression") if _impression is None else cast(list[str], _impression)
        )

        tracking_urls = cls(
            audience_verification=audience_verification,
            buyable_button=buyable_button,
            click=click,
            engagement=engagement,
            impression=impression,
        )

        if d:
            tolerate_unknown_fields("TrackingUrls", d)

        tracking_urls.additional_properties = d
        return tracking_urls

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
