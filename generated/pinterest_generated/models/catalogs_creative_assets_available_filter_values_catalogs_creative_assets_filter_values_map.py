from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map_media_type_item import (
    CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar(
    "T", bound="CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMap"
)


@_attrs_define
class CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMap:
    """A map of filter attributes to their available values.

    Attributes:
        custom_label_0 (list[str] | Unset):
        custom_label_1 (list[str] | Unset):
        custom_label_2 (list[str] | Unset):
        custom_label_3 (list[str] | Unset):
        custom_label_4 (list[str] | Unset):
        google_product_category_0 (list[str] | Unset):
        google_product_category_1 (list[str] | Unset):
        google_product_category_2 (list[str] | Unset):
        google_product_category_3 (list[str] | Unset):
        google_product_category_4 (list[str] | Unset):
        google_product_category_5 (list[str] | Unset):
        google_product_category_6 (list[str] | Unset):
        media_type (list[CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem]
            | Unset):
    """

    custom_label_0: list[str] | Unset = UNSET
    custom_label_1: list[str] | Unset = UNSET
    custom_label_2: list[str] | Unset = UNSET
    custom_label_3: list[str] | Unset = UNSET
    custom_label_4: list[str] | Unset = UNSET
    google_product_category_0: list[str] | Unset = UNSET
    google_product_category_1: list[str] | Unset = UNSET
    google_product_category_2: list[str] | Unset = UNSET
    google_product_category_3: list[str] | Unset = UNSET
    google_product_category_4: list[str] | Unset = UNSET
    google_product_category_5: list[str] | Unset = UNSET
    google_product_category_6: list[str] | Unset = UNSET
    media_type: (
        list[
            CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        google_product_category_0: list[str] | Unset = UNSET
        if not isinstance(self.google_product_category_0, Unset):
            google_product_category_0 = self.google_product_category_0

        google_product_category_1: list[str] | Unset = UNSET
        if not isinstance(self.google_product_category_1, Unset):
            google_product_category_1 = self.google_product_category_1

        google_product_category_2: list[str] | Unset = UNSET
        if not isinstance(self.google_product_category_2, Unset):
            google_product_category_2 = self.google_product_category_2

        google_product_category_3: list[str] | Unset = UNSET
        if not isinstance(self.google_product_category_3, Unset):
            google_product_category_3 = self.google_product_category_3

        google_product_category_4: list[str] | Unset = UNSET
        if not isinstance(self.google_product_category_4, Unset):
            google_product_category_4 = self.google_product_category_4

        google_product_category_5: list[str] | Unset = UNSET
        if not isinstance(self.google_product_category_5, Unset):
            google_product_category_5 = self.google_product_category_5

        google_product_category_6: list[str] | Unset = UNSET
        if not isinstance(self.google_product_category_6, Unset):
            google_product_category_6 = self.google_product_category_6

        media_type: list[str] | Unset = UNSET
        if not isinstance(self.media_type, Unset):
            if self.media_type is None:
                media_type = None
            else:
                media_type = []
                for media_type_item_data in self.media_type:
                    media_type_item = (
                        None if media_type_item_data is None else media_type_item_data.value
                    )
                    media_type.append(media_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if google_product_category_0 is not UNSET:
            field_dict["google_product_category_0"] = google_product_category_0
        if google_product_category_1 is not UNSET:
            field_dict["google_product_category_1"] = google_product_category_1
        if google_product_category_2 is not UNSET:
            field_dict["google_product_category_2"] = google_product_category_2
        if google_product_category_3 is not UNSET:
            field_dict["google_product_category_3"] = google_product_category_3
        if google_product_category_4 is not UNSET:
            field_dict["google_product_category_4"] = google_product_category_4
        if google_product_category_5 is not UNSET:
            field_dict["google_product_category_5"] = google_product_category_5
        if google_product_category_6 is not UNSET:
            field_dict["google_product_category_6"] = google_product_category_6
        if media_type is not UNSET:
            field_dict["media_type"] = media_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        _google_product_category_0 = d.pop("google_product_category_0", UNSET)
        google_product_category_0 = (
            tolerate_null("google_product_category_0")
            if _google_product_category_0 is None
            else cast(list[str], _google_product_category_0)
        )

        _google_product_category_1 = d.pop("google_product_category_1", UNSET)
        google_product_category_1 = (
            tolerate_null("google_product_category_1")
            if _google_product_category_1 is None
            else cast(list[str], _google_product_category_1)
        )

        _google_product_category_2 = d.pop("google_product_category_2", UNSET)
        google_product_category_2 = (
            tolerate_null("google_product_category_2")
            if _google_product_category_2 is None
            else cast(list[str], _google_product_category_2)
        )

        _google_product_category_3 = d.pop("google_product_category_3", UNSET)
        google_product_category_3 = (
            tolerate_null("google_product_category_3")
            if _google_product_category_3 is None
            else cast(list[str], _google_product_category_3)
        )

        _google_product_category_4 = d.pop("google_product_category_4", UNSET)
        google_product_category_4 = (
            tolerate_null("google_product_category_4")
            if _google_product_category_4 is None
            else cast(list[str], _google_product_category_4)
        )

        _google_product_category_5 = d.pop("google_product_category_5", UNSET)
        google_product_category_5 = (
            tolerate_null("google_product_category_5")
            if _google_product_category_5 is None
            else cast(list[str], _google_product_category_5)
        )

        _google_product_category_6 = d.pop("google_product_category_6", UNSET)
        google_product_category_6 = (
            tolerate_null("google_product_category_6")
            if _google_product_category_6 is None
            else cast(list[str], _google_product_category_6)
        )

        _media_type = d.pop("media_type", UNSET)
        media_type: (
            list[
                CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem
            ]
            | Unset
        ) = UNSET
        if _media_type is None:
            media_type = tolerate_null("media_type")
        elif not isinstance(_media_type, Unset):
            media_type = []
            for media_type_item_data in _media_type:
                _media_type_item = media_type_item_data
                media_type_item = (
                    tolerate_null("media_type_item")
                    if _media_type_item is None
                    else CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMapMediaTypeItem(
                        _media_type_item
                    )
                )

                media_type.append(media_type_item)

        catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map = cls(
            custom_label_0=custom_label_0,
            custom_label_1=custom_label_1,
            custom_label_2=custom_label_2,
            custom_label_3=custom_label_3,
            custom_label_4=custom_label_4,
            google_product_category_0=google_product_category_0,
            google_product_category_1=google_product_category_1,
            google_product_category_2=google_product_category_2,
            google_product_category_3=google_product_category_3,
            google_product_category_4=google_product_category_4,
            google_product_category_5=google_product_category_5,
            google_product_category_6=google_product_category_6,
            media_type=media_type,
        )

        if d:
            tolerate_unknown_fields(
                "CatalogsCreativeAssetsAvailableFilterValuesCatalogsCreativeAssetsFilterValuesMap",
                d,
            )

        catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map.additional_properties = d
        return catalogs_creative_assets_available_filter_values_catalogs_creative_assets_filter_values_map

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
