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


T = TypeVar("T", bound="ItemIdFilter")


@_attrs_define
class ItemIdFilter:
    """
    Attributes:
        item_id (CatalogsProductGroupMultipleStringCriteria):
    """

    item_id: CatalogsProductGroupMultipleStringCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = None if self.item_id is None else self.item_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "ITEM_ID": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_string_criteria import (
            CatalogsProductGroupMultipleStringCriteria,
        )

        d = dict(src_dict)
        _item_id = d.pop("ITEM_ID")
        item_id = (
            tolerate_null("ITEM_ID")
            if _item_id is None
            else CatalogsProductGroupMultipleStringCriteria.from_dict(_item_id)
        )

        item_id_filter = cls(
            item_id=item_id,
        )

        if d:
            tolerate_unknown_fields("ItemIdFilter", d)
        item_id_filter.additional_properties = d
        return item_id_filter

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
