from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
)

if TYPE_CHECKING:
    from ..models.quality_component_details import QualityComponentDetails


T = TypeVar("T", bound="QualityComponentsSourceUrl")


@_attrs_define
class QualityComponentsSourceUrl:
    additional_properties: dict[str, QualityComponentDetails] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = None if prop is None else prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quality_component_details import QualityComponentDetails

        d = dict(src_dict)
        quality_components_source_url = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property = prop_dict
            additional_property = (
                tolerate_null("AdditionalProperty")
                if _additional_property is None
                else QualityComponentDetails.from_dict(_additional_property)
            )

            additional_properties[prop_name] = additional_property

        quality_components_source_url.additional_properties = additional_properties
        return quality_components_source_url

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> QualityComponentDetails:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: QualityComponentDetails) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
