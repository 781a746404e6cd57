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

T = TypeVar("T", bound="FollowUserRequest")


@_attrs_define
class FollowUserRequest:
    """
    Attributes:
        auto_follow (bool | Unset): Whether this request comes as result of auto-follow after clicking on a link. Follow
            links can be used by partners on their site or in emails. Only selected partners can be followed this way. We
            verify that partner can be auto-followed. Default: False. Example: False.
    """

    auto_follow: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_follow = self.auto_follow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_follow is not UNSET:
            field_dict["auto_follow"] = auto_follow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        auto_follow = d.pop("auto_follow", UNSET)
        if auto_follow is None:
            auto_follow = tolerate_null("auto_follow")

        follow_user_request = cls(
            auto_follow=auto_follow,
        )

        if d:
            tolerate_unknown_fields("FollowUserRequest", d)

        follow_user_request.additional_properties = d
        return follow_user_request

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
