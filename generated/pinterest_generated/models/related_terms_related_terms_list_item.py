from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="RelatedTermsRelatedTermsListItem")


@_attrs_define
class RelatedTermsRelatedTermsListItem:
    """
    Attributes:
        related_terms (list[str] | Unset):  Example: ['shoes', 'cute clothes'].
        term (str | Unset):  Example: clothes.
    """

    related_terms: list[str] | Unset = UNSET
    term: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        related_terms: list[str] | Unset = UNSET
        if not isinstance(self.related_terms, Unset):
            related_terms = self.related_terms

        term = self.term

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if related_terms is not UNSET:
            field_dict["related_terms"] = related_terms
        if term is not UNSET:
            field_dict["term"] = term

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _related_terms = d.pop("related_terms", UNSET)
        related_terms = (
            tolerate_null("related_terms")
            if _related_terms is None
            else cast(list[str], _related_terms)
        )

        term = d.pop("term", UNSET)
        if term is None:
            term = tolerate_null("term")

        related_terms_related_terms_list_item = cls(
            related_terms=related_terms,
            term=term,
        )

        if d:
            tolerate_unknown_fields("RelatedTermsRelatedTermsListItem", d)

        related_terms_related_terms_list_item.additional_properties = d
        return related_terms_related_terms_list_item

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
