from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="CatalogsCreativeAssetsAttributes")


@_attrs_define
class CatalogsCreativeAssetsAttributes:
    """
    Attributes:
        android_deep_link (None | str | Unset): Link to the creative assets page.
        custom_label_0 (None | str | Unset): Custom grouping of creative assets.
        custom_label_1 (None | str | Unset): Custom grouping of creative assets.
        custom_label_2 (None | str | Unset): Custom grouping of creative assets.
        custom_label_3 (None | str | Unset): Custom grouping of creative assets.
        custom_label_4 (None | str | Unset): Custom grouping of creative assets.
        description (str | Unset): Brief description of the creative assets.
        google_product_category (None | str | Unset): The categorization of the product based on the standardized Google
            Product Taxonomy. This is a set taxonomy. Both the text values and numeric codes are accepted.
        ios_deep_link (None | str | Unset): IOS deep link to the creative assets page.
        link (str | Unset): Link to the creative assets page.
        title (str | Unset): The name of the creative assets.
        visibility (None | str | Unset): Visibility of the creative assets. Must be one of the following values (upper
            or lowercase): ‘visible’, ‘hidden’.
        image_link (str | Unset): The creative assets image. Example: https://scene.example.com/image/image_v2.jpg.
        video_link (str | Unset): The creative assets video. Example: https://scene.example.com/image/image_v2.mp4.
    """

    android_deep_link: None | str | Unset = UNSET
    custom_label_0: None | str | Unset = UNSET
    custom_label_1: None | str | Unset = UNSET
    custom_label_2: None | str | Unset = UNSET
    custom_label_3: None | str | Unset = UNSET
    custom_label_4: None | str | Unset = UNSET
    description: str | Unset = UNSET
    google_product_category: None | str | Unset = UNSET
    ios_deep_link: None | str | Unset = UNSET
    link: str | Unset = UNSET
    title: str | Unset = UNSET
    visibility: None | str | Unset = UNSET
    image_link: str | Unset = UNSET
    video_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        android_deep_link: None | str | Unset
        if isinstance(self.android_deep_link, Unset):
            android_deep_link = UNSET
        else:
            android_deep_link = self.android_deep_link

        custom_label_0: None | str | Unset
        if isinstance(self.custom_label_0, Unset):
            custom_label_0 = UNSET
        else:
            custom_label_0 = self.custom_label_0

        custom_label_1: None | str | Unset
        if isinstance(self.custom_label_1, Unset):
            custom_label_1 = UNSET
        else:
            custom_label_1 = self.custom_label_1

        custom_label_2: None | str | Unset
        if isinstance(self.custom_label_2, Unset):
            custom_label_2 = UNSET
        else:
            custom_label_2 = self.custom_label_2

        custom_label_3: None | str | Unset
        if isinstance(self.custom_label_3, Unset):
            custom_label_3 = UNSET
        else:
            custom_label_3 = self.custom_label_3

        custom_label_4: None | str | Unset
        if isinstance(self.custom_label_4, Unset):
            custom_label_4 = UNSET
        else:
            custom_label_4 = self.custom_label_4

        description = self.description

        google_product_category: None | str | Unset
        if isinstance(self.google_product_category, Unset):
            google_product_category = UNSET
        else:
            google_product_category = self.google_product_category

        ios_deep_link: None | str | Unset
        if isinstance(self.ios_deep_link, Unset):
            ios_deep_link = UNSET
        else:
            ios_deep_link = self.ios_deep_link

        link = self.link

        title = self.title

        visibility: None | str | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        else:
            visibility = self.visibility

        image_link = self.image_link

        video_link = self.video_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if android_deep_link is not UNSET:
            field_dict["android_deep_link"] = android_deep_link
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
        if description is not UNSET:
            field_dict["description"] = description
        if google_product_category is not UNSET:
            field_dict["google_product_category"] = google_product_category
        if ios_deep_link is not UNSET:
            field_dict["ios_deep_link"] = ios_deep_link
        if link is not UNSET:
            field_dict["link"] = link
        if title is not UNSET:
            field_dict["title"] = title
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if image_link is not UNSET:
            field_dict["image_link"] = image_link
        if video_link is not UNSET:
            field_dict["video_link"] = video_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_android_deep_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_android_deep_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        android_deep_link = _parse_android_deep_link(d.pop("android_deep_link", UNSET))

        def _parse_custom_label_0(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_0(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_0 = _parse_custom_label_0(d.pop("custom_label_0", UNSET))

        def _parse_custom_label_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_1(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_1 = _parse_custom_label_1(d.pop("custom_label_1", UNSET))

        def _parse_custom_label_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_2(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_2 = _parse_custom_label_2(d.pop("custom_label_2", UNSET))

        def _parse_custom_label_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_3(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_3 = _parse_custom_label_3(d.pop("custom_label_3", UNSET))

        def _parse_custom_label_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_custom_label_4(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        custom_label_4 = _parse_custom_label_4(d.pop("custom_label_4", UNSET))

        description = d.pop("description", UNSET)
        if description is None:
            description = tolerate_null("description")

        def _parse_google_product_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_google_product_category(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        google_product_category = _parse_google_product_category(
            d.pop("google_product_category", UNSET)
        )

        def _parse_ios_deep_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_ios_deep_link(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        ios_deep_link = _parse_ios_deep_link(d.pop("ios_deep_link", UNSET))

        link = d.pop("link", UNSET)
        if link is None:
            link = tolerate_null("link")

        title = d.pop("title", UNSET)
        if title is None:
            title = tolerate_null("title")

        def _parse_visibility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_visibility(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        visibility = _parse_visibility(d.pop("visibility", UNSET))

        image_link = d.pop("image_link", UNSET)
        if image_link is None:
            image_link = tolerate_null("image_link")

        video_link = d.pop("video_link", UNSET)
        if video_link is None:
            video_link = tolerate_null("video_link")

        catalogs_creative_assets_attributes = cls(
            android_deep_link=android_deep_link,
            custom_label_0=custom_label_0,
            custom_label_1=custom_label_1,
            custom_label_2=custom_label_2,
            custom_label_3=custom_label_3,
            custom_label_4=custom_label_4,
            description=description,
            google_product_category=google_product_category,
            ios_deep_link=ios_deep_link,
            link=link,
            title=title,
            visibility=visibility,
            image_link=image_link,
            video_link=video_link,
        )

        if d:
            tolerate_unknown_fields("CatalogsCreativeAssetsAttributes", d)

        catalogs_creative_assets_attributes.additional_properties = d
        return catalogs_creative_assets_attributes

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
