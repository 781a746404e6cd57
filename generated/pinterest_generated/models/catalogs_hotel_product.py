from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_hotel_product_catalog_type import CatalogsHotelProductCatalogType
from ..types import (
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_hotel_product_metadata import CatalogsHotelProductMetadata
    from ..models.pin import Pin


T = TypeVar("T", bound="CatalogsHotelProduct")


@_attrs_define
class CatalogsHotelProduct:
    """
    Attributes:
        catalog_type (CatalogsHotelProductCatalogType):
        metadata (CatalogsHotelProductMetadata): Hotel product metadata entity
        pin (Pin): Pin model containing properties related to a Pinterest Pin.
    """

    catalog_type: CatalogsHotelProductCatalogType
    metadata: CatalogsHotelProductMetadata
    pin: Pin
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        metadata = None if self.metadata is None else self.metadata.to_dict()

        pin = None if self.pin is None else self.pin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_type": catalog_type,
                "metadata": metadata,
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_hotel_product_metadata import CatalogsHotelProductMetadata
        from ..models.pin import Pin

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type")
            if _catalog_type is None
            else CatalogsHotelProductCatalogType(_catalog_type)
        )

        _metadata = d.pop("metadata")
        metadata = (
            tolerate_null("metadata")
            if _metadata is None
            else CatalogsHotelProductMetadata.from_dict(_metadata)
        )

        _pin = d.pop("pin")
        pin = tolerate_null("pin") if _pin is None else Pin.from_dict(_pin)

        catalogs_hotel_product = cls(
            catalog_type=catalog_type,
            metadata=metadata,
            pin=pin,
        )

        if d:
            tolerate_unknown_fields("CatalogsHotelProduct", d)

        catalogs_hotel_product.additional_properties = d
        return catalogs_hotel_product

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
