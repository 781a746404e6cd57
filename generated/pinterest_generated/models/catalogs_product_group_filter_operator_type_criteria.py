from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_product_group_filter_operator_type_criteria_filter_operator_type import (
    CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsProductGroupFilterOperatorTypeCriteria")


@_attrs_define
class CatalogsProductGroupFilterOperatorTypeCriteria:
    """
    Attributes:
        values (list[str]):
        filter_operator_type (CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType | Unset):  Default:
            CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType.IS.
        negated (bool | Unset):  Default: False.
    """

    values: list[str]
    filter_operator_type: (
        CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType | Unset
    ) = UNSET
    negated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = self.values

        filter_operator_type: str | Unset = UNSET
        if not isinstance(self.filter_operator_type, Unset):
            filter_operator_type = (
                None if self.filter_operator_type is None else self.filter_operator_type.value
            )

        negated = self.negated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "values": values,
            }
        )
        if filter_operator_type is not UNSET:
            field_dict["filter_operator_type"] = filter_operator_type
        if negated is not UNSET:
            field_dict["negated"] = negated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _values = d.pop("values")
        values = tolerate_null("values") if _values is None else cast(list[str], _values)

        _filter_operator_type = d.pop("filter_operator_type", UNSET)
        filter_operator_type: (
            CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType | Unset
        )
        if isinstance(_filter_operator_type, Unset):
            filter_operator_type = UNSET
        elif _filter_operator_type is None:
            filter_operator_type = tolerate_null("filter_operator_type")
        else:
            filter_operator_type = CatalogsProductGroupFilterOperatorTypeCriteriaFilterOperatorType(
                _filter_operator_type
            )

        negated = d.pop("negated", UNSET)
        if negated is None:
            negated = tolerate_null("negated")

        catalogs_product_group_filter_operator_type_criteria = cls(
            values=values,
            filter_operator_type=filter_operator_type,
            negated=negated,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupFilterOperatorTypeCriteria", d)
        catalogs_product_group_filter_operator_type_criteria.additional_properties = d
        return catalogs_product_group_filter_operator_type_criteria

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
