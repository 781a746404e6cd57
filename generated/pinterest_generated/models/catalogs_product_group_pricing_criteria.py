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

T = TypeVar("T", bound="CatalogsProductGroupPricingCriteria")


@_attrs_define
class CatalogsProductGroupPricingCriteria:
    """
    Attributes:
        values (float):
        inclusion (bool | Unset):  Default: True.
        negated (bool | Unset):  Default: False.
    """

    values: float
    inclusion: bool | Unset = UNSET
    negated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        inclusion = self.inclusion

        negated = self.negated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "values": values,
            }
        )
        if inclusion is not UNSET:
            field_dict["inclusion"] = inclusion
        if negated is not UNSET:
            field_dict["negated"] = negated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        values = d.pop("values")
        if values is None:
            values = tolerate_null("values")

        inclusion = d.pop("inclusion", UNSET)
        if inclusion is None:
            inclusion = tolerate_null("inclusion")

        negated = d.pop("negated", UNSET)
        if negated is None:
            negated = tolerate_null("negated")

        catalogs_product_group_pricing_criteria = cls(
            values=values,
            inclusion=inclusion,
            negated=negated,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupPricingCriteria", d)
        catalogs_product_group_pricing_criteria.additional_properties = d
        return catalogs_product_group_pricing_criteria

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
