from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ConversionEventsDataItemCustomDataContentsItem")


@_attrs_define
class ConversionEventsDataItemCustomDataContentsItem:
    """
    Attributes:
        id (str | Unset): The id of a product. We recommend using this if you are a merchant for AddToCart and
            Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-
            started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
        item_brand (str | Unset): The brand of a product.
        item_category (str | Unset): The category of a product.
        item_name (str | Unset): The name of a product.
        item_price (str | Unset): The price of a product. Accepted as a string in the request; it will be parsed into a
            double. This is the original item value before any discount. We recommend using this if you are a merchant for
            PageVisit, AddToCart and Checkouts. For detail, please check <a
            href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs"
            target="_blank">here</a> (Install the Pinterest tag section).
        quantity (int | Unset): The amount of a product. We recommend using this if you are a merchant for AddToCart and
            Checkouts. For detail, please check <a href="https://help.pinterest.com/en/business/article/before-you-get-
            started-with-catalogs" target="_blank">here</a> (Install the Pinterest tag section).
    """

    id: str | Unset = UNSET
    item_brand: str | Unset = UNSET
    item_category: str | Unset = UNSET
    item_name: str | Unset = UNSET
    item_price: str | Unset = UNSET
    quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        item_brand = self.item_brand

        item_category = self.item_category

        item_name = self.item_name

        item_price = self.item_price

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if item_brand is not UNSET:
            field_dict["item_brand"] = item_brand
        if item_category is not UNSET:
            field_dict["item_category"] = item_category
        if item_name is not UNSET:
            field_dict["item_name"] = item_name
        if item_price is not UNSET:
            field_dict["item_price"] = item_price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        item_brand = d.pop("item_brand", UNSET)
        if item_brand is None:
            item_brand = tolerate_null("item_brand")

        item_category = d.pop("item_category", UNSET)
        if item_category is None:
            item_category = tolerate_null("item_category")

        item_name = d.pop("item_name", UNSET)
        if item_name is None:
            item_name = tolerate_null("item_name")

        item_price = d.pop("item_price", UNSET)
        if item_price is None:
            item_price = tolerate_null("item_price")

        quantity = d.pop("quantity", UNSET)
        if quantity is None:
            quantity = tolerate_null("quantity")

        conversion_events_data_item_custom_data_contents_item = cls(
            id=id,
            item_brand=item_brand,
            item_category=item_category,
            item_name=item_name,
            item_price=item_price,
            quantity=quantity,
        )

        if d:
            tolerate_unknown_fields("ConversionEventsDataItemCustomDataContentsItem", d)
        conversion_events_data_item_custom_data_contents_item.additional_properties = d
        return conversion_events_data_item_custom_data_contents_item

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
