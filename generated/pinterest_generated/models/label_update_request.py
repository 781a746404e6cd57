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
    from ..models.label_update_request_labels_item import LabelUpdateRequestLabelsItem


T = TypeVar("T", bound="LabelUpdateRequest")


@_attrs_define
class LabelUpdateRequest:
    """
    Attributes:
        labels (list[LabelUpdateRequestLabelsItem]): Labels that you are applying to the campaign.
    """

    labels: list[LabelUpdateRequestLabelsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.labels is None:
            labels = None
        else:
            labels = []
            for labels_item_data in self.labels:
                labels_item = None if labels_item_data is None else labels_item_data.to_dict()
                labels.append(labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_update_request_labels_item import LabelUpdateRequestLabelsItem

        d = dict(src_dict)
        _labels = d.pop("labels")
        labels: list[LabelUpdateRequestLabelsItem]
        if _labels is None:
            labels = tolerate_null("labels")
        else:
            labels = []
            for labels_item_data in _labels:
                _labels_item = labels_item_data
                labels_item = (
                    tolerate_null("labels_item")
                    if _labels_item is None
                    else LabelUpdateRequestLabelsItem.from_dict(_labels_item)
                )

                labels.append(labels_item)

        label_update_request = cls(
            labels=labels,
        )

        if d:
            tolerate_unknown_fields("LabelUpdateRequest", d)

        label_update_request.additional_properties = d
        return label_update_request

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
