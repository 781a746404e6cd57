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

T = TypeVar("T", bound="IntegrationLogsInvalidLogResponseRejectedLogsItem")


@_attrs_define
class IntegrationLogsInvalidLogResponseRejectedLogsItem:
    """
    Attributes:
        field (str): The field name containing an invalid value.
        reason (str): The reason the value is invalid.
        value (str): The value that is invalid.
        log_index (int | Unset): Index of the log in the batch.
    """

    field: str
    reason: str
    value: str
    log_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        reason = self.reason

        value = self.value

        log_index = self.log_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "reason": reason,
                "value": value,
            }
        )
        if log_index is not UNSET:
            field_dict["log_index"] = log_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        field = d.pop("field")
        if field is None:
            field = tolerate_null("field")

        reason = d.pop("reason")
        if reason is None:
            reason = tolerate_null("reason")

        value = d.pop("value")
        if value is None:
            value = tolerate_null("value")

        log_index = d.pop("log_index", UNSET)
        if log_index is None:
            log_index = tolerate_null("log_index")

        integration_logs_invalid_log_response_rejected_logs_item = cls(
            field=field,
            reason=reason,
            value=value,
            log_index=log_index,
        )

        if d:
            tolerate_unknown_fields("IntegrationLogsInvalidLogResponseRejectedLogsItem", d)

        integration_logs_invalid_log_response_rejected_logs_item.additional_properties = d
        return integration_logs_invalid_log_response_rejected_logs_item

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
