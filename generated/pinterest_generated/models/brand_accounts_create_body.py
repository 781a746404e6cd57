from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.brand_accounts_create_body_image_base_64 import BrandAccountsCreateBodyImageBase64


T = TypeVar("T", bound="BrandAccountsCreateBody")


@_attrs_define
class BrandAccountsCreateBody:
    """
    Attributes:
        name (str): Brand Account name Example: Canada Stores.
        username (str): Brand Account username Example: canada_stores.
        country (Country): Country ID from ISO 3166-1 alpha-2.
        about (str | Unset): Brand Account about information Example: Stores in Canada.
        website (str | Unset): Brand Account website Example: https://www.example.com.
        profile_image (BrandAccountsCreateBodyImageBase64 | Unset): Base64-encoded image media source
    """

    name: str
    username: str
    country: Country
    about: str | Unset = UNSET
    website: str | Unset = UNSET
    profile_image: BrandAccountsCreateBodyImageBase64 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        username = self.username

        country = None if self.country is None else self.country.value

        about = self.about

        website = self.website

        profile_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_image, Unset):
            profile_image = None if self.profile_image is None else self.profile_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "username": username,
                "country": country,
            }
        )
        if about is not UNSET:
            field_dict["about"] = about
        if website is not UNSET:
            field_dict["website"] = website
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_accounts_create_body_image_base_64 import (
            BrandAccountsCreateBodyImageBase64,
        )

        d = dict(src_dict)
        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        username = d.pop("username")
        if username is None:
            username = tolerate_null("username")

        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        about = d.pop("about", UNSET)
        if about is None:
            about = tolerate_null("about")

        website = d.pop("website", UNSET)
        if website is None:
            website = tolerate_null("website")

        _profile_image = d.pop("profile_image", UNSET)
        profile_image: BrandAccountsCreateBodyImageBase64 | Unset
        if isinstance(_profile_image, Unset):
            profile_image = UNSET
        elif _profile_image is None:
            profile_image = tolerate_null("profile_image")
        else:
            profile_image = BrandAccountsCreateBodyImageBase64.from_dict(_profile_image)

        brand_accounts_create_body = cls(
            name=name,
            username=username,
            country=country,
            about=about,
            website=website,
            profile_image=profile_image,
        )

        if d:
            tolerate_unknown_fields("BrandAccountsCreateBody", d)

        brand_accounts_create_body.additional_properties = d
        return brand_accounts_create_body

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
