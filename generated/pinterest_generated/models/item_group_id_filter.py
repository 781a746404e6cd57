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


T = TypeVar("T", bound="ItemGroupIdFilter")


@_attrs_define
class ItemGroupIdFilter:
    """
    Attributes:
        item_group_id (CatalogsProductGroupMultipleStringCriteria):
    """

    item_group_id: CatalogsProductGroupMultipleStringCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_group_id = None if self.item_group_id is None else self.item_group_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "ITEM_GROUP_ID": item_group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_string_criteria import (
            CatalogsProductGroupMultipleStringCriteria,
        )

        d = dict(src_dict)
        _item_group_id = d.pop("ITEM_GROUP_ID")
        item_group_id = (
            tolerate_null("ITEM_GROUP_ID")
            if _item_group_id is None
            else CatalogsProductGroupMultipleStringCriteria.from_dict(_item_group_id)
        )

        item_group_id_filter = cls(
            item_group_id=item_group_id,
        )

        if d:
            tolerate_unknown_fields("ItemGroupIdFilter", d)
        item_group_id_filter.additional_properties = d
        return item_group_id_filter

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
