from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PromotionTemplateValue")


@_attrs_define
class PromotionTemplateValue:
    """
    Attributes:
        amount (float | Unset): Numeric value. Example: 100.
        currency_code (Currency | Unset): Currency Codes from ISO 4217
        custom_text (str | Unset): Custom text. Example: My promotion.
        percent (float | Unset): Percent value. Example: 10.
    """

    amount: float | Unset = UNSET
    currency_code: Currency | Unset = UNSET
    custom_text: str | Unset = UNSET
    percent: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency_code: str | Unset = UNSET
        if not isinstance(self.currency_code, Unset):
            currency_code = None if self.currency_code is None else self.currency_code.value

        custom_text = self.custom_text

        percent = self.percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if custom_text is not UNSET:
            field_dict["custom_text"] = custom_text
        if percent is not UNSET:
            field_dict["percent"] = percent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)
        if amount is None:
            amount = tolerate_null("amount")

        _currency_code = d.pop("currency_code", UNSET)
        currency_code: Currency | Unset
        if isinstance(_currency_code, Unset):
            currency_code = UNSET
        elif _currency_code is None:
            currency_code = tolerate_null("currency_code")
        else:
            currency_code = Currency(_currency_code)

        custom_text = d.pop("custom_text", UNSET)
        if custom_text is None:
            custom_text = tolerate_null("custom_text")

        percent = d.pop("percent", UNSET)
        if percent is None:
            percent = tolerate_null("percent")

        promotion_template_value = cls(
            amount=amount,
            currency_code=currency_code,
            custom_text=custom_text,
            percent=percent,
        )

        if d:
            tolerate_unknown_fields("PromotionTemplateValue", d)

        promotion_template_value.additional_properties = d
        return promotion_template_value

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
