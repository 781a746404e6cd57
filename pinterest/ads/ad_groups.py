"""Ad groups: the ads of a campaign that share budget, bid, schedule and targeting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    answer_id,
    enum_list,
    id_list,
    reject_unknown_kwargs,
    without_none,
)
from pinterest.ads._base import AnalyticsResource, BulkUpdatedResource
from pinterest.ads.ads import Ad

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.action_type import ActionType
    from pinterest_generated.models.ad_group_common_bid_strategy_type import (
        AdGroupCommonBidStrategyType,
    )
    from pinterest_generated.models.ad_group_summary_status import AdGroupSummaryStatus
    from pinterest_generated.models.budget_type import BudgetType
    from pinterest_generated.models.entity_status import EntityStatus
    from pinterest_generated.models.optimization_goal_metadata import OptimizationGoalMetadata
    from pinterest_generated.models.pacing_delivery_type import PacingDeliveryType
    from pinterest_generated.models.placement_group_type import PlacementGroupType
    from pinterest_generated.models.targeting_spec import TargetingSpec
    from pinterest_generated.models.tracking_urls import TrackingUrls

__all__ = ["AdGroup"]


class AdGroup(BulkUpdatedResource, AnalyticsResource):
    """An ad group of an ad account, read from the API (or from a listing) when it is made.

    Args:
        ad_account_id: The ad account the ad group belongs to.
        ad_group_id: The ad group's id.
        client: The client for this ad group's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "name", "status", "campaign_id", "billable_event")
    _update_operation = "ad_groups.ad_groups_update"
    _update_request = "AdGroupUpdateRequest"
    _noun = "ad group"

    auto_targeting_enabled: ModelField[bool] = ModelField("auto_targeting_enabled")
    bid_in_micro_currency: ModelField[int] = ModelField("bid_in_micro_currency")
    bid_strategy_type: ModelField[AdGroupCommonBidStrategyType] = ModelField("bid_strategy_type")
    billable_event: ModelField[ActionType] = ModelField("billable_event")
    budget_in_micro_currency: ModelField[int] = ModelField("budget_in_micro_currency")
    budget_type: ModelField[BudgetType] = ModelField("budget_type")
    campaign_id: ModelField[str] = ModelField("campaign_id")
    end_time: ModelField[int] = ModelField("end_time")
    is_creative_optimization: ModelField[bool] = ModelField("is_creative_optimization")
    lifetime_frequency_cap: ModelField[int] = ModelField("lifetime_frequency_cap")
    name: ModelField[str] = ModelField("name")
    optimization_goal_metadata: ModelField[OptimizationGoalMetadata] = ModelField(
        "optimization_goal_metadata"
    )
    pacing_delivery_type: ModelField[PacingDeliveryType] = ModelField("pacing_delivery_type")
    placement_group: ModelField[PlacementGroupType] = ModelField("placement_group")
    promotion_application_level: ModelField[Any] = ModelField("promotion_application_level")
    promotion_id: ModelField[str] = ModelField("promotion_id")
    start_time: ModelField[int] = ModelField("start_time")
    status: ModelField[EntityStatus] = ModelField("status")
    targeting_spec: ModelField[TargetingSpec] = ModelField("targeting_spec")
    targeting_template_ids: ModelField[list[str]] = ModelField("targeting_template_ids")
    tracking_urls: ModelField[TrackingUrls] = ModelField("tracking_urls")
    bid_multiplier: ModelField[float] = ModelField("bid_multiplier")
    conversion_learning_mode_type: ModelField[Any] = ModelField("conversion_learning_mode_type")
    created_time: ModelField[int] = ModelField("created_time")
    dca_assets: ModelField[Any] = ModelField("dca_assets")
    feed_profile_id: ModelField[str] = ModelField("feed_profile_id")
    summary_status: ModelField[AdGroupSummaryStatus] = ModelField("summary_status")
    type: ModelField[str] = ModelField("type_")
    updated_time: ModelField[int] = ModelField("updated_time")

    def __init__(
        self,
        ad_account_id: str,
        ad_group_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.api.ad_groups import ad_groups_get
        from pinterest_generated.models.ad_group_response import AdGroupResponse

        super().__init__(
            ad_group_id,
            client,
            kwargs,
            id_argument="ad_group_id",
            read_operation=ad_groups_get,
            model_class=AdGroupResponse,
            scope={"ad_account_id": ad_account_id},
        )

    @classmethod
    def create(
        cls,
        ad_account_id: str,
        name: str,
        campaign_id: str,
        billable_event: str,
        budget_in_micro_currency: int | None = None,
        bid_in_micro_currency: int | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        tracking_url: dict[str, list[str]] | None = None,
        auto_targeting_enabled: bool | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> AdGroup:
        """Create an ad group in a campaign and give it.

        Amounts are in micro currency (1,000,000 per unit of the ad account's currency).
        `tracking_url` is sent as the API's `tracking_urls` (`{"impression": [url, ...]}`);
        `kwargs` are further fields of the API's ad group create request (`targeting_spec`,
        `budget_type`, ...), enum values given as strings.

        Raises:
            BulkOperationError: Pinterest refused the ad group (it answers 200 with the reason).
        """
        from pinterest_generated.api.ad_groups import ad_groups_create
        from pinterest_generated.models.action_type import ActionType
        from pinterest_generated.models.ad_group_create_request import AdGroupCreateRequest

        client = cls._get_client(client)
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        if tracking_url is not None and "tracking_urls" in kwargs:
            raise TypeError("AdGroup.create() got both tracking_url and tracking_urls")
        values = without_none(
            name=_validation.require_str("name", name),
            campaign_id=_validation.require_id("campaign_id", campaign_id),
            billable_event=_validation.enum_value("billable_event", billable_event, ActionType),
            budget_in_micro_currency=_validation.optional_int(
                "budget_in_micro_currency", budget_in_micro_currency, minimum=0
            ),
            bid_in_micro_currency=_validation.optional_int(
                "bid_in_micro_currency", bid_in_micro_currency, minimum=0
            ),
            start_time=_validation.optional_int("start_time", start_time),
            end_time=_validation.optional_int("end_time", end_time),
            tracking_urls=tracking_url,
            auto_targeting_enabled=auto_targeting_enabled,
        )
        data = cls._send_in_bulk(
            client,
            ad_account_id,
            ad_groups_create,
            AdGroupCreateRequest,
            {**values, **kwargs},
            "AdGroup.create",
        )
        return cls(
            ad_account_id, answer_id(data, "AdGroup.create"), client=client, _model_data=data
        )

    @classmethod
    def get_all(
        cls,
        ad_account_id: str,
        campaign_ids: list[str] | None = None,
        ad_group_ids: list[str] | None = None,
        entity_statuses: list[str] | None = None,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[AdGroup], Bookmark | None]:
        """Give one page of the ad account's ad groups, filtered, and the Bookmark to the next.

        Give `campaign_ids` or `ad_group_ids`, not both, as the API asks. `kwargs` may hold
        `translate_interests_to_names`.
        """
        from pinterest_generated.api.ad_groups import ad_groups_list
        from pinterest_generated.models.ad_groups_list_entity_statuses_item import (
            AdGroupsListEntityStatusesItem,
        )
        from pinterest_generated.models.ad_groups_list_order import AdGroupsListOrder

        reject_unknown_kwargs("AdGroup.get_all", kwargs, ("translate_interests_to_names",))
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        request = {
            "ad_account_id": ad_account_id,
            "campaign_ids": id_list("campaign_ids", campaign_ids),
            "ad_group_ids": id_list("ad_group_ids", ad_group_ids),
            "entity_statuses": enum_list(
                "entity_statuses", entity_statuses, AdGroupsListEntityStatusesItem
            ),
            "page_size": _validation.page_size(page_size),
            "order": _validation.optional_enum("order", order, AdGroupsListOrder),
            "bookmark": _validation.optional_str("bookmark", bookmark),
            **kwargs,
        }
        arguments = {
            "ad_account_id": ad_account_id,
            "campaign_ids": campaign_ids,
            "ad_group_ids": ad_group_ids,
            "entity_statuses": entity_statuses,
            "page_size": page_size,
            "order": order,
            **kwargs,
        }
        return cls._list_page(cls._get_client(client), ad_groups_list.sync, request, arguments)

    def list_ads(
        self,
        ad_ids: list[str] | None = None,
        entity_statuses: list[str] | None = None,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        **kwargs: Any,
    ) -> tuple[list[Ad], Bookmark | None]:
        """Give one page of this ad group's ads and the Bookmark to the next page.

        With `ad_ids`, the API is asked for those ads (it takes only one kind of filter) and
        the ones of other ad groups are left out of the page, which may then be shorter.
        """
        reject_unknown_kwargs("AdGroup.list_ads", kwargs, ())
        wanted = id_list("ad_ids", ad_ids)
        ads, next_page = Ad.get_all(
            ad_account_id=self.ad_account_id,
            ad_group_ids=None if wanted else [self._id],
            ad_ids=wanted,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
            client=self._client,
        )
        if wanted:
            ads = [ad for ad in ads if ad.ad_group_id == self._id]
        bookmark_after = self._next_bookmark(
            None if next_page is None else next_page.get_bookmark_token(),
            self,
            "list_ads",
            {
                "ad_ids": ad_ids,
                "entity_statuses": entity_statuses,
                "page_size": page_size,
                "order": order,
            },
            None,
        )
        return ads, bookmark_after

    def enable_auto_targeting(self) -> bool:
        """Turn on auto-targeting ("expanded targeting") and give True once it reads back on."""
        return self.update_fields(auto_targeting_enabled=True)

    def disable_auto_targeting(self) -> bool:
        """Turn off auto-targeting ("expanded targeting") and give True once it reads back off."""
        return self.update_fields(auto_targeting_enabled=False)

    def _analytics_endpoint(self) -> tuple[Any, str, dict[str, Any]]:
        from pinterest_generated.api.ad_groups import ad_groups_analytics

        scope = {"ad_account_id": self.ad_account_id, "ad_group_ids": [self._id]}
        return ad_groups_analytics, "ad_group_id", scope
