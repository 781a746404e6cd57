from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.targeting_spec import TargetingSpec
    from ..models.targeting_template_audience_sizing import TargetingTemplateAudienceSizing
    from ..models.targeting_template_keyword import TargetingTemplateKeyword
    from ..models.tracking_urls import TrackingUrls


T = TypeVar("T", bound="TargetingTemplateResponseData")


@_attrs_define
class TargetingTemplateResponseData:
    """
    Attributes:
        auto_targeting_enabled (bool | Unset): Enable auto-targeting for ad group. Also known as <a
            href="https://help.pinterest.com/en/business/article/expanded-targeting" target="_blank">"expanded
            targeting"</a>. Default: True.
        keywords (list[TargetingTemplateKeyword] | Unset):  Example: [{'value': 'cats', 'match_type':
            'EXACT_NEGATIVE'}].
        name (str | Unset): targeting template name Example: Gaming.
        placement_group (PlacementGroupType | Unset): Campaign placement group type Example: ALL.
        targeting_attributes (TargetingSpec | Unset): Ad group targeting specification defining the ad group target
            audience. For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"],
            "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
        tracking_urls (None | TrackingUrls | Unset):
        ad_account_id (str | Unset): The ID of the advertiser that this targeting template belongs to. Example:
            549755885175.
        created_time (int | Unset): Targeting template created time. Unix timestamp in seconds. Example: 1432744744.
        id (str | Unset): Targeting template ID. Example: 643.
        sizing (None | TargetingTemplateAudienceSizing | Unset):
        status (str | Unset): Indicate targeting template is active or Deleted
        updated_time (int | Unset): Targeting template updated time.Unix timestamp in seconds. Example: 1432744744.
    """

    auto_targeting_enabled: bool | Unset = UNSET
    keywords: list[TargetingTemplateKeyword] | Unset = UNSET
    name: str | Unset = UNSET
    placement_group: PlacementGroupType | Unset = UNSET
    targeting_attributes: TargetingSpec | Unset = UNSET
    tracking_urls: None | TrackingUrls | Unset = UNSET
    ad_account_id: str | Unset = UNSET
    created_time: int | Unset = UNSET
    id: str | Unset = UNSET
    sizing: None | TargetingTemplateAudienceSizing | Unset = UNSET
    status: str | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.targeting_template_audience_sizing import TargetingTemplateAudienceSizing
        from ..models.tracking_urls import TrackingUrls

        auto_targeting_enabled = self.auto_targeting_enabled

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

        name = self.name

        placement_group: str | Unset = UNSET
        if not isinstance(self.placement_group, Unset):
            placement_group = None if self.placement_group is None else self.placement_group.value

        targeting_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targeting_attributes, Unset):
            targeting_attributes = (
                None if self.targeting_attributes is None else self.targeting_attributes.to_dict()
            )

        tracking_urls: dict[str, Any] | None | Unset
        if isinstance(self.tracking_urls, Unset):
            tracking_urls = UNSET
        elif isinstance(self.tracking_urls, TrackingUrls):
            tracking_urls = None if self.tracking_urls is None else self.tracking_urls.to_dict()
        else:
            tracking_urls = self.tracking_urls

        ad_account_id = self.ad_account_id

        created_time = self.created_time

        id = self.id

        sizing: dict[str, Any] | None | Unset
        if isinstance(self.sizing, Unset):
            sizing = UNSET
        elif isinstance(self.sizing, TargetingTemplateAudienceSizing):
            sizing = None if self.sizing is None else self.sizing.to_dict()
        else:
            sizing = self.sizing

        status = self.status

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_targeting_enabled is not UNSET:
            field_dict["auto_targeting_enabled"] = auto_targeting_enabled
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if name is not UNSET:
            field_dict["name"] = name
        if placement_group is not UNSET:
            field_dict["placement_group"] = placement_group
        if targeting_attributes is not UNSET:
            field_dict["targeting_attributes"] = targeting_attributes
        if tracking_urls is not UNSET:
            field_dict["tracking_urls"] = tracking_urls
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if id is not UNSET:
            field_dict["id"] = id
        if sizing is not UNSET:
            field_dict["sizing"] = sizing
        if status is not UNSET:
            field_dict["status"] = status
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.targeting_spec import TargetingSpec
        from ..models.targeting_template_audience_sizing import TargetingTemplateAudienceSizing
        from ..models.targeting_template_keyword import TargetingTemplateKeyword
        from ..models.tracking_urls import TrackingUrls

        d = dict(src_dict)
        auto_targeting_enabled = d.pop("auto_targeting_enabled", UNSET)
        if auto_targeting_enabled is None:
            auto_targeting_enabled = tolerate_null("auto_targeting_enabled")

        _keywords = d.pop("keywords", UNSET)
        keywords: list[TargetingTemplateKeyword] | Unset = UNSET
        if _keywords is None:
            keywords = tolerate_null("keywords")
        elif not isinstance(_keywords, Unset):
            keywords = []
            for keywords_item_data in _keywords:
                _keywords_item = keywords_item_data
                keywords_item = (
                    tolerate_null("keywords_item")
                    if _keywords_item is None
                    else TargetingTemplateKeyword.from_dict(_keywords_item)
                )

                keywords.append(keywords_item)

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        _placement_group = d.pop("placement_group", UNSET)
        placement_group: PlacementGroupType | Unset
        if isinstance(_placement_group, Unset):
            placement_group = UNSET
        elif _placement_group is None:
            placement_group = tolerate_null("placement_group")
        else:
            placement_group = PlacementGroupType(_placement_group)

        _targeting_attributes = d.pop("targeting_attributes", UNSET)
        targeting_attributes: TargetingSpec | Unset
        if isinstance(_targeting_attributes, Unset):
            targeting_attributes = UNSET
        elif _targeting_attributes is None:
            targeting_attributes = tolerate_null("targeting_attributes")
        else:
            targeting_attributes = TargetingSpec.from_dict(_targeting_attributes)

        def _parse_tracking_urls(data: object) -> None | TrackingUrls | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_tracking_urls(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _tracking_urls_type_1 = data
                tracking_urls_type_1 = (
                    tolerate_null("tracking_urls_type_1")
                    if _tracking_urls_type_1 is None
                    else TrackingUrls.from_dict(_tracking_urls_type_1)
                )

                return tracking_urls_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrackingUrls | Unset, data)

        tracking_urls = _parse_tracking_urls(d.pop("tracking_urls", UNSET))

        ad_account_id = d.pop("ad_account_id", UNSET)
        if ad_account_id is None:
            ad_account_id = tolerate_null("ad_account_id")

        created_time = d.pop("created_time", UNSET)
        if created_time is None:
            created_time = tolerate_null("created_time")

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        def _parse_sizing(data: object) -> None | TargetingTemplateAudienceSizing | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_sizing(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _sizing_type_1 = data
                sizing_type_1 = (
                    tolerate_null("sizing_type_1")
                    if _sizing_type_1 is None
                    else TargetingTemplateAudienceSizing.from_dict(_sizing_type_1)
                )

                return sizing_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TargetingTemplateAudienceSizing | Unset, data)

        sizing = _parse_sizing(d.pop("sizing", UNSET))

        status = d.pop("status", UNSET)
        if status is None:
            status = tolerate_null("status")

        updated_time = d.pop("updated_time", UNSET)
        if updated_time is None:
            updated_time = tolerate_null("updated_time")

        targeting_template_response_data = cls(
            auto_targeting_enabled=auto_targeting_enabled,
            keywords=keywords,
            name=name,
            placement_group=placement_group,
            targeting_attributes=targeting_attributes,
            tracking_urls=tracking_urls,
            ad_account_id=ad_account_id,
            created_time=created_time,
            id=id,
            sizing=sizing,
            status=status,
            updated_time=updated_time,
        )

        if d:
            tolerate_unknown_fields("TargetingTemplateResponseData", d)

        targeting_template_response_data.additional_properties = d
        return targeting_template_response_data

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
