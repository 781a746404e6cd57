from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_website_verify_request_verification_method import (
    UserWebsiteVerifyRequestVerificationMethod,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="UserWebsiteVerifyRequest")


@_attrs_define
class UserWebsiteVerifyRequest:
    """User website verification request

    Attributes:
        verification_method (UserWebsiteVerifyRequestVerificationMethod | Unset):  Default:
            UserWebsiteVerifyRequestVerificationMethod.METATAG.
        website (str | Unset):  Example: pintest-website-12345678.test/test_1.
    """

    verification_method: UserWebsiteVerifyRequestVerificationMethod | Unset = UNSET
    website: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = (
                None if self.verification_method is None else self.verification_method.value
            )

        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _verification_method = d.pop("verification_method", UNSET)
        verification_method: UserWebsiteVerifyRequestVerificationMethod | Unset
        if isinstance(_verification_method, Unset):
            verification_method = UNSET
        elif _verification_method is None:
            verification_method = tolerate_null("verification_method")
        else:
            verification_method = UserWebsiteVerifyRequestVerificationMethod(_verification_method)

        website = d.pop("website", UNSET)
        if website is None:
            website = tolerate_null("website")

        user_website_verify_request = cls(
            verification_method=verification_method,
            website=website,
        )

        if d:
            tolerate_unknown_fields("UserWebsiteVerifyRequest", d)

        user_website_verify_request.additional_properties = d
        return user_website_verify_request

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
