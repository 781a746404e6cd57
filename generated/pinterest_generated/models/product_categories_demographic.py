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
    from ..models.gender_demographics import GenderDemographics
    from ..models.product_categories_demographic_age import ProductCategoriesDemographicAge


T = TypeVar("T", bound="ProductCategoriesDemographic")


@_attrs_define
class ProductCategoriesDemographic:
    """Age and gender distribution who engaged with this product category in the past 3 months

    Attributes:
        age (ProductCategoriesDemographicAge): Age demographic distribution
        gender (GenderDemographics): Gender demographic distribution
    """

    age: ProductCategoriesDemographicAge
    gender: GenderDemographics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        age = None if self.age is None else self.age.to_dict()

        gender = None if self.gender is None else self.gender.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "age": age,
                "gender": gender,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.gender_demographics import GenderDemographics
        from ..models.product_categories_demographic_age import ProductCategoriesDemographicAge

        d = dict(src_dict)
        _age = d.pop("age")
        age = (
            tolerate_null("age")
            if _age is None
            else ProductCategoriesDemographicAge.from_dict(_age)
        )

        _gender = d.pop("gender")
        gender = (
            tolerate_null("gender") if _gender is None else GenderDemographics.from_dict(_gender)
        )

        product_categories_demographic = cls(
            age=age,
            gender=gender,
        )

        if d:
            tolerate_unknown_fields("ProductCategoriesDemographic", d)

        product_categories_demographic.additional_properties = d
        return product_categories_demographic

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
