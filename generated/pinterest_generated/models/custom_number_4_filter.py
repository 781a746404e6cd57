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
    from ..models.catalogs_product_group_uint_32_criteria import CatalogsProductGroupUint32Criteria


T = TypeVar("T", bound="CustomNumber4Filter")


@_attrs_define
class CustomNumber4Filter:
    """
    Attributes:
        custom_number_4 (CatalogsProductGroupUint32Criteria):
    """

    custom_number_4: CatalogsProductGroupUint32Criteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_number_4 = None if self.custom_number_4 is None else self.custom_number_4.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "CUSTOM_NUMBER_4": custom_number_4,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_uint_32_criteria import (
            CatalogsProductGroupUint32Criteria,
        )

        d = dict(src_dict)
        _custom_number_4 = d.pop("CUSTOM_NUMBER_4")
        custom_number_4 = (
            tolerate_null("CUSTOM_NUMBER_4")
            if _custom_number_4 is None
            else CatalogsProductGroupUint32Criteria.from_dict(_custom_number_4)
        )

        custom_number_4_filter = cls(
            custom_number_4=custom_number_4,
        )

        if d:
            tolerate_unknown_fields("CustomNumber4Filter", d)
        custom_number_4_filter.additional_properties = d
        return custom_number_4_filter

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
