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
    from ..models.advanced_auction_key import AdvancedAuctionKey


T = TypeVar("T", bound="AdvancedAuctionItemsGetRequest")


@_attrs_define
class AdvancedAuctionItemsGetRequest:
    """Request object used to get bid options values for a batch of retail catalog items

    Attributes:
        catalog_id (str): Catalog id pertaining to the retail item Example: 2680059592705.
        items (list[AdvancedAuctionKey]): A list of retail catalog items to fetch bid options for
    """

    catalog_id: str
    items: list[AdvancedAuctionKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_id = self.catalog_id

        if self.items is None:
            items = None
        else:
            items = []
            for items_item_data in self.items:
                items_item = None if items_item_data is None else items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_id": catalog_id,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.advanced_auction_key import AdvancedAuctionKey

        d = dict(src_dict)
        catalog_id = d.pop("catalog_id")
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        _items = d.pop("items")
        items: list[AdvancedAuctionKey]
        if _items is None:
            items = tolerate_null("items")
        else:
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                items_item = (
                    tolerate_null("items_item")
                    if _items_item is None
                    else AdvancedAuctionKey.from_dict(_items_item)
                )

                items.append(items_item)

        advanced_auction_items_get_request = cls(
            catalog_id=catalog_id,
            items=items,
        )

        if d:
            tolerate_unknown_fields("AdvancedAuctionItemsGetRequest", d)
        advanced_auction_items_get_request.additional_properties = d
        return advanced_auction_items_get_request

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
