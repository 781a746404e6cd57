from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.template_response import TemplateResponse


T = TypeVar("T", bound="TemplatesListResponse200")


@_attrs_define
class TemplatesListResponse200:
    """
    Attributes:
        items (list[TemplateResponse]):
        bookmark (None | str | Unset):
    """

    items: list[TemplateResponse]
    bookmark: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.items is None:
            items = None
        else:
            items = []
            for items_item_data in self.items:
                items_item = None if items_item_data is None else items_item_data.to_dict()
                items.append(items_item)

        bookmark: None | str | Unset
        if isinstance(self.bookmark, Unset):
            bookmark = UNSET
        else:
            bookmark = self.bookmark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if bookmark is not UNSET:
            field_dict["bookmark"] = bookmark

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template_response import TemplateResponse

        d = dict(src_dict)
        _items = d.pop("items")
        items: list[TemplateResponse]
        if _items is None:
            items = tolerate_null("items")
        else:
            items = []
            for items_item_data in _items:
                _items_item = items_item_data
                items_item = (
                    tolerate_null("items_item")
                    if _items_item is None
                    else TemplateResponse.from_dict(_items_item)
                )

                items.append(items_item)

        def _parse_bookmark(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bookmark(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        bookmark = _parse_bookmark(d.pop("bookmark", UNSET))

        templates_list_response_200 = cls(
            items=items,
            bookmark=bookmark,
        )

        if d:
            tolerate_unknown_fields("TemplatesListResponse200", d)

        templates_list_response_200.additional_properties = d
        return templates_list_response_200

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
