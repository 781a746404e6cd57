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
    from ..models.keyword_update import KeywordUpdate


T = TypeVar("T", bound="KeywordUpdateBody")


@_attrs_define
class KeywordUpdateBody:
    """
    Attributes:
        keywords (list[KeywordUpdate]): Keywords to update. Object array. Each object has 2 possible fields:<br>1. "id":
            (required) keyword ID<br>2. "archived": boolean. Should keyword be archived?<br>For example:
            [{"id":"2886610576653", "archived": false}, {"id":"2886610576654",  "archived": true}, ...]
    """

    keywords: list[KeywordUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.keywords is None:
            keywords = None
        else:
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = None if keywords_item_data is None else keywords_item_data.to_dict()
                keywords.append(keywords_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keywords": keywords,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.keyword_update import KeywordUpdate

        d = dict(src_dict)
        _keywords = d.pop("keywords")
        keywords: list[KeywordUpdate]
        if _keywords is None:
            keywords = tolerate_null("keywords")
        else:
            keywords = []
            for keywords_item_data in _keywords:
                _keywords_item = keywords_item_data
                keywords_item = (
                    tolerate_null("keywords_item")
                    if _keywords_item is None
                    else KeywordUpdate.from_dict(_keywords_item)
                )

                keywords.append(keywords_item)

        keyword_update_body = cls(
            keywords=keywords,
        )

        if d:
            tolerate_unknown_fields("KeywordUpdateBody", d)

        keyword_update_body.additional_properties = d
        return keyword_update_body

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
