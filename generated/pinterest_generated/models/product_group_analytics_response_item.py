from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
)

T = TypeVar("T", bound="ProductGroupAnalyticsResponseItem")


@_attrs_define
class ProductGroupAnalyticsResponseItem:
    """
    Example:
        {'DATE': '2021-04-01', 'PRODUCT_GROUP_ID': '74629351736530', 'SPEND_IN_DOLLAR': 30, 'TOTAL_CLICKTHROUGH': 216}

    Attributes:
        product_group_id (str): The ID of the product group that this metrics belongs to.
        date (datetime.date | Unset): Current metrics date. Only returned when granularity is a time-based value (`DAY`,
            `HOUR`, `WEEK`, `MONTH`)
    """

    product_group_id: str
    date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_group_id = self.product_group_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = None if self.date is None else self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PRODUCT_GROUP_ID": product_group_id,
            }
        )
        if date is not UNSET:
            field_dict["DATE"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_group_id = d.pop("PRODUCT_GROUP_ID")
        if product_group_id is None:
            product_group_id = tolerate_null("PRODUCT_GROUP_ID")

        _date = d.pop("DATE", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        elif _date is None:
            date = tolerate_null("DATE")
        else:
            date = datetime.date.fromisoformat(_date)

        product_group_analytics_response_item = cls(
            product_group_id=product_group_id,
            date=date,
        )

        product_group_analytics_response_item.additional_properties = d
        return product_group_analytics_response_item

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
