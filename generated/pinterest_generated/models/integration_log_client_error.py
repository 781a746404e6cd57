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

T = TypeVar("T", bound="IntegrationLogClientError")


@_attrs_define
class IntegrationLogClientError:
    """System error details included in the log sent by the client.

    Attributes:
        cause (str | Unset): Original cause of the error.
        column_number (int | Unset): Column number in the line of the file that raised the error.
        file_name (str | Unset): Filename where the error happened.
        line_number (int | Unset): Line number where the error happened.
        message (str | Unset): Human-readable description of the error.
        message_detail (str | Unset): More detail about the message.
        name (str | Unset): Filename where the error happened.
        number (int | Unset): Integer that specifies the error code.
        stack_trace (str | Unset): Stack trace of where the error happened.
    """

    cause: str | Unset = UNSET
    column_number: int | Unset = UNSET
    file_name: str | Unset = UNSET
    line_number: int | Unset = UNSET
    message: str | Unset = UNSET
    message_detail: str | Unset = UNSET
    name: str | Unset = UNSET
    number: int | Unset = UNSET
    stack_trace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        column_number = self.column_number

        file_name = self.file_name

        line_number = self.line_number

        message = self.message

        message_detail = self.message_detail

        name = self.name

        number = self.number

        stack_trace = self.stack_trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update({})
        if cause is not UNSET:
            field_dict["cause"] = cause
        if column_number is not UNSET:
            field_dict["column_number"] = column_number
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if message is not UNSET:
            field_dict["message"] = message
        if message_detail is not UNSET:
            field_dict["message_detail"] = message_detail
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if stack_trace is not UNSET:
            field_dict["stack_trace"] = stack_trace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cause = d.pop("cause", UNSET)
        if cause is None:
            cause = tolerate_null("cause")

        column_number = d.pop("column_number", UNSET)
        if column_number is None:
            column_number = tolerate_null("column_number")

        file_name = d.pop("file_name", UNSET)
        if file_name is None:
            file_name = tolerate_null("file_name")

        line_number = d.pop("line_number", UNSET)
        if line_number is None:
            line_number = tolerate_null("line_number")

        message = d.pop("message", UNSET)
        if message is None:
            message = tolerate_null("message")

        message_detail = d.pop("message_detail", UNSET)
        if message_detail is None:
            message_detail = tolerate_null("message_detail")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        number = d.pop("number", UNSET)
        if number is None:
            number = tolerate_null("number")

        stack_trace = d.pop("stack_trace", UNSET)
        if stack_trace is None:
            stack_trace = tolerate_null("stack_trace")

        integration_log_client_error = cls(
            cause=cause,
            column_number=column_number,
            file_name=file_name,
            line_number=line_number,
            message=message,
            message_detail=message_detail,
            name=name,
            number=number,
            stack_trace=stack_trace,
        )

        if d:
            tolerate_unknown_fields("IntegrationLogClientError", d)
        integration_log_client_error.additional_properties = d
        return integration_log_client_error

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
