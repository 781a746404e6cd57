from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.batch_operation import BatchOperation
from ..models.catalogs_locale import CatalogsLocale
from ..models.country import Country
from ..models.language import Language
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.item_upsert_batch_record import ItemUpsertBatchRecord


T = TypeVar("T", bound="CatalogsItemsUpsertBatchRequest")


@_attrs_define
class CatalogsItemsUpsertBatchRequest:
    """Request object to upsert catalogs items

    Attributes:
        country (Country): Country ID from ISO 3166-1 alpha-2.
        items (list[ItemUpsertBatchRecord]): Array with catalogs items
        language (CatalogsLocale | Language): We recommend using the CatalogsLocale values.
        operation (BatchOperation): The operation performed by the batch. The DELETE_DISCONTINUED operation only updates
            availablity to "Out of Stock". Example: UPDATE.
    """

    country: Country
    items: list[ItemUpsertBatchRecord]
    language: CatalogsLocale | Language
    operation: BatchOperation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = None if self.country is None else self.country.value

        if self.items is None:
            items = None
        else:
            items = []
            for items_item_data in self.items:
                items_item = None if items_item_data is None else items_item_data.to_dict()
                items.append(items_item)

        language: str
        if isinstance(self.language, CatalogsLocale):
            language = None if self.language is None else self.language.value
        else:
            language = None if self.language is None else self.language.value

        operation = None if self.operation is None else self.operation.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "items": items,
                "language": language,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_upsert_batch_record import ItemUpsertBatchRecord

        d = dict(src_dict)
        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        _items = d.pop("items")
        items: list[ItemUpsertBatchRecord]
        if _items is None:
            items = tolerate_null("items")
        else:
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                items_item = (
                    tolerate_null("items_item")
                    if _items_item is None
                    else ItemUpsertBatchRecord.from_dict(_items_item)
                )

                items.append(items_item)

        def _parse_language(data: object) -> CatalogsLocale | Language:
            if data is None:
                return cast(CatalogsLocale | Language, tolerate_null("language"))
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_language(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _language_type_0 = data
                language_type_0 = (
                    tolerate_null("language_type_0")
                    if _language_type_0 is None
                    else CatalogsLocale(_language_type_0)
                )

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            _language_type_1 = data
            language_type_1 = (
                tolerate_null("language_type_1")
                if _language_type_1 is None
                else Language(_language_type_1)
            )

            return language_type_1

        language = _parse_language(d.pop("language"))

        _operation = d.pop("operation")
        operation = tolerate_null("operation") if _operation is None else BatchOperation(_operation)

        catalogs_items_upsert_batch_request = cls(
            country=country,
            items=items,
            language=language,
            operation=operation,
        )

        if d:
            tolerate_unknown_fields("CatalogsItemsUpsertBatchRequest", d)

        catalogs_items_upsert_batch_request.additional_properties = d
        return catalogs_items_upsert_batch_request

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
