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

T = TypeVar("T", bound="UpdateAssetGroupResponseExceptionsType0Item")


@_attrs_define
class UpdateAssetGroupResponseExceptionsType0Item:
    """
    Attributes:
        asset_group_id (str | Unset): Asset group id of the exception. Example: 666791336903426391.
        code (int | Unset): Error code associated with the error editing asset group. Example: 29.
        message (str | Unset): Error message associated with the error editing asset group. Example: You are not
            permitted to access that resource..
    """

    asset_group_id: str | Unset = UNSET
    code: int | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_group_id = self.asset_group_id

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_group_id is not UNSET:
            field_dict["asset_group_id"] = asset_group_id
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asset_group_id = d.pop("asset_group_id", UNSET)
        if asset_group_id is None:
            asset_group_id = tolerate_null("asset_group_id")

        code = d.pop("code", UNSET)
        if code is None:
            code = tolerate_null("code")

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        update_asset_group_response_exceptions_type_0_item = cls(
            asset_group_id=asset_group_id,
            code=code,
            message=message,
        )

        if d:
            tolerate_unknown_fields("UpdateAssetGroupResponseExceptionsType0Item", d)

        update_asset_group_response_exceptions_type_0_item.additional_properties = d
        return update_asset_group_response_exceptions_type_0_item

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
