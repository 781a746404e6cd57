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

T = TypeVar("T", bound="AudienceCategoryAudienceSubcategory")


@_attrs_define
class AudienceCategoryAudienceSubcategory:
    """
    Attributes:
        id (str | Unset): Subinterest ID. Example: 958862518888.
        index (float | Unset): Subinterest affinity index. Example: 1.2.
        key (str | Unset): Interest unique key (same as ID). Example: 958862518888.
        name (str | Unset): Subinterest name. Example: travel destinations.
        ratio (float | Unset): Subinterest's percent of category's total audience. Example: 0.482.
    """

    id: str | Unset = UNSET
    index: float | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    ratio: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index = self.index

        key = self.key

        name = self.name

        ratio = self.ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if index is not UNSET:
            field_dict["index"] = index
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if ratio is not UNSET:
            field_dict["ratio"] = ratio

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        index = d.pop("index", UNSET)
        if index is None:
            index = tolerate_null("index")

        key = d.pop("key", UNSET)
        if key is None:
            key = tolerate_null("key")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        ratio = d.pop("ratio", UNSET)
        if ratio is None:
            ratio = tolerate_null("ratio")

        audience_category_audience_subcategory = cls(
            id=id,
            index=index,
            key=key,
            name=name,
            ratio=ratio,
        )

        if d:
            tolerate_unknown_fields("AudienceCategoryAudienceSubcategory", d)

        audience_category_audience_subcategory.additional_properties = d
        return audience_category_audience_subcategory

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
