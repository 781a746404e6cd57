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

T = TypeVar("T", bound="QuizPinOption")


@_attrs_define
class QuizPinOption:
    """This field contains multiple options to a quiz question.

    Example:
        {'id': 1, 'text': 'Where do you thrive?'}

    Attributes:
        id (float | Unset):
        text (str | Unset):
    """

    id: float | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        text = d.pop("text", UNSET)
        if text is None:
            text = tolerate_null("text")

        quiz_pin_option = cls(
            id=id,
            text=text,
        )

        if d:
            tolerate_unknown_fields("QuizPinOption", d)

        quiz_pin_option.additional_properties = d
        return quiz_pin_option

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
