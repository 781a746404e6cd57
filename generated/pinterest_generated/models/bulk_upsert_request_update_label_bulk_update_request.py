from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_upsert_request_update_label_bulk_update_request_status import (
    BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="BulkUpsertRequestUpdateLabelBulkUpdateRequest")


@_attrs_define
class BulkUpsertRequestUpdateLabelBulkUpdateRequest:
    """
    Attributes:
        id (str): Label ID. Example: 1106385754497.
        status (BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus | Unset): Set status to `ARCHIVED` to remove the
            label from the parent entity. Example: ARCHIVED.
        value (str | Unset): </p><strong>Note:</strong> value field will be deprecated. Label name. 100-character limit.
    """

    id: str
    status: BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _status = d.pop("status", UNSET)
        status: BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = BulkUpsertRequestUpdateLabelBulkUpdateRequestStatus(_status)

        value = d.pop("value", UNSET)
        if value is None:
            value = tolerate_null("value")

        bulk_upsert_request_update_label_bulk_update_request = cls(
            id=id,
            status=status,
            value=value,
        )

        if d:
            tolerate_unknown_fields("BulkUpsertRequestUpdateLabelBulkUpdateRequest", d)

        bulk_upsert_request_update_label_bulk_update_request.additional_properties = d
        return bulk_upsert_request_update_label_bulk_update_request

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
