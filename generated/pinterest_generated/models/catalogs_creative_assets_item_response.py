from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_type import CatalogsType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.catalogs_creative_assets_attributes import CatalogsCreativeAssetsAttributes
    from ..models.pin import Pin


T = TypeVar("T", bound="CatalogsCreativeAssetsItemResponse")


@_attrs_define
class CatalogsCreativeAssetsItemResponse:
    """Object describing a hotel record

    Attributes:
        catalog_type (CatalogsType): Type of the catalog entity.
        attributes (CatalogsCreativeAssetsAttributes | Unset):
        creative_assets_id (str | Unset): The catalog creative assets id in the merchant namespace Example: DS0294-M.
        pins (list[Pin] | None | Unset): The pins mapped to the item
    """

    catalog_type: CatalogsType
    attributes: CatalogsCreativeAssetsAttributes | Unset = UNSET
    creative_assets_id: str | Unset = UNSET
    pins: list[Pin] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_type = None if self.catalog_type is None else self.catalog_type.value

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = None if self.attributes is None else self.attributes.to_dict()

        creative_assets_id = self.creative_assets_id

        pins: list[dict[str, Any]] | None | Unset
        if isinstance(self.pins, Unset):
            pins = UNSET
        elif isinstance(self.pins, list):
            if self.pins is None:
                pins = None
            else:
                pins = []
                for pins_type_0_item_data in self.pins:
                    pins_type_0_item = (
                        None if pins_type_0_item_data is None else pins_type_0_item_data.to_dict()
                    )
                    pins.append(pins_type_0_item)

        else:
            pins = self.pins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        field_dict.update(
            {
                "catalog_type": catalog_type,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if creative_assets_id is not UNSET:
            field_dict["creative_assets_id"] = creative_assets_id
        if pins is not UNSET:
            field_dict["pins"] = pins

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.catalogs_creative_assets_attributes import CatalogsCreativeAssetsAttributes
        from ..models.pin import Pin

        d = dict(src_dict)
        _catalog_type = d.pop("catalog_type")
        catalog_type = (
            tolerate_null("catalog_type") if _catalog_type is None else CatalogsType(_catalog_type)
        )

        _attributes = d.pop("attributes", UNSET)
        attributes: CatalogsCreativeAssetsAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        elif _attributes is None:
            attributes = tolerate_null("attributes")
        else:
            attributes = CatalogsCreativeAssetsAttributes.from_dict(_attributes)

        creative_assets_id = d.pop("creative_assets_id", UNSET)
        if creative_assets_id is None:
            creative_assets_id = tolerate_null("creative_assets_id")

        def _parse_pins(data: object) -> list[Pin] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_pins(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _pins_type_0 = data
                pins_type_0: list[Pin]
                if _pins_type_0 is None:
                    pins_type_0 = tolerate_null("pins_type_0")
                else:
                    pins_type_0 = []
                    for pins_type_0_item_data in _pins_type_0:
                        _pins_type_0_item = pins_type_0_item_data
                        pins_type_0_item = (
                            tolerate_null("pins_type_0_item")
                            if _pins_type_0_item is None
                            else Pin.from_dict(_pins_type_0_item)
                        )

                        pins_type_0.append(pins_type_0_item)

                return pins_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Pin] | None | Unset, data)

        pins = _parse_pins(d.pop("pins", UNSET))

        catalogs_creative_assets_item_response = cls(
            catalog_type=catalog_type,
            attributes=attributes,
            creative_assets_id=creative_assets_id,
            pins=pins,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreativeAssetsItemResponse", d)
        catalogs_creative_assets_item_response.additional_properties = d
        return catalogs_creative_assets_item_response

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
