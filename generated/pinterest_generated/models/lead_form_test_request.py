from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="LeadFormTestRequest")


@_attrs_define
class LeadFormTestRequest:
    """Request to create test data for lead data test API.

    Attributes:
        answers (list[str]): Test lead answers. Should follow the creation order. Example: ['John', 'Doe',
            'abc@email.com', '987654321'].
    """

    answers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers = self.answers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _answers = d.pop("answers")
        answers = tolerate_null("answers") if _answers is None else cast(list[str], _answers)

        lead_form_test_request = cls(
            answers=answers,
        )

        if d:
            tolerate_unknown_fields("LeadFormTestRequest", d)

        lead_form_test_request.additional_properties = d
        return lead_form_test_request

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
