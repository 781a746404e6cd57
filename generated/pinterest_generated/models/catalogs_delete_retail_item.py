from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_delete_retail_item_operation import CatalogsDeleteRetailItemOperation
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsDeleteRetailItem")


@_attrs_define
class CatalogsDeleteRetailItem:
    """An item to be deleted

    Attributes:
        item_id (str): The catalog item id in the merchant namespace Example: DS0294-M.
        operation (CatalogsDeleteRetailItemOperation):
        last_updated_time (int | Unset): The millisecond timestamp when the item was lastly modified by the merchant.
            Example: 1641483432072.
    """

    item_id: str
    operation: CatalogsDeleteRetailItemOperation
    last_updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        operation = None if self.operation is None else self.operation.value

        last_updated_time = self.last_updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_id": item_id,
                "operation": operation,
            }
        )
        if last_updated_time is not UNSET:
            field_dict["last_updated_time"] = last_updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_id = d.pop("item_id")
        if item_id is None:
            item_id = tolerate_null("item_id")

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation")
            if _operation is None
            else CatalogsDeleteRetailItemOperation(_operation)
        )

        last_updated_time = d.pop("last_updated_time", UNSET)
        if last_updated_time is None:
            last_updated_time = tolerate_null("last_updated_time")

        catalogs_delete_retail_item = cls(
            item_id=item_id,
            operation=operation,
            last_updated_time=last_updated_time,
        )

        if d:
            tolerate_unknown_fields("CatalogsDeleteRetailItem", d)

        catalogs_delete_retail_item.additional_properties = d
        return catalogs_delete_retail_item

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
