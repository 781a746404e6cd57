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
    from ..models.catalogs_product_group_multiple_countries_criteria import (
        CatalogsProductGroupMultipleCountriesCriteria,
    )


T = TypeVar("T", bound="CountryFilter")


@_attrs_define
class CountryFilter:
    """
    Attributes:
        country (CatalogsProductGroupMultipleCountriesCriteria):
    """

    country: CatalogsProductGroupMultipleCountriesCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = None if self.country is None else self.country.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "COUNTRY": country,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_countries_criteria import (
            CatalogsProductGroupMultipleCountriesCriteria,
        )

        d = dict(src_dict)
        _country = d.pop("COUNTRY")
        country = (
            tolerate_null("COUNTRY")
            if _country is None
            else CatalogsProductGroupMultipleCountriesCriteria.from_dict(_country)
        )

        country_filter = cls(
            country=country,
        )

        if d:
            tolerate_unknown_fields("CountryFilter", d)
        country_filter.additional_properties = d
        return country_filter

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
