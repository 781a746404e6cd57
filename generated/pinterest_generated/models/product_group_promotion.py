from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.creative_type import CreativeType
from ..models.entity_status import EntityStatus
from ..models.grid_click_type import GridClickType
from ..models.product_group_promotion_collections_header_type_type_1 import (
    ProductGroupPromotionCollectionsHeaderTypeType1,
)
from ..models.product_group_promotion_collections_header_type_type_2_type_1 import (
    ProductGroupPromotionCollectionsHeaderTypeType2Type1,
)
from ..models.product_group_promotion_collections_header_type_type_3_type_1 import (
    ProductGroupPromotionCollectionsHeaderTypeType3Type1,
)
from ..models.product_group_promotion_customizable_cta_type_type_1 import (
    ProductGroupPromotionCustomizableCtaTypeType1,
)
from ..models.product_group_promotion_customizable_cta_type_type_2_type_1 import (
    ProductGroupPromotionCustomizableCtaTypeType2Type1,
)
from ..models.product_group_promotion_customizable_cta_type_type_3_type_1 import (
    ProductGroupPromotionCustomizableCtaTypeType3Type1,
)
from ..models.product_group_promotion_preferred_media_type_type_1 import (
    ProductGroupPromotionPreferredMediaTypeType1,
)
from ..models.product_group_promotion_preferred_media_type_type_2_type_1 import (
    ProductGroupPromotionPreferredMediaTypeType2Type1,
)
from ..models.product_group_promotion_preferred_media_type_type_3_type_1 import (
    ProductGroupPromotionPreferredMediaTypeType3Type1,
)
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

T = TypeVar("T", bound="ProductGroupPromotion")


