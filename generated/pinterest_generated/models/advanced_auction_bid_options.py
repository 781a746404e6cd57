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
    from ..models.app_type_multipliers import AppTypeMultipliers
    from ..models.placement_multipliers import PlacementMultipliers


T = TypeVar("T", bound="AdvancedAuctionBidOptions")


@_attrs_define
class AdvancedAuctionBidOptions:
    """Object describing a retail catalog item's bid options (bid price and bid multipliers).

    Attributes:
        app_type_multipliers (AppTypeMultipliers | None | Unset):
        bid_in_micro_currency (int | None | Unset): Bid price in micro currency. A value of 0 will stop distribution for
            this item in `MAX_BID` ad groups in `CATALOG_SALES` campaigns. A value of `null` will fallback to the ad group's
            `bid_in_micro_currency`. Example: 5000000.
        placement_multipliers (None | PlacementMultipliers | Unset):
    """

    app_type_multipliers: AppTypeMultipliers | None | Unset = UNSET
    bid_in_micro_currency: int | None | Unset = UNSET
    placement_multipliers: None | PlacementMultipliers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.app_type_multipliers import AppTypeMultipliers
        from ..models.placement_multipliers import PlacementMultipliers

        app_type_multipliers: dict[str, Any] | None | Unset
        if isinstance(self.app_type_multipliers, Unset):
            app_type_multipliers = UNSET
        elif isinstance(self.app_type_multipliers, AppTypeMultipliers):
            app_type_multipliers = (
                None if self.app_type_multipliers is None else self.app_type_multipliers.to_dict()
            )
        else:
            app_type_multipliers = self.app_type_multipliers

        bid_in_micro_currency: int | None | Unset
        if isinstance(self.bid_in_micro_currency, Unset):
            bid_in_micro_currency = UNSET
        else:
            bid_in_micro_currency = self.bid_in_micro_currency

        placement_multipliers: dict[str, Any] | None | Unset
        if isinstance(self.placement_multipliers, Unset):
            placement_multipliers = UNSET
        elif isinstance(self.placement_multipliers, PlacementMultipliers):
            placement_multipliers = (
                None if self.placement_multipliers is None else self.placement_multipliers.to_dict()
            )
        else:
            placement_multipliers = self.placement_multipliers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_type_multipliers is not UNSET:
            field_dict["app_type_multipliers"] = app_type_multipliers
        if bid_in_micro_currency is not UNSET:
            field_dict["bid_in_micro_currency"] = bid_in_micro_currency
        if placement_multipliers is not UNSET:
            field_dict["placement_multipliers"] = placement_multipliers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_type_multipliers import AppTypeMultipliers
        from ..models.placement_multipliers import PlacementMultipliers

        d = dict(src_dict)

        def _parse_app_type_multipliers(data: object) -> AppTypeMultipliers | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_app_type_multipliers(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _app_type_multipliers_type_1 = data
                app_type_multipliers_type_1 = (
                    tolerate_null("app_type_multipliers_type_1")
                    if _app_type_multipliers_type_1 is None
                    else AppTypeMultipliers.from_dict(_app_type_multipliers_type_1)
                )

                return app_type_multipliers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AppTypeMultipliers | None | Unset, data)

        app_type_multipliers = _parse_app_type_multipliers(d.pop("app_type_multipliers", UNSET))

        def _parse_bid_in_micro_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bid_in_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        bid_in_micro_currency = _parse_bid_in_micro_currency(d.pop("bid_in_micro_currency", UNSET))

        def _parse_placement_multipliers(data: object) -> None | PlacementMultipliers | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_placement_multipliers(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _placement_multipliers_type_1 = data
                placement_multipliers_type_1 = (
                    tolerate_null("placement_multipliers_type_1")
                    if _placement_multipliers_type_1 is None
                    else PlacementMultipliers.from_dict(_placement_multipliers_type_1)
                )

                return placement_multipliers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PlacementMultipliers | Unset, data)

        placement_multipliers = _parse_placement_multipliers(d.pop("placement_multipliers", UNSET))

        advanced_auction_bid_options = cls(
            app_type_multipliers=app_type_multipliers,
            bid_in_micro_currency=bid_in_micro_currency,
            placement_multipliers=placement_multipliers,
        )

        if d:
            tolerate_unknown_fields("AdvancedAuctionBidOptions", d)

        advanced_auction_bid_options.additional_properties = d
        return advanced_auction_bid_options

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
