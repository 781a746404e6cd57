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
    from ..models.label import Label
    from ..models.label_error import LabelError


T = TypeVar("T", bound="LabelsResponse")


@_attrs_define
class LabelsResponse:
    """
    Attributes:
        errors (list[LabelError] | Unset): Labels that were not successfully applied.
        labels (list[Label] | Unset):
    """

    errors: list[LabelError] | Unset = UNSET
    labels: list[Label] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            if self.errors is None:
                errors = None
            else:
                errors = []
                for errors_item_data in self.errors:
                    errors_item = None if errors_item_data is None else errors_item_data.to_dict()
                    errors.append(errors_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            if self.labels is None:
                labels = None
            else:
                labels = []
                for labels_item_data in self.labels:
                    labels_item = None if labels_item_data is None else labels_item_data.to_dict()
                    labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label import Label
        from ..models.label_error import LabelError

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[LabelError] | Unset = UNSET
        if _errors is None:
            errors = tolerate_null("errors")
        elif not isinstance(_errors, Unset):
            errors = []
            for errors_item_data in _errors:
                _errors_item = errors_item_data
                errors_item = (
                    tolerate_null("errors_item")
                    if _errors_item is None
                    else LabelError.from_dict(_errors_item)
                )

                errors.append(errors_item)

        _labels = d.pop("labels", UNSET)
        labels: list[Label] | Unset = UNSET
        if _labels is None:
            labels = tolerate_null("labels")
        elif not isinstance(_labels, Unset):
            labels = []
            for labels_item_data in _labels:
                _labels_item = labels_item_data
                labels_item = (
                    tolerate_null("labels_item")
                    if _labels_item is None
                    else Label.from_dict(_labels_item)
                )

                labels.append(labels_item)

        labels_response = cls(
            errors=errors,
            labels=labels,
        )

        if d:
            tolerate_unknown_fields("LabelsResponse", d)

        labels_response.additional_properties = d
        return labels_response

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
