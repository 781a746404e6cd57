from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.brand_accounts_create_body_image_base_64_content_type import (
    BrandAccountsCreateBodyImageBase64ContentType,
)
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BrandAccountsCreateBodyImageBase64")


@_attrs_define
class BrandAccountsCreateBodyImageBase64:
    """Base64-encoded image media source

    Attributes:
        content_type (BrandAccountsCreateBodyImageBase64ContentType):
        data (str):
    """

    content_type: BrandAccountsCreateBodyImageBase64ContentType
    data: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_type = None if self.content_type is None else self.content_type.value

        data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_type": content_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _content_type = d.pop("content_type")
        content_type = (
            tolerate_null("content_type")
            if _content_type is None
            else BrandAccountsCreateBodyImageBase64ContentType(_content_type)
        )

        data = d.pop("data")
        if data is None:
            data = tolerate_null("data")

        brand_accounts_create_body_image_base_64 = cls(
            content_type=content_type,
            data=data,
        )

        if d:
            tolerate_unknown_fields("BrandAccountsCreateBodyImageBase64", d)

        brand_accounts_create_body_image_base_64.additional_properties = d
        return brand_accounts_create_body_image_base_64

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
