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
    from ..models.label_create_request_labels_item import LabelCreateRequestLabelsItem


T = TypeVar("T", bound="LabelCreateRequest")


@_attrs_define
class LabelCreateRequest:
    """
    Attributes:
        labels (list[LabelCreateRequestLabelsItem]): Labels that you are applying to the campaign.
        parent_id (str): Unique identifier of the asset you are labelling. Currently, you can only label campaigns.
            Example: 626753052072.
    """

    labels: list[LabelCreateRequestLabelsItem]
    parent_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.labels is None:
            labels = None
        else:
            labels = []
            for labels_item_data in self.labels:
                labels_item = None if labels_item_data is None else labels_item_data.to_dict()
                labels.append(labels_item)

        parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
                "parent_id": parent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.label_create_request_labels_item import LabelCreateRequestLabelsItem

        d = dict(src_dict)
        _labels = d.pop("labels")
        labels: list[LabelCreateRequestLabelsItem]
        if _labels is None:
            labels = tolerate_null("labels")
        else:
            labels = []
            for labels_item_data in _labels:
                _labels_item = labels_item_data
                labels_item = (
                    tolerate_null("labels_item")
                    if _labels_item is None
                    else LabelCreateRequestLabelsItem.from_dict(_labels_item)
                )

                labels.append(labels_item)

        parent_id = d.pop("parent_id")
        if parent_id is None:
            parent_id = tolerate_null("parent_id")

        label_create_request = cls(
            labels=labels,
            parent_id=parent_id,
        )

        if d:
            tolerate_unknown_fields("LabelCreateRequest", d)

        label_create_request.additional_properties = d
        return label_create_request

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
