from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_type import CatalogsType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsCreateRequest")


@_attrs_define
class CatalogsCreateRequest:
    """Request object for creating a catalog.

    Attributes:
        catalog_type (CatalogsType): Type of the catalog entity.
        name (str): A human-friendly name associated to a given catalog.
    """

    catalog_type: CatalogsType
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_type": catalog_type,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type") if _catalog_type is None else CatalogsType(_catalog_type)
        )

        name = d.pop("name")
        if name is None:
            name = tolerate_null("name")

        catalogs_create_request = cls(
            catalog_type=catalog_type,
            name=name,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreateRequest", d)
        catalogs_create_request.additional_properties = d
        return catalogs_create_request

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
