from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_product_group_uint_32_criteria_operator import (
    CatalogsProductGroupUint32CriteriaOperator,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsProductGroupUint32Criteria")


@_attrs_define
class CatalogsProductGroupUint32Criteria:
    """
    Attributes:
        operator (CatalogsProductGroupUint32CriteriaOperator):
        value (int):
        negated (bool | Unset):  Default: False.
    """

    operator: CatalogsProductGroupUint32CriteriaOperator
    value: int
    negated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator = None if self.operator is None else self.operator.value

        value = self.value

        negated = self.negated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "operator": operator,
                "value": value,
            }
        )
        if negated is not UNSET:
            field_dict["negated"] = negated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _operator = d.pop("operator")
        operator = (
            tolerate_null("operator")
            if _operator is None
            else CatalogsProductGroupUint32CriteriaOperator(_operator)
        )

        value = d.pop("value")
        if value is None:
            value = tolerate_null("value")

        negated = d.pop("negated", UNSET)
        if negated is None:
            negated = tolerate_null("negated")

        catalogs_product_group_uint_32_criteria = cls(
            operator=operator,
            value=value,
            negated=negated,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupUint32Criteria", d)
        catalogs_product_group_uint_32_criteria.additional_properties = d
        return catalogs_product_group_uint_32_criteria

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
