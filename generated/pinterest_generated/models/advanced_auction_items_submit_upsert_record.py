from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.country import Country
from ..models.language import Language
from ..models.update_mask_bid_option_field import UpdateMaskBidOptionField
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.advanced_auction_bid_options import AdvancedAuctionBidOptions
    from ..models.advanced_auction_operation_error import AdvancedAuctionOperationError


T = TypeVar("T", bound="AdvancedAuctionItemsSubmitUpsertRecord")


@_attrs_define
class AdvancedAuctionItemsSubmitUpsertRecord:
    """Object describing an item bid option upsert operation

    Example:
        {'item_id': 'DS0294-M', 'country': 'US', 'language': 'EN', 'operation': 'UPSERT', 'bid_options':
            {'bid_in_micro_currency': 5000000, 'app_type_multipliers': {'android_mobile': 1.1, 'android_tablet': 1.1,
            'ipad': 1.2, 'iphone': 1.2, 'web': 0.9, 'web_mobile': 0.8}}, 'update_mask': ['BID',
            'APP_TYPE_BID_MULTIPLIER_SET'], 'errors': [{'code': 6, 'message': 'Bid in micro currency should be non-
            negative'}]}

    Attributes:
        country (Country): Country ID from ISO 3166-1 alpha-2.
        item_id (str): The catalog retail item id in the merchant namespace Example: DS0294-M.
        language (Language): Language code, which is among the official ISO 639-1 language list. Example: EN.
        bid_options (AdvancedAuctionBidOptions): Object describing a retail catalog item's bid options (bid price and
            bid multipliers).
        update_mask (list[UpdateMaskBidOptionField] | None): The list of item bid option fields to be set or updated.
            Fields specified in the updated mask without a value specified in the `bid_options` object in the body will be
            set to `null`. If an item bid option record is being created, fields not specified in the update mask will be
            initialized to `null`. Example: ['BID', 'APP_TYPE_BID_MULTIPLIER_SET'].
        errors (list[AdvancedAuctionOperationError] | Unset): Array with validation errors for the supplied item bid
            option modification operation.
            A non empty errors list means this single item operation was not applied.
    """

    country: Country
    item_id: str
    language: Language
    bid_options: AdvancedAuctionBidOptions
    update_mask: list[UpdateMaskBidOptionField] | None
    errors: list[AdvancedAuctionOperationError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = None if self.country is None else self.country.value

        item_id = self.item_id

        language = None if self.language is None else self.language.value

        bid_options = None if self.bid_options is None else self.bid_options.to_dict()

        update_mask: list[str] | None
        if isinstance(self.update_mask, list):
            if self.update_mask is None:
                update_mask = None
            else:
                update_mask = []
                for update_mask_type_0_item_data in self.update_mask:
                    update_mask_type_0_item = (
                        None
                        if update_mask_type_0_item_data is None
                        else update_mask_type_0_item_data.value
                    )
                    update_mask.append(update_mask_type_0_item)

        else:
            update_mask = self.update_mask

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
                "bid_options": bid_options,
                "update_mask": update_mask,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.advanced_auction_bid_options import AdvancedAuctionBidOptions
        from ..models.advanced_auction_operation_error import AdvancedAuctionOperationError

        d = dict(src_dict)
        _country = d.pop("country")
        country = tolerate_null("country") if _country is None else Country(_country)

        item_id = d.pop("item_id")
        if item_id is None:
            item_id = tolerate_null("item_id")

        _language = d.pop("language")
        language = tolerate_null("language") if _language is None else Language(_language)

        _bid_options = d.pop("bid_options")
        bid_options = (
            tolerate_null("bid_options")
            if _bid_options is None
            else AdvancedAuctionBidOptions.from_dict(_bid_options)
        )

        def _parse_update_mask(data: object) -> list[UpdateMaskBidOptionField] | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_update_mask(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _update_mask_type_0 = data
                update_mask_type_0: list[UpdateMaskBidOptionField]
                if _update_mask_type_0 is None:
                    update_mask_type_0 = tolerate_null("update_mask_type_0")
                else:
                    update_mask_type_0 = []
                    for update_mask_type_0_item_data in _update_mask_type_0:
                        _update_mask_type_0_item = update_mask_type_0_item_data
                        update_mask_type_0_item = (
                            tolerate_null("update_mask_type_0_item")
                            if _update_mask_type_0_item is None
                            else UpdateMaskBidOptionField(_update_mask_type_0_item)
                        )

                        update_mask_type_0.append(update_mask_type_0_item)

                return update_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateMaskBidOptionField] | None, data)

        update_mask = _parse_update_mask(d.pop("update_mask"))

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

        advanced_auction_items_submit_upsert_record = cls(
            country=country,
            item_id=item_id,
            language=language,
            bid_options=bid_options,
            update_mask=update_mask,
            errors=errors,
        )

        if d:
            tolerate_unknown_fields("AdvancedAuctionItemsSubmitUpsertRecord", d)

        advanced_auction_items_submit_upsert_record.additional_properties = d
        return advanced_auction_items_submit_upsert_record

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
