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
    from ..models.catalogs_product_group_multiple_string_list_criteria import (
        CatalogsProductGroupMultipleStringListCriteria,
    )


T = TypeVar("T", bound="ProductType2Filter")


@_attrs_define
class ProductType2Filter:
    """
    Attributes:
        product_type_2 (CatalogsProductGroupMultipleStringListCriteria):
    """

    product_type_2: CatalogsProductGroupMultipleStringListCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_type_2 = None if self.product_type_2 is None else self.product_type_2.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "PRODUCT_TYPE_2": product_type_2,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_string_list_criteria import (
            CatalogsProductGroupMultipleStringListCriteria,
        )

        d = dict(src_dict)
        _product_type_2 = d.pop("PRODUCT_TYPE_2")
        product_type_2 = (
            tolerate_null("PRODUCT_TYPE_2")
            if _product_type_2 is None
            else CatalogsProductGroupMultipleStringListCriteria.from_dict(_product_type_2)
        )

        product_type_2_filter = cls(
            product_type_2=product_type_2,
        )

        if d:
            tolerate_unknown_fields("ProductType2Filter", d)
        product_type_2_filter.additional_properties = d
        return product_type_2_filter

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
