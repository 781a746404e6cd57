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
    from ..models.product_group_promotion import ProductGroupPromotion


T = TypeVar("T", bound="ProductGroupPromotionUpdateRequest")


@_attrs_define
class ProductGroupPromotionUpdateRequest:
    """
    Example:
        {'product_group_promotion': [{'catalog_product_group_id': '1234123', 'slideshow_collections_description':
            'Description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123123', 'catalog_product_group_name':
            'ProductGroupName', 'collections_hero_destination_url': 'http://www.pinterest.com', 'tracking_url':
            'https://www.pinterest.com', 'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592705'},
            {'catalog_product_group_id': '1231231', 'slideshow_collections_description': 'Other description',
            'creative_type': 'REGULAR', 'collections_hero_pin_id': '123124', 'catalog_product_group_name':
            'ProductGroupName', 'collections_hero_destination_url': 'http://www.pinterest.com', 'tracking_url':
            'https://www.pinterest.com', 'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id':
            '2680059592706'}], 'ad_group_id': '26823439592705'}

    Attributes:
        ad_group_id (str): ID of the ad group the product group belongs to. Example: 2680059592705.
        product_group_promotion (list[ProductGroupPromotion]):
    """

    ad_group_id: str
    product_group_promotion: list[ProductGroupPromotion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ad_group_id = self.ad_group_id

        if self.product_group_promotion is None:
            product_group_promotion = None
        else:
            product_group_promotion = []
            for product_group_promotion_item_data in self.product_group_promotion:
                product_group_promotion_item = (
                    None
                    if product_group_promotion_item_data is None
                    else product_group_promotion_item_data.to_dict()
                )
                product_group_promotion.append(product_group_promotion_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ad_group_id": ad_group_id,
                "product_group_promotion": product_group_promotion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product_group_promotion import ProductGroupPromotion

        d = dict(src_dict)
        ad_group_id = d.pop("ad_group_id")
        if ad_group_id is None:
            ad_group_id = tolerate_null("ad_group_id")

        _product_group_promotion = d.pop("product_group_promotion")
        product_group_promotion: list[ProductGroupPromotion]
        if _product_group_promotion is None:
            product_group_promotion = tolerate_null("product_group_promotion")
        else:
            product_group_promotion = []
            for product_group_promotion_item_data in _product_group_promotion:
                _product_group_promotion_item = product_group_promotion_item_data
                product_group_promotion_item = (
                    tolerate_null("product_group_promotion_item")
                    if _product_group_promotion_item is None
                    else ProductGroupPromotion.from_dict(_product_group_promotion_item)
                )

                product_group_promotion.append(product_group_promotion_item)

        product_group_promotion_update_request = cls(
            ad_group_id=ad_group_id,
            product_group_promotion=product_group_promotion,
        )

        if d:
            tolerate_unknown_fields("ProductGroupPromotionUpdateRequest", d)

        product_group_promotion_update_request.additional_properties = d
        return product_group_promotion_update_request

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
