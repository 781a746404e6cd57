from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.line_item import LineItem


T = TypeVar("T", bound="EventData")


@_attrs_define
class EventData:
    """Optional for VISITOR `audience_type`.
        With the Pinterest tag, you can use event data to capture event details from your website.
        This object lists all the available predefined event data fields in the Pinterest tag.
        You can include these event data fields as part of a VISITOR audience’s `rule`; however, you **must** specify an
    `event` for the `event_data` fields to be evaluated.
        Besides what’s listed, you can also create your own set of `event_data` fields and define their usages or
    purposes according to your website needs.
        However, the benefit of using the predefined event data fields is that we can provide various metrics based on
    those fields' data.
        Examples per `event` type:
        `pagevisit`
        "event_data": { "page_name": "My online store 123 | view items | shoe" }
        `signup`
        "event_data": { "lead_type": "New release promotion" }
        `checkout`
        "event_data": { "value": 116, "order_quantity": 2, "currency": "USD", "line_items": [ { "product_name": "Pillows
    (Set of 2)", "product_id": "11", "product_price": 48, "product_quantity": 1 }, { "product_name": "Pillows, Large
    (Set of 2)", "product_id": "15", "product_price": 68, "product_quantity": 1 } ] }
        `addtocart`
        "event_data": { "value": 499, "order_quantity": 1, "currency": "USD", "line_items": [ { "product_name": "Red
    leather boots", "product_id": "3486", "product_category": "shoe", "product_variant_id": "JB11103000",
    "product_price": 499, "product_quantity": "1", "product_brand": "My brand" }]}
        `watchvideo`
        "event_data": { "video_title": "My Product Video 01" }
        `lead`
        "event_data": { "lead_type": "Newsletter" }

        Attributes:
            currency (Currency | Unset): Currency Codes from ISO 4217
            lead_type (str | Unset): Promotion code. For example, 'Newsletter'. Example: Newsletter.
            line_items (LineItem | Unset):
            order_id (str | Unset): Order ID. For example, 'X-151481'. Example: X-151481.
            order_quantity (int | Unset): Order quantity. For example, 1. Example: 1.
            page_name (str | Unset): Page name. For example, 'Our Favorite Pins on Pinterest'. Example: Our Favorite Pins on
                Pinterest.
            promo_code (str | Unset): Promotion code. For example, 'WINTER10'. Example: WINTER10.
            property_ (str | Unset): Property. For example, 'Athleta'. Example: Athleta.
            search_query (str | Unset): Search query string. For example, 'boots'. Example: boots.
            value (str | Unset): Product value. For example, '199.98'. Example: 199.98.
            video_title (str | Unset): Video title. For example, 'How to style your Parker Boots'. Example: How to style
                your Parker Boots.
    """

    currency: Currency | Unset = UNSET
    lead_type: str | Unset = UNSET
    line_items: LineItem | Unset = UNSET
    order_id: str | Unset = UNSET
    order_quantity: int | Unset = UNSET
    page_name: str | Unset = UNSET
    promo_code: str | Unset = UNSET
    property_: str | Unset = UNSET
    search_query: str | Unset = UNSET
    value: str | Unset = UNSET
    video_title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = None if self.currency is None else self.currency.value

        lead_type = self.lead_type

        line_items: dict[str, Any] | Unset = UNSET
        if not isinstance(self.line_items, Unset):
            line_items = None if self.line_items is None else self.line_items.to_dict()

        order_id = self.order_id

        order_quantity = self.order_quantity

        page_name = self.page_name

        promo_code = self.promo_code

        property_ = self.property_

        search_query = self.search_query

        value = self.value

        video_title = self.video_title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if lead_type is not UNSET:
            field_dict["lead_type"] = lead_type
        if line_items is not UNSET:
            field_dict["line_items"] = line_items
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if order_quantity is not UNSET:
            field_dict["order_quantity"] = order_quantity
        if page_name is not UNSET:
            field_dict["page_name"] = page_name
        if promo_code is not UNSET:
            field_dict["promo_code"] = promo_code
        if property_ is not UNSET:
            field_dict["property"] = property_
        if search_query is not UNSET:
            field_dict["search_query"] = search_query
        if value is not UNSET:
            field_dict["value"] = value
        if video_title is not UNSET:
            field_dict["video_title"] = video_title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.line_item import LineItem

        d = dict(src_dict)
        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        elif _currency is None:
            currency = tolerate_null("currency")
        else:
            currency = Currency(_currency)

        lead_type = d.pop("lead_type", UNSET)
        if lead_type is None:
            lead_type = tolerate_null("lead_type")

        _line_items = d.pop("line_items", UNSET)
        line_items: LineItem | Unset
        if isinstance(_line_items, Unset):
            line_items = UNSET
        elif _line_items is None:
            line_items = tolerate_null("line_items")
        else:
            line_items = LineItem.from_dict(_line_items)

        order_id = d.pop("order_id", UNSET)
        if order_id is None:
            order_id = tolerate_null("order_id")

        order_quantity = d.pop("order_quantity", UNSET)
        if order_quantity is None:
            order_quantity = tolerate_null("order_quantity")

        page_name = d.pop("page_name", UNSET)
        if page_name is None:
            page_name = tolerate_null("page_name")

        promo_code = d.pop("promo_code", UNSET)
        if promo_code is None:
            promo_code = tolerate_null("promo_code")

        property_ = d.pop("property", UNSET)
        if property_ is None:
            property_ = tolerate_null("property")

        search_query = d.pop("search_query", UNSET)
        if search_query is None:
            search_query = tolerate_null("search_query")

        value = d.pop("value", UNSET)
        if value is None:
            value = tolerate_null("value")

        video_title = d.pop("video_title", UNSET)
        if video_title is None:
            video_title = tolerate_null("video_title")

        event_data = cls(
            currency=currency,
            lead_type=lead_type,
            line_items=line_items,
            order_id=order_id,
            order_quantity=order_quantity,
            page_name=page_name,
            promo_code=promo_code,
            property_=property_,
            search_query=search_query,
            value=value,
            video_title=video_title,
        )

        if d:
            tolerate_unknown_fields("EventData", d)

        event_data.additional_properties = d
        return event_data

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
