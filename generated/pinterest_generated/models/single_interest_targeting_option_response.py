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

T = TypeVar("T", bound="SingleInterestTargetingOptionResponse")


@_attrs_define
class SingleInterestTargetingOptionResponse:
    """
    Attributes:
        child_interests (list[str] | Unset):
        id (str | Unset):  Example: 945391946569.
        level (int | Unset):  Example: 2.
        name (str | Unset):  Example: Dress.
    """

    child_interests: list[str] | Unset = UNSET
    id: str | Unset = UNSET
    level: int | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        child_interests: list[str] | Unset = UNSET
        if not isinstance(self.child_interests, Unset):
            child_interests = self.child_interests

        id = self.id

        level = self.level

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if child_interests is not UNSET:
            field_dict["child_interests"] = child_interests
        if id is not UNSET:
            field_dict["id"] = id
        if level is not UNSET:
            field_dict["level"] = level
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _child_interests = d.pop("child_interests", UNSET)
        child_interests = (
            tolerate_null("child_interests")
            if _child_interests is None
            else cast(list[str], _child_interests)
        )

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        level = d.pop("level", UNSET)
        if level is None:
            level = tolerate_null("level")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        single_interest_targeting_option_response = cls(
            child_interests=child_interests,
            id=id,
            level=level,
            name=name,
        )

        if d:
            tolerate_unknown_fields("SingleInterestTargetingOptionResponse", d)

        single_interest_targeting_option_response.additional_properties = d
        return single_interest_targeting_option_response

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
