from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_locale import CatalogsLocale
from ..models.catalogs_retail_batch_request_catalog_type import (
    CatalogsRetailBatchRequestCatalogType,
)
from ..models.country import Country
from ..models.language import Language
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_discriminator,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_create_retail_item import CatalogsCreateRetailItem
    from ..models.catalogs_delete_retail_item import CatalogsDeleteRetailItem
    from ..models.catalogs_update_retail_item import CatalogsUpdateRetailItem
    from ..models.catalogs_upsert_retail_item import CatalogsUpsertRetailItem


T = TypeVar("T", bound="CatalogsRetailBatchRequest")


@_attrs_define
class CatalogsRetailBatchRequest:
    """A request object that can have multiple operations on a single retail batch

    Attributes:
        catalog_type (CatalogsRetailBatchRequestCatalogType):
        country (Country): Country ID from ISO 3166-1 alpha-2.
        items (list[CatalogsCreateRetailItem | CatalogsDeleteRetailItem | CatalogsUpdateRetailItem |
            CatalogsUpsertRetailItem]): Array with catalogs item operations
        language (CatalogsLocale | Language): We recommend using the CatalogsLocale values.
        catalog_id (str | Unset): Catalog id pertaining to the retail item. If not provided, default to oldest retail
            catalog Example: 2680059592705.
    """

    catalog_type: CatalogsRetailBatchRequestCatalogType
    country: Country
    items: list[
        CatalogsCreateRetailItem
        | CatalogsDeleteRetailItem
        | CatalogsUpdateRetailItem
        | CatalogsUpsertRetailItem
    ]
    language: CatalogsLocale | Language
    catalog_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_create_retail_item import CatalogsCreateRetailItem
        from ..models.catalogs_update_retail_item import CatalogsUpdateRetailItem
        from ..models.catalogs_upsert_retail_item import CatalogsUpsertRetailItem

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        country = None if self.country is None else self.country.value

        if self.items is None:
            items = None
        else:
            items = []
            for items_item_data in self.items:
                items_item: dict[str, Any]
                if (
                    isinstance(items_item_data, CatalogsCreateRetailItem)
                    or isinstance(items_item_data, CatalogsUpdateRetailItem)
                    or isinstance(items_item_data, CatalogsUpsertRetailItem)
                ):
                    items_item = None if items_item_data is None else items_item_data.to_dict()
                else:
                    items_item = None if items_item_data is None else items_item_data.to_dict()

                items.append(items_item)

        language: str
        if isinstance(self.language, CatalogsLocale):
            language = None if self.language is None else self.language.value
        else:
            language = None if self.language is None else self.language.value

        catalog_id = self.catalog_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_type": catalog_type,
                "country": country,
                "items": items,
                "language": language,
            }
        )
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_create_retail_item import CatalogsCreateRetailItem
        from ..models.catalogs_delete_retail_item import CatalogsDeleteRetailItem
        from ..models.catalogs_update_retail_item import CatalogsUpdateRetailItem
        from ..models.catalogs_upsert_retail_item import CatalogsUpsertRetailItem

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsRetailBatchRequestCatalogType(_catalog_type)
        )

        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        _items = d.pop("items")
        items: list[
            CatalogsCreateRetailItem
            | CatalogsDeleteRetailItem
            | CatalogsUpdateRetailItem
            | CatalogsUpsertRetailItem
        ]
        if _items is None:
            items = tolerate_null("items")
        else:
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> (
                    CatalogsCreateRetailItem
                    | CatalogsDeleteRetailItem
                    | CatalogsUpdateRetailItem
                    | CatalogsUpsertRetailItem
                ):
                    if data is None:
                        return cast(
                            CatalogsCreateRetailItem
                            | CatalogsDeleteRetailItem
                            | CatalogsUpdateRetailItem
                            | CatalogsUpsertRetailItem,
                            tolerate_null("items_item"),
                        )
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_items_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                    if isinstance(data, dict):
                        discriminator = data.get("operation")
                        if discriminator == "CREATE":
                            _items_item_type_0 = data
                            items_item_type_0 = (
                                tolerate_null("items_item_type_0")
                                if _items_item_type_0 is None
                                else CatalogsCreateRetailItem.from_dict(_items_item_type_0)
                            )

                            return items_item_type_0
                        if discriminator == "DELETE":
                            _items_item_type_3 = data
                            items_item_type_3 = (
                                tolerate_null("items_item_type_3")
                                if _items_item_type_3 is None
                                else CatalogsDeleteRetailItem.from_dict(_items_item_type_3)
                            )

                            return items_item_type_3
                        if discriminator == "UPDATE":
                            _items_item_type_1 = data
                            items_item_type_1 = (
                                tolerate_null("items_item_type_1")
                                if _items_item_type_1 is None
                                else CatalogsUpdateRetailItem.from_dict(_items_item_type_1)
                            )

                            return items_item_type_1
                        if discriminator == "UPSERT":
                            _items_item_type_2 = data
                            items_item_type_2 = (
                                tolerate_null("items_item_type_2")
                                if _items_item_type_2 is None
                                else CatalogsUpsertRetailItem.from_dict(_items_item_type_2)
                            )

                            return items_item_type_2
                        tolerate_unknown_discriminator("operation", discriminator)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _items_item_type_0 = data
                        items_item_type_0 = (
                            tolerate_null("items_item_type_0")
                            if _items_item_type_0 is None
                            else CatalogsCreateRetailItem.from_dict(_items_item_type_0)
                        )

                        return items_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _items_item_type_1 = data
                        items_item_type_1 = (
                            tolerate_null("items_item_type_1")
                            if _items_item_type_1 is None
                            else CatalogsUpdateRetailItem.from_dict(_items_item_type_1)
                        )

                        return items_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _items_item_type_2 = data
                        items_item_type_2 = (
                            tolerate_null("items_item_type_2")
                            if _items_item_type_2 is None
                            else CatalogsUpsertRetailItem.from_dict(_items_item_type_2)
                        )

                        return items_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _items_item_type_3 = data
                    items_item_type_3 = (
                        tolerate_null("items_item_type_3")
                        if _items_item_type_3 is None
                        else CatalogsDeleteRetailItem.from_dict(_items_item_type_3)
                    )

                    return items_item_type_3

                items_item = _parse_items_item(items_item_data)

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

        catalog_id = d.pop("catalog_id", UNSET)
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        catalogs_retail_batch_request = cls(
            catalog_type=catalog_type,
            country=country,
            items=items,
            language=language,
            catalog_id=catalog_id,
        )

        if d:
            tolerate_unknown_fields("CatalogsRetailBatchRequest", d)
        catalogs_retail_batch_request.additional_properties = d
        return catalogs_retail_batch_request

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
