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

T = TypeVar("T", bound="CatalogsFeedProductCounts")


@_attrs_define
class CatalogsFeedProductCounts:
    """The counts can be null early in the process.

    Attributes:
        ingested (int | Unset): The number of products successfully ingested from the feed file.
        original (int | Unset): The number of products in the feed file.
    """

    ingested: int | Unset = UNSET
    original: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ingested = self.ingested

        original = self.original

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ingested is not UNSET:
            field_dict["ingested"] = ingested
        if original is not UNSET:
            field_dict["original"] = original

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ingested = d.pop("ingested", UNSET)
        if ingested is None:
            ingested = tolerate_null("ingested")

        original = d.pop("original", UNSET)
        if original is None:
            original = tolerate_null("original")

        catalogs_feed_product_counts = cls(
            ingested=ingested,
            original=original,
        )

        if d:
            tolerate_unknown_fields("CatalogsFeedProductCounts", d)

        catalogs_feed_product_counts.additional_properties = d
        return catalogs_feed_product_counts

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
