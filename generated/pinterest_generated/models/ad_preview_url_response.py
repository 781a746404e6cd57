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

T = TypeVar("T", bound="AdPreviewURLResponse")


@_attrs_define
class AdPreviewURLResponse:
    """
    Example:
        {'url': 'https://ads.pinterest.com/ad-
            preview/58f1a0e9ab0bd0f99462a0e4c5dd7e8297888c8a36331e88f757abe8f0295d31/'}

    Attributes:
        url (str | Unset): 'Preview URL, expires in 7 days. Can be used in an iframe.
            For example: https://ads.pinterest.com/ad-preview/74667c814dd2b19/
            The preview object ID/key is the last param - 74667c814dd2b19' Example: https://ads.pinterest.com/ad-
            preview/58f1a0e9ab0bd0f99462a0e4c5dd7e8297888c8a36331e88f757abe8f0295d31/.
    """

    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)
        if url is None:
            url = tolerate_null("url")

        ad_preview_url_response = cls(
            url=url,
        )

        if d:
            tolerate_unknown_fields("AdPreviewURLResponse", d)

        ad_preview_url_response.additional_properties = d
        return ad_preview_url_response

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
