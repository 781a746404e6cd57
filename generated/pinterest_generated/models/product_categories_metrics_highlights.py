from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.inner_product_categories_metrics_highlights import (
        InnerProductCategoriesMetricsHighlights,
    )


T = TypeVar("T", bound="ProductCategoriesMetricsHighlights")


@_attrs_define
class ProductCategoriesMetricsHighlights:
    """Key performance metrics highlights for this product category

    Attributes:
        engagement (InnerProductCategoriesMetricsHighlights | Unset):
        outbound_clicks (InnerProductCategoriesMetricsHighlights | Unset):
        pin_saves (InnerProductCategoriesMetricsHighlights | Unset):
    """

    engagement: InnerProductCategoriesMetricsHighlights | Unset = UNSET
    outbound_clicks: InnerProductCategoriesMetricsHighlights | Unset = UNSET
    pin_saves: InnerProductCategoriesMetricsHighlights | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        engagement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engagement, Unset):
            engagement = None if self.engagement is None else self.engagement.to_dict()

        outbound_clicks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outbound_clicks, Unset):
            outbound_clicks = (
                None if self.outbound_clicks is None else self.outbound_clicks.to_dict()
            )

        pin_saves: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pin_saves, Unset):
            pin_saves = None if self.pin_saves is None else self.pin_saves.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engagement is not UNSET:
            field_dict["engagement"] = engagement
        if outbound_clicks is not UNSET:
            field_dict["outbound_clicks"] = outbound_clicks
        if pin_saves is not UNSET:
            field_dict["pin_saves"] = pin_saves

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.inner_product_categories_metrics_highlights import (
            InnerProductCategoriesMetricsHighlights,
        )

        d = dict(src_dict)
        _engagement = d.pop("engagement", UNSET)
        engagement: InnerProductCategoriesMetricsHighlights | Unset
        if isinstance(_engagement, Unset):
            engagement = UNSET
        elif _engagement is None:
            engagement = tolerate_null("engagement")
        else:
            engagement = InnerProductCategoriesMetricsHighlights.from_dict(_engagement)

        _outbound_clicks = d.pop("outbound_clicks", UNSET)
        outbound_clicks: InnerProductCategoriesMetricsHighlights | Unset
        if isinstance(_outbound_clicks, Unset):
            outbound_clicks = UNSET
        elif _outbound_clicks is None:
            outbound_clicks = tolerate_null("outbound_clicks")
        else:
            outbound_clicks = InnerProductCategoriesMetricsHighlights.from_dict(_outbound_clicks)

        _pin_saves = d.pop("pin_saves", UNSET)
        pin_saves: InnerProductCategoriesMetricsHighlights | Unset
        if isinstance(_pin_saves, Unset):
            pin_saves = UNSET
        elif _pin_saves is None:
            pin_saves = tolerate_null("pin_saves")
        else:
            pin_saves = InnerProductCategoriesMetricsHighlights.from_dict(_pin_saves)

        product_categories_metrics_highlights = cls(
            engagement=engagement,
            outbound_clicks=outbound_clicks,
            pin_saves=pin_saves,
        )

        if d:
            tolerate_unknown_fields("ProductCategoriesMetricsHighlights", d)

        product_categories_metrics_highlights.additional_properties = d
        return product_categories_metrics_highlights

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
