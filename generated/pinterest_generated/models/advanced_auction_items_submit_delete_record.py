from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..models.language import Language
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.advanced_auction_operation_error import AdvancedAuctionOperationError


T = TypeVar("T", bound="AdvancedAuctionItemsSubmitDeleteRecord")


@_attrs_define
class AdvancedAuctionItemsSubmitDeleteRecord:
    """Object describing an item bid option deletion operation

    Example:
        {'item_id': 'DS0294-M', 'country': 'US', 'language': 'EN', 'operation': 'DELETE', 'errors': [{'code': 6,
            'message': 'Bid in micro currency should be non-negative'}]}

    Attributes:
        country (Country): Country ID from ISO 3166-1 alpha-2.
        item_id (str): The catalog retail item id in the merchant namespace Example: DS0294-M.
        language (Language): Language code, which is among the official ISO 639-1 language list. Example: EN.
        errors (list[AdvancedAuctionOperationError] | Unset): Array with validation errors for the supplied item bid
            option modification operation.
            A non empty errors list means this single item operation was not applied.
    """

    country: Country
    item_id: str
    language: Language
    errors: list[AdvancedAuctionOperationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = None if self.country is None else self.country.value

        item_id = self.item_id

        language = None if self.language is None else self.language.value

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            if self.errors is None:
                errors = None
            else:
                errors = []
                for errors_item_data in self.errors:
                    errors_item = None if errors_item_data is None else errors_item_data.to_dict()
                    errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "item_id": item_id,
                "language": language,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.advanced_auction_operation_error import AdvancedAuctionOperationError

        d = dict(src_dict)
        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        item_id = d.pop("item_id")
        if item_id is None:
            item_id = tolerate_null("item_id")

        _language = d.pop("language")
        language = tolerate_null("language") if _language is None else Language(_language)

        _errors = d.pop("errors", UNSET)
        errors: list[AdvancedAuctionOperationError] | Unset = UNSET
        if _errors is None:
            errors = tolerate_null("errors")
        elif not isinstance(_errors, Unset):
            errors = []
            for errors_item_data in _errors:
                _errors_item = errors_item_data
                errors_item = (
                    tolerate_null("errors_item")
                    if _errors_item is None
                    else AdvancedAuctionOperationError.from_dict(_errors_item)
                )

                errors.append(errors_item)

        advanced_auction_items_submit_delete_record = cls(
            country=country,
            item_id=item_id,
            language=language,
            errors=errors,
        )

        if d:
            tolerate_unknown_fields("AdvancedAuctionItemsSubmitDeleteRecord", d)

        advanced_auction_items_submit_delete_record.additional_properties = d
        return advanced_auction_items_submit_delete_record

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
