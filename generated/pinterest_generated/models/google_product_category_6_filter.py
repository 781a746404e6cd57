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


T = TypeVar("T", bound="GoogleProductCategory6Filter")


@_attrs_define
class GoogleProductCategory6Filter:
    """
    Attributes:
        google_product_category_6 (CatalogsProductGroupMultipleStringListCriteria):
    """

    google_product_category_6: CatalogsProductGroupMultipleStringListCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_product_category_6 = (
            None
            if self.google_product_category_6 is None
            else self.google_product_category_6.to_dict()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "GOOGLE_PRODUCT_CATEGORY_6": google_product_category_6,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_string_list_criteria import (
            CatalogsProductGroupMultipleStringListCriteria,
        )

        d = dict(src_dict)
        _google_product_category_6 = d.pop("GOOGLE_PRODUCT_CATEGORY_6")
        google_product_category_6 = (
            tolerate_null("GOOGLE_PRODUCT_CATEGORY_6")
            if _google_product_category_6 is None
            else CatalogsProductGroupMultipleStringListCriteria.from_dict(
                _google_product_category_6
            )
        )

        google_product_category_6_filter = cls(
            google_product_category_6=google_product_category_6,
        )

        if d:
            tolerate_unknown_fields("GoogleProductCategory6Filter", d)
        google_product_category_6_filter.additional_properties = d
        return google_product_category_6_filter

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
