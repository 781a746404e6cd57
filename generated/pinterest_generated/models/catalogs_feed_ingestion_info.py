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

T = TypeVar("T", bound="CatalogsFeedIngestionInfo")


@_attrs_define
class CatalogsFeedIngestionInfo:
    """
    Attributes:
        in_stock (int | Unset): The number of ingested products that are in stock.
        out_of_stock (int | Unset): The number of ingested products that are in out of stock.
        preorder (int | Unset): The number of ingested products that are in preorder.
    """

    in_stock: int | Unset = UNSET
    out_of_stock: int | Unset = UNSET
    preorder: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_stock = self.in_stock

        out_of_stock = self.out_of_stock

        preorder = self.preorder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_stock is not UNSET:
            field_dict["IN_STOCK"] = in_stock
        if out_of_stock is not UNSET:
            field_dict["OUT_OF_STOCK"] = out_of_stock
        if preorder is not UNSET:
            field_dict["PREORDER"] = preorder

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        in_stock = d.pop("IN_STOCK", UNSET)
        if in_stock is None:
            in_stock = tolerate_null("IN_STOCK")

        out_of_stock = d.pop("OUT_OF_STOCK", UNSET)
        if out_of_stock is None:
            out_of_stock = tolerate_null("OUT_OF_STOCK")

        preorder = d.pop("PREORDER", UNSET)
        if preorder is None:
            preorder = tolerate_null("PREORDER")

        catalogs_feed_ingestion_info = cls(
            in_stock=in_stock,
            out_of_stock=out_of_stock,
            preorder=preorder,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedIngestionInfo", d)

        catalogs_feed_ingestion_info.additional_properties = d
        return catalogs_feed_ingestion_info

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
