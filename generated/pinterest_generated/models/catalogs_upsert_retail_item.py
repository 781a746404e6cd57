from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_upsert_retail_item_operation import CatalogsUpsertRetailItemOperation
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.item_attributes_request import ItemAttributesRequest


T = TypeVar("T", bound="CatalogsUpsertRetailItem")


@_attrs_define
class CatalogsUpsertRetailItem:
    """An item to be upserted

    Attributes:
        attributes (ItemAttributesRequest):
        item_id (str): The catalog item id in the merchant namespace Example: DS0294-M.
        operation (CatalogsUpsertRetailItemOperation):
    """

    attributes: ItemAttributesRequest
    item_id: str
    operation: CatalogsUpsertRetailItemOperation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = None if self.attributes is None else self.attributes.to_dict()

        item_id = self.item_id

        operation = None if self.operation is None else self.operation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "item_id": item_id,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_attributes_request import ItemAttributesRequest

        d = dict(src_dict)
        _attributes = d.pop("attributes")
        attributes = (
            tolerate_null("attributes")
            if _attributes is None
            else ItemAttributesRequest.from_dict(_attributes)
        )

        item_id = d.pop("item_id")
        if item_id is None:
            item_id = tolerate_null("item_id")

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation")
            if _operation is None
            else CatalogsUpsertRetailItemOperation(_operation)
        )

        catalogs_upsert_retail_item = cls(
            attributes=attributes,
            item_id=item_id,
            operation=operation,
        )

        if d:
            tolerate_unknown_fields("CatalogsUpsertRetailItem", d)

        catalogs_upsert_retail_item.additional_properties = d
        return catalogs_upsert_retail_item

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
