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
    from ..models.keyword_metrics_response import KeywordMetricsResponse


T = TypeVar("T", bound="KeywordsMetricsArrayResponse")


@_attrs_define
class KeywordsMetricsArrayResponse:
    """
    Attributes:
        data (list[KeywordMetricsResponse] | Unset):
    """

    data: list[KeywordMetricsResponse] | Unset = UNSET
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
        from ..models.keyword_metrics_response import KeywordMetricsResponse

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[KeywordMetricsResponse] | Unset = UNSET
        if _data is None:
            data = tolerate_null("data")
        elif not isinstance(_data, Unset):
            data = []
            for data_item_data in _data:
                _data_item = data_item_data
                data_item = (
                    tolerate_null("data_item")
                    if _data_item is None
                    else KeywordMetricsResponse.from_dict(_data_item)
                )

                data.append(data_item)

        keywords_metrics_array_response = cls(
            data=data,
        )

        if d:
            tolerate_unknown_fields("KeywordsMetricsArrayResponse", d)

        keywords_metrics_array_response.additional_properties = d
        return keywords_metrics_array_response

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
