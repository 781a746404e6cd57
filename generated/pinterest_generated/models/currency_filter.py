from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_product_group_currency_criteria import (
        CatalogsProductGroupCurrencyCriteria,
    )


T = TypeVar("T", bound="CurrencyFilter")


@_attrs_define
class CurrencyFilter:
    """
    Attributes:
        currency (CatalogsProductGroupCurrencyCriteria): A currency filter. This filter cannot be negated
    """

    currency: CatalogsProductGroupCurrencyCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = None if self.currency is None else self.currency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "CURRENCY": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_currency_criteria import (
            CatalogsProductGroupCurrencyCriteria,
        )

        d = dict(src_dict)
        _currency = d.pop("CURRENCY")
        currency = (
            tolerate_null("CURRENCY")
            if _currency is None
            else CatalogsProductGroupCurrencyCriteria.from_dict(_currency)
        )

        currency_filter = cls(
            currency=currency,
        )

        if d:
            tolerate_unknown_fields("CurrencyFilter", d)
        currency_filter.additional_properties = d
        return currency_filter

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