@_attrs_define
class ProductGroupPromotion:
    """
    Attributes:
        ad_group_id (str | Unset): ID of the ad group the product group belongs to. Example: 2680059592705.
        bid_in_micro_currency (int | None | Unset): The bid in micro currency. Example: 14000000.
        catalog_product_group_id (None | str | Unset): ID of the catalogs product group that this product group
            promotion references Example: 1231235.
        catalog_product_group_name (None | str | Unset): Catalogs product group name Example: catalogProductGroupName.
        collections_header_type (None | ProductGroupPromotionCollectionsHeaderTypeType1 |
            ProductGroupPromotionCollectionsHeaderTypeType2Type1 | ProductGroupPromotionCollectionsHeaderTypeType3Type1 |
            Unset): Collections ad header type Example: SHOP_THIS_COLLECTION.
        collections_hero_destination_url (None | str | Unset): Collections Hero Destination Url Example:
            http://www.pinterest.com.
        collections_hero_pin_id (None | str | Unset): Hero Pin ID if this PG is promoted as a Collection Example:
            123123.
        creative_type (CreativeType | Unset): Ad creative type enum.
            **Note:** SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
        customizable_cta_type (None | ProductGroupPromotionCustomizableCtaTypeType1 |
            ProductGroupPromotionCustomizableCtaTypeType2Type1 | ProductGroupPromotionCustomizableCtaTypeType3Type1 |
            Unset): Select a call to action (CTA) to display below your ad. CTA options for catalog sales campaigns are
            SHOP_NOW, BOOK_NOW, ON_SALE, GET_DEAL, BUY_ONLINE_PICKUP_IN_STORE Example: SHOP_NOW.
        definition (None | str | Unset): The full product group definition path Example:
            */product_type_0='kitchen'/product_type_1='beverage appliances'.
        grid_click_type (GridClickType | None | Unset):
        id (str | Unset): ID of the product group promotion. Example: 2680059592705.
        included (bool | None | Unset): True if the group is BIDDABLE, false if it should be EXCLUDED from serving ads.
            Example: True.
        is_generate_background (bool | None | Unset): Enable generate backgrounds for the product group, default value
            is FALSE. When enabled, Pinterest will use generative AI to apply backgrounds for your product images that help
            drive user inspiration and engagement. Example: True.
        is_mdl (bool | None | Unset): If set to true products promoted in this product group will use the Mobile Deep
            Link specified in your catalog Example: True.
        parent_id (None | str | Unset): The parent Product Group ID of this Product Group Example: 1231234.
        preferred_media_type (None | ProductGroupPromotionPreferredMediaTypeType1 |
            ProductGroupPromotionPreferredMediaTypeType2Type1 | ProductGroupPromotionPreferredMediaTypeType3Type1 | Unset):
            Select whether to promote the image or video pin by default for items in the promoted product group. If
            selecting IMAGE, image will be promoted for all ads in the product group, and when selecting VIDEO, video will
            be promoted when present, otherwise fall back to image. This is applicable for standard shopping ads only.
            Example: VIDEO.
        relative_definition (None | str | Unset): The definition of the product group, relative to its parent - an
            attribute name/value pair Example: product_type_1='beverage appliances'.
        selected_image_tag (None | str | Unset): The ad image tag selected for the product group promotion. Example:
            holiday_sale.
        selected_video_tag (None | str | Unset): The ad video tag selected for the product group promotion. Example:
            holiday_sale.
        slideshow_collections_description (None | str | Unset): Slideshow Collections Description Example: slideshow
            description.
        slideshow_collections_title (None | str | Unset): Slideshow Collections Title Example: slideshow title.
        status (EntityStatus | Unset): Entity status Example: ACTIVE.
        tracking_url (None | str | Unset): Tracking template for proudct group promotions. 4000 limit Example:
            https://www.pinterest.com.
    """

    ad_group_id: str | Unset = UNSET
    bid_in_micro_currency: int | None | Unset = UNSET
    catalog_product_group_id: None | str | Unset = UNSET
    catalog_product_group_name: None | str | Unset = UNSET
    collections_header_type: (
        None
        | ProductGroupPromotionCollectionsHeaderTypeType1
        | ProductGroupPromotionCollectionsHeaderTypeType2Type1
        | ProductGroupPromotionCollectionsHeaderTypeType3Type1
        | Unset
    ) = UNSET
    collections_hero_destination_url: None | str | Unset = UNSET
    collections_hero_pin_id: None | str | Unset = UNSET
    creative_type: CreativeType | Unset = UNSET
    customizable_cta_type: (
        None
        | ProductGroupPromotionCustomizableCtaTypeType1
        | ProductGroupPromotionCustomizableCtaTypeType2Type1
        | ProductGroupPromotionCustomizableCtaTypeType3Type1
        | Unset
    ) = UNSET
    definition: None | str | Unset = UNSET
    grid_click_type: GridClickType | None | Unset = UNSET
    id: str | Unset = UNSET
    included: bool | None | Unset = UNSET
    is_generate_background: bool | None | Unset = UNSET
    is_mdl: bool | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    preferred_media_type: (
        None
        | ProductGroupPromotionPreferredMediaTypeType1
        | ProductGroupPromotionPreferredMediaTypeType2Type1
        | ProductGroupPromotionPreferredMediaTypeType3Type1
        | Unset
    ) = UNSET
    relative_definition: None | str | Unset = UNSET
    selected_image_tag: None | str | Unset = UNSET
    selected_video_tag: None | str | Unset = UNSET
    slideshow_collections_description: None | str | Unset = UNSET
    slideshow_collections_title: None | str | Unset = UNSET
    status: EntityStatus | Unset = UNSET
    tracking_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_group_id = self.ad_group_id

        bid_in_micro_currency: int | None | Unset
        if isinstance(self.bid_in_micro_currency, Unset):
            bid_in_micro_currency = UNSET
        else:
            bid_in_micro_currency = self.bid_in_micro_currency

        catalog_product_group_id: None | str | Unset
        if isinstance(self.catalog_product_group_id, Unset):
            catalog_product_group_id = UNSET
        else:
            catalog_product_group_id = self.catalog_product_group_id

        catalog_product_group_name: None | str | Unset
        if isinstance(self.catalog_product_group_name, Unset):
            catalog_product_group_name = UNSET
        else:
            catalog_product_group_name = self.catalog_product_group_name

        collections_header_type: None | str | Unset
        if isinstance(self.collections_header_type, Unset):
            collections_header_type = UNSET
        elif (
            isinstance(
                self.collections_header_type, ProductGroupPromotionCollectionsHeaderTypeType1
            )
            or isinstance(
                self.collections_header_type, ProductGroupPromotionCollectionsHeaderTypeType2Type1
            )
            or isinstance(
                self.collections_header_type, ProductGroupPromotionCollectionsHeaderTypeType3Type1
            )
        ):
            collections_header_type = (
                None if self.collections_header_type is None else self.collections_header_type.value
            )
        else:
            collections_header_type = self.collections_header_type

        collections_hero_destination_url: None | str | Unset
        if isinstance(self.collections_hero_destination_url, Unset):
            collections_hero_destination_url = UNSET
        else:
            collections_hero_destination_url = self.collections_hero_destination_url

        collections_hero_pin_id: None | str | Unset
        if isinstance(self.collections_hero_pin_id, Unset):
            collections_hero_pin_id = UNSET
        else:
            collections_hero_pin_id = self.collections_hero_pin_id

        creative_type: str | Unset = UNSET
        if not isinstance(self.creative_type, Unset):
            creative_type = None if self.creative_type is None else self.creative_type.value

        customizable_cta_type: None | str | Unset
        if isinstance(self.customizable_cta_type, Unset):
            customizable_cta_type = UNSET
        elif (
            isinstance(self.customizable_cta_type, ProductGroupPromotionCustomizableCtaTypeType1)
            or isinstance(
                self.customizable_cta_type, ProductGroupPromotionCustomizableCtaTypeType2Type1
            )
            or isinstance(
                self.customizable_cta_type, ProductGroupPromotionCustomizableCtaTypeType3Type1
            )
        ):
            customizable_cta_type = (
                None if self.customizable_cta_type is None else self.customizable_cta_type.value
            )
        else:
            customizable_cta_type = self.customizable_cta_type

        definition: None | str | Unset
        if isinstance(self.definition, Unset):
            definition = UNSET
        else:
            definition = self.definition

        grid_click_type: None | str | Unset
        if isinstance(self.grid_click_type, Unset):
            grid_click_type = UNSET
        elif isinstance(self.grid_click_type, GridClickType):
            grid_click_type = None if self.grid_click_type is None else self.grid_click_type.value
        else:
            grid_click_type = self.grid_click_type

        id = self.id

        included: bool | None | Unset
        if isinstance(self.included, Unset):
            included = UNSET
        else:
            included = self.included

        is_generate_background: bool | None | Unset
        if isinstance(self.is_generate_background, Unset):
            is_generate_background = UNSET
        else:
            is_generate_background = self.is_generate_background

        is_mdl: bool | None | Unset
        if isinstance(self.is_mdl, Unset):
            is_mdl = UNSET
        else:
            is_mdl = self.is_mdl

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        preferred_media_type: None | str | Unset
        if isinstance(self.preferred_media_type, Unset):
            preferred_media_type = UNSET
        elif (
            isinstance(self.preferred_media_type, ProductGroupPromotionPreferredMediaTypeType1)
            or isinstance(
                self.preferred_media_type, ProductGroupPromotionPreferredMediaTypeType2Type1
            )
            or isinstance(
                self.preferred_media_type, ProductGroupPromotionPreferredMediaTypeType3Type1
            )
        ):
            preferred_media_type = (
                None if self.preferred_media_type is None else self.preferred_media_type.value
            )
        else:
            preferred_media_type = self.preferred_media_type

        relative_definition: None | str | Unset
        if isinstance(self.relative_definition, Unset):
            relative_definition = UNSET
        else:
            relative_definition = self.relative_definition

        selected_image_tag: None | str | Unset
        if isinstance(self.selected_image_tag, Unset):
            selected_image_tag = UNSET
        else:
            selected_image_tag = self.selected_image_tag

        selected_video_tag: None | str | Unset
        if isinstance(self.selected_video_tag, Unset):
            selected_video_tag = UNSET
        else:
            selected_video_tag = self.selected_video_tag

        slideshow_collections_description: None | str | Unset
        if isinstance(self.slideshow_collections_description, Unset):
            slideshow_collections_description = UNSET
        else:
            slideshow_collections_description = self.slideshow_collections_description

        slideshow_collections_title: None | str | Unset
        if isinstance(self.slideshow_collections_title, Unset):
            slideshow_collections_title = UNSET
        else:
            slideshow_collections_title = self.slideshow_collections_title

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        tracking_url: None | str | Unset
        if isinstance(self.tracking_url, Unset):
            tracking_url = UNSET
        else:
            tracking_url = self.tracking_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_group_id is not UNSET:
            field_dict["ad_group_id"] = ad_group_id
        if bid_in_micro_currency is not UNSET:
            field_dict["bid_in_micro_currency"] = bid_in_micro_currency
        if catalog_product_group_id is not UNSET:
            field_dict["catalog_product_group_id"] = catalog_product_group_id
        if catalog_product_group_name is not UNSET:
            field_dict["catalog_product_group_name"] = catalog_product_group_name
        if collections_header_type is not UNSET:
            field_dict["collections_header_type"] = collections_header_type
        if collections_hero_destination_url is not UNSET:
            field_dict["collections_hero_destination_url"] = collections_hero_destination_url
        if collections_hero_pin_id is not UNSET:
            field_dict["collections_hero_pin_id"] = collections_hero_pin_id
        if creative_type is not UNSET:
            field_dict["creative_type"] = creative_type
        if customizable_cta_type is not UNSET:
            field_dict["customizable_cta_type"] = customizable_cta_type
        if definition is not UNSET:
            field_dict["definition"] = definition
        if grid_click_type is not UNSET:
            field_dict["grid_click_type"] = grid_click_type
        if id is not UNSET:
            field_dict["id"] = id
        if included is not UNSET:
            field_dict["included"] = included
        if is_generate_background is not UNSET:
            field_dict["is_generate_background"] = is_generate_background
        if is_mdl is not UNSET:
            field_dict["is_mdl"] = is_mdl
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if preferred_media_type is not UNSET:
            field_dict["preferred_media_type"] = preferred_media_type
        if relative_definition is not UNSET:
            field_dict["relative_definition"] = relative_definition
        if selected_image_tag is not UNSET:
            field_dict["selected_image_tag"] = selected_image_tag
        if selected_video_tag is not UNSET:
            field_dict["selected_video_tag"] = selected_video_tag
        if slideshow_collections_description is not UNSET:
            field_dict["slideshow_collections_description"] = slideshow_collections_description
        if slideshow_collections_title is not UNSET:
            field_dict["slideshow_collections_title"] = slideshow_collections_title
        if status is not UNSET:
            field_dict["status"] = status
        if tracking_url is not UNSET:
            field_dict["tracking_url"] = tracking_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ad_group_id = d.pop("ad_group_id", UNSET)
        if ad_group_id is None:
            ad_group_id = tolerate_null("ad_group_id")

        def _parse_bid_in_micro_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bid_in_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        bid_in_micro_currency = _parse_bid_in_micro_currency(d.pop("bid_in_micro_currency", UNSET))

        def _parse_catalog_product_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_catalog_product_group_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        catalog_product_group_id = _parse_catalog_product_group_id(
            d.pop("catalog_product_group_id", UNSET)
        )

        def _parse_catalog_product_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_catalog_product_group_name(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        catalog_product_group_name = _parse_catalog_product_group_name(
            d.pop("catalog_product_group_name", UNSET)
        )

        def _parse_collections_header_type(
            data: object,
        ) -> (
            None
            | ProductGroupPromotionCollectionsHeaderTypeType1
            | ProductGroupPromotionCollectionsHeaderTypeType2Type1
            | ProductGroupPromotionCollectionsHeaderTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_collections_header_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _collections_header_type_type_1 = data
                collections_header_type_type_1 = (
                    tolerate_null("collections_header_type_type_1")
                    if _collections_header_type_type_1 is None
                    else ProductGroupPromotionCollectionsHeaderTypeType1(
                        _collections_header_type_type_1
                    )
                )

                return collections_header_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _collections_header_type_type_2_type_1 = data
                collections_header_type_type_2_type_1 = (
                    tolerate_null("collections_header_type_type_2_type_1")
                    if _collections_header_type_type_2_type_1 is None
                    else ProductGroupPromotionCollectionsHeaderTypeType2Type1(
                        _collections_header_type_type_2_type_1
                    )
                )

                return collections_header_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _collections_header_type_type_3_type_1 = data
                collections_header_type_type_3_type_1 = (
                    tolerate_null("collections_header_type_type_3_type_1")
                    if _collections_header_type_type_3_type_1 is None
                    else ProductGroupPromotionCollectionsHeaderTypeType3Type1(
                        _collections_header_type_type_3_type_1
                    )
                )

                return collections_header_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProductGroupPromotionCollectionsHeaderTypeType1
                | ProductGroupPromotionCollectionsHeaderTypeType2Type1
                | ProductGroupPromotionCollectionsHeaderTypeType3Type1
                | Unset,
                data,
            )

        collections_header_type = _parse_collections_header_type(
            d.pop("collections_header_type", UNSET)
        )

        def _parse_collections_hero_destination_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_collections_hero_destination_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        collections_hero_destination_url = _parse_collections_hero_destination_url(
            d.pop("collections_hero_destination_url", UNSET)
        )

        def _parse_collections_hero_pin_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_collections_hero_pin_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        collections_hero_pin_id = _parse_collections_hero_pin_id(
            d.pop("collections_hero_pin_id", UNSET)
        )

        _creative_type = d.pop("creative_type", UNSET)
        creative_type: CreativeType | Unset
        if isinstance(_creative_type, Unset):
            creative_type = UNSET
        elif _creative_type is None:
            creative_type = tolerate_null("creative_type")
        else:
            creative_type = CreativeType(_creative_type)

        def _parse_customizable_cta_type(
            data: object,
        ) -> (
            None
            | ProductGroupPromotionCustomizableCtaTypeType1
            | ProductGroupPromotionCustomizableCtaTypeType2Type1
            | ProductGroupPromotionCustomizableCtaTypeType3Type1
            | Unset
        ):
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
                    else ProductGroupPromotionCustomizableCtaTypeType1(
                        _customizable_cta_type_type_1
                    )
                )

                return customizable_cta_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _customizable_cta_type_type_2_type_1 = data
                customizable_cta_type_type_2_type_1 = (
                    tolerate_null("customizable_cta_type_type_2_type_1")
                    if _customizable_cta_type_type_2_type_1 is None
                    else ProductGroupPromotionCustomizableCtaTypeType2Type1(
                        _customizable_cta_type_type_2_type_1
                    )
                )

                return customizable_cta_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _customizable_cta_type_type_3_type_1 = data
                customizable_cta_type_type_3_type_1 = (
                    tolerate_null("customizable_cta_type_type_3_type_1")
                    if _customizable_cta_type_type_3_type_1 is None
                    else ProductGroupPromotionCustomizableCtaTypeType3Type1(
                        _customizable_cta_type_type_3_type_1
                    )
                )

                return customizable_cta_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProductGroupPromotionCustomizableCtaTypeType1
                | ProductGroupPromotionCustomizableCtaTypeType2Type1
                | ProductGroupPromotionCustomizableCtaTypeType3Type1
                | Unset,
                data,
            )

        customizable_cta_type = _parse_customizable_cta_type(d.pop("customizable_cta_type", UNSET))

        def _parse_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_definition(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        definition = _parse_definition(d.pop("definition", UNSET))

        def _parse_grid_click_type(data: object) -> GridClickType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_grid_click_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _grid_click_type_type_1 = data
                grid_click_type_type_1 = (
                    tolerate_null("grid_click_type_type_1")
                    if _grid_click_type_type_1 is None
                    else GridClickType(_grid_click_type_type_1)
                )

                return grid_click_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GridClickType | None | Unset, data)

        grid_click_type = _parse_grid_click_type(d.pop("grid_click_type", UNSET))

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_included(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_included(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        included = _parse_included(d.pop("included", UNSET))

        def _parse_is_generate_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_is_generate_background(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        is_generate_background = _parse_is_generate_background(
            d.pop("is_generate_background", UNSET)
        )

        def _parse_is_mdl(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_is_mdl(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        is_mdl = _parse_is_mdl(d.pop("is_mdl", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_parent_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_preferred_media_type(
            data: object,
        ) -> (
            None
            | ProductGroupPromotionPreferredMediaTypeType1
            | ProductGroupPromotionPreferredMediaTypeType2Type1
            | ProductGroupPromotionPreferredMediaTypeType3Type1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_preferred_media_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _preferred_media_type_type_1 = data
                preferred_media_type_type_1 = (
                    tolerate_null("preferred_media_type_type_1")
                    if _preferred_media_type_type_1 is None
                    else ProductGroupPromotionPreferredMediaTypeType1(_preferred_media_type_type_1)
                )

                return preferred_media_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _preferred_media_type_type_2_type_1 = data
                preferred_media_type_type_2_type_1 = (
                    tolerate_null("preferred_media_type_type_2_type_1")
                    if _preferred_media_type_type_2_type_1 is None
                    else ProductGroupPromotionPreferredMediaTypeType2Type1(
                        _preferred_media_type_type_2_type_1
                    )
                )

                return preferred_media_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _preferred_media_type_type_3_type_1 = data
                preferred_media_type_type_3_type_1 = (
                    tolerate_null("preferred_media_type_type_3_type_1")
                    if _preferred_media_type_type_3_type_1 is None
                    else ProductGroupPromotionPreferredMediaTypeType3Type1(
                        _preferred_media_type_type_3_type_1
                    )
                )

                return preferred_media_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProductGroupPromotionPreferredMediaTypeType1
                | ProductGroupPromotionPreferredMediaTypeType2Type1
                | ProductGroupPromotionPreferredMediaTypeType3Type1
                | Unset,
                data,
            )

        preferred_media_type = _parse_preferred_media_type(d.pop("preferred_media_type", UNSET))

        def _parse_relative_definition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_relative_definition(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        relative_definition = _parse_relative_definition(d.pop("relative_definition", UNSET))

        def _parse_selected_image_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_selected_image_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        selected_image_tag = _parse_selected_image_tag(d.pop("selected_image_tag", UNSET))

        def _parse_selected_video_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_selected_video_tag(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        selected_video_tag = _parse_selected_video_tag(d.pop("selected_video_tag", UNSET))

        def _parse_slideshow_collections_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_slideshow_collections_description(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        slideshow_collections_description = _parse_slideshow_collections_description(
            d.pop("slideshow_collections_description", UNSET)
        )

        def _parse_slideshow_collections_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_slideshow_collections_title(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        slideshow_collections_title = _parse_slideshow_collections_title(
            d.pop("slideshow_collections_title", UNSET)
        )

        _status = d.pop("status", UNSET)
        status: EntityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = EntityStatus(_status)

        def _parse_tracking_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tracking_url(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        tracking_url = _parse_tracking_url(d.pop("tracking_url", UNSET))

        product_group_promotion = cls(
            ad_group_id=ad_group_id,
            bid_in_micro_currency=bid_in_micro_currency,
            catalog_product_group_id=catalog_product_group_id,
            catalog_product_group_name=catalog_product_group_name,
            collections_header_type=collections_header_type,
            collections_hero_destination_url=collections_hero_destination_url,
            collections_hero_pin_id=collections_hero_pin_id,
            creative_type=creative_type,
            customizable_cta_type=customizable_cta_type,
            definition=definition,
            grid_click_type=grid_click_type,
            id=id,
            included=included,
            is_generate_background=is_generate_background,
            is_mdl=is_mdl,
            parent_id=parent_id,
            preferred_media_type=preferred_media_type,
            relative_definition=relative_definition,
            selected_image_tag=selected_image_tag,
            selected_video_tag=selected_video_tag,
            slideshow_collections_description=slideshow_collections_description,
            slideshow_collections_title=slideshow_collections_title,
            status=status,
            tracking_url=tracking_url,
        )

        if d:
            tolerate_unknown_fields("ProductGroupPromotion", d)

        product_group_promotion.additional_properties = d
        return product_group_promotion

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
