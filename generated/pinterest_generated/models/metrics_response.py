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
    from ..models.metrics_response_data_item import MetricsResponseDataItem


T = TypeVar("T", bound="MetricsResponse")


@_attrs_define
class MetricsResponse:
    """
    Attributes:
        data (list[MetricsResponseDataItem] | Unset):  Example: [{'targeting_type': 'KEYWORD', 'targeting_value':
            'christmas decor ideas', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR':
            240}}, {'targeting_type': 'APPTYPE', 'targeting_value': 'iphone', 'metrics': {'AD_GROUP_ID': 2680067996745,
            'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'APPTYPE', 'targeting_value': 'ipad',
            'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type':
            'APPTYPE', 'targeting_value': 'web', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26',
            'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'APPTYPE', 'targeting_value': 'web_mobile', 'metrics':
            {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'APPTYPE',
            'targeting_value': 'android_mobile', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26',
            'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'APPTYPE', 'targeting_value': 'android_tablet', 'metrics':
            {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'GENDER',
            'targeting_value': 'female', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR':
            240}}, {'targeting_type': 'LOCATION', 'targeting_value': 500, 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE':
            '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'PLACEMENT', 'targeting_value': 'SEARCH', 'metrics':
            {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'COUNTRY',
            'targeting_value': 'US', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR':
            240}}, {'targeting_type': 'TARGETED_INTEREST', 'targeting_value': 'Food and Drinks', 'metrics': {'AD_GROUP_ID':
            2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'PINNER_INTEREST',
            'targeting_value': 'Chocolate Cookies', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26',
            'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'AUDIENCE_INCLUDE', 'targeting_value': 254261234567, 'metrics':
            {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'GEO',
            'targeting_value': 'US:94102', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26',
            'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'AGE_BUCKET', 'targeting_value': '45-49', 'metrics':
            {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR': 240}}, {'targeting_type': 'REGION',
            'targeting_value': 'US-CA', 'metrics': {'AD_GROUP_ID': 2680067996745, 'DATE': '2022-04-26', 'SPEND_IN_DOLLAR':
            240}}].
    """

    data: list[MetricsResponseDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            if self.data is None:
                data = None
            else:
                data = []
                for data_item_data in self.data:
                    data_item = None if data_item_data is None else data_item_data.to_dict()
                    data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics_response_data_item import MetricsResponseDataItem

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[MetricsResponseDataItem] | Unset = UNSET
        if _data is None:
            data = tolerate_null("data")
        elif not isinstance(_data, Unset):
            data = []
            for data_item_data in _data:
                _data_item = data_item_data
                data_item = (
                    tolerate_null("data_item")
                    if _data_item is None
                    else MetricsResponseDataItem.from_dict(_data_item)
                )

                data.append(data_item)

        metrics_response = cls(
            data=data,
        )

        if d:
            tolerate_unknown_fields("MetricsResponse", d)

        metrics_response.additional_properties = d
        return metrics_response

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
