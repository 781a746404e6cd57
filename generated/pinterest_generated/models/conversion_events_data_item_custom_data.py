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
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.conversion_events_data_item_custom_data_contents_item import (
        ConversionEventsDataItemCustomDataContentsItem,
    )


T = TypeVar("T", bound="ConversionEventsDataItemCustomData")


@_attrs_define
class ConversionEventsDataItemCustomData:
    """Object containing other custom data.

    Attributes:
        content_brand (None | str | Unset): The brand of the content associated with the event. Example: pinterest-
            brand.
        content_category (None | str | Unset): The category of the content associated with the event. Example: shirts.
        content_ids (list[str] | Unset): List of products IDs. We recommend using this if you are a merchant for
            PageVisit, AddToCart and Checkouts. For detail, please check <a
            href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs"
            target="_blank">here</a> (Install the Pinterest tag section). Example: ['product-id-001', 'product-id-002'].
        content_name (None | str | Unset): The name of the page or product associated with the event. Example:
            pinterest-themed-clothing.
        contents (list[ConversionEventsDataItemCustomDataContentsItem] | Unset): A list of objects containing
            information about products, such as price and quantity. We recommend using this if you are a merchant for
            PageVisit, AddToCart and Checkouts. For detail, please check <a
            href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs"
            target="_blank">here</a> (Install the Pinterest tag section). Example: [{'id': 'product-id-001', 'item_price':
            '14.99', 'quantity': 3, 'item_name': 'pinterest-shirt-girl', 'item_category': 'pinterest-clothing-shirts',
            'item_brand': 'pinterest'}, {'id': 'product-id-002', 'item_price': '13.71', 'quantity': 2, 'item_name':
            'pinterest-shirt-men', 'item_category': 'pinterest-clothing-shirts', 'item_brand': 'pinterest'}].
        currency (None | str | Unset): The ISO-4217 currency code. If not provided, we will default to the advertiser's
            currency set during account creation. Your campaign performance needs this field to report right ROAS/CPA.
            Example: USD.
        external_measurement_id (None | str | Unset): Only use when instructed. Example: rbos-
            cb7a9e56-4988-4ca0-801b-05c79b29785f.
        external_measurement_vendor_id (int | None | Unset): Only use when instructed. Example: 1.
        np (None | str | Unset): Named partner. Not required, this is for Pinterest internal use only. Please do not use
            this unless specifically guided. Example: ss-company.
        num_items (int | Unset): Total number of products of the event. For example, the total number of items purchased
            in a checkout event. We recommend using this if you are a merchant for AddToCart and Checkouts. For detail,
            please check <a href="https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs"
            target="_blank">here</a> (Install the Pinterest tag section). Example: 5.
        opt_out_type (None | str | Unset): Flags for different privacy rights laws to opt out users of sharing personal
            information. Separate values with commas. See the Help Center article about <a
            href="https://help.pinterest.com/en/business/article/limited-data-processing" target="_blank">limited data
            processing</a> and the developer's guide for <a href="/docs/track-conversions/track-conversions-in-the-
            api/#whether-the-user-has-opted-out-of-web-or-offline-conversion-events" target="_blank">tracking conversion
            events</a> for help with using this parameter. Example: LDP.
        order_id (None | str | Unset): The order ID. We recommend sending order_id to help us deduplicate events when
            necessary. This also helps to run other measurement products at Pinterest. Example: my_order_id.
        predicted_ltv (None | str | Unset): Predicted lifetime value of user associated with the event. Accepted as a
            string in the request; it will be parsed into a double. Example: 2794.82.
        search_string (None | str | Unset): The search string related to the user conversion event. Example: sample
            string.
        value (None | str | Unset): Total value of the event. Accepted as a string in the request; it will be parsed
            into a double. For example, if there are two items in a checkout event, the value should be the total price. We
            recommend to use pre-tax, pre-shipping final value. Example: 72.39.
    """

    content_brand: None | str | Unset = UNSET
    content_category: None | str | Unset = UNSET
    content_ids: list[str] | Unset = UNSET
    content_name: None | str | Unset = UNSET
    contents: list[ConversionEventsDataItemCustomDataContentsItem] | Unset = UNSET
    currency: None | str | Unset = UNSET
    external_measurement_id: None | str | Unset = UNSET
    external_measurement_vendor_id: int | None | Unset = UNSET
    np: None | str | Unset = UNSET
    num_items: int | Unset = UNSET
    opt_out_type: None | str | Unset = UNSET
    order_id: None | str | Unset = UNSET
    predicted_ltv: None | str | Unset = UNSET
    search_string: None | str | Unset = UNSET
    value: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_brand: None | str | Unset
        if isinstance(self.content_brand, Unset):
            content_brand = UNSET
        else:
            content_brand = self.content_brand

        content_category: None | str | Unset
        if isinstance(self.content_category, Unset):
            content_category = UNSET
        else:
            content_category = self.content_category

        content_ids: list[str] | Unset = UNSET
        if not isinstance(self.content_ids, Unset):
            content_ids = self.content_ids

        content_name: None | str | Unset
        if isinstance(self.content_name, Unset):
            content_name = UNSET
        else:
            content_name = self.content_name

        contents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            if self.contents is None:
                contents = None
            else:
                contents = []
                for contents_item_data in self.contents:
                    contents_item = (
                        None if contents_item_data is None else contents_item_data.to_dict()
                    )
                    contents.append(contents_item)

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        external_measurement_id: None | str | Unset
        if isinstance(self.external_measurement_id, Unset):
            external_measurement_id = UNSET
        else:
            external_measurement_id = self.external_measurement_id

        external_measurement_vendor_id: int | None | Unset
        if isinstance(self.external_measurement_vendor_id, Unset):
            external_measurement_vendor_id = UNSET
        else:
            external_measurement_vendor_id = self.external_measurement_vendor_id

        np: None | str | Unset
        if isinstance(self.np, Unset):
            np = UNSET
        else:
            np = self.np

        num_items = self.num_items

        opt_out_type: None | str | Unset
        if isinstance(self.opt_out_type, Unset):
            opt_out_type = UNSET
        else:
            opt_out_type = self.opt_out_type

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        predicted_ltv: None | str | Unset
        if isinstance(self.predicted_ltv, Unset):
            predicted_ltv = UNSET
        else:
            predicted_ltv = self.predicted_ltv

        search_string: None | str | Unset
        if isinstance(self.search_string, Unset):
            search_string = UNSET
        else:
            search_string = self.search_string

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if content_brand is not UNSET:
            field_dict["content_brand"] = content_brand
        if content_category is not UNSET:
            field_dict["content_category"] = content_category
        if content_ids is not UNSET:
            field_dict["content_ids"] = content_ids
        if content_name is not UNSET:
            field_dict["content_name"] = content_name
        if contents is not UNSET:
            field_dict["contents"] = contents
        if currency is not UNSET:
            field_dict["currency"] = currency
        if external_measurement_id is not UNSET:
            field_dict["external_measurement_id"] = external_measurement_id
        if external_measurement_vendor_id is not UNSET:
            field_dict["external_measurement_vendor_id"] = external_measurement_vendor_id
        if np is not UNSET:
            field_dict["np"] = np
        if num_items is not UNSET:
            field_dict["num_items"] = num_items
        if opt_out_type is not UNSET:
            field_dict["opt_out_type"] = opt_out_type
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if predicted_ltv is not UNSET:
            field_dict["predicted_ltv"] = predicted_ltv
        if search_string is not UNSET:
            field_dict["search_string"] = search_string
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conversion_events_data_item_custom_data_contents_item import (
            ConversionEventsDataItemCustomDataContentsItem,
        )

        d = dict(src_dict)

        def _parse_content_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_content_brand(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        content_brand = _parse_content_brand(d.pop("content_brand", UNSET))

        def _parse_content_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_content_category(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        content_category = _parse_content_category(d.pop("content_category", UNSET))

        _content_ids = d.pop("content_ids", UNSET)
        content_ids = (
            tolerate_null("content_ids") if _content_ids is None else cast(list[str], _content_ids)
        )

        def _parse_content_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_content_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        content_name = _parse_content_name(d.pop("content_name", UNSET))

        _contents = d.pop("contents", UNSET)
        contents: list[ConversionEventsDataItemCustomDataContentsItem] | Unset = UNSET
        if _contents is None:
            contents = tolerate_null("contents")
        elif not isinstance(_contents, Unset):
            contents = []
            for contents_item_data in _contents:
                _contents_item = contents_item_data
                contents_item = (
                    tolerate_null("contents_item")
                    if _contents_item is None
                    else ConversionEventsDataItemCustomDataContentsItem.from_dict(_contents_item)
                )

                contents.append(contents_item)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_external_measurement_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_external_measurement_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        external_measurement_id = _parse_external_measurement_id(
            d.pop("external_measurement_id", UNSET)
        )

        def _parse_external_measurement_vendor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_external_measurement_vendor_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        external_measurement_vendor_id = _parse_external_measurement_vendor_id(
            d.pop("external_measurement_vendor_id", UNSET)
        )

        def _parse_np(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_np(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        np = _parse_np(d.pop("np", UNSET))

        num_items = d.pop("num_items", UNSET)
        if num_items is None:
            num_items = tolerate_null("num_items")

        def _parse_opt_out_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_opt_out_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        opt_out_type = _parse_opt_out_type(d.pop("opt_out_type", UNSET))

        def _parse_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_order_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        order_id = _parse_order_id(d.pop("order_id", UNSET))

        def _parse_predicted_ltv(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_predicted_ltv(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        predicted_ltv = _parse_predicted_ltv(d.pop("predicted_ltv", UNSET))

        def _parse_search_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_search_string(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        search_string = _parse_search_string(d.pop("search_string", UNSET))

        def _parse_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_value(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        conversion_events_data_item_custom_data = cls(
            content_brand=content_brand,
            content_category=content_category,
            content_ids=content_ids,
            content_name=content_name,
            contents=contents,
            currency=currency,
            external_measurement_id=external_measurement_id,
            external_measurement_vendor_id=external_measurement_vendor_id,
            np=np,
            num_items=num_items,
            opt_out_type=opt_out_type,
            order_id=order_id,
            predicted_ltv=predicted_ltv,
            search_string=search_string,
            value=value,
        )

        if d:
            tolerate_unknown_fields("ConversionEventsDataItemCustomData", d)
        conversion_events_data_item_custom_data.additional_properties = d
        return conversion_events_data_item_custom_data

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
