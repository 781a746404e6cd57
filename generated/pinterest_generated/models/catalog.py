from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_type import CatalogsType
from ..types import (
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="Catalog")


@_attrs_define
class Catalog:
    """Catalog entity

    Attributes:
        created_at (datetime.datetime):  Example: 2022-03-14T15:15:22Z.
        id (str): ID of the catalog entity. Example: 864344156814050986.
        updated_at (datetime.datetime):  Example: 2022-03-14T15:16:34Z.
        catalog_type (CatalogsType): Type of the catalog entity.
        name (None | str): A human-friendly name associated to a catalog entity.
    """

    created_at: datetime.datetime
    id: str
    updated_at: datetime.datetime
    catalog_type: CatalogsType
    name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = None if self.created_at is None else self.created_at.isoformat()

        id = self.id

        updated_at = None if self.updated_at is None else self.updated_at.isoformat()

        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "updated_at": updated_at,
                "catalog_type": catalog_type,
                "name": name,
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

        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type") if _catalog_type is None else CatalogsType(_catalog_type)
        )

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        catalog = cls(
            created_at=created_at,
            id=id,
            updated_at=updated_at,
            catalog_type=catalog_type,
            name=name,
        )

        if d:
            tolerate_unknown_fields("Catalog", d)

        catalog.additional_properties = d
        return catalog

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
