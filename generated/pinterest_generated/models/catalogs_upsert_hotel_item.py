from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_upsert_hotel_item_operation import CatalogsUpsertHotelItemOperation
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_hotel_attributes import CatalogsHotelAttributes


T = TypeVar("T", bound="CatalogsUpsertHotelItem")


@_attrs_define
class CatalogsUpsertHotelItem:
    """A hotel item to be upserted.

    Attributes:
        attributes (CatalogsHotelAttributes):
        hotel_id (str): The catalog hotel id in the merchant namespace Example: DS0294-M.
        operation (CatalogsUpsertHotelItemOperation):
    """

    attributes: CatalogsHotelAttributes
    hotel_id: str
    operation: CatalogsUpsertHotelItemOperation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = None if self.attributes is None else self.attributes.to_dict()

        hotel_id = self.hotel_id

        operation = None if self.operation is None else self.operation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "hotel_id": hotel_id,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_hotel_attributes import CatalogsHotelAttributes

        d = dict(src_dict)
        _attributes = d.pop("attributes")
        attributes = (
            tolerate_null("attributes")
            if _attributes is None
            else CatalogsHotelAttributes.from_dict(_attributes)
        )

        hotel_id = d.pop("hotel_id")
        if hotel_id is None:
            hotel_id = tolerate_null("hotel_id")

        _operation = d.pop("operation")
        operation = (
            tolerate_null("operation")
            if _operation is None
            else CatalogsUpsertHotelItemOperation(_operation)
        )

        catalogs_upsert_hotel_item = cls(
            attributes=attributes,
            hotel_id=hotel_id,
            operation=operation,
        )

        if d:
            tolerate_unknown_fields("CatalogsUpsertHotelItem", d)

        catalogs_upsert_hotel_item.additional_properties = d
        return catalogs_upsert_hotel_item

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
