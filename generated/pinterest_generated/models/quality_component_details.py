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
    from ..models.quality_component_issue import QualityComponentIssue


T = TypeVar("T", bound="QualityComponentDetails")


@_attrs_define
class QualityComponentDetails:
    """Metrics for a specific event type within a quality component.

    Attributes:
        coverage (float): Coverage percentage for this event type.
        issues (list[QualityComponentIssue] | Unset): List of issues detected for this event type, if any.
        overlap (float | Unset): Overlap percentage for this event type. Only populated for external_event_id
    """

    coverage: float
    issues: list[QualityComponentIssue] | Unset = UNSET
    overlap: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coverage = self.coverage

        issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            if self.issues is None:
                issues = None
            else:
                issues = []
                for issues_item_data in self.issues:
                    issues_item = None if issues_item_data is None else issues_item_data.to_dict()
                    issues.append(issues_item)

        overlap = self.overlap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coverage": coverage,
            }
        )
        if issues is not UNSET:
            field_dict["issues"] = issues
        if overlap is not UNSET:
            field_dict["overlap"] = overlap

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quality_component_issue import QualityComponentIssue

        d = dict(src_dict)
        coverage = d.pop("coverage")
        if coverage is None:
            coverage = tolerate_null("coverage")

        _issues = d.pop("issues", UNSET)
        issues: list[QualityComponentIssue] | Unset = UNSET
        if _issues is None:
            issues = tolerate_null("issues")
        elif not isinstance(_issues, Unset):
            issues = []
            for issues_item_data in _issues:
                _issues_item = issues_item_data
                issues_item = (
                    tolerate_null("issues_item")
                    if _issues_item is None
                    else QualityComponentIssue.from_dict(_issues_item)
                )

                issues.append(issues_item)

        overlap = d.pop("overlap", UNSET)
        if overlap is None:
            overlap = tolerate_null("overlap")

        quality_component_details = cls(
            coverage=coverage,
            issues=issues,
            overlap=overlap,
        )

        if d:
            tolerate_unknown_fields("QualityComponentDetails", d)

        quality_component_details.additional_properties = d
        return quality_component_details

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
