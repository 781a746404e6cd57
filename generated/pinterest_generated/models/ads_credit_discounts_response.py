from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ads_credit_discounts_response_discount_type_type_1 import (
    AdsCreditDiscountsResponseDiscountTypeType1,
)
from ..models.ads_credit_discounts_response_discount_type_type_2_type_1 import (
    AdsCreditDiscountsResponseDiscountTypeType2Type1,
)
from ..models.ads_credit_discounts_response_discount_type_type_3_type_1 import (
    AdsCreditDiscountsResponseDiscountTypeType3Type1,
)
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdsCreditDiscountsResponse")


@_attrs_define
class AdsCreditDiscountsResponse:
    """
    Attributes:
        active (bool | Unset): True if the offer code is currently active. Example: True.
        advertiser_id (str | Unset): Advertiser ID the offer was applied to. Example: 12312451231.
        discount_currency (None | str | Unset): Currency value for the discount. Example: USD.
        discount_in_micro_currency (float | None | Unset): The discount applied in the offer’s currency value. Example:
            125000000.
        discount_type (AdsCreditDiscountsResponseDiscountTypeType1 | AdsCreditDiscountsResponseDiscountTypeType2Type1 |
            AdsCreditDiscountsResponseDiscountTypeType3Type1 | None | Unset): The type of discount of this credit
        remaining_discount_in_micro_currency (float | None | Unset): The credits left to spend. Example: 125000000.
        title (None | str | Unset): Human readable title of the offer code. Example: Ads Credits.
    """

    active: bool | Unset = UNSET
    advertiser_id: str | Unset = UNSET
    discount_currency: None | str | Unset = UNSET
    discount_in_micro_currency: float | None | Unset = UNSET
    discount_type: (
        AdsCreditDiscountsResponseDiscountTypeType1
        | AdsCreditDiscountsResponseDiscountTypeType2Type1
        | AdsCreditDiscountsResponseDiscountTypeType3Type1
        | None
        | Unset
    ) = UNSET
    remaining_discount_in_micro_currency: float | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        advertiser_id = self.advertiser_id

        discount_currency: None | str | Unset
        if isinstance(self.discount_currency, Unset):
            discount_currency = UNSET
        else:
            discount_currency = self.discount_currency

        discount_in_micro_currency: float | None | Unset
        if isinstance(self.discount_in_micro_currency, Unset):
            discount_in_micro_currency = UNSET
        else:
            discount_in_micro_currency = self.discount_in_micro_currency

        discount_type: None | str | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif (
            isinstance(self.discount_type, AdsCreditDiscountsResponseDiscountTypeType1)
            or isinstance(self.discount_type, AdsCreditDiscountsResponseDiscountTypeType2Type1)
            or isinstance(self.discount_type, AdsCreditDiscountsResponseDiscountTypeType3Type1)
        ):
            discount_type = None if self.discount_type is None else self.discount_type.value
        else:
            discount_type = self.discount_type

        remaining_discount_in_micro_currency: float | None | Unset
        if isinstance(self.remaining_discount_in_micro_currency, Unset):
            remaining_discount_in_micro_currency = UNSET
        else:
            remaining_discount_in_micro_currency = self.remaining_discount_in_micro_currency

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if advertiser_id is not UNSET:
            field_dict["advertiser_id"] = advertiser_id
        if discount_currency is not UNSET:
            field_dict["discountCurrency"] = discount_currency
        if discount_in_micro_currency is not UNSET:
            field_dict["discountInMicroCurrency"] = discount_in_micro_currency
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type
        if remaining_discount_in_micro_currency is not UNSET:
            field_dict["remainingDiscountInMicroCurrency"] = remaining_discount_in_micro_currency
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        active = d.pop("active", UNSET)
        if active is None:
            active = tolerate_null("active")

        advertiser_id = d.pop("advertiser_id", UNSET)
        if advertiser_id is None:
            advertiser_id = tolerate_null("advertiser_id")

        def _parse_discount_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_discount_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        discount_currency = _parse_discount_currency(d.pop("discountCurrency", UNSET))

        def _parse_discount_in_micro_currency(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_discount_in_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        discount_in_micro_currency = _parse_discount_in_micro_currency(
            d.pop("discountInMicroCurrency", UNSET)
        )

        def _parse_discount_type(
            data: object,
        ) -> (
            AdsCreditDiscountsResponseDiscountTypeType1
            | AdsCreditDiscountsResponseDiscountTypeType2Type1
            | AdsCreditDiscountsResponseDiscountTypeType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_discount_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _discount_type_type_1 = data
                discount_type_type_1 = (
                    tolerate_null("discountType_type_1")
                    if _discount_type_type_1 is None
                    else AdsCreditDiscountsResponseDiscountTypeType1(_discount_type_type_1)
                )

                return discount_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _discount_type_type_2_type_1 = data
                discount_type_type_2_type_1 = (
                    tolerate_null("discountType_type_2_type_1")
                    if _discount_type_type_2_type_1 is None
                    else AdsCreditDiscountsResponseDiscountTypeType2Type1(
                        _discount_type_type_2_type_1
                    )
                )

                return discount_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _discount_type_type_3_type_1 = data
                discount_type_type_3_type_1 = (
                    tolerate_null("discountType_type_3_type_1")
                    if _discount_type_type_3_type_1 is None
                    else AdsCreditDiscountsResponseDiscountTypeType3Type1(
                        _discount_type_type_3_type_1
                    )
                )

                return discount_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AdsCreditDiscountsResponseDiscountTypeType1
                | AdsCreditDiscountsResponseDiscountTypeType2Type1
                | AdsCreditDiscountsResponseDiscountTypeType3Type1
                | None
                | Unset,
                data,
            )

        discount_type = _parse_discount_type(d.pop("discountType", UNSET))

        def _parse_remaining_discount_in_micro_currency(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_remaining_discount_in_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        remaining_discount_in_micro_currency = _parse_remaining_discount_in_micro_currency(
            d.pop("remainingDiscountInMicroCurrency", UNSET)
        )

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_title(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        ads_credit_discounts_response = cls(
            active=active,
            advertiser_id=advertiser_id,
            discount_currency=discount_currency,
            discount_in_micro_currency=discount_in_micro_currency,
            discount_type=discount_type,
            remaining_discount_in_micro_currency=remaining_discount_in_micro_currency,
            title=title,
        )

        if d:
            tolerate_unknown_fields("AdsCreditDiscountsResponse", d)

        ads_credit_discounts_response.additional_properties = d
        return ads_credit_discounts_response

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
