from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_type import ActionType
from ..models.ad_group_common_bid_strategy_type import AdGroupCommonBidStrategyType
from ..models.ad_group_common_promotion_application_level_type_1 import (
    AdGroupCommonPromotionApplicationLevelType1,
)
from ..models.ad_group_common_promotion_application_level_type_2_type_1 import (
    AdGroupCommonPromotionApplicationLevelType2Type1,
)
from ..models.ad_group_common_promotion_application_level_type_3_type_1 import (
    AdGroupCommonPromotionApplicationLevelType3Type1,
)
from ..models.ad_group_response_conversion_learning_mode_type_type_1 import (
    AdGroupResponseConversionLearningModeTypeType1,
)
from ..models.ad_group_response_conversion_learning_mode_type_type_2_type_1 import (
    AdGroupResponseConversionLearningModeTypeType2Type1,
)
from ..models.ad_group_response_conversion_learning_mode_type_type_3_type_1 import (
    AdGroupResponseConversionLearningModeTypeType3Type1,
)
from ..models.ad_group_summary_status import AdGroupSummaryStatus
from ..models.budget_type import BudgetType
from ..models.entity_status import EntityStatus
from ..models.pacing_delivery_type import PacingDeliveryType
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
    from ..models.optimization_goal_metadata import OptimizationGoalMetadata
    from ..models.targeting_spec import TargetingSpec
    from ..models.tracking_urls import TrackingUrls


T = TypeVar("T", bound="AdGroupResponse")


