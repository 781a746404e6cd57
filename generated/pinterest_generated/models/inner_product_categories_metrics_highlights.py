from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="InnerProductCategoriesMetricsHighlights")


@_attrs_define
class InnerProductCategoriesMetricsHighlights:
    """
    Attributes:
        pct_change_mom (float): Month-over-month percentage change
    """

    pct_change_mom: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pct_change_mom = self.pct_change_mom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pct_change_mom": pct_change_mom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pct_change_mom = d.pop("pct_change_mom")
        if pct_change_mom is None:
            pct_change_mom = tolerate_null("pct_change_mom")

        inner_product_categories_metrics_highlights = cls(
            pct_change_mom=pct_change_mom,
        )

        if d:
            tolerate_unknown_fields("InnerProductCategoriesMetricsHighlights", d)

        inner_product_categories_metrics_highlights.additional_properties = d
        return inner_product_categories_metrics_highlights

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
