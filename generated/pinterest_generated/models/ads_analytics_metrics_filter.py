from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ads_analytics_filter_column import AdsAnalyticsFilterColumn
from ..models.ads_analytics_filter_operator import AdsAnalyticsFilterOperator
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdsAnalyticsMetricsFilter")


@_attrs_define
class AdsAnalyticsMetricsFilter:
    """
    Attributes:
        field (AdsAnalyticsFilterColumn): Reporting columns for sync reporting data filter Example: SPEND_IN_DOLLAR.
        operator (AdsAnalyticsFilterOperator): Filter operator for sync reporting Example: LESS_THAN.
        values (list[float]): List of values for filtering
    """

    field: AdsAnalyticsFilterColumn
    operator: AdsAnalyticsFilterOperator
    values: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = None if self.field is None else self.field.value

        operator = None if self.operator is None else self.operator.value

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _field = d.pop("field")
        field = tolerate_null("field") if _field is None else AdsAnalyticsFilterColumn(_field)

        _operator = d.pop("operator")
        operator = (
            tolerate_null("operator")
            if _operator is None
            else AdsAnalyticsFilterOperator(_operator)
        )

        _values = d.pop("values")
        values = tolerate_null("values") if _values is None else cast(list[float], _values)

        ads_analytics_metrics_filter = cls(
            field=field,
            operator=operator,
            values=values,
        )

        if d:
            tolerate_unknown_fields("AdsAnalyticsMetricsFilter", d)

        ads_analytics_metrics_filter.additional_properties = d
        return ads_analytics_metrics_filter

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
