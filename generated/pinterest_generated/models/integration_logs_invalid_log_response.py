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
    from ..models.integration_logs_invalid_log_response_rejected_logs_item import (
        IntegrationLogsInvalidLogResponseRejectedLogsItem,
    )


T = TypeVar("T", bound="IntegrationLogsInvalidLogResponse")


@_attrs_define
class IntegrationLogsInvalidLogResponse:
    """Schema describing the response when a log has invalid fields.

    Attributes:
        rejected_logs (list[IntegrationLogsInvalidLogResponseRejectedLogsItem] | Unset):
    """

    rejected_logs: list[IntegrationLogsInvalidLogResponseRejectedLogsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rejected_logs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rejected_logs, Unset):
            if self.rejected_logs is None:
                rejected_logs = None
            else:
                rejected_logs = []
                for rejected_logs_item_data in self.rejected_logs:
                    rejected_logs_item = (
                        None
                        if rejected_logs_item_data is None
                        else rejected_logs_item_data.to_dict()
                    )
                    rejected_logs.append(rejected_logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rejected_logs is not UNSET:
            field_dict["rejected_logs"] = rejected_logs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_logs_invalid_log_response_rejected_logs_item import (
            IntegrationLogsInvalidLogResponseRejectedLogsItem,
        )

        d = dict(src_dict)
        _rejected_logs = d.pop("rejected_logs", UNSET)
        rejected_logs: list[IntegrationLogsInvalidLogResponseRejectedLogsItem] | Unset = UNSET
        if _rejected_logs is None:
            rejected_logs = tolerate_null("rejected_logs")
        elif not isinstance(_rejected_logs, Unset):
            rejected_logs = []
            for rejected_logs_item_data in _rejected_logs:
                _rejected_logs_item = rejected_logs_item_data
                rejected_logs_item = (
                    tolerate_null("rejected_logs_item")
                    if _rejected_logs_item is None
                    else IntegrationLogsInvalidLogResponseRejectedLogsItem.from_dict(
                        _rejected_logs_item
                    )
                )

                rejected_logs.append(rejected_logs_item)

        integration_logs_invalid_log_response = cls(
            rejected_logs=rejected_logs,
        )

        if d:
            tolerate_unknown_fields("IntegrationLogsInvalidLogResponse", d)

        integration_logs_invalid_log_response.additional_properties = d
        return integration_logs_invalid_log_response

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
