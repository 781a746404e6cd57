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
    from ..models.catalogs_product_group_multiple_string_criteria import (
        CatalogsProductGroupMultipleStringCriteria,
    )


T = TypeVar("T", bound="ConditionFilter")


@_attrs_define
class ConditionFilter:
    """
    Attributes:
        condition (CatalogsProductGroupMultipleStringCriteria):
    """

    condition: CatalogsProductGroupMultipleStringCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = None if self.condition is None else self.condition.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "CONDITION": condition,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_string_criteria import (
            CatalogsProductGroupMultipleStringCriteria,
        )

        d = dict(src_dict)
        _condition = d.pop("CONDITION")
        condition = (
            tolerate_null("CONDITION")
            if _condition is None
            else CatalogsProductGroupMultipleStringCriteria.from_dict(_condition)
        )

        condition_filter = cls(
            condition=condition,
        )

        if d:
            tolerate_unknown_fields("ConditionFilter", d)
        condition_filter.additional_properties = d
        return condition_filter

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
