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
    from ..models.brand_accounts_update_body_image_base_64 import BrandAccountsUpdateBodyImageBase64


T = TypeVar("T", bound="BrandAccountsUpdateBody")


@_attrs_define
class BrandAccountsUpdateBody:
    """
    Attributes:
        name (str | Unset): Brand Account name Example: Canada Stores.
        username (str | Unset): Brand Account username Example: canada_stores.
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        about (str | Unset): Brand Account about information Example: Stores in Canada.
        website (str | Unset): Brand Account website Example: https://www.example.com.
        profile_image (BrandAccountsUpdateBodyImageBase64 | Unset): Base64-encoded image media source
    """

    name: str | Unset = UNSET
    username: str | Unset = UNSET
    country: Country | Unset = UNSET
    about: str | Unset = UNSET
    website: str | Unset = UNSET
    profile_image: BrandAccountsUpdateBodyImageBase64 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        username = self.username

        country: str | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = None if self.country is None else self.country.value

        about = self.about

        website = self.website

        profile_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile_image, Unset):
            profile_image = None if self.profile_image is None else self.profile_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if country is not UNSET:
            field_dict["country"] = country
        if about is not UNSET:
            field_dict["about"] = about
        if website is not UNSET:
            field_dict["website"] = website
        if profile_image is not UNSET:
            field_dict["profile_image"] = profile_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.brand_accounts_update_body_image_base_64 import (
            BrandAccountsUpdateBodyImageBase64,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        username = d.pop("username", UNSET)
        if username is None:
            username = tolerate_null("username")

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        elif _country is None:
            country = tolerate_null("country")
        else:
            country = Country(_country)

        about = d.pop("about", UNSET)
        if about is None:
            about = tolerate_null("about")

        website = d.pop("website", UNSET)
        if website is None:
            website = tolerate_null("website")

        _profile_image = d.pop("profile_image", UNSET)
        profile_image: BrandAccountsUpdateBodyImageBase64 | Unset
        if isinstance(_profile_image, Unset):
            profile_image = UNSET
        elif _profile_image is None:
            profile_image = tolerate_null("profile_image")
        else:
            profile_image = BrandAccountsUpdateBodyImageBase64.from_dict(_profile_image)

        brand_accounts_update_body = cls(
            name=name,
            username=username,
            country=country,
            about=about,
            website=website,
            profile_image=profile_image,
        )

        if d:
            tolerate_unknown_fields("BrandAccountsUpdateBody", d)

        brand_accounts_update_body.additional_properties = d
        return brand_accounts_update_body

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
