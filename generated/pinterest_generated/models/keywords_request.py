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
    from ..models.keywords_common import KeywordsCommon


T = TypeVar("T", bound="KeywordsRequest")


@_attrs_define
class KeywordsRequest:
    """
    Attributes:
        keywords (list[KeywordsCommon]): Keyword JSON array. Each array element has 3 fields
        parent_id (str): Keyword parent entity ID (advertiser, campaign, ad group). Example: 383791336903426391.
    """

    keywords: list[KeywordsCommon]
    parent_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.keywords is None:
            keywords = None
        else:
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = None if keywords_item_data is None else keywords_item_data.to_dict()
                keywords.append(keywords_item)

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keywords": keywords,
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.keywords_common import KeywordsCommon

        d = dict(src_dict)
        _keywords = d.pop("keywords")
        keywords: list[KeywordsCommon]
        if _keywords is None:
            keywords = tolerate_null("keywords")
        else:
            keywords = []
            for keywords_item_data in _keywords:
                _keywords_item = keywords_item_data
                keywords_item = (
                    tolerate_null("keywords_item")
                    if _keywords_item is None
                    else KeywordsCommon.from_dict(_keywords_item)
                )

                keywords.append(keywords_item)

        parent_id = d.pop("parent_id")
        if parent_id is None:
            parent_id = tolerate_null("parent_id")

        keywords_request = cls(
            keywords=keywords,
            parent_id=parent_id,
        )

        if d:
            tolerate_unknown_fields("KeywordsRequest", d)

        keywords_request.additional_properties = d
        return keywords_request

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
