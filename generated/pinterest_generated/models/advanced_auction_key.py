from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..models.language import Language
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdvancedAuctionKey")


@_attrs_define
class AdvancedAuctionKey:
    """Object uniquely identifying a retail catalog item

    Attributes:
        country (Country): Country ID from ISO 3166-1 alpha-2.
        item_id (str): The catalog retail item id in the merchant namespace Example: DS0294-M.
        language (Language): Language code, which is among the official ISO 639-1 language list. Example: EN.
    """

    country: Country
    item_id: str
    language: Language
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = None if self.country is None else self.country.value

        item_id = self.item_id

        language = None if self.language is None else self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "item_id": item_id,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        item_id = d.pop("item_id")
        if item_id is None:
            item_id = tolerate_null("item_id")

        _language = d.pop("language")
        language = tolerate_null("language") if _language is None else Language(_language)

        advanced_auction_key = cls(
            country=country,
            item_id=item_id,
            language=language,
        )

        if d:
            tolerate_unknown_fields("AdvancedAuctionKey", d)

        advanced_auction_key.additional_properties = d
        return advanced_auction_key

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
