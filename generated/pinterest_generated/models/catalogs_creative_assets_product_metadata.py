from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.creative_assets_visibility_type import CreativeAssetsVisibilityType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsCreativeAssetsProductMetadata")


@_attrs_define
class CatalogsCreativeAssetsProductMetadata:
    """Creative assets product metadata entity

    Attributes:
        creative_assets_id (str): The user-created unique ID that represents the creative assets item. Example: 123abc.
        visibility (CreativeAssetsVisibilityType): Creative assets visibility.
    """

    creative_assets_id: str
    visibility: CreativeAssetsVisibilityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creative_assets_id = self.creative_assets_id

        visibility = None if self.visibility is None else self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creative_assets_id": creative_assets_id,
                "visibility": visibility,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        creative_assets_id = d.pop("creative_assets_id")
        if creative_assets_id is None:
            creative_assets_id = tolerate_null("creative_assets_id")

        _visibility = d.pop("visibility")
        visibility = (
            tolerate_null("visibility")
            if _visibility is None
            else CreativeAssetsVisibilityType(_visibility)
        )

        catalogs_creative_assets_product_metadata = cls(
            creative_assets_id=creative_assets_id,
            visibility=visibility,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreativeAssetsProductMetadata", d)

        catalogs_creative_assets_product_metadata.additional_properties = d
        return catalogs_creative_assets_product_metadata

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
