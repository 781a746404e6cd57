from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductCategoryDetailsPredictedTimeSeries")


@_attrs_define
class ProductCategoryDetailsPredictedTimeSeries:
    """
        A sequence of weekly observations of the predicted relative search volume for this keyword over the next 3
    months.
        These values are normalized to a [0-100] range, and can be used to visualize the forecasted user interest in
    this keyword.
        Similar to the historical time_series, normalization is applied independently to the predicted time series of
    each keyword, but the normalize_against_group query parameter can be used in cases where you wish to compare
    relative predicted volume between keywords.
        **Note**: The cut-off date between historical and predicted time series depends on Pinterest data availability.
    Usually the data needs a few days to be calculated, so the predicted time series may contain some past dates
    compared to today.
        **Note**: The date of each observation is in ISO-8601 format and represents the end of the week. For example, a
    value of 2024-01-07 would include predicted searches for the week ending on 2024-01-07.

    """

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_category_details_predicted_time_series = cls()

        product_category_details_predicted_time_series.additional_properties = d
        return product_category_details_predicted_time_series

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
