from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.keyword import Keyword


T = TypeVar("T", bound="KeywordError")


@_attrs_define
class KeywordError:
    """
    Attributes:
        data (Keyword | Unset):
        error_messages (list[str] | Unset):
    """

    data: Keyword | Unset = UNSET
    error_messages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = None if self.data is None else self.data.to_dict()

        error_messages: list[str] | Unset = UNSET
        if not isinstance(self.error_messages, Unset):
            error_messages = self.error_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if error_messages is not UNSET:
            field_dict["error_messages"] = error_messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.keyword import Keyword

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: Keyword | Unset
        if isinstance(_data, Unset):
            data = UNSET
        elif _data is None:
            data = tolerate_null("data")
        else:
            data = Keyword.from_dict(_data)

        _error_messages = d.pop("error_messages", UNSET)
        error_messages = (
            tolerate_null("error_messages")
            if _error_messages is None
            else cast(list[str], _error_messages)
        )

        keyword_error = cls(
            data=data,
            error_messages=error_messages,
        )

        if d:
            tolerate_unknown_fields("KeywordError", d)

        keyword_error.additional_properties = d
        return keyword_error

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
