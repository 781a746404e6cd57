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
    from ..models.catalogs_product_group_multiple_media_types_criteria import (
        CatalogsProductGroupMultipleMediaTypesCriteria,
    )


T = TypeVar("T", bound="MediaTypeFilter")


@_attrs_define
class MediaTypeFilter:
    """
    Attributes:
        media_type (CatalogsProductGroupMultipleMediaTypesCriteria):
    """

    media_type: CatalogsProductGroupMultipleMediaTypesCriteria
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media_type = None if self.media_type is None else self.media_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "MEDIA_TYPE": media_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_product_group_multiple_media_types_criteria import (
            CatalogsProductGroupMultipleMediaTypesCriteria,
        )

        d = dict(src_dict)
        _media_type = d.pop("MEDIA_TYPE")
        media_type = (
            tolerate_null("MEDIA_TYPE")
            if _media_type is None
            else CatalogsProductGroupMultipleMediaTypesCriteria.from_dict(_media_type)
        )

        media_type_filter = cls(
            media_type=media_type,
        )

        if d:
            tolerate_unknown_fields("MediaTypeFilter", d)
        media_type_filter.additional_properties = d
        return media_type_filter

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
