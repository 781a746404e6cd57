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

T = TypeVar("T", bound="BulkUpsertResponse")


@_attrs_define
class BulkUpsertResponse:
    """ID of the bulk request.

    Attributes:
        request_id (str | Unset):  Example: 549763856477-1660864560-1407e16a-c586-4add-94df-d0b160bec0ff,
            549763856477-1660864560-d0b160bec0ff.
    """

    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("request_id", UNSET)
        if request_id is None:
            request_id = tolerate_null("request_id")

        bulk_upsert_response = cls(
            request_id=request_id,
        )

        if d:
            tolerate_unknown_fields("BulkUpsertResponse", d)

        bulk_upsert_response.additional_properties = d
        return bulk_upsert_response

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
