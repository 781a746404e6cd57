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

T = TypeVar("T", bound="LeadsExportCreateResponse")


@_attrs_define
class LeadsExportCreateResponse:
    """
    Attributes:
        leads_export_id (str | Unset): ID for the leads export job Example: 123456789012.
    """

    leads_export_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads_export_id = self.leads_export_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leads_export_id is not UNSET:
            field_dict["leads_export_id"] = leads_export_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        leads_export_id = d.pop("leads_export_id", UNSET)
        if leads_export_id is None:
            leads_export_id = tolerate_null("leads_export_id")

        leads_export_create_response = cls(
            leads_export_id=leads_export_id,
        )

        if d:
            tolerate_unknown_fields("LeadsExportCreateResponse", d)

        leads_export_create_response.additional_properties = d
        return leads_export_create_response

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
