from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LeadsExportCreateRequest")


@_attrs_define
class LeadsExportCreateRequest:
    """
    Attributes:
        ad_id (str): ID for the ad collecting leads Example: 687201361754.
        end_date (str): Export leads collected on and before end date (UTC). Format: YYYY-MM-DD Example: 2020-12-20.
        start_date (str): Export leads collected on and after start date (UTC). Format: YYYY-MM-DD Example: 2020-12-20.
    """

    ad_id: str
    end_date: str
    start_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_id = self.ad_id

        end_date = self.end_date

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ad_id": ad_id,
                "end_date": end_date,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_id = d.pop("ad_id")
        if ad_id is None:
            ad_id = tolerate_null("ad_id")

        end_date = d.pop("end_date")
        if end_date is None:
            end_date = tolerate_null("end_date")

        start_date = d.pop("start_date")
        if start_date is None:
            start_date = tolerate_null("start_date")

        leads_export_create_request = cls(
            ad_id=ad_id,
            end_date=end_date,
            start_date=start_date,
        )

        if d:
            tolerate_unknown_fields("LeadsExportCreateRequest", d)

        leads_export_create_request.additional_properties = d
        return leads_export_create_request

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
