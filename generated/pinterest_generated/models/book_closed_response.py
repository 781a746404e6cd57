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

T = TypeVar("T", bound="BookClosedResponse")


@_attrs_define
class BookClosedResponse:
    """Creation fields

    Attributes:
        conversion_metrics_ready (bool | Unset): Are conversion metrics ready? Example: False.
        non_conversion_metrics_ready (bool | Unset): Are non-conversion metrics ready? Example: False.
    """

    conversion_metrics_ready: bool | Unset = UNSET
    non_conversion_metrics_ready: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversion_metrics_ready = self.conversion_metrics_ready

        non_conversion_metrics_ready = self.non_conversion_metrics_ready

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_metrics_ready is not UNSET:
            field_dict["conversion_metrics_ready"] = conversion_metrics_ready
        if non_conversion_metrics_ready is not UNSET:
            field_dict["non_conversion_metrics_ready"] = non_conversion_metrics_ready

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        conversion_metrics_ready = d.pop("conversion_metrics_ready", UNSET)
        if conversion_metrics_ready is None:
            conversion_metrics_ready = tolerate_null("conversion_metrics_ready")

        non_conversion_metrics_ready = d.pop("non_conversion_metrics_ready", UNSET)
        if non_conversion_metrics_ready is None:
            non_conversion_metrics_ready = tolerate_null("non_conversion_metrics_ready")

        book_closed_response = cls(
            conversion_metrics_ready=conversion_metrics_ready,
            non_conversion_metrics_ready=non_conversion_metrics_ready,
        )

        if d:
            tolerate_unknown_fields("BookClosedResponse", d)

        book_closed_response.additional_properties = d
        return book_closed_response

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
