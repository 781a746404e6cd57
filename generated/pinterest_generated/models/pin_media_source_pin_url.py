from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pin_media_source_pin_url_source_type import PinMediaSourcePinURLSourceType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PinMediaSourcePinURL")


@_attrs_define
class PinMediaSourcePinURL:
    """Pin URL-based media source for product pin creation. Currently the field is only available to a list of beta users.

    Attributes:
        source_type (PinMediaSourcePinURLSourceType):
        is_affiliate_link (bool | Unset): This is an affiliate link or sponsored product. The FTC requires disclosure
            for paid partnerships and affiliate products. Default: False.
    """

    source_type: PinMediaSourcePinURLSourceType
    is_affiliate_link: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type = None if self.source_type is None else self.source_type.value

        is_affiliate_link = self.is_affiliate_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
            }
        )
        if is_affiliate_link is not UNSET:
            field_dict["is_affiliate_link"] = is_affiliate_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _source_type = d.pop("source_type")
        source_type = (
            tolerate_null("source_type")
            if _source_type is None
            else PinMediaSourcePinURLSourceType(_source_type)
        )

        is_affiliate_link = d.pop("is_affiliate_link", UNSET)
        if is_affiliate_link is None:
            is_affiliate_link = tolerate_null("is_affiliate_link")

        pin_media_source_pin_url = cls(
            source_type=source_type,
            is_affiliate_link=is_affiliate_link,
        )

        if d:
            tolerate_unknown_fields("PinMediaSourcePinURL", d)

        pin_media_source_pin_url.additional_properties = d
        return pin_media_source_pin_url

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
