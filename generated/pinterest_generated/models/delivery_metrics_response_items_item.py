from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_metrics_response_items_item_category import (
    DeliveryMetricsResponseItemsItemCategory,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="DeliveryMetricsResponseItemsItem")


@_attrs_define
class DeliveryMetricsResponseItemsItem:
    """
    Attributes:
        category (DeliveryMetricsResponseItemsItemCategory | Unset): Category name Example: ADS.
        definition (str | Unset): How the metric is defined. Example: Unique ID for your ad group.
        display_name (str | Unset): Display name, when available. If unavaible it will not be returned. Matches how the
            metric is named in our native tools like Pinterest Ads Manager. Example: Ad group ID.
        name (str | Unset): Metric's name. Example: AD_GROUP_ID.
    """

    category: DeliveryMetricsResponseItemsItemCategory | Unset = UNSET
    definition: str | Unset = UNSET
    display_name: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = None if self.category is None else self.category.value

        definition = self.definition

        display_name = self.display_name

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if definition is not UNSET:
            field_dict["definition"] = definition
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _category = d.pop("category", UNSET)
        category: DeliveryMetricsResponseItemsItemCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        elif _category is None:
            category = tolerate_null("category")
        else:
            category = DeliveryMetricsResponseItemsItemCategory(_category)

        definition = d.pop("definition", UNSET)
        if definition is None:
            definition = tolerate_null("definition")

        display_name = d.pop("display_name", UNSET)
        if display_name is None:
            display_name = tolerate_null("display_name")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        delivery_metrics_response_items_item = cls(
            category=category,
            definition=definition,
            display_name=display_name,
            name=name,
        )

        if d:
            tolerate_unknown_fields("DeliveryMetricsResponseItemsItem", d)

        delivery_metrics_response_items_item.additional_properties = d
        return delivery_metrics_response_items_item

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
