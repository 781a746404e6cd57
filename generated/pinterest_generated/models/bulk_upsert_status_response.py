from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_upsert_status import BulkUpsertStatus
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BulkUpsertStatusResponse")


@_attrs_define
class BulkUpsertStatusResponse:
    """ID of the bulk request.

    Attributes:
        result_url (str | Unset):  Example: https://pinterest-waterloo.s3.us-
            east-1.amazonaws.com/bulk_framework/AD_ENTITY_UPSERT/549763856637-1659122537-0b4d77d3-f620-48ce-
            bec9-616106afb8d4/(...).
        status (BulkUpsertStatus | Unset):  Example: SUCCEEDED.
    """

    result_url: str | Unset = UNSET
    status: BulkUpsertStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_url = self.result_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        result_url = d.pop("result_url", UNSET)
        if result_url is None:
            result_url = tolerate_null("result_url")

        _status = d.pop("status", UNSET)
        status: BulkUpsertStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = BulkUpsertStatus(_status)

        bulk_upsert_status_response = cls(
            result_url=result_url,
            status=status,
        )

        if d:
            tolerate_unknown_fields("BulkUpsertStatusResponse", d)

        bulk_upsert_status_response.additional_properties = d
        return bulk_upsert_status_response

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
