from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="KeywordMetrics")


@_attrs_define
class KeywordMetrics:
    """Keyword metrics JSON

    Attributes:
        keyword_query_volume (str | Unset): Keyword's search frequency. This value is based on keyword frequency in
            pepsi client response Example: 5M+.
    """

    keyword_query_volume: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword_query_volume = self.keyword_query_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword_query_volume is not UNSET:
            field_dict["keyword_query_volume"] = keyword_query_volume

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        keyword_query_volume = d.pop("keyword_query_volume", UNSET)
        if keyword_query_volume is None:
            keyword_query_volume = tolerate_null("keyword_query_volume")

        keyword_metrics = cls(
            keyword_query_volume=keyword_query_volume,
        )

        if d:
            tolerate_unknown_fields("KeywordMetrics", d)

        keyword_metrics.additional_properties = d
        return keyword_metrics

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