@_attrs_define
class AdGroupResponse:
    """
    Attributes:
        auto_targeting_enabled (bool | None | Unset): Enable auto-targeting for ad group. Default value is True. Also
            known as <a href="https://help.pinterest.com/en/business/article/performance-plus-targeting"
            target="_blank">"Pinterest Performance+ targeting"</a>. Example: True.
        bid_in_micro_currency (int | None | Unset): Bid price in micro currency. This field is **REQUIRED** for the
            following campaign objective_type/billable_event combinations: AWARENESS/IMPRESSION, CONSIDERATION/CLICKTHROUGH,
            CATALOG_SALES/CLICKTHROUGH. Example: 5000000.
        bid_strategy_type (AdGroupCommonBidStrategyType | None | Unset): Bid strategy type. For Campaigns with Video
            Completion objectives, the only supported bid strategy type is AUTOMATIC_BID, also known as "Pinterest
            Performance+ bidding". Example: MAX_BID.
        billable_event (ActionType | Unset): Ad group billable event type. For update, only draft ad groups may update
            billable event. Example: CLICKTHROUGH.
        budget_in_micro_currency (int | None | Unset): Budget in micro currency. This field is **REQUIRED** for non-CBO
            (campaign budget optimization) campaigns.  A CBO campaign automatically generates ad group budgets from its
            campaign budget to maximize campaign outcome. A CBO campaign is limited to 70 or less ad groups. Example:
            5000000.
        budget_type (BudgetType | Unset): Budget type. If DAILY, an ad group's daily spend will not exceed the budget
            parameter value. If LIFETIME, the end_time parameter is **REQUIRED**, and the ad group spend is spread evenly
            between the ad group `start_time` and `end_time` range. A CBO campaign automatically generates ad group budgets
            from its campaign budget to maximize campaign outcome. For CBO campaigns, only "CBO_ADGROUP" is allowed. For
            WEB_SESSIONS campaigns, only "LIFETIME" is allowed. For update, only draft ad groups may update budget type.
            Example: DAILY.
        campaign_id (str | Unset): Campaign ID of the ad group. Example: 626736533506.
        end_time (int | None | Unset): Timestamp in Unix format for scheduling when ads in the ad group stop appearing.
            If not specified, ads run indefinitely unless you update the ad group by changing their status to `paused`.
            Cannot occur after `end_time` for parent campaign (if specified). Learn about <a href="/docs/api-
            features/managing-ads/#step-2-create-an-ad-group" target="blank">scheduling ads</a>.
            For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank"
            target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
            For all organizations: Supported for campaigns without CBO. Example: 5705424000.
        is_creative_optimization (bool | None | Unset): Enable creative optimization for the ad group, default value is
            FALSE. When enabled, you allow Pinterest to automatically turn your product Pins into ads in different formats
            (collections and shopping) and deliver those ads to users at scale. Example: True.
        lifetime_frequency_cap (int | Unset): Set a limit to the number of times a promoted pin from this campaign can
            be impressed by a pinner within the past rolling 30 days. Only available for CPM (cost per mille (1000
            impressions))  ad groups. A CPM ad group has an IMPRESSION <a href="/docs/redoc/#section/Billable-
            event">billable_event</a> value. This field **REQUIRES** the `end_time` field. Example: 100.
        name (str | Unset): Ad group name. Example: Ad Group For Pin: 687195905986.
        optimization_goal_metadata (None | OptimizationGoalMetadata | Unset): Optimization goals for objective-based
            performance campaigns. **REQUIRED** when campaign's `objective_type` is set to `"WEB_CONVERSION"`.
        pacing_delivery_type (PacingDeliveryType | Unset): Ad group pacing delivery type. With ACCELERATED, an ad group
            budget is spent as fast as possible. With STANDARD, an ad group budget is spent smoothly over a day. When using
            CBO, only the STANDARD pacing delivery type is allowed. Example: STANDARD.
        placement_group (PlacementGroupType | Unset): Campaign placement group type Example: ALL.
        promotion_application_level (AdGroupCommonPromotionApplicationLevelType1 |
            AdGroupCommonPromotionApplicationLevelType2Type1 | AdGroupCommonPromotionApplicationLevelType3Type1 | None |
            Unset): Specify if the promotion is applied at ad group or item level Example: ITEM.
        promotion_id (None | str | Unset): Promotion ID. To clear this field, set to null. Default: '0'. Example:
            7834020347906.
        start_time (int | None | Unset): Timestamp in Unix format for scheduling when ads in the ad group start to
            appear. If not specified, ads appear during parent campaign's `start_time`. Cannot precede `start_time` for
            parent campaign (if specified). Learn about <a href="/docs/api-features/managing-ads/#step-2-create-an-ad-group"
            target="blank">scheduling ads</a>.
            For certain organizations (<a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank"
            target="blank">Closed beta</a>): Supported for campaigns with Campaign Budget Optimization (CBO).
            For all organizations: Supported for campaigns without CBO. Example: 5686848000.
        status (EntityStatus | Unset): Entity status Example: ACTIVE.
        targeting_spec (TargetingSpec | Unset): Ad group targeting specification defining the ad group target audience.
            For example, `{"APPTYPE":["iphone"], "GENDER":["male"], "LOCALE":["en-US"], "LOCATION":["501"],
            "MINIMUM_AGE":"18", "MAXIMUM_AGE":"65+"}`
        targeting_template_ids (list[str] | None | Unset): Targeting template IDs applied to the ad group. We currently
            only support 1 targeting template per ad group. To use targeting templates, do not set any other targeting
            fields: targeting_spec, tracking_urls, auto_targeting_enabled, placement_group. To clear all targeting template
            IDs, set this field to ['0'].
        tracking_urls (None | TrackingUrls | Unset): Third-party tracking URLs.<br> JSON object with the format: {"<a
            href="/docs/redoc/#section/Tracking-URL-event">Tracking event enum</a>":[URL string array],...}<br> For example:
            {"impression": ["URL1", "URL2"], "click": ["URL1", "URL2", "URL3"]}.<br>Up to three tracking URLs are supported
            for each event type. Tracking URLs set at the ad group or ad level can override those set at the campaign level.
            May be null. Pass in an empty object - {} - to remove tracking URLs.<br><br> For more information, see <a
            href="https://help.pinterest.com/en/business/article/third-party-and-dynamic-tracking" target="_blank">Third-
            party and dynamic tracking</a>.
        ad_account_id (str | Unset): Advertiser ID. Example: 549755885175.
        bid_multiplier (float | None | Unset): <a href="/docs/getting-started/using-beta-and-restricted-features/"
            target="blank>Open beta</a>
            Bid multiplier for ad group. This value is a double between 0.1
            and 10.0. Enter 0 to remove the bid multiplier.
            - Not currently supported for <a href="/docs/api-features/pinterest-performance-plus-setup/"
            target="blank">Pinterest Performance+ campaigns</a>. Example: 1.
        conversion_learning_mode_type (AdGroupResponseConversionLearningModeTypeType1 |
            AdGroupResponseConversionLearningModeTypeType2Type1 | AdGroupResponseConversionLearningModeTypeType3Type1 | None
            | Unset): oCPM learn mode Example: ACTIVE.
        created_time (int | Unset): Ad group creation time. Unix timestamp in seconds. Example: 1476477189.
        dca_assets (Any | Unset): [DCA] The Dynamic creative assets to use for DCA. Dynamic Creative Assembly (DCA)
            accepts basic creative assets of an ad (image, video, title, call to action, logo etc). Then it automatically
            generates optimized ad combinations based on these assets.
        feed_profile_id (str | Unset): Feed Profile ID associated to the adgroup. Example: 626736533506.
        id (str | Unset): Ad group ID. Example: 2680060704746.
        summary_status (AdGroupSummaryStatus | Unset): Summary status for ad group Example: RUNNING.
        type_ (str | Unset): Always "adgroup". Default: 'adgroup'.
        updated_time (int | Unset): Ad group last update time. Unix timestamp in seconds. Example: 1476477189.
    """

    auto_targeting_enabled: bool | None | Unset = UNSET
    bid_in_micro_currency: int | None | Unset = UNSET
    bid_strategy_type: AdGroupCommonBidStrategyType | None | Unset = UNSET
    billable_event: ActionType | Unset = UNSET
    budget_in_micro_currency: int | None | Unset = UNSET
    budget_type: BudgetType | Unset = UNSET
    campaign_id: str | Unset = UNSET
    end_time: int | None | Unset = UNSET
    is_creative_optimization: bool | None | Unset = UNSET
    lifetime_frequency_cap: int | Unset = UNSET
    name: str | Unset = UNSET
    optimization_goal_metadata: None | OptimizationGoalMetadata | Unset = UNSET
    pacing_delivery_type: PacingDeliveryType | Unset = UNSET
    placement_group: PlacementGroupType | Unset = UNSET
    promotion_application_level: (
        AdGroupCommonPromotionApplicationLevelType1
        | AdGroupCommonPromotionApplicationLevelType2Type1
        | AdGroupCommonPromotionApplicationLevelType3Type1
        | None
        | Unset
    ) = UNSET
    promotion_id: None | str | Unset = UNSET
    start_time: int | None | Unset = UNSET
    status: EntityStatus | Unset = UNSET
    targeting_spec: TargetingSpec | Unset = UNSET
    targeting_template_ids: list[str] | None | Unset = UNSET
    tracking_urls: None | TrackingUrls | Unset = UNSET
    ad_account_id: str | Unset = UNSET
    bid_multiplier: float | None | Unset = UNSET
    conversion_learning_mode_type: (
        AdGroupResponseConversionLearningModeTypeType1
        | AdGroupResponseConversionLearningModeTypeType2Type1
        | AdGroupResponseConversionLearningModeTypeType3Type1
        | None
        | Unset
    ) = UNSET
    created_time: int | Unset = UNSET
    dca_assets: Any | Unset = UNSET
    feed_profile_id: str | Unset = UNSET
    id: str | Unset = UNSET
    summary_status: AdGroupSummaryStatus | Unset = UNSET
    type_: str | Unset = UNSET
    updated_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.optimization_goal_metadata import OptimizationGoalMetadata
        from ..models.tracking_urls import TrackingUrls

        auto_targeting_enabled: bool | None | Unset
        if isinstance(self.auto_targeting_enabled, Unset):
            auto_targeting_enabled = UNSET
        else:
            auto_targeting_enabled = self.auto_targeting_enabled

        bid_in_micro_currency: int | None | Unset
        if isinstance(self.bid_in_micro_currency, Unset):
            bid_in_micro_currency = UNSET
        else:
            bid_in_micro_currency = self.bid_in_micro_currency

        bid_strategy_type: None | str | Unset
        if isinstance(self.bid_strategy_type, Unset):
            bid_strategy_type = UNSET
        elif isinstance(self.bid_strategy_type, AdGroupCommonBidStrategyType):
            bid_strategy_type = (
                None if self.bid_strategy_type is None else self.bid_strategy_type.value
            )
        else:
            bid_strategy_type = self.bid_strategy_type

        billable_event: str | Unset = UNSET
        if not isinstance(self.billable_event, Unset):
            billable_event = None if self.billable_event is None else self.billable_event.value

        budget_in_micro_currency: int | None | Unset
        if isinstance(self.budget_in_micro_currency, Unset):
            budget_in_micro_currency = UNSET
        else:
            budget_in_micro_currency = self.budget_in_micro_currency

        budget_type: str | Unset = UNSET
        if not isinstance(self.budget_type, Unset):
            budget_type = None if self.budget_type is None else self.budget_type.value

        campaign_id = self.campaign_id

        end_time: int | None | Unset
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        is_creative_optimization: bool | None | Unset
        if isinstance(self.is_creative_optimization, Unset):
            is_creative_optimization = UNSET
        else:
            is_creative_optimization = self.is_creative_optimization

        lifetime_frequency_cap = self.lifetime_frequency_cap

        name = self.name

        optimization_goal_metadata: dict[str, Any] | None | Unset
        if isinstance(self.optimization_goal_metadata, Unset):
            optimization_goal_metadata = UNSET
        elif isinstance(self.optimization_goal_metadata, OptimizationGoalMetadata):
            optimization_goal_metadata = (
                None
                if self.optimization_goal_metadata is None
                else self.optimization_goal_metadata.to_dict()
            )
        else:
            optimization_goal_metadata = self.optimization_goal_metadata

        pacing_delivery_type: str | Unset = UNSET
        if not isinstance(self.pacing_delivery_type, Unset):
            pacing_delivery_type = (
                None if self.pacing_delivery_type is None else self.pacing_delivery_type.value
            )

        placement_group: str | Unset = UNSET
        if not isinstance(self.placement_group, Unset):
            placement_group = None if self.placement_group is None else self.placement_group.value

        promotion_application_level: None | str | Unset
        if isinstance(self.promotion_application_level, Unset):
            promotion_application_level = UNSET
        elif (
            isinstance(
                self.promotion_application_level, AdGroupCommonPromotionApplicationLevelType1
            )
            or isinstance(
                self.promotion_application_level, AdGroupCommonPromotionApplicationLevelType2Type1
            )
            or isinstance(
                self.promotion_application_level, AdGroupCommonPromotionApplicationLevelType3Type1
            )
        ):
            promotion_application_level = (
                None
                if self.promotion_application_level is None
                else self.promotion_application_level.value
            )
        else:
            promotion_application_level = self.promotion_application_level

        promotion_id: None | str | Unset
        if isinstance(self.promotion_id, Unset):
            promotion_id = UNSET
        else:
            promotion_id = self.promotion_id

        start_time: int | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = None if self.status is None else self.status.value

        targeting_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.targeting_spec, Unset):
            targeting_spec = None if self.targeting_spec is None else self.targeting_spec.to_dict()

        targeting_template_ids: list[str] | None | Unset
        if isinstance(self.targeting_template_ids, Unset):
            targeting_template_ids = UNSET
        elif isinstance(self.targeting_template_ids, list):
            targeting_template_ids = self.targeting_template_ids

        else:
            targeting_template_ids = self.targeting_template_ids

        tracking_urls: dict[str, Any] | None | Unset
        if isinstance(self.tracking_urls, Unset):
            tracking_urls = UNSET
        elif isinstance(self.tracking_urls, TrackingUrls):
            tracking_urls = None if self.tracking_urls is None else self.tracking_urls.to_dict()
        else:
            tracking_urls = self.tracking_urls

        ad_account_id = self.ad_account_id

        bid_multiplier: float | None | Unset
        if isinstance(self.bid_multiplier, Unset):
            bid_multiplier = UNSET
        else:
            bid_multiplier = self.bid_multiplier

        conversion_learning_mode_type: None | str | Unset
        if isinstance(self.conversion_learning_mode_type, Unset):
            conversion_learning_mode_type = UNSET
        elif (
            isinstance(
                self.conversion_learning_mode_type, AdGroupResponseConversionLearningModeTypeType1
            )
            or isinstance(
                self.conversion_learning_mode_type,
                AdGroupResponseConversionLearningModeTypeType2Type1,
            )
            or isinstance(
                self.conversion_learning_mode_type,
                AdGroupResponseConversionLearningModeTypeType3Type1,
            )
        ):
            conversion_learning_mode_type = (
                None
                if self.conversion_learning_mode_type is None
                else self.conversion_learning_mode_type.value
            )
        else:
            conversion_learning_mode_type = self.conversion_learning_mode_type

        created_time = self.created_time

        dca_assets = self.dca_assets

        feed_profile_id = self.feed_profile_id

        id = self.id

        summary_status: str | Unset = UNSET
        if not isinstance(self.summary_status, Unset):
            summary_status = None if self.summary_status is None else self.summary_status.value

        type_ = self.type_

        updated_time = self.updated_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_targeting_enabled is not UNSET:
            field_dict["auto_targeting_enabled"] = auto_targeting_enabled
        if bid_in_micro_currency is not UNSET:
            field_dict["bid_in_micro_currency"] = bid_in_micro_currency
        if bid_strategy_type is not UNSET:
            field_dict["bid_strategy_type"] = bid_strategy_type
        if billable_event is not UNSET:
            field_dict["billable_event"] = billable_event
        if budget_in_micro_currency is not UNSET:
            field_dict["budget_in_micro_currency"] = budget_in_micro_currency
        if budget_type is not UNSET:
            field_dict["budget_type"] = budget_type
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if is_creative_optimization is not UNSET:
            field_dict["is_creative_optimization"] = is_creative_optimization
        if lifetime_frequency_cap is not UNSET:
            field_dict["lifetime_frequency_cap"] = lifetime_frequency_cap
        if name is not UNSET:
            field_dict["name"] = name
        if optimization_goal_metadata is not UNSET:
            field_dict["optimization_goal_metadata"] = optimization_goal_metadata
        if pacing_delivery_type is not UNSET:
            field_dict["pacing_delivery_type"] = pacing_delivery_type
        if placement_group is not UNSET:
            field_dict["placement_group"] = placement_group
        if promotion_application_level is not UNSET:
            field_dict["promotion_application_level"] = promotion_application_level
        if promotion_id is not UNSET:
            field_dict["promotion_id"] = promotion_id
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if status is not UNSET:
            field_dict["status"] = status
        if targeting_spec is not UNSET:
            field_dict["targeting_spec"] = targeting_spec
        if targeting_template_ids is not UNSET:
            field_dict["targeting_template_ids"] = targeting_template_ids
        if tracking_urls is not UNSET:
            field_dict["tracking_urls"] = tracking_urls
        if ad_account_id is not UNSET:
            field_dict["ad_account_id"] = ad_account_id
        if bid_multiplier is not UNSET:
            field_dict["bid_multiplier"] = bid_multiplier
        if conversion_learning_mode_type is not UNSET:
            field_dict["conversion_learning_mode_type"] = conversion_learning_mode_type
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if dca_assets is not UNSET:
            field_dict["dca_assets"] = dca_assets
        if feed_profile_id is not UNSET:
            field_dict["feed_profile_id"] = feed_profile_id
        if id is not UNSET:
            field_dict["id"] = id
        if summary_status is not UNSET:
            field_dict["summary_status"] = summary_status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_time is not UNSET:
            field_dict["updated_time"] = updated_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.optimization_goal_metadata import OptimizationGoalMetadata
        from ..models.targeting_spec import TargetingSpec
        from ..models.tracking_urls import TrackingUrls

        d = dict(src_dict)

        def _parse_auto_targeting_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_auto_targeting_enabled(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        auto_targeting_enabled = _parse_auto_targeting_enabled(
            d.pop("auto_targeting_enabled", UNSET)
        )

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

        def _parse_bid_strategy_type(data: object) -> AdGroupCommonBidStrategyType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bid_strategy_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _bid_strategy_type_type_1 = data
                bid_strategy_type_type_1 = (
                    tolerate_null("bid_strategy_type_type_1")
                    if _bid_strategy_type_type_1 is None
                    else AdGroupCommonBidStrategyType(_bid_strategy_type_type_1)
                )

                return bid_strategy_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdGroupCommonBidStrategyType | None | Unset, data)

        bid_strategy_type = _parse_bid_strategy_type(d.pop("bid_strategy_type", UNSET))

        _billable_event = d.pop("billable_event", UNSET)
        billable_event: ActionType | Unset
        if isinstance(_billable_event, Unset):
            billable_event = UNSET
        elif _billable_event is None:
            billable_event = tolerate_null("billable_event")
        else:
            billable_event = ActionType(_billable_event)

        def _parse_budget_in_micro_currency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_budget_in_micro_currency(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        budget_in_micro_currency = _parse_budget_in_micro_currency(
            d.pop("budget_in_micro_currency", UNSET)
        )

        _budget_type = d.pop("budget_type", UNSET)
        budget_type: BudgetType | Unset
        if isinstance(_budget_type, Unset):
            budget_type = UNSET
        elif _budget_type is None:
            budget_type = tolerate_null("budget_type")
        else:
            budget_type = BudgetType(_budget_type)

        campaign_id = d.pop("campaign_id", UNSET)
        if campaign_id is None:
            campaign_id = tolerate_null("campaign_id")

        def _parse_end_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_end_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        end_time = _parse_end_time(d.pop("end_time", UNSET))

        def _parse_is_creative_optimization(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_is_creative_optimization(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(bool | None | Unset, data)

        is_creative_optimization = _parse_is_creative_optimization(
            d.pop("is_creative_optimization", UNSET)
        )

        lifetime_frequency_cap = d.pop("lifetime_frequency_cap", UNSET)
        if lifetime_frequency_cap is None:
            lifetime_frequency_cap = tolerate_null("lifetime_frequency_cap")

        name = d.pop("name", UNSET)
        if name is None:
            name = tolerate_null("name")

        def _parse_optimization_goal_metadata(
            data: object,
        ) -> None | OptimizationGoalMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_optimization_goal_metadata(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _optimization_goal_metadata_type_1 = data
                optimization_goal_metadata_type_1 = (
                    tolerate_null("optimization_goal_metadata_type_1")
                    if _optimization_goal_metadata_type_1 is None
                    else OptimizationGoalMetadata.from_dict(_optimization_goal_metadata_type_1)
                )

                return optimization_goal_metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptimizationGoalMetadata | Unset, data)

        optimization_goal_metadata = _parse_optimization_goal_metadata(
            d.pop("optimization_goal_metadata", UNSET)
        )

        _pacing_delivery_type = d.pop("pacing_delivery_type", UNSET)
        pacing_delivery_type: PacingDeliveryType | Unset
        if isinstance(_pacing_delivery_type, Unset):
            pacing_delivery_type = UNSET
        elif _pacing_delivery_type is None:
            pacing_delivery_type = tolerate_null("pacing_delivery_type")
        else:
            pacing_delivery_type = PacingDeliveryType(_pacing_delivery_type)

        _placement_group = d.pop("placement_group", UNSET)
        placement_group: PlacementGroupType | Unset
        if isinstance(_placement_group, Unset):
            placement_group = UNSET
        elif _placement_group is None:
            placement_group = tolerate_null("placement_group")
        else:
            placement_group = PlacementGroupType(_placement_group)

        def _parse_promotion_application_level(
            data: object,
        ) -> (
            AdGroupCommonPromotionApplicationLevelType1
            | AdGroupCommonPromotionApplicationLevelType2Type1
            | AdGroupCommonPromotionApplicationLevelType3Type1
            | None
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
                        return _parse_promotion_application_level(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _promotion_application_level_type_1 = data
                promotion_application_level_type_1 = (
                    tolerate_null("promotion_application_level_type_1")
                    if _promotion_application_level_type_1 is None
                    else AdGroupCommonPromotionApplicationLevelType1(
                        _promotion_application_level_type_1
                    )
                )

                return promotion_application_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _promotion_application_level_type_2_type_1 = data
                promotion_application_level_type_2_type_1 = (
                    tolerate_null("promotion_application_level_type_2_type_1")
                    if _promotion_application_level_type_2_type_1 is None
                    else AdGroupCommonPromotionApplicationLevelType2Type1(
                        _promotion_application_level_type_2_type_1
                    )
                )

                return promotion_application_level_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _promotion_application_level_type_3_type_1 = data
                promotion_application_level_type_3_type_1 = (
                    tolerate_null("promotion_application_level_type_3_type_1")
                    if _promotion_application_level_type_3_type_1 is None
                    else AdGroupCommonPromotionApplicationLevelType3Type1(
                        _promotion_application_level_type_3_type_1
                    )
                )

                return promotion_application_level_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AdGroupCommonPromotionApplicationLevelType1
                | AdGroupCommonPromotionApplicationLevelType2Type1
                | AdGroupCommonPromotionApplicationLevelType3Type1
                | None
                | Unset,
                data,
            )

        promotion_application_level = _parse_promotion_application_level(
            d.pop("promotion_application_level", UNSET)
        )

        def _parse_promotion_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_promotion_id(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(None | str | Unset, data)

        promotion_id = _parse_promotion_id(d.pop("promotion_id", UNSET))

        def _parse_start_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_start_time(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(int | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        _status = d.pop("status", UNSET)
        status: EntityStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        elif _status is None:
            status = tolerate_null("status")
        else:
            status = EntityStatus(_status)

        _targeting_spec = d.pop("targeting_spec", UNSET)
        targeting_spec: TargetingSpec | Unset
        if isinstance(_targeting_spec, Unset):
            targeting_spec = UNSET
        elif _targeting_spec is None:
            targeting_spec = tolerate_null("targeting_spec")
        else:
            targeting_spec = TargetingSpec.from_dict(_targeting_spec)

        def _parse_targeting_template_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_targeting_template_ids(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _targeting_template_ids_type_0 = data
                targeting_template_ids_type_0 = (
                    tolerate_null("targeting_template_ids_type_0")
                    if _targeting_template_ids_type_0 is None
                    else cast(list[str], _targeting_template_ids_type_0)
                )

                return targeting_template_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        targeting_template_ids = _parse_targeting_template_ids(
            d.pop("targeting_template_ids", UNSET)
        )

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

        def _parse_bid_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_bid_multiplier(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            return cast(float | None | Unset, data)

        bid_multiplier = _parse_bid_multiplier(d.pop("bid_multiplier", UNSET))

        def _parse_conversion_learning_mode_type(
            data: object,
        ) -> (
            AdGroupResponseConversionLearningModeTypeType1
            | AdGroupResponseConversionLearningModeTypeType2Type1
            | AdGroupResponseConversionLearningModeTypeType3Type1
            | None
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
                        return _parse_conversion_learning_mode_type(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, str):
                    raise TypeError()
                _conversion_learning_mode_type_type_1 = data
                conversion_learning_mode_type_type_1 = (
                    tolerate_null("conversion_learning_mode_type_type_1")
                    if _conversion_learning_mode_type_type_1 is None
                    else AdGroupResponseConversionLearningModeTypeType1(
                        _conversion_learning_mode_type_type_1
                    )
                )

                return conversion_learning_mode_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _conversion_learning_mode_type_type_2_type_1 = data
                conversion_learning_mode_type_type_2_type_1 = (
                    tolerate_null("conversion_learning_mode_type_type_2_type_1")
                    if _conversion_learning_mode_type_type_2_type_1 is None
                    else AdGroupResponseConversionLearningModeTypeType2Type1(
                        _conversion_learning_mode_type_type_2_type_1
                    )
                )

                return conversion_learning_mode_type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _conversion_learning_mode_type_type_3_type_1 = data
                conversion_learning_mode_type_type_3_type_1 = (
                    tolerate_null("conversion_learning_mode_type_type_3_type_1")
                    if _conversion_learning_mode_type_type_3_type_1 is None
                    else AdGroupResponseConversionLearningModeTypeType3Type1(
                        _conversion_learning_mode_type_type_3_type_1
                    )
                )

                return conversion_learning_mode_type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AdGroupResponseConversionLearningModeTypeType1
                | AdGroupResponseConversionLearningModeTypeType2Type1
                | AdGroupResponseConversionLearningModeTypeType3Type1
                | None
                | Unset,
                data,
            )

        conversion_learning_mode_type = _parse_conversion_learning_mode_type(
            d.pop("conversion_learning_mode_type", UNSET)
        )

        created_time = d.pop("created_time", UNSET)
        if created_time is None:
            created_time = tolerate_null("created_time")

        dca_assets = d.pop("dca_assets", UNSET)

        feed_profile_id = d.pop("feed_profile_id", UNSET)
        if feed_profile_id is None:
            feed_profile_id = tolerate_null("feed_profile_id")

        id = d.pop("id", UNSET)
        if id is None:
            id = tolerate_null("id")

        _summary_status = d.pop("summary_status", UNSET)
        summary_status: AdGroupSummaryStatus | Unset
        if isinstance(_summary_status, Unset):
            summary_status = UNSET
        elif _summary_status is None:
            summary_status = tolerate_null("summary_status")
        else:
            summary_status = AdGroupSummaryStatus(_summary_status)

        type_ = d.pop("type", UNSET)
        if type_ is None:
            type_ = tolerate_null("type")

        updated_time = d.pop("updated_time", UNSET)
        if updated_time is None:
            updated_time = tolerate_null("updated_time")

        ad_group_response = cls(
            auto_targeting_enabled=auto_targeting_enabled,
            bid_in_micro_currency=bid_in_micro_currency,
            bid_strategy_type=bid_strategy_type,
            billable_event=billable_event,
            budget_in_micro_currency=budget_in_micro_currency,
            budget_type=budget_type,
            campaign_id=campaign_id,
            end_time=end_time,
            is_creative_optimization=is_creative_optimization,
            lifetime_frequency_cap=lifetime_frequency_cap,
            name=name,
            optimization_goal_metadata=optimization_goal_metadata,
            pacing_delivery_type=pacing_delivery_type,
            placement_group=placement_group,
            promotion_application_level=promotion_application_level,
            promotion_id=promotion_id,
            start_time=start_time,
            status=status,
            targeting_spec=targeting_spec,
            targeting_template_ids=targeting_template_ids,
            tracking_urls=tracking_urls,
            ad_account_id=ad_account_id,
            bid_multiplier=bid_multiplier,
            conversion_learning_mode_type=conversion_learning_mode_type,
            created_time=created_time,
            dca_assets=dca_assets,
            feed_profile_id=feed_profile_id,
            id=id,
            summary_status=summary_status,
            type_=type_,
            updated_time=updated_time,
        )

        if d:
            tolerate_unknown_fields("AdGroupResponse", d)

        ad_group_response.additional_properties = d
        return ad_group_response

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
