from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pinterest_lib_status_204_status_code import PinterestLibStatus204StatusCode
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="PinterestLibStatus204")


@_attrs_define
class PinterestLibStatus204:
    """The resource was successfully deleted.

    Attributes:
        status_code (PinterestLibStatus204StatusCode):
    """

    status_code: PinterestLibStatus204StatusCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = None if self.status_code is None else self.status_code.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusCode": status_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _status_code = d.pop("statusCode")
        status_code = (
            tolerate_null("statusCode")
            if _status_code is None
            else PinterestLibStatus204StatusCode(_status_code)
        )

        pinterest_lib_status_204 = cls(
            status_code=status_code,
        )

        if d:
            tolerate_unknown_fields("PinterestLibStatus204", d)

        pinterest_lib_status_204.additional_properties = d
        return pinterest_lib_status_204

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
