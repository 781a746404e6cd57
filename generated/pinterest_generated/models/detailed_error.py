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
    from ..models.detailed_error_details import DetailedErrorDetails


T = TypeVar("T", bound="DetailedError")


@_attrs_define
class DetailedError:
    """Used for including extra details to a base error

    Attributes:
        code (int):
        details (DetailedErrorDetails):
        message (str):
    """

    code: int
    details: DetailedErrorDetails
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        details = None if self.details is None else self.details.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "details": details,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.detailed_error_details import DetailedErrorDetails

        d = dict(src_dict)
        code = d.pop("code")
        if code is None:
            code = tolerate_null("code")

        _details = d.pop("details")
        details = (
            tolerate_null("details")
            if _details is None
            else DetailedErrorDetails.from_dict(_details)
        )

        message = d.pop("message")
        if message is None:
            message = tolerate_null("message")

        detailed_error = cls(
            code=code,
            details=details,
            message=message,
        )

        if d:
            tolerate_unknown_fields("DetailedError", d)

        detailed_error.additional_properties = d
        return detailed_error

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
