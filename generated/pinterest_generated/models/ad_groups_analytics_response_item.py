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

T = TypeVar("T", bound="AdGroupsAnalyticsResponseItem")


@_attrs_define
class AdGroupsAnalyticsResponseItem:
    """
    Example:
        {'DATE': '2021-04-01', 'AD_GROUP_ID': '547602124502', 'SPEND_IN_DOLLAR': 30, 'TOTAL_CLICKTHROUGH': 216}

    Attributes:
        ad_group_id (str | Unset): The ID of the ad group that this metrics belongs to. Returned as long as
            aggregate_report_rows is not true.
        date (datetime.date | Unset): Current metrics date. Only returned when granularity is a time-based value (`DAY`,
            `HOUR`, `WEEK`, `MONTH`)
    """

    ad_group_id: str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_group_id = self.ad_group_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = None if self.date is None else self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_group_id is not UNSET:
            field_dict["AD_GROUP_ID"] = ad_group_id
        if date is not UNSET:
            field_dict["DATE"] = date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_group_id = d.pop("AD_GROUP_ID", UNSET)
        if ad_group_id is None:
            ad_group_id = tolerate_null("AD_GROUP_ID")

        _date = d.pop("DATE", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        elif _date is None:
            date = tolerate_null("DATE")
        else:
            date = datetime.date.fromisoformat(_date)

        ad_groups_analytics_response_item = cls(
            ad_group_id=ad_group_id,
            date=date,
        )

        ad_groups_analytics_response_item.additional_properties = d
        return ad_groups_analytics_response_item

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
