from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.advanced_auction_items_submit_delete_record import (
        AdvancedAuctionItemsSubmitDeleteRecord,
    )
    from ..models.advanced_auction_items_submit_upsert_record import (
        AdvancedAuctionItemsSubmitUpsertRecord,
    )


T = TypeVar("T", bound="AdvancedAuctionProcessedItems")


@_attrs_define
class AdvancedAuctionProcessedItems:
    """Response object containing the results of an operation on an item bid option

    Attributes:
        catalog_id (str | Unset): Catalog id pertaining to all items Example: 2680059592705.
        items (list[AdvancedAuctionItemsSubmitDeleteRecord | AdvancedAuctionItemsSubmitUpsertRecord] | Unset): Array of
            advanced auction processed items
    """

    catalog_id: str | Unset = UNSET
    items: (
        list[AdvancedAuctionItemsSubmitDeleteRecord | AdvancedAuctionItemsSubmitUpsertRecord]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.advanced_auction_items_submit_upsert_record import (
            AdvancedAuctionItemsSubmitUpsertRecord,
        )

        catalog_id = self.catalog_id

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if self.items is None:
                items = None
            else:
                items = []
                for items_item_data in self.items:
                    items_item: dict[str, Any]
                    if isinstance(items_item_data, AdvancedAuctionItemsSubmitUpsertRecord):
                        items_item = None if items_item_data is None else items_item_data.to_dict()
                    else:
                        items_item = None if items_item_data is None else items_item_data.to_dict()

                    items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_id is not UNSET:
            field_dict["catalog_id"] = catalog_id
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.advanced_auction_items_submit_delete_record import (
            AdvancedAuctionItemsSubmitDeleteRecord,
        )
        from ..models.advanced_auction_items_submit_upsert_record import (
            AdvancedAuctionItemsSubmitUpsertRecord,
        )

        d = dict(src_dict)
        catalog_id = d.pop("catalog_id", UNSET)
        if catalog_id is None:
            catalog_id = tolerate_null("catalog_id")

        _items = d.pop("items", UNSET)
        items: (
            list[AdvancedAuctionItemsSubmitDeleteRecord | AdvancedAuctionItemsSubmitUpsertRecord]
            | Unset
        ) = UNSET
        if _items is None:
            items = tolerate_null("items")
        elif not isinstance(_items, Unset):
            items = []
            for items_item_data in _items:

                def _parse_items_item(
                    data: object,
                ) -> (
                    AdvancedAuctionItemsSubmitDeleteRecord | AdvancedAuctionItemsSubmitUpsertRecord
                ):
                    if data is None:
                        return cast(
                            AdvancedAuctionItemsSubmitDeleteRecord
                            | AdvancedAuctionItemsSubmitUpsertRecord,
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
                        if discriminator == "DELETE":
                            _componentsschemas_advanced_auction_items_submit_record_type_1 = data
                            componentsschemas_advanced_auction_items_submit_record_type_1 = (
                                tolerate_null(
                                    "/components/schemas/AdvancedAuctionItemsSubmitRecord_type_1"
                                )
                                if _componentsschemas_advanced_auction_items_submit_record_type_1
                                is None
                                else AdvancedAuctionItemsSubmitDeleteRecord.from_dict(
                                    _componentsschemas_advanced_auction_items_submit_record_type_1
                                )
                            )

                            return componentsschemas_advanced_auction_items_submit_record_type_1
                        if discriminator == "UPSERT":
                            _componentsschemas_advanced_auction_items_submit_record_type_0 = data
                            componentsschemas_advanced_auction_items_submit_record_type_0 = (
                                tolerate_null(
                                    "/components/schemas/AdvancedAuctionItemsSubmitRecord_type_0"
                                )
                                if _componentsschemas_advanced_auction_items_submit_record_type_0
                                is None
                                else AdvancedAuctionItemsSubmitUpsertRecord.from_dict(
                                    _componentsschemas_advanced_auction_items_submit_record_type_0
                                )
                            )

                            return componentsschemas_advanced_auction_items_submit_record_type_0
                        tolerate_unknown_discriminator("operation", discriminator)

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_advanced_auction_items_submit_record_type_0 = data
                        componentsschemas_advanced_auction_items_submit_record_type_0 = (
                            tolerate_null(
                                "/components/schemas/AdvancedAuctionItemsSubmitRecord_type_0"
                            )
                            if _componentsschemas_advanced_auction_items_submit_record_type_0
                            is None
                            else AdvancedAuctionItemsSubmitUpsertRecord.from_dict(
                                _componentsschemas_advanced_auction_items_submit_record_type_0
                            )
                        )

                        return componentsschemas_advanced_auction_items_submit_record_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_advanced_auction_items_submit_record_type_1 = data
                    componentsschemas_advanced_auction_items_submit_record_type_1 = (
                        tolerate_null("/components/schemas/AdvancedAuctionItemsSubmitRecord_type_1")
                        if _componentsschemas_advanced_auction_items_submit_record_type_1 is None
                        else AdvancedAuctionItemsSubmitDeleteRecord.from_dict(
                            _componentsschemas_advanced_auction_items_submit_record_type_1
                        )
                    )

                    return componentsschemas_advanced_auction_items_submit_record_type_1

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        advanced_auction_processed_items = cls(
            catalog_id=catalog_id,
            items=items,
        )

        if d:
            tolerate_unknown_fields("AdvancedAuctionProcessedItems", d)

        advanced_auction_processed_items.additional_properties = d
        return advanced_auction_processed_items

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
