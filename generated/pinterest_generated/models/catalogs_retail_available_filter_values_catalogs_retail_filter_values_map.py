from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_availability_item import (
    CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem,
)
from ..models.catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_condition_item import (
    CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem,
)
from ..models.catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_gender_item import (
    CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem,
)
from ..models.catalogs_retail_available_filter_values_catalogs_retail_filter_values_map_media_type_item import (
    CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem,
)
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMap")


@_attrs_define
class CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMap:
    """A map of filter attributes to their available values.

    Attributes:
        ad_image_tags (list[str] | Unset):
        ad_video_tags (list[str] | Unset):
        availability (list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem] | Unset):
        brand (list[str] | Unset):
        condition (list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem] | Unset):
        custom_label_0 (list[str] | Unset):
        custom_label_1 (list[str] | Unset):
        custom_label_2 (list[str] | Unset):
        custom_label_3 (list[str] | Unset):
        custom_label_4 (list[str] | Unset):
        gender (list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem] | Unset):
        google_product_category_0 (list[str] | Unset):
        google_product_category_1 (list[str] | Unset):
        google_product_category_2 (list[str] | Unset):
        google_product_category_3 (list[str] | Unset):
        google_product_category_4 (list[str] | Unset):
        google_product_category_5 (list[str] | Unset):
        google_product_category_6 (list[str] | Unset):
        media_type (list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem] | Unset):
        product_type_0 (list[str] | Unset):
        product_type_1 (list[str] | Unset):
        product_type_2 (list[str] | Unset):
        product_type_3 (list[str] | Unset):
        product_type_4 (list[str] | Unset):
    """

    ad_image_tags: list[str] | Unset = UNSET
    ad_video_tags: list[str] | Unset = UNSET
    availability: (
        list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem]
        | Unset
    ) = UNSET
    brand: list[str] | Unset = UNSET
    condition: (
        list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem] | Unset
    ) = UNSET
    custom_label_0: list[str] | Unset = UNSET
    custom_label_1: list[str] | Unset = UNSET
    custom_label_2: list[str] | Unset = UNSET
    custom_label_3: list[str] | Unset = UNSET
    custom_label_4: list[str] | Unset = UNSET
    gender: (
        list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem] | Unset
    ) = UNSET
    google_product_category_0: list[str] | Unset = UNSET
    google_product_category_1: list[str] | Unset = UNSET
    google_product_category_2: list[str] | Unset = UNSET
    google_product_category_3: list[str] | Unset = UNSET
    google_product_category_4: list[str] | Unset = UNSET
    google_product_category_5: list[str] | Unset = UNSET
    google_product_category_6: list[str] | Unset = UNSET
    media_type: (
        list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem] | Unset
    ) = UNSET
    product_type_0: list[str] | Unset = UNSET
    product_type_1: list[str] | Unset = UNSET
    product_type_2: list[str] | Unset = UNSET
    product_type_3: list[str] | Unset = UNSET
    product_type_4: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_image_tags: list[str] | Unset = UNSET
        if not isinstance(self.ad_image_tags, Unset):
            ad_image_tags = self.ad_image_tags

        ad_video_tags: list[str] | Unset = UNSET
        if not isinstance(self.ad_video_tags, Unset):
            ad_video_tags = self.ad_video_tags

        availability: list[str] | Unset = UNSET
        if not isinstance(self.availability, Unset):
            if self.availability is None:
                availability = None
            else:
                availability = []
                for availability_item_data in self.availability:
                    availability_item = (
                        None if availability_item_data is None else availability_item_data.value
                    )
                    availability.append(availability_item)

        brand: list[str] | Unset = UNSET
        if not isinstance(self.brand, Unset):
            brand = self.brand

        condition: list[str] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            if self.condition is None:
                condition = None
            else:
                condition = []
                for condition_item_data in self.condition:
                    condition_item = (
                        None if condition_item_data is None else condition_item_data.value
                    )
                    condition.append(condition_item)

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

        gender: list[str] | Unset = UNSET
        if not isinstance(self.gender, Unset):
            if self.gender is None:
                gender = None
            else:
                gender = []
                for gender_item_data in self.gender:
                    gender_item = None if gender_item_data is None else gender_item_data.value
                    gender.append(gender_item)

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

        product_type_0: list[str] | Unset = UNSET
        if not isinstance(self.product_type_0, Unset):
            product_type_0 = self.product_type_0

        product_type_1: list[str] | Unset = UNSET
        if not isinstance(self.product_type_1, Unset):
            product_type_1 = self.product_type_1

        product_type_2: list[str] | Unset = UNSET
        if not isinstance(self.product_type_2, Unset):
            product_type_2 = self.product_type_2

        product_type_3: list[str] | Unset = UNSET
        if not isinstance(self.product_type_3, Unset):
            product_type_3 = self.product_type_3

        product_type_4: list[str] | Unset = UNSET
        if not isinstance(self.product_type_4, Unset):
            product_type_4 = self.product_type_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_image_tags is not UNSET:
            field_dict["ad_image_tags"] = ad_image_tags
        if ad_video_tags is not UNSET:
            field_dict["ad_video_tags"] = ad_video_tags
        if availability is not UNSET:
            field_dict["availability"] = availability
        if brand is not UNSET:
            field_dict["brand"] = brand
        if condition is not UNSET:
            field_dict["condition"] = condition
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
        if gender is not UNSET:
            field_dict["gender"] = gender
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
        if product_type_0 is not UNSET:
            field_dict["product_type_0"] = product_type_0
        if product_type_1 is not UNSET:
            field_dict["product_type_1"] = product_type_1
        if product_type_2 is not UNSET:
            field_dict["product_type_2"] = product_type_2
        if product_type_3 is not UNSET:
            field_dict["product_type_3"] = product_type_3
        if product_type_4 is not UNSET:
            field_dict["product_type_4"] = product_type_4

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _ad_image_tags = d.pop("ad_image_tags", UNSET)
        ad_image_tags = (
            tolerate_null("ad_image_tags")
            if _ad_image_tags is None
            else cast(list[str], _ad_image_tags)
        )

        _ad_video_tags = d.pop("ad_video_tags", UNSET)
        ad_video_tags = (
            tolerate_null("ad_video_tags")
            if _ad_video_tags is None
            else cast(list[str], _ad_video_tags)
        )

        _availability = d.pop("availability", UNSET)
        availability: (
            list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem]
            | Unset
        ) = UNSET
        if _availability is None:
            availability = tolerate_null("availability")
        elif not isinstance(_availability, Unset):
            availability = []
            for availability_item_data in _availability:
                _availability_item = availability_item_data
                availability_item = (
                    tolerate_null("availability_item")
                    if _availability_item is None
                    else CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapAvailabilityItem(
                        _availability_item
                    )
                )

                availability.append(availability_item)

        _brand = d.pop("brand", UNSET)
        brand = tolerate_null("brand") if _brand is None else cast(list[str], _brand)

        _condition = d.pop("condition", UNSET)
        condition: (
            list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem]
            | Unset
        ) = UNSET
        if _condition is None:
            condition = tolerate_null("condition")
        elif not isinstance(_condition, Unset):
            condition = []
            for condition_item_data in _condition:
                _condition_item = condition_item_data
                condition_item = (
                    tolerate_null("condition_item")
                    if _condition_item is None
                    else CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapConditionItem(
                        _condition_item
                    )
                )

                condition.append(condition_item)

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

        _gender = d.pop("gender", UNSET)
        gender: (
            list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem] | Unset
        ) = UNSET
        if _gender is None:
            gender = tolerate_null("gender")
        elif not isinstance(_gender, Unset):
            gender = []
            for gender_item_data in _gender:
                _gender_item = gender_item_data
                gender_item = (
                    tolerate_null("gender_item")
                    if _gender_item is None
                    else CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapGenderItem(
                        _gender_item
                    )
                )

                gender.append(gender_item)

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
            list[CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem]
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
                    else CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMapMediaTypeItem(
                        _media_type_item
                    )
                )

                media_type.append(media_type_item)

        _product_type_0 = d.pop("product_type_0", UNSET)
        product_type_0 = (
            tolerate_null("product_type_0")
            if _product_type_0 is None
            else cast(list[str], _product_type_0)
        )

        _product_type_1 = d.pop("product_type_1", UNSET)
        product_type_1 = (
            tolerate_null("product_type_1")
            if _product_type_1 is None
            else cast(list[str], _product_type_1)
        )

        _product_type_2 = d.pop("product_type_2", UNSET)
        product_type_2 = (
            tolerate_null("product_type_2")
            if _product_type_2 is None
            else cast(list[str], _product_type_2)
        )

        _product_type_3 = d.pop("product_type_3", UNSET)
        product_type_3 = (
            tolerate_null("product_type_3")
            if _product_type_3 is None
            else cast(list[str], _product_type_3)
        )

        _product_type_4 = d.pop("product_type_4", UNSET)
        product_type_4 = (
            tolerate_null("product_type_4")
            if _product_type_4 is None
            else cast(list[str], _product_type_4)
        )

        catalogs_retail_available_filter_values_catalogs_retail_filter_values_map = cls(
            ad_image_tags=ad_image_tags,
            ad_video_tags=ad_video_tags,
            availability=availability,
            brand=brand,
            condition=condition,
            custom_label_0=custom_label_0,
            custom_label_1=custom_label_1,
            custom_label_2=custom_label_2,
            custom_label_3=custom_label_3,
            custom_label_4=custom_label_4,
            gender=gender,
            google_product_category_0=google_product_category_0,
            google_product_category_1=google_product_category_1,
            google_product_category_2=google_product_category_2,
            google_product_category_3=google_product_category_3,
            google_product_category_4=google_product_category_4,
            google_product_category_5=google_product_category_5,
            google_product_category_6=google_product_category_6,
            media_type=media_type,
            product_type_0=product_type_0,
            product_type_1=product_type_1,
            product_type_2=product_type_2,
            product_type_3=product_type_3,
            product_type_4=product_type_4,
        )

        if d:
            tolerate_unknown_fields(
                "CatalogsRetailAvailableFilterValuesCatalogsRetailFilterValuesMap", d
            )

        catalogs_retail_available_filter_values_catalogs_retail_filter_values_map.additional_properties = d
        return catalogs_retail_available_filter_values_catalogs_retail_filter_values_map

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
