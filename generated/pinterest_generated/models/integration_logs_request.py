from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.integration_log import IntegrationLog


T = TypeVar("T", bound="IntegrationLogsRequest")


@_attrs_define
class IntegrationLogsRequest:
    """Batch of logs sent from an integration application.

    Attributes:
        logs (list[IntegrationLog]):
    """

    logs: list[IntegrationLog]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.logs is None:
            logs = None
        else:
            logs = []
            for logs_item_data in self.logs:
                logs_item = None if logs_item_data is None else logs_item_data.to_dict()
                logs.append(logs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "logs": logs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.integration_log import IntegrationLog

        d = dict(src_dict)
        _logs = d.pop("logs")
        logs: list[IntegrationLog]
        if _logs is None:
            logs = tolerate_null("logs")
        else:
            logs = []
            for logs_item_data in _logs:
                _logs_item = logs_item_data
                logs_item = (
                    tolerate_null("logs_item")
                    if _logs_item is None
                    else IntegrationLog.from_dict(_logs_item)
                )

                logs.append(logs_item)

        integration_logs_request = cls(
            logs=logs,
        )

        if d:
            tolerate_unknown_fields("IntegrationLogsRequest", d)
        integration_logs_request.additional_properties = d
        return integration_logs_request

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
