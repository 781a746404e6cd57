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
    from ..models.related_terms_related_terms_list_item import RelatedTermsRelatedTermsListItem


T = TypeVar("T", bound="RelatedTerms")


@_attrs_define
class RelatedTerms:
    """
    Attributes:
        id (str | Unset): First input term. For example, if you pass "?terms=clothes,workout", then id will be "clothes"
            Example: clothes.
        related_term_count (int | Unset): Total number of related terms returned Example: 2.
        related_terms_list (list[RelatedTermsRelatedTermsListItem] | Unset): The id of the advertiser.
    """

    id: str | Unset = UNSET
    related_term_count: int | Unset = UNSET
    related_terms_list: list[RelatedTermsRelatedTermsListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        related_term_count = self.related_term_count

        related_terms_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_terms_list, Unset):
            if self.related_terms_list is None:
                related_terms_list = None
            else:
                related_terms_list = []
                for related_terms_list_item_data in self.related_terms_list:
                    related_terms_list_item = (
                        None
                        if related_terms_list_item_data is None
                        else related_terms_list_item_data.to_dict()
                    )
                    related_terms_list.append(related_terms_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if related_term_count is not UNSET:
            field_dict["related_term_count"] = related_term_count
        if related_terms_list is not UNSET:
            field_dict["related_terms_list"] = related_terms_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.related_terms_related_terms_list_item import RelatedTermsRelatedTermsListItem

        d = dict(src_dict)
        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        related_term_count = d.pop("related_term_count", UNSET)
        if related_term_count is None:
            related_term_count = tolerate_null("related_term_count")

        _related_terms_list = d.pop("related_terms_list", UNSET)
        related_terms_list: list[RelatedTermsRelatedTermsListItem] | Unset = UNSET
        if _related_terms_list is None:
            related_terms_list = tolerate_null("related_terms_list")
        elif not isinstance(_related_terms_list, Unset):
            related_terms_list = []
            for related_terms_list_item_data in _related_terms_list:
                _related_terms_list_item = related_terms_list_item_data
                related_terms_list_item = (
                    tolerate_null("related_terms_list_item")
                    if _related_terms_list_item is None
                    else RelatedTermsRelatedTermsListItem.from_dict(_related_terms_list_item)
                )

                related_terms_list.append(related_terms_list_item)

        related_terms = cls(
            id=id,
            related_term_count=related_term_count,
            related_terms_list=related_terms_list,
        )

        if d:
            tolerate_unknown_fields("RelatedTerms", d)

        related_terms.additional_properties = d
        return related_terms

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
