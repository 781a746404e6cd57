from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="QualityComponentIssue")


@_attrs_define
class QualityComponentIssue:
    """Details of an issue with a quality component.

    Attributes:
        id (str): Unique identifier for the issue check.
        name (str): Human-readable name of the issue.
        reason (str): Detailed reason for the issue.
    """

    id: str
    name: str
    reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        reason = d.pop("reason")
        if reason is None:
            reason = tolerate_null("reason")

        quality_component_issue = cls(
            id=id,
            name=name,
            reason=reason,
        )

        if d:
            tolerate_unknown_fields("QualityComponentIssue", d)

        quality_component_issue.additional_properties = d
        return quality_component_issue

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
