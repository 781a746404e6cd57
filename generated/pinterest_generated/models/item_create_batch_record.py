from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.item_attributes_request import ItemAttributesRequest


T = TypeVar("T", bound="ItemCreateBatchRecord")


@_attrs_define
class ItemCreateBatchRecord:
    """Object describing an item batch record to create items

    Attributes:
        attributes (ItemAttributesRequest | Unset):
        item_id (str | Unset): The catalog item id in the merchant namespace Example: DS0294-M.
    """

    attributes: ItemAttributesRequest | Unset = UNSET
    item_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = None if self.attributes is None else self.attributes.to_dict()

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if item_id is not UNSET:
            field_dict["item_id"] = item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_attributes_request import ItemAttributesRequest

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: ItemAttributesRequest | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        elif _attributes is None:
            attributes = tolerate_null("attributes")
        else:
            attributes = ItemAttributesRequest.from_dict(_attributes)

        item_id = d.pop("item_id", UNSET)
        if item_id is None:
            item_id = tolerate_null("item_id")

        item_create_batch_record = cls(
            attributes=attributes,
            item_id=item_id,
        )

        if d:
            tolerate_unknown_fields("ItemCreateBatchRecord", d)

        item_create_batch_record.additional_properties = d
        return item_create_batch_record

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
