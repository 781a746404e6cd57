from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ad_group_audience_sizing_request_creative_types_type_0_item import (
    AdGroupAudienceSizingRequestCreativeTypesType0Item,
)
from ..models.placement_group_type import PlacementGroupType
from ..types import (
    UNSET,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_fields,
)

if TYPE_CHECKING:
    from ..models.ad_group_audience_sizing_request_keywords_type_0_item import (
        AdGroupAudienceSizingRequestKeywordsType0Item,
    )
    from ..models.targeting_spec import TargetingSpec


T = TypeVar("T", bound="AdGroupAudienceSizingRequest")


@_attrs_define
class AdGroupAudienceSizingRequest:
    """
    Attributes:
        auto_targeting_enabled (bool | Unset): Enable auto-targeting for ad group. Default value is True. Also known as
            <a href="https://help.pinterest.com/en/business/article/performance-plus-targeting" target="_blank">"Pinterest
            Performance+ targeting"</a>. Default: True. Example: True.
        creative_types (list[AdGroupAudienceSizingRequestCreativeTypesType0Item] | None | Unset): Pin creative types
            filter. </p><strong>Note:</strong> SHOP_THE_PIN has been deprecated. Please use COLLECTION instead.
        keywords (list[AdGroupAudienceSizingRequestKeywordsType0Item] | None | Unset): Array of keyword objects. If the
            keywords field is missing, all keywords will be targeted.
        placement_group (PlacementGroupType | Unset): Campaign placement group type Default: PlacementGroupType.ALL.
            Example: ALL.
        product_group_ids (list[str] | None | Unset): Targeted product group IDs. </p><strong>Note:</strong> This can
            only be combined with shopping/catalog sales campaigns. For more information, <a
            href="https://help.pinterest.com/en/business/article/shopping-ads#section-14571" target="_blank">click here</a>.
            SHOPPING_RETARGETING must be included in targeting_spec object or this field will be ignored.
        targeting_spec (TargetingSpec | Unset): Ad group targeting specification defining the ad group target audience.
            For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"],
            "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
    """

    auto_targeting_enabled: bool | Unset = UNSET
    creative_types: list[AdGroupAudienceSizingRequestCreativeTypesType0Item] | None | Unset = UNSET
    keywords: list[AdGroupAudienceSizingRequestKeywordsType0Item] | None | Unset = UNSET
    placement_group: PlacementGroupType | Unset = UNSET
    product_group_ids: list[str] | None | Unset = UNSET
    targeting_spec: TargetingSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_targeting_enabled = self.auto_targeting_enabled

        creative_types: list[str] | None | Unset
        if isinstance(self.creative_types, Unset):
            creative_types = UNSET
        elif isinstance(self.creative_types, list):
            if self.creative_types is None:
                creative_types = None
            else:
                creative_types = []
                for creative_types_type_0_item_data in self.creative_types:
                    creative_types_type_0_item = (
                        None
                        if creative_types_type_0_item_data is None
                        else creative_types_type_0_item_data.value
                    )
                    creative_types.append(creative_types_type_0_item)

        else:
            creative_types = self.creative_types

        keywords: list[dict[str, Any]] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            if self.keywords is None:
                keywords = None
            else:
                keywords = []
                for keywords_type_0_item_data in self.keywords:
                    keywords_type_0_item = (
                        None
                        if keywords_type_0_item_data is None
                        else keywords_type_0_item_data.to_dict()
                    )
                    keywords.append(keywords_type_0_item)

        else:
            keywords = self.keywords

        placement_group: str | Unset = UNSET
        if not isinstance(self.placement_group, Unset):
            placement_group = None if self.placement_group is None else self.placement_group.value

        product_group_ids: list[str] | None | Unset
        if isinstance(self.product_group_ids, Unset):
            product_group_ids = UNSET
        elif isinstance(self.product_group_ids, list):
            product_group_ids = self.product_group_ids

        else:
            product_group_ids = self.product_group_ids

        targeting_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targeting_spec, Unset):
            targeting_spec = None if self.targeting_spec is None else self.targeting_spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_targeting_enabled is not UNSET:
            field_dict["auto_targeting_enabled"] = auto_targeting_enabled
        if creative_types is not UNSET:
            field_dict["creative_types"] = creative_types
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if placement_group is not UNSET:
            field_dict["placement_group"] = placement_group
        if product_group_ids is not UNSET:
            field_dict["product_group_ids"] = product_group_ids
        if targeting_spec is not UNSET:
            field_dict["targeting_spec"] = targeting_spec

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ad_group_audience_sizing_request_keywords_type_0_item import (
            AdGroupAudienceSizingRequestKeywordsType0Item,
        )
        from ..models.targeting_spec import TargetingSpec

        d = dict(src_dict)
        auto_targeting_enabled = d.pop("auto_targeting_enabled", UNSET)
        if auto_targeting_enabled is None:
            auto_targeting_enabled = tolerate_null("auto_targeting_enabled")

        def _parse_creative_types(
            data: object,
        ) -> list[AdGroupAudienceSizingRequestCreativeTypesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_creative_types(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _creative_types_type_0 = data
                creative_types_type_0: list[AdGroupAudienceSizingRequestCreativeTypesType0Item]
                if _creative_types_type_0 is None:
                    creative_types_type_0 = tolerate_null("creative_types_type_0")
                else:
                    creative_types_type_0 = []
                    for creative_types_type_0_item_data in _creative_types_type_0:
                        _creative_types_type_0_item = creative_types_type_0_item_data
                        creative_types_type_0_item = (
                            tolerate_null("creative_types_type_0_item")
                            if _creative_types_type_0_item is None
                            else AdGroupAudienceSizingRequestCreativeTypesType0Item(
                                _creative_types_type_0_item
                            )
                        )

                        creative_types_type_0.append(creative_types_type_0_item)

                return creative_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AdGroupAudienceSizingRequestCreativeTypesType0Item] | None | Unset, data
            )

        creative_types = _parse_creative_types(d.pop("creative_types", UNSET))

        def _parse_keywords(
            data: object,
        ) -> list[AdGroupAudienceSizingRequestKeywordsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_keywords(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _keywords_type_0 = data
                keywords_type_0: list[AdGroupAudienceSizingRequestKeywordsType0Item]
                if _keywords_type_0 is None:
                    keywords_type_0 = tolerate_null("keywords_type_0")
                else:
                    keywords_type_0 = []
                    for keywords_type_0_item_data in _keywords_type_0:
                        _keywords_type_0_item = keywords_type_0_item_data
                        keywords_type_0_item = (
                            tolerate_null("keywords_type_0_item")
                            if _keywords_type_0_item is None
                            else AdGroupAudienceSizingRequestKeywordsType0Item.from_dict(
                                _keywords_type_0_item
                            )
                        )

                        keywords_type_0.append(keywords_type_0_item)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AdGroupAudienceSizingRequestKeywordsType0Item] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        _placement_group = d.pop("placement_group", UNSET)
        placement_group: PlacementGroupType | Unset
        if isinstance(_placement_group, Unset):
            placement_group = UNSET
        elif _placement_group is None:
            placement_group = tolerate_null("placement_group")
        else:
            placement_group = PlacementGroupType(_placement_group)

        def _parse_product_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_product_group_ids(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _product_group_ids_type_0 = data
                product_group_ids_type_0 = (
                    tolerate_null("product_group_ids_type_0")
                    if _product_group_ids_type_0 is None
                    else cast(list[str], _product_group_ids_type_0)
                )

                return product_group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        product_group_ids = _parse_product_group_ids(d.pop("product_group_ids", UNSET))

        _targeting_spec = d.pop("targeting_spec", UNSET)
        targeting_spec: TargetingSpec | Unset
        if isinstance(_targeting_spec, Unset):
            targeting_spec = UNSET
        elif _targeting_spec is None:
            targeting_spec = tolerate_null("targeting_spec")
        else:
            targeting_spec = TargetingSpec.from_dict(_targeting_spec)

        ad_group_audience_sizing_request = cls(
            auto_targeting_enabled=auto_targeting_enabled,
            creative_types=creative_types,
            keywords=keywords,
            placement_group=placement_group,
            product_group_ids=product_group_ids,
            targeting_spec=targeting_spec,
        )

        if d:
            tolerate_unknown_fields("AdGroupAudienceSizingRequest", d)

        ad_group_audience_sizing_request.additional_properties = d
        return ad_group_audience_sizing_request

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
