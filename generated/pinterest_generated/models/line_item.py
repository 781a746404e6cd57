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

T = TypeVar("T", bound="LineItem")


@_attrs_define
class LineItem:
    """
    Attributes:
        product_brand (str | Unset): Product brand. For example, 'Parker'. Example: Parker.
        product_category (str | Unset): Product category. For example, 'Shoes'. Example: Shoes.
        product_id (int | Unset): Product ID. For example, 1414. Example: 1414.
        product_name (str | Unset): Product name. For example, 'Parker Boots'. Example: Parker Boots.
        product_price (str | Unset): Product price. For example, '99.99'. Example: 99.99.
        product_quantity (int | Unset): Product quantity. For example, 2. Example: 2.
        product_variant (str | Unset): Product variant. For example, 'Red'. Example: Red.
        product_variant_id (str | Unset): Product variant ID. For example, '1414-34832'. Example: 1414-34832.
    """

    product_brand: str | Unset = UNSET
    product_category: str | Unset = UNSET
    product_id: int | Unset = UNSET
    product_name: str | Unset = UNSET
    product_price: str | Unset = UNSET
    product_quantity: int | Unset = UNSET
    product_variant: str | Unset = UNSET
    product_variant_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_brand = self.product_brand

        product_category = self.product_category

        product_id = self.product_id

        product_name = self.product_name

        product_price = self.product_price

        product_quantity = self.product_quantity

        product_variant = self.product_variant

        product_variant_id = self.product_variant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_brand is not UNSET:
            field_dict["product_brand"] = product_brand
        if product_category is not UNSET:
            field_dict["product_category"] = product_category
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
        if product_price is not UNSET:
            field_dict["product_price"] = product_price
        if product_quantity is not UNSET:
            field_dict["product_quantity"] = product_quantity
        if product_variant is not UNSET:
            field_dict["product_variant"] = product_variant
        if product_variant_id is not UNSET:
            field_dict["product_variant_id"] = product_variant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_brand = d.pop("product_brand", UNSET)
        if product_brand is None:
            product_brand = tolerate_null("product_brand")

        product_category = d.pop("product_category", UNSET)
        if product_category is None:
            product_category = tolerate_null("product_category")

        product_id = d.pop("product_id", UNSET)
        if product_id is None:
            product_id = tolerate_null("product_id")

        product_name = d.pop("product_name", UNSET)
        if product_name is None:
            product_name = tolerate_null("product_name")

        product_price = d.pop("product_price", UNSET)
        if product_price is None:
            product_price = tolerate_null("product_price")

        product_quantity = d.pop("product_quantity", UNSET)
        if product_quantity is None:
            product_quantity = tolerate_null("product_quantity")

        product_variant = d.pop("product_variant", UNSET)
        if product_variant is None:
            product_variant = tolerate_null("product_variant")

        product_variant_id = d.pop("product_variant_id", UNSET)
        if product_variant_id is None:
            product_variant_id = tolerate_null("product_variant_id")

        line_item = cls(
            product_brand=product_brand,
            product_category=product_category,
            product_id=product_id,
            product_name=product_name,
            product_price=product_price,
            product_quantity=product_quantity,
            product_variant=product_variant,
            product_variant_id=product_variant_id,
        )

        if d:
            tolerate_unknown_fields("LineItem", d)

        line_item.additional_properties = d
        return line_item

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
