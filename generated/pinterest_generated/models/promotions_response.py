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
    from ..models.promotion_array_element import PromotionArrayElement


T = TypeVar("T", bound="PromotionsResponse")


@_attrs_define
class PromotionsResponse:
    """
    Attributes:
        promotions (list[PromotionArrayElement] | Unset):
    """

    promotions: list[PromotionArrayElement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotions, Unset):
            if self.promotions is None:
                promotions = None
            else:
                promotions = []
                for promotions_item_data in self.promotions:
                    promotions_item = (
                        None if promotions_item_data is None else promotions_item_data.to_dict()
                    )
                    promotions.append(promotions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promotions is not UNSET:
            field_dict["promotions"] = promotions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_array_element import PromotionArrayElement

        d = dict(src_dict)
        _promotions = d.pop("promotions", UNSET)
        promotions: list[PromotionArrayElement] | Unset = UNSET
        if _promotions is None:
            promotions = tolerate_null("promotions")
        elif not isinstance(_promotions, Unset):
            promotions = []
            for promotions_item_data in _promotions:
                _promotions_item = promotions_item_data
                promotions_item = (
                    tolerate_null("promotions_item")
                    if _promotions_item is None
                    else PromotionArrayElement.from_dict(_promotions_item)
                )

                promotions.append(promotions_item)

        promotions_response = cls(
            promotions=promotions,
        )

        if d:
            tolerate_unknown_fields("PromotionsResponse", d)

        promotions_response.additional_properties = d
        return promotions_response

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
