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
    from ..models.keyword_metrics import KeywordMetrics


T = TypeVar("T", bound="KeywordMetricsResponse")


@_attrs_define
class KeywordMetricsResponse:
    """
    Attributes:
        keyword (str | Unset): Keyword name, e.g., "keyword":"fashion outfits" Example: animals.
        metrics (KeywordMetrics | Unset): Keyword metrics JSON
    """

    keyword: str | Unset = UNSET
    metrics: KeywordMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = None if self.metrics is None else self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.keyword_metrics import KeywordMetrics

        d = dict(src_dict)
        keyword = d.pop("keyword", UNSET)
        if keyword is None:
            keyword = tolerate_null("keyword")

        _metrics = d.pop("metrics", UNSET)
        metrics: KeywordMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        elif _metrics is None:
            metrics = tolerate_null("metrics")
        else:
            metrics = KeywordMetrics.from_dict(_metrics)

        keyword_metrics_response = cls(
            keyword=keyword,
            metrics=metrics,
        )

        if d:
            tolerate_unknown_fields("KeywordMetricsResponse", d)

        keyword_metrics_response.additional_properties = d
        return keyword_metrics_response

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
