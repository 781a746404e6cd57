from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_product_group_multiple_gender_criteria import (
        CatalogsProductGroupMultipleGenderCriteria,
    )


T = TypeVar("T", bound="GenderFilter")


@_attrs_define
class GenderFilter:
    """
    Attributes:
        gender (CatalogsProductGroupMultipleGenderCriteria):
    """

    gender: CatalogsProductGroupMultipleGenderCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender = None if self.gender is None else self.gender.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "GENDER": gender,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_gender_criteria import (
            CatalogsProductGroupMultipleGenderCriteria,
        )

        d = dict(src_dict)
        _gender = d.pop("GENDER")
        gender = (
            tolerate_null("GENDER")
            if _gender is None
            else CatalogsProductGroupMultipleGenderCriteria.from_dict(_gender)
        )

        gender_filter = cls(
            gender=gender,
        )

        if d:
            tolerate_unknown_fields("GenderFilter", d)
        gender_filter.additional_properties = d
        return gender_filter

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
