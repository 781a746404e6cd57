from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.ad_group_update_request import AdGroupUpdateRequest
    from ..models.ad_update_request import AdUpdateRequest
    from ..models.bulk_upsert_request_update_label_bulk_update_request import (
        BulkUpsertRequestUpdateLabelBulkUpdateRequest,
    )
    from ..models.campaign_update_request import CampaignUpdateRequest
    from ..models.catalogs_creative_assets_product_group_update_request import (
        CatalogsCreativeAssetsProductGroupUpdateRequest,
    )
    from ..models.catalogs_hotel_product_group_update_request import (
        CatalogsHotelProductGroupUpdateRequest,
    )
    from ..models.catalogs_product_group_update_request import CatalogsProductGroupUpdateRequest
    from ..models.catalogs_retail_product_group_update_request import (
        CatalogsRetailProductGroupUpdateRequest,
    )
    from ..models.keyword_update import KeywordUpdate
    from ..models.product_group_promotion_update_request import ProductGroupPromotionUpdateRequest


T = TypeVar("T", bound="BulkUpsertRequestUpdate")


@_attrs_define
class BulkUpsertRequestUpdate:
    """Request for creation of entities in bulk.

    Attributes:
        ad_groups (list[AdGroupUpdateRequest] | Unset):
        ads (list[AdUpdateRequest] | Unset):
        campaigns (list[CampaignUpdateRequest] | Unset):
        catalog_product_groups (list[CatalogsCreativeAssetsProductGroupUpdateRequest |
            CatalogsHotelProductGroupUpdateRequest | CatalogsProductGroupUpdateRequest |
            CatalogsRetailProductGroupUpdateRequest] | Unset):
        keywords (list[KeywordUpdate] | Unset):
        labels (list[BulkUpsertRequestUpdateLabelBulkUpdateRequest] | Unset):
        product_groups (list[ProductGroupPromotionUpdateRequest] | Unset):
    """

    ad_groups: list[AdGroupUpdateRequest] | Unset = UNSET
    ads: list[AdUpdateRequest] | Unset = UNSET
    campaigns: list[CampaignUpdateRequest] | Unset = UNSET
    catalog_product_groups: (
        list[
            CatalogsCreativeAssetsProductGroupUpdateRequest
            | CatalogsHotelProductGroupUpdateRequest
            | CatalogsProductGroupUpdateRequest
            | CatalogsRetailProductGroupUpdateRequest
        ]
        | Unset
    ) = UNSET
    keywords: list[KeywordUpdate] | Unset = UNSET
    labels: list[BulkUpsertRequestUpdateLabelBulkUpdateRequest] | Unset = UNSET
    product_groups: list[ProductGroupPromotionUpdateRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.catalogs_hotel_product_group_update_request import (
            CatalogsHotelProductGroupUpdateRequest,
        )
        from ..models.catalogs_product_group_update_request import CatalogsProductGroupUpdateRequest
        from ..models.catalogs_retail_product_group_update_request import (
            CatalogsRetailProductGroupUpdateRequest,
        )

        ad_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ad_groups, Unset):
            if self.ad_groups is None:
                ad_groups = None
            else:
                ad_groups = []
                for ad_groups_item_data in self.ad_groups:
                    ad_groups_item = (
                        None if ad_groups_item_data is None else ad_groups_item_data.to_dict()
                    )
                    ad_groups.append(ad_groups_item)

        ads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ads, Unset):
            if self.ads is None:
                ads = None
            else:
                ads = []
                for ads_item_data in self.ads:
                    ads_item = None if ads_item_data is None else ads_item_data.to_dict()
                    ads.append(ads_item)

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            if self.campaigns is None:
                campaigns = None
            else:
                campaigns = []
                for campaigns_item_data in self.campaigns:
                    campaigns_item = (
                        None if campaigns_item_data is None else campaigns_item_data.to_dict()
                    )
                    campaigns.append(campaigns_item)

        catalog_product_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.catalog_product_groups, Unset):
            if self.catalog_product_groups is None:
                catalog_product_groups = None
            else:
                catalog_product_groups = []
                for catalog_product_groups_item_data in self.catalog_product_groups:
                    catalog_product_groups_item: dict[str, Any]
                    if (
                        isinstance(
                            catalog_product_groups_item_data, CatalogsProductGroupUpdateRequest
                        )
                        or isinstance(
                            catalog_product_groups_item_data,
                            CatalogsRetailProductGroupUpdateRequest,
                        )
                        or isinstance(
                            catalog_product_groups_item_data, CatalogsHotelProductGroupUpdateRequest
                        )
                    ):
                        catalog_product_groups_item = (
                            None
                            if catalog_product_groups_item_data is None
                            else catalog_product_groups_item_data.to_dict()
                        )
                    else:
                        catalog_product_groups_item = (
                            None
                            if catalog_product_groups_item_data is None
                            else catalog_product_groups_item_data.to_dict()
                        )

                    catalog_product_groups.append(catalog_product_groups_item)

        keywords: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            if self.keywords is None:
                keywords = None
            else:
                keywords = []
                for keywords_item_data in self.keywords:
                    keywords_item = (
                        None if keywords_item_data is None else keywords_item_data.to_dict()
                    )
                    keywords.append(keywords_item)

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            if self.labels is None:
                labels = None
            else:
                labels = []
                for labels_item_data in self.labels:
                    labels_item = None if labels_item_data is None else labels_item_data.to_dict()
                    labels.append(labels_item)

        product_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_groups, Unset):
            if self.product_groups is None:
                product_groups = None
            else:
                product_groups = []
                for product_groups_item_data in self.product_groups:
                    product_groups_item = (
                        None
                        if product_groups_item_data is None
                        else product_groups_item_data.to_dict()
                    )
                    product_groups.append(product_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ad_groups is not UNSET:
            field_dict["ad_groups"] = ad_groups
        if ads is not UNSET:
            field_dict["ads"] = ads
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if catalog_product_groups is not UNSET:
            field_dict["catalog_product_groups"] = catalog_product_groups
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if labels is not UNSET:
            field_dict["labels"] = labels
        if product_groups is not UNSET:
            field_dict["product_groups"] = product_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ad_group_update_request import AdGroupUpdateRequest
        from ..models.ad_update_request import AdUpdateRequest
        from ..models.bulk_upsert_request_update_label_bulk_update_request import (
            BulkUpsertRequestUpdateLabelBulkUpdateRequest,
        )
        from ..models.campaign_update_request import CampaignUpdateRequest
        from ..models.catalogs_creative_assets_product_group_update_request import (
            CatalogsCreativeAssetsProductGroupUpdateRequest,
        )
        from ..models.catalogs_hotel_product_group_update_request import (
            CatalogsHotelProductGroupUpdateRequest,
        )
        from ..models.catalogs_product_group_update_request import CatalogsProductGroupUpdateRequest
        from ..models.catalogs_retail_product_group_update_request import (
            CatalogsRetailProductGroupUpdateRequest,
        )
        from ..models.keyword_update import KeywordUpdate
        from ..models.product_group_promotion_update_request import (
            ProductGroupPromotionUpdateRequest,
        )

        d = dict(src_dict)
        _ad_groups = d.pop("ad_groups", UNSET)
        ad_groups: list[AdGroupUpdateRequest] | Unset = UNSET
        if _ad_groups is None:
            ad_groups = tolerate_null("ad_groups")
        elif not isinstance(_ad_groups, Unset):
            ad_groups = []
            for ad_groups_item_data in _ad_groups:
                _ad_groups_item = ad_groups_item_data
                ad_groups_item = (
                    tolerate_null("ad_groups_item")
                    if _ad_groups_item is None
                    else AdGroupUpdateRequest.from_dict(_ad_groups_item)
                )

                ad_groups.append(ad_groups_item)

        _ads = d.pop("ads", UNSET)
        ads: list[AdUpdateRequest] | Unset = UNSET
        if _ads is None:
            ads = tolerate_null("ads")
        elif not isinstance(_ads, Unset):
            ads = []
            for ads_item_data in _ads:
                _ads_item = ads_item_data
                ads_item = (
                    tolerate_null("ads_item")
                    if _ads_item is None
                    else AdUpdateRequest.from_dict(_ads_item)
                )

                ads.append(ads_item)

        _campaigns = d.pop("campaigns", UNSET)
        campaigns: list[CampaignUpdateRequest] | Unset = UNSET
        if _campaigns is None:
            campaigns = tolerate_null("campaigns")
        elif not isinstance(_campaigns, Unset):
            campaigns = []
            for campaigns_item_data in _campaigns:
                _campaigns_item = campaigns_item_data
                campaigns_item = (
                    tolerate_null("campaigns_item")
                    if _campaigns_item is None
                    else CampaignUpdateRequest.from_dict(_campaigns_item)
                )

                campaigns.append(campaigns_item)

        _catalog_product_groups = d.pop("catalog_product_groups", UNSET)
        catalog_product_groups: (
            list[
                CatalogsCreativeAssetsProductGroupUpdateRequest
                | CatalogsHotelProductGroupUpdateRequest
                | CatalogsProductGroupUpdateRequest
                | CatalogsRetailProductGroupUpdateRequest
            ]
            | Unset
        ) = UNSET
        if _catalog_product_groups is None:
            catalog_product_groups = tolerate_null("catalog_product_groups")
        elif not isinstance(_catalog_product_groups, Unset):
            catalog_product_groups = []
            for catalog_product_groups_item_data in _catalog_product_groups:

                def _parse_catalog_product_groups_item(
                    data: object,
                ) -> (
                    CatalogsCreativeAssetsProductGroupUpdateRequest
                    | CatalogsHotelProductGroupUpdateRequest
                    | CatalogsProductGroupUpdateRequest
                    | CatalogsRetailProductGroupUpdateRequest
                ):
                    if data is None:
                        return cast(
                            CatalogsCreativeAssetsProductGroupUpdateRequest
                            | CatalogsHotelProductGroupUpdateRequest
                            | CatalogsProductGroupUpdateRequest
                            | CatalogsRetailProductGroupUpdateRequest,
                            tolerate_null("catalog_product_groups_item"),
                        )
                    if not is_strict_parsing():
                        # A member that matches exactly wins over one that only tolerates the data (an unknown
                        # enum value, unknown fields), whatever the order of the members.
                        with strict_parsing():
                            try:
                                return _parse_catalog_product_groups_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _catalog_product_groups_item_type_0 = data
                        catalog_product_groups_item_type_0 = (
                            tolerate_null("catalog_product_groups_item_type_0")
                            if _catalog_product_groups_item_type_0 is None
                            else CatalogsProductGroupUpdateRequest.from_dict(
                                _catalog_product_groups_item_type_0
                            )
                        )

                        return catalog_product_groups_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_vertical_product_group_update_request_type_0 = (
                            data
                        )
                        componentsschemas_catalogs_vertical_product_group_update_request_type_0 = (
                            tolerate_null(
                                "/components/schemas/CatalogsVerticalProductGroupUpdateRequest_type_0"
                            )
                            if _componentsschemas_catalogs_vertical_product_group_update_request_type_0
                            is None
                            else CatalogsRetailProductGroupUpdateRequest.from_dict(
                                _componentsschemas_catalogs_vertical_product_group_update_request_type_0
                            )
                        )

                        return (
                            componentsschemas_catalogs_vertical_product_group_update_request_type_0
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        _componentsschemas_catalogs_vertical_product_group_update_request_type_1 = (
                            data
                        )
                        componentsschemas_catalogs_vertical_product_group_update_request_type_1 = (
                            tolerate_null(
                                "/components/schemas/CatalogsVerticalProductGroupUpdateRequest_type_1"
                            )
                            if _componentsschemas_catalogs_vertical_product_group_update_request_type_1
                            is None
                            else CatalogsHotelProductGroupUpdateRequest.from_dict(
                                _componentsschemas_catalogs_vertical_product_group_update_request_type_1
                            )
                        )

                        return (
                            componentsschemas_catalogs_vertical_product_group_update_request_type_1
                        )
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    _componentsschemas_catalogs_vertical_product_group_update_request_type_2 = data
                    componentsschemas_catalogs_vertical_product_group_update_request_type_2 = (
                        tolerate_null(
                            "/components/schemas/CatalogsVerticalProductGroupUpdateRequest_type_2"
                        )
                        if _componentsschemas_catalogs_vertical_product_group_update_request_type_2
                        is None
                        else CatalogsCreativeAssetsProductGroupUpdateRequest.from_dict(
                            _componentsschemas_catalogs_vertical_product_group_update_request_type_2
                        )
                    )

                    return componentsschemas_catalogs_vertical_product_group_update_request_type_2

                catalog_product_groups_item = _parse_catalog_product_groups_item(
                    catalog_product_groups_item_data
                )

                catalog_product_groups.append(catalog_product_groups_item)

        _keywords = d.pop("keywords", UNSET)
        keywords: list[KeywordUpdate] | Unset = UNSET
        if _keywords is None:
            keywords = tolerate_null("keywords")
        elif not isinstance(_keywords, Unset):
            keywords = []
            for keywords_item_data in _keywords:
                _keywords_item = keywords_item_data
                keywords_item = (
                    tolerate_null("keywords_item")
                    if _keywords_item is None
                    else KeywordUpdate.from_dict(_keywords_item)
                )

                keywords.append(keywords_item)

        _labels = d.pop("labels", UNSET)
        labels: list[BulkUpsertRequestUpdateLabelBulkUpdateRequest] | Unset = UNSET
        if _labels is None:
            labels = tolerate_null("labels")
        elif not isinstance(_labels, Unset):
            labels = []
            for labels_item_data in _labels:
                _labels_item = labels_item_data
                labels_item = (
                    tolerate_null("labels_item")
                    if _labels_item is None
                    else BulkUpsertRequestUpdateLabelBulkUpdateRequest.from_dict(_labels_item)
                )

                labels.append(labels_item)

        _product_groups = d.pop("product_groups", UNSET)
        product_groups: list[ProductGroupPromotionUpdateRequest] | Unset = UNSET
        if _product_groups is None:
            product_groups = tolerate_null("product_groups")
        elif not isinstance(_product_groups, Unset):
            product_groups = []
            for product_groups_item_data in _product_groups:
                _product_groups_item = product_groups_item_data
                product_groups_item = (
                    tolerate_null("product_groups_item")
                    if _product_groups_item is None
                    else ProductGroupPromotionUpdateRequest.from_dict(_product_groups_item)
                )

                product_groups.append(product_groups_item)

        bulk_upsert_request_update = cls(
            ad_groups=ad_groups,
            ads=ads,
            campaigns=campaigns,
            catalog_product_groups=catalog_product_groups,
            keywords=keywords,
            labels=labels,
            product_groups=product_groups,
        )

        if d:
            tolerate_unknown_fields("BulkUpsertRequestUpdate", d)

        bulk_upsert_request_update.additional_properties = d
        return bulk_upsert_request_update

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
