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
    from ..models.audience_category_audience_subcategory import AudienceCategoryAudienceSubcategory


T = TypeVar("T", bound="AudienceCategory")


@_attrs_define
class AudienceCategory:
    """
    Attributes:
        id (str | Unset): Interest ID. Example: 1234567.
        index (float | Unset): Interest affinity index. Example: 1.2.
        key (str | Unset): Interest unique key (same as ID). Example: 1234567.
        name (str | Unset): Interest name. Example: travel.
        ratio (float | Unset): Interest's percent of category's total audience. Example: 0.551.
        subcategories (list[AudienceCategoryAudienceSubcategory] | Unset): Subcategory interest distribution
    """

    id: str | Unset = UNSET
    index: float | Unset = UNSET
    key: str | Unset = UNSET
    name: str | Unset = UNSET
    ratio: float | Unset = UNSET
    subcategories: list[AudienceCategoryAudienceSubcategory] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        index = self.index

        key = self.key

        name = self.name

        ratio = self.ratio

        subcategories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subcategories, Unset):
            if self.subcategories is None:
                subcategories = None
            else:
                subcategories = []
                for subcategories_item_data in self.subcategories:
                    subcategories_item = (
                        None
                        if subcategories_item_data is None
                        else subcategories_item_data.to_dict()
                    )
                    subcategories.append(subcategories_item)

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
        if subcategories is not UNSET:
            field_dict["subcategories"] = subcategories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_category_audience_subcategory import (
            AudienceCategoryAudienceSubcategory,
        )

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

        _subcategories = d.pop("subcategories", UNSET)
        subcategories: list[AudienceCategoryAudienceSubcategory] | Unset = UNSET
        if _subcategories is None:
            subcategories = tolerate_null("subcategories")
        elif not isinstance(_subcategories, Unset):
            subcategories = []
            for subcategories_item_data in _subcategories:
                _subcategories_item = subcategories_item_data
                subcategories_item = (
                    tolerate_null("subcategories_item")
                    if _subcategories_item is None
                    else AudienceCategoryAudienceSubcategory.from_dict(_subcategories_item)
                )

                subcategories.append(subcategories_item)

        audience_category = cls(
            id=id,
            index=index,
            key=key,
            name=name,
            ratio=ratio,
            subcategories=subcategories,
        )

        if d:
            tolerate_unknown_fields("AudienceCategory", d)

        audience_category.additional_properties = d
        return audience_category

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
