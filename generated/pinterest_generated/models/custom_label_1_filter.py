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
    from ..models.catalogs_product_group_filter_operator_type_criteria import (
        CatalogsProductGroupFilterOperatorTypeCriteria,
    )


T = TypeVar("T", bound="CustomLabel1Filter")


@_attrs_define
class CustomLabel1Filter:
    """
    Attributes:
        custom_label_1 (CatalogsProductGroupFilterOperatorTypeCriteria):
    """

    custom_label_1: CatalogsProductGroupFilterOperatorTypeCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_label_1 = None if self.custom_label_1 is None else self.custom_label_1.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "CUSTOM_LABEL_1": custom_label_1,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_filter_operator_type_criteria import (
            CatalogsProductGroupFilterOperatorTypeCriteria,
        )

        d = dict(src_dict)
        _custom_label_1 = d.pop("CUSTOM_LABEL_1")
        custom_label_1 = (
            tolerate_null("CUSTOM_LABEL_1")
            if _custom_label_1 is None
            else CatalogsProductGroupFilterOperatorTypeCriteria.from_dict(_custom_label_1)
        )

        custom_label_1_filter = cls(
            custom_label_1=custom_label_1,
        )

        if d:
            tolerate_unknown_fields("CustomLabel1Filter", d)
        custom_label_1_filter.additional_properties = d
        return custom_label_1_filter

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
