from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsDbItem")


@_attrs_define
class CatalogsDbItem:
    """
    Attributes:
        created_at (datetime.datetime):  Example: 2022-03-14T15:15:22Z.
        id (str):
        updated_at (datetime.datetime):  Example: 2022-03-14T15:16:34Z.
    """

    created_at: datetime.datetime
    id: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = None if self.created_at is None else self.created_at.isoformat()

        id = self.id

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _created_at = d.pop("created_at")
        created_at = (
            tolerate_null("created_at")
            if _created_at is None
            else datetime.datetime.fromisoformat(_created_at)
        )

        id = d.pop("id")
        if id is None:
            id = tolerate_null("id")

        _updated_at = d.pop("updated_at")
        updated_at = (
            tolerate_null("updated_at")
            if _updated_at is None
            else datetime.datetime.fromisoformat(_updated_at)
        )

        catalogs_db_item = cls(
            created_at=created_at,
            id=id,
            updated_at=updated_at,
        )

        if d:
            tolerate_unknown_fields("CatalogsDbItem", d)

        catalogs_db_item.additional_properties = d
        return catalogs_db_item

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
