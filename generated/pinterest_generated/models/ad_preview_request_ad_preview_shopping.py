from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ad_preview_request_ad_preview_shopping_creative_type import (
    AdPreviewRequestAdPreviewShoppingCreativeType,
)
from ..models.ad_preview_request_ad_preview_shopping_preferred_media_type import (
    AdPreviewRequestAdPreviewShoppingPreferredMediaType,
)
from ..models.customizable_cta_type import CustomizableCTAType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="AdPreviewRequestAdPreviewShopping")


@_attrs_define
class AdPreviewRequestAdPreviewShopping:
    """
    Example:
        {'catalog_product_group_id': '123456789', 'image_tag': 'Christmas Sale', 'creative_type': 'COLLECTION',
            'hero_pin_id': '987654321'}

    Attributes:
        catalog_product_group_id (str): Catalog Product Group Id. Example: 123456789.
        creative_type (AdPreviewRequestAdPreviewShoppingCreativeType): Ad format of the shopping ad preview. Example:
            SHOPPING.
        customizable_cta_type (CustomizableCTAType | None | Unset): Select a call to action (CTA) to display below your
            ad. CTA options for catalog sales campaigns are `SHOP_NOW`, `BOOK_NOW`, `ON_SALE`, `GET_DEAL`,
            `BUY_ONLINE_PICKUP_IN_STORE`
        hero_image_title (str | Unset): Title displayed below ad. Example: My Preview Image.
        hero_image_url (str | Unset): Hero image URL. Example: https://somewebsite.com/someimage.jpg.
        hero_pin_id (str | Unset): Pin id for the hero image. When creative type is COLLECTION, either hero_pin_id or
            (hero_image_url, hero_image_title) is required. Example: 987654321.
        image_tag (str | Unset): Multi image template tag. Example: Christmas Sale.
        item_id (str | Unset): Item id for product to preview standard shopping ads, optional and only applicable when
            creative type is SHOPPING. Example: 111111111.
        preferred_media_type (AdPreviewRequestAdPreviewShoppingPreferredMediaType | Unset): Preferred media type.
            Example: IMAGE.
        video_tag (str | Unset): Multi video template tag, image_tag and video_tag are mutual exclusive. Example: Black
            Friday Sale.
    """

    catalog_product_group_id: str
    creative_type: AdPreviewRequestAdPreviewShoppingCreativeType
    customizable_cta_type: CustomizableCTAType | None | Unset = UNSET
    hero_image_title: str | Unset = UNSET
    hero_image_url: str | Unset = UNSET
    hero_pin_id: str | Unset = UNSET
    image_tag: str | Unset = UNSET
    item_id: str | Unset = UNSET
    preferred_media_type: AdPreviewRequestAdPreviewShoppingPreferredMediaType | Unset = UNSET
    video_tag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_product_group_id = self.catalog_product_group_id

        creative_type = None if self.creative_type is None else self.creative_type.value

        customizable_cta_type: None | str | Unset
        if isinstance(self.customizable_cta_type, Unset):
            customizable_cta_type = UNSET
        elif isinstance(self.customizable_cta_type, CustomizableCTAType):
            customizable_cta_type = (
                None if self.customizable_cta_type is None else self.customizable_cta_type.value
            )
        else:
            customizable_cta_type = self.customizable_cta_type

        hero_image_title = self.hero_image_title

        hero_image_url = self.hero_image_url

        hero_pin_id = self.hero_pin_id

        image_tag = self.image_tag

        item_id = self.item_id

        preferred_media_type: str | Unset = UNSET
        if not isinstance(self.preferred_media_type, Unset):
            preferred_media_type = (
                None if self.preferred_media_type is None else self.preferred_media_type.value
            )

        video_tag = self.video_tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalog_product_group_id": catalog_product_group_id,
                "creative_type": creative_type,
            }
        )
        if customizable_cta_type is not UNSET:
            field_dict["customizable_cta_type"] = customizable_cta_type
        if hero_image_title is not UNSET:
            field_dict["hero_image_title"] = hero_image_title
        if hero_image_url is not UNSET:
            field_dict["hero_image_url"] = hero_image_url
        if hero_pin_id is not UNSET:
            field_dict["hero_pin_id"] = hero_pin_id
        if image_tag is not UNSET:
            field_dict["image_tag"] = image_tag
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if preferred_media_type is not UNSET:
            field_dict["preferred_media_type"] = preferred_media_type
        if video_tag is not UNSET:
            field_dict["video_tag"] = video_tag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        catalog_product_group_id = d.pop("catalog_product_group_id")
        if catalog_product_group_id is None:
            catalog_product_group_id = tolerate_null("catalog_product_group_id")

        _creative_type = d.pop("creative_type")
        creative_type = (
            tolerate_null("creative_type")
            if _creative_type is None
            else AdPreviewRequestAdPreviewShoppingCreativeType(_creative_type)
        )

        def _parse_customizable_cta_type(data: object) -> CustomizableCTAType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_customizable_cta_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _customizable_cta_type_type_1 = data
                customizable_cta_type_type_1 = (
                    tolerate_null("customizable_cta_type_type_1")
                    if _customizable_cta_type_type_1 is None
                    else CustomizableCTAType(_customizable_cta_type_type_1)
                )

                return customizable_cta_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomizableCTAType | None | Unset, data)

        customizable_cta_type = _parse_customizable_cta_type(d.pop("customizable_cta_type", UNSET))

        hero_image_title = d.pop("hero_image_title", UNSET)
        if hero_image_title is None:
            hero_image_title = tolerate_null("hero_image_title")

        hero_image_url = d.pop("hero_image_url", UNSET)
        if hero_image_url is None:
            hero_image_url = tolerate_null("hero_image_url")

        hero_pin_id = d.pop("hero_pin_id", UNSET)
        if hero_pin_id is None:
            hero_pin_id = tolerate_null("hero_pin_id")

        image_tag = d.pop("image_tag", UNSET)
        if image_tag is None:
            image_tag = tolerate_null("image_tag")

        item_id = d.pop("item_id", UNSET)
        if item_id is None:
            item_id = tolerate_null("item_id")

        _preferred_media_type = d.pop("preferred_media_type", UNSET)
        preferred_media_type: AdPreviewRequestAdPreviewShoppingPreferredMediaType | Unset
        if isinstance(_preferred_media_type, Unset):
            preferred_media_type = UNSET
        elif _preferred_media_type is None:
            preferred_media_type = tolerate_null("preferred_media_type")
        else:
            preferred_media_type = AdPreviewRequestAdPreviewShoppingPreferredMediaType(
                _preferred_media_type
            )

        video_tag = d.pop("video_tag", UNSET)
        if video_tag is None:
            video_tag = tolerate_null("video_tag")

        ad_preview_request_ad_preview_shopping = cls(
            catalog_product_group_id=catalog_product_group_id,
            creative_type=creative_type,
            customizable_cta_type=customizable_cta_type,
            hero_image_title=hero_image_title,
            hero_image_url=hero_image_url,
            hero_pin_id=hero_pin_id,
            image_tag=image_tag,
            item_id=item_id,
            preferred_media_type=preferred_media_type,
            video_tag=video_tag,
        )

        if d:
            tolerate_unknown_fields("AdPreviewRequestAdPreviewShopping", d)

        ad_preview_request_ad_preview_shopping.additional_properties = d
        return ad_preview_request_ad_preview_shopping

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
