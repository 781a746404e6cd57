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
    from ..models.keyword import Keyword
    from ..models.keyword_error import KeywordError


T = TypeVar("T", bound="KeywordsResponse")


@_attrs_define
class KeywordsResponse:
    """
    Attributes:
        errors (list[KeywordError] | Unset):
        keywords (list[Keyword] | Unset):
    """

    errors: list[KeywordError] | Unset = UNSET
    keywords: list[Keyword] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            if self.errors is None:
                errors = None
            else:
                errors = []
                for errors_item_data in self.errors:
                    errors_item = None if errors_item_data is None else errors_item_data.to_dict()
                    errors.append(errors_item)

        keywords: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            if self.keywords is None:
                keywords = None
            else:
                keywords = []
                for keywords_item_data in self.keywords:
                    keywords_item = (
                        None if keywords_item_data is None else keywords_item_data.to_dict()
                    )
                    keywords.append(keywords_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.keyword import Keyword
        from ..models.keyword_error import KeywordError

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[KeywordError] | Unset = UNSET
        if _errors is None:
            errors = tolerate_null("errors")
        elif not isinstance(_errors, Unset):
            errors = []
            for errors_item_data in _errors:
                _errors_item = errors_item_data
                errors_item = (
                    tolerate_null("errors_item")
                    if _errors_item is None
                    else KeywordError.from_dict(_errors_item)
                )

                errors.append(errors_item)

        _keywords = d.pop("keywords", UNSET)
        keywords: list[Keyword] | Unset = UNSET
        if _keywords is None:
            keywords = tolerate_null("keywords")
        elif not isinstance(_keywords, Unset):
            keywords = []
            for keywords_item_data in _keywords:
                _keywords_item = keywords_item_data
                keywords_item = (
                    tolerate_null("keywords_item")
                    if _keywords_item is None
                    else Keyword.from_dict(_keywords_item)
                )

                keywords.append(keywords_item)

        keywords_response = cls(
            errors=errors,
            keywords=keywords,
        )

        if d:
            tolerate_unknown_fields("KeywordsResponse", d)

        keywords_response.additional_properties = d
        return keywords_response

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
