from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap")


@_attrs_define
class CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap:
    """A map of filter attributes to their available values.

    Attributes:
        brand (list[str] | Unset):
        custom_label_0 (list[str] | Unset):
        custom_label_1 (list[str] | Unset):
        custom_label_2 (list[str] | Unset):
        custom_label_3 (list[str] | Unset):
        custom_label_4 (list[str] | Unset):
    """

    brand: list[str] | Unset = UNSET
    custom_label_0: list[str] | Unset = UNSET
    custom_label_1: list[str] | Unset = UNSET
    custom_label_2: list[str] | Unset = UNSET
    custom_label_3: list[str] | Unset = UNSET
    custom_label_4: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand: list[str] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand

        custom_label_0: list[str] | Unset = UNSET
        if not isinstance(self.custom_label_0, Unset):
            custom_label_0 = self.custom_label_0

        custom_label_1: list[str] | Unset = UNSET
        if not isinstance(self.custom_label_1, Unset):
            custom_label_1 = self.custom_label_1

        custom_label_2: list[str] | Unset = UNSET
        if not isinstance(self.custom_label_2, Unset):
            custom_label_2 = self.custom_label_2

        custom_label_3: list[str] | Unset = UNSET
        if not isinstance(self.custom_label_3, Unset):
            custom_label_3 = self.custom_label_3

        custom_label_4: list[str] | Unset = UNSET
        if not isinstance(self.custom_label_4, Unset):
            custom_label_4 = self.custom_label_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if custom_label_0 is not UNSET:
            field_dict["custom_label_0"] = custom_label_0
        if custom_label_1 is not UNSET:
            field_dict["custom_label_1"] = custom_label_1
        if custom_label_2 is not UNSET:
            field_dict["custom_label_2"] = custom_label_2
        if custom_label_3 is not UNSET:
            field_dict["custom_label_3"] = custom_label_3
        if custom_label_4 is not UNSET:
            field_dict["custom_label_4"] = custom_label_4

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _brand = d.pop("brand", UNSET)
        brand = tolerate_null("brand") if _brand is None else cast(list[str], _brand)

        _custom_label_0 = d.pop("custom_label_0", UNSET)
        custom_label_0 = (
            tolerate_null("custom_label_0")
            if _custom_label_0 is None
            else cast(list[str], _custom_label_0)
        )

        _custom_label_1 = d.pop("custom_label_1", UNSET)
        custom_label_1 = (
            tolerate_null("custom_label_1")
            if _custom_label_1 is None
            else cast(list[str], _custom_label_1)
        )

        _custom_label_2 = d.pop("custom_label_2", UNSET)
        custom_label_2 = (
            tolerate_null("custom_label_2")
            if _custom_label_2 is None
            else cast(list[str], _custom_label_2)
        )

        _custom_label_3 = d.pop("custom_label_3", UNSET)
        custom_label_3 = (
            tolerate_null("custom_label_3")
            if _custom_label_3 is None
            else cast(list[str], _custom_label_3)
        )

        _custom_label_4 = d.pop("custom_label_4", UNSET)
        custom_label_4 = (
            tolerate_null("custom_label_4")
            if _custom_label_4 is None
            else cast(list[str], _custom_label_4)
        )

        catalogs_hotel_available_filter_values_catalogs_hotel_filter_values_map = cls(
            brand=brand,
            custom_label_0=custom_label_0,
            custom_label_1=custom_label_1,
            custom_label_2=custom_label_2,
            custom_label_3=custom_label_3,
            custom_label_4=custom_label_4,
        )

        if d:
            tolerate_unknown_fields(
                "CatalogsHotelAvailableFilterValuesCatalogsHotelFilterValuesMap", d
            )

        catalogs_hotel_available_filter_values_catalogs_hotel_filter_values_map.additional_properties = d
        return catalogs_hotel_available_filter_values_catalogs_hotel_filter_values_map

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
