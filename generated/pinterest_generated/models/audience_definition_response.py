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
    from ..models.audience_definition import AudienceDefinition


T = TypeVar("T", bound="AudienceDefinitionResponse")


@_attrs_define
class AudienceDefinitionResponse:
    """
    Attributes:
        items (list[AudienceDefinition] | Unset):
    """

    items: list[AudienceDefinition] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            if self.items is None:
                items = None
            else:
                items = []
                for items_item_data in self.items:
                    items_item = None if items_item_data is None else items_item_data.to_dict()
                    items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audience_definition import AudienceDefinition

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[AudienceDefinition] | Unset = UNSET
        if _items is None:
            items = tolerate_null("items")
        elif not isinstance(_items, Unset):
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                items_item = (
                    tolerate_null("items_item")
                    if _items_item is None
                    else AudienceDefinition.from_dict(_items_item)
                )

                items.append(items_item)

        audience_definition_response = cls(
            items=items,
        )

        if d:
            tolerate_unknown_fields("AudienceDefinitionResponse", d)

        audience_definition_response.additional_properties = d
        return audience_definition_response

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
