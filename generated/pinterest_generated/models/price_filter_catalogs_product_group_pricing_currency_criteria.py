from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.non_nullable_catalogs_currency import NonNullableCatalogsCurrency
from ..models.price_filter_catalogs_product_group_pricing_currency_criteria_operator import (
    PriceFilterCatalogsProductGroupPricingCurrencyCriteriaOperator,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PriceFilterCatalogsProductGroupPricingCurrencyCriteria")


@_attrs_define
class PriceFilterCatalogsProductGroupPricingCurrencyCriteria:
    """
    Attributes:
        currency (NonNullableCatalogsCurrency): Currency Codes from ISO 4217. Example: USD.
        operator (PriceFilterCatalogsProductGroupPricingCurrencyCriteriaOperator):
        value (float):
        negated (bool | Unset):  Default: False.
    """

    currency: NonNullableCatalogsCurrency
    operator: PriceFilterCatalogsProductGroupPricingCurrencyCriteriaOperator
    value: float
    negated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = None if self.currency is None else self.currency.value

        operator = None if self.operator is None else self.operator.value

        value = self.value

        negated = self.negated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "currency": currency,
                "operator": operator,
                "value": value,
            }
        )
        if negated is not UNSET:
            field_dict["negated"] = negated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _currency = d.pop("currency")
        currency = (
            tolerate_null("currency")
            if _currency is None
            else NonNullableCatalogsCurrency(_currency)
        )

        _operator = d.pop("operator")
        operator = (
            tolerate_null("operator")
            if _operator is None
            else PriceFilterCatalogsProductGroupPricingCurrencyCriteriaOperator(_operator)
        )

        value = d.pop("value")
        if value is None:
            value = tolerate_null("value")

        negated = d.pop("negated", UNSET)
        if negated is None:
            negated = tolerate_null("negated")

        price_filter_catalogs_product_group_pricing_currency_criteria = cls(
            currency=currency,
            operator=operator,
            value=value,
            negated=negated,
        )

        if d:
            tolerate_unknown_fields("PriceFilterCatalogsProductGroupPricingCurrencyCriteria", d)
        price_filter_catalogs_product_group_pricing_currency_criteria.additional_properties = d
        return price_filter_catalogs_product_group_pricing_currency_criteria

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
