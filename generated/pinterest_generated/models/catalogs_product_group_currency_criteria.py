from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.non_nullable_catalogs_currency import NonNullableCatalogsCurrency
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsProductGroupCurrencyCriteria")


@_attrs_define
class CatalogsProductGroupCurrencyCriteria:
    """A currency filter. This filter cannot be negated

    Attributes:
        values (NonNullableCatalogsCurrency): Currency Codes from ISO 4217. Example: USD.
        negated (bool | Unset):  Default: False.
    """

    values: NonNullableCatalogsCurrency
    negated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = None if self.values is None else self.values.value

        negated = self.negated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "values": values,
            }
        )
        if negated is not UNSET:
            field_dict["negated"] = negated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _values = d.pop("values")
        values = (
            tolerate_null("values") if _values is None else NonNullableCatalogsCurrency(_values)
        )

        negated = d.pop("negated", UNSET)
        if negated is None:
            negated = tolerate_null("negated")

        catalogs_product_group_currency_criteria = cls(
            values=values,
            negated=negated,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupCurrencyCriteria", d)
        catalogs_product_group_currency_criteria.additional_properties = d
        return catalogs_product_group_currency_criteria

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
