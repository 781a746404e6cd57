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

T = TypeVar("T", bound="CreateAssetAccessRequestErrorMessageType0Item")


@_attrs_define
class CreateAssetAccessRequestErrorMessageType0Item:
    """
    Attributes:
        code (int | Unset): Error code associated with the error in requesting asset access. Example: 2932.
        messages (list[str] | Unset):  Example: ['Invalid asset id: 549760723247', 'Invalid asset id: 546760723248'].
    """

    code: int | Unset = UNSET
    messages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)
        if code is None:
            code = tolerate_null("code")

        _messages = d.pop("messages", UNSET)
        messages = tolerate_null("messages") if _messages is None else cast(list[str], _messages)

        create_asset_access_request_error_message_type_0_item = cls(
            code=code,
            messages=messages,
        )

        if d:
            tolerate_unknown_fields("CreateAssetAccessRequestErrorMessageType0Item", d)

        create_asset_access_request_error_message_type_0_item.additional_properties = d
        return create_asset_access_request_error_message_type_0_item

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
