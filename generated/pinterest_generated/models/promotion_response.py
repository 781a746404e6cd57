from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_status import EntityStatus
from ..models.promotion_common_discount_status import PromotionCommonDiscountStatus
from ..models.promotion_type import PromotionType
from ..types import (
    UNSET,
    Unset,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.promotion_template_value import PromotionTemplateValue


T = TypeVar("T", bound="PromotionResponse")


@_attrs_define
class PromotionResponse:
    """
    Attributes:
        discount_status (PromotionCommonDiscountStatus | Unset): Discount status based on the current time and start and
            end time of discount Example: ACTIVE.
        end_time (int | Unset): Promotion end time. Unix timestamp in seconds. Independent of campaign end time.
            Example: 1678003860.
        external_id (str | Unset): Platform-specific ID for this promotion. Will be null for promotions first created
            within Pinterest. Example: abc.
        platform_type (str | Unset): The source integration platform used when creating the promotion. Currently
            supported values are 'DEFAULT' and 'SHOPIFY'. Example: DEFAULT.
        promotion_code (str | Unset): Code that can be used to redeem a promotion. Example: blackfriday10.
        promotion_custom_id (str | Unset): An optional field for user defined promotion ID for this promotion. Will copy
            from Pinterest system generated ID if user did not provide one. Example: freeshipping_2025.
        promotion_title (str | Unset): Internal name for the promotion. Example: Black Friday 10% off.
        promotion_type (PromotionType | Unset): Determines the displayed promotion text along with what parameters (if
            any) are needed to complete the template. This list is not finalized, and will be updated as new types are
            supported. Example: VARIABLE.
        start_time (int | Unset): Promotion start time. Unix timestamp in seconds. Independent of campaign start time.
            Example: 1677003860.
        template_values (list[PromotionTemplateValue] | Unset): List of values to be inserted in the promotion type-
            specific template.
        ad_account_id (str | Unset): The Ad Account ID that this promotion belongs to. Example: 549755885175.
        id (str | Unset): Promotion ID Example: 7834020347906.
        status (EntityStatus | Unset): Entity status Example: ACTIVE.
    """

    discount_status: PromotionCommonDiscountStatus | Unset = UNSET
    end_time: int | Unset = UNSET
    external_id: str | Unset = UNSET
    platform_type: str | Unset = UNSET
    promotion_code: str | Unset = UNSET
    promotion_custom_id: str | Unset = UNSET
    promotion_title: str | Unset = UNSET
    promotion_type: PromotionType | Unset = UNSET
    start_time: int | Unset = UNSET
    template_values: list[PromotionTemplateValue] | Unset = UNSET
    ad_account_id: str | Unset = UNSET
    id: str | Unset = UNSET
    status: EntityStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount_status: str | Unset = UNSET
        if not isinstance(self.discount_status, Unset):
            discount_status = None if self.discount_status is None else self.discount_status.value

        end_time = self.end_time

        external_id = self.external_id

        platform_type = self.platform_type

        promotion_code = self.promotion_code

        promotion_custom_id = self.promotion_custom_id

        promotion_title = self.promotion_title

        promotion_type: str | Unset = UNSET
        if not isinstance(self.promotion_type, Unset):
            promotion_type = None if self.promotion_type is None else self.promotion_type.value

        start_time = self.start_time

        template_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.template_values, Unset):
            if self.template_values is None:
                template_values = None
            else:
                template_values = []
                for template_values_item_data in self.template_values:
                    template_values_item = (
                        None
                        if template_values_item_data is None
                        else template_values_item_data.to_dict()
                    )
                    template_values.append(template_values_item)

        ad_account_id = self.ad_account_id

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount_status is not UNSET:
            field_dict["discount_status"] = discount_status
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if platform_type is not UNSET:
            field_dict["platform_type"] = platform_type
        if promotion_code is not UNSET:
            field_dict["promotion_code"] = promotion_code
        if promotion_custom_id is not UNSET:
            field_dict["promotion_custom_id"] = promotion_custom_id
        if promotion_title is not UNSET:
            field_dict["promotion_title"] = promotion_title
        if promotion_type is not UNSET:
            field_dict["promotion_type"] = promotion_type
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if template_values is not UNSET:
            field_dict["template_values"] = template_values
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.promotion_template_value import PromotionTemplateValue

        d = dict(src_dict)
        _discount_status = d.pop("discount_status", UNSET)
        discount_status: PromotionCommonDiscountStatus | Unset
        if isinstance(_discount_status, Unset):
            discount_status = UNSET
        elif _discount_status is None:
            discount_status = tolerate_null("discount_status")
        else:
            discount_status = PromotionCommonDiscountStatus(_discount_status)

        end_time = d.pop("end_time", UNSET)
        if end_time is None:
            end_time = tolerate_null("end_time")

        external_id = d.pop("external_id", UNSET)
        if external_id is None:
            external_id = tolerate_null("external_id")

        platform_type = d.pop("platform_type", UNSET)
        if platform_type is None:
            platform_type = tolerate_null("platform_type")

        promotion_code = d.pop("promotion_code", UNSET)
        if promotion_code is None:
            promotion_code = tolerate_null("promotion_code")

        promotion_custom_id = d.pop("promotion_custom_id", UNSET)
        if promotion_custom_id is None:
            promotion_custom_id = tolerate_null("promotion_custom_id")

        promotion_title = d.pop("promotion_title", UNSET)
        if promotion_title is None:
            promotion_title = tolerate_null("promotion_title")

        _promotion_type = d.pop("promotion_type", UNSET)
        promotion_type: PromotionType | Unset
        if isinstance(_promotion_type, Unset):
            promotion_type = UNSET
        elif _promotion_type is None:
            promotion_type = tolerate_null("promotion_type")
        else:
            promotion_type = PromotionType(_promotion_type)

        start_time = d.pop("start_time", UNSET)
        if start_time is None:
            start_time = tolerate_null("start_time")

        _template_values = d.pop("template_values", UNSET)
        template_values: list[PromotionTemplateValue] | Unset = UNSET
        if _template_values is None:
            template_values = tolerate_null("template_values")
        elif not isinstance(_template_values, Unset):
            template_values = []
            for template_values_item_data in _template_values:
                _template_values_item = template_values_item_data
                template_values_item = (
                    tolerate_null("template_values_item")
                    if _template_values_item is None
                    else PromotionTemplateValue.from_dict(_template_values_item)
                )

                template_values.append(template_values_item)

        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _status = d.pop("status", UNSET)
        status: EntityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = EntityStatus(_status)

        promotion_response = cls(
            discount_status=discount_status,
            end_time=end_time,
            external_id=external_id,
            platform_type=platform_type,
            promotion_code=promotion_code,
            promotion_custom_id=promotion_custom_id,
            promotion_title=promotion_title,
            promotion_type=promotion_type,
            start_time=start_time,
            template_values=template_values,
            ad_account_id=ad_account_id,
            id=id,
            status=status,
        )

        if d:
            tolerate_unknown_fields("PromotionResponse", d)

        promotion_response.additional_properties = d
        return promotion_response

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
