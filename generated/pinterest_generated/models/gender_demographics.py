from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="GenderDemographics")


@_attrs_define
class GenderDemographics:
    """Gender demographic distribution

    Attributes:
        female (float): Percentage of female users
        male (float): Percentage of male users
        unspecified (float): Percentage of users with unspecified gender
    """

    female: float
    male: float
    unspecified: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        female = self.female

        male = self.male

        unspecified = self.unspecified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "female": female,
                "male": male,
                "unspecified": unspecified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        female = d.pop("female")
        if female is None:
            female = tolerate_null("female")

        male = d.pop("male")
        if male is None:
            male = tolerate_null("male")

        unspecified = d.pop("unspecified")
        if unspecified is None:
            unspecified = tolerate_null("unspecified")

        gender_demographics = cls(
            female=female,
            male=male,
            unspecified=unspecified,
        )

        if d:
            tolerate_unknown_fields("GenderDemographics", d)

        gender_demographics.additional_properties = d
        return gender_demographics

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
