from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.media_type import MediaType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsProductGroupMultipleMediaTypesCriteria")


@_attrs_define
class CatalogsProductGroupMultipleMediaTypesCriteria:
    """
    Attributes:
        values (list[MediaType]):
        negated (bool | Unset):  Default: False.
    """

    values: list[MediaType]
    negated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.values is None:
            values = None
        else:
            values = []
            for values_item_data in self.values:
                values_item = None if values_item_data is None else values_item_data.value
                values.append(values_item)

        negated = self.negated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "values": values,
            }
        )
        if negated is not UNSET:
            field_dict["negated"] = negated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _values = d.pop("values")
        values: list[MediaType]
        if _values is None:
            values = tolerate_null("values")
        else:
            values = []
            for values_item_data in _values:
                _values_item = values_item_data
                values_item = (
                    tolerate_null("values_item")
                    if _values_item is None
                    else MediaType(_values_item)
                )

                values.append(values_item)

        negated = d.pop("negated", UNSET)
        if negated is None:
            negated = tolerate_null("negated")

        catalogs_product_group_multiple_media_types_criteria = cls(
            values=values,
            negated=negated,
        )

        if d:
            tolerate_unknown_fields("CatalogsProductGroupMultipleMediaTypesCriteria", d)
        catalogs_product_group_multiple_media_types_criteria.additional_properties = d
        return catalogs_product_group_multiple_media_types_criteria

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
