"""Campaigns: the top level of an ad account's ads, holding ad groups."""

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
from pinterest.ads.ad_groups import AdGroup

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.campaign_bid_options import CampaignBidOptions
    from pinterest_generated.models.campaign_summary_status import CampaignSummaryStatus
    from pinterest_generated.models.entity_status import EntityStatus
    from pinterest_generated.models.objective_type import ObjectiveType
    from pinterest_generated.models.tracking_urls import TrackingUrls

__all__ = ["Campaign"]


class Campaign(BulkUpdatedResource, AnalyticsResource):
    """A campaign of an ad account, read from the API (or from a listing) when it is made.

    Args:
        ad_account_id: The ad account the campaign belongs to.
        campaign_id: The campaign's id.
        client: The client for this campaign's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "name", "status", "objective_type")
    _update_operation = "campaigns.campaigns_update"
    _update_request = "CampaignUpdateRequest"
    _noun = "campaign"

    daily_spend_cap: ModelField[int] = ModelField("daily_spend_cap")
    end_time: ModelField[int] = ModelField("end_time")
    is_automated_campaign: ModelField[bool] = ModelField("is_automated_campaign")
    is_flexible_daily_budgets: ModelField[bool] = ModelField("is_flexible_daily_budgets")
    lifetime_spend_cap: ModelField[int] = ModelField("lifetime_spend_cap")
    name: ModelField[str] = ModelField("name")
    order_line_id: ModelField[str] = ModelField("order_line_id")
    start_time: ModelField[int] = ModelField("start_time")
    status: ModelField[EntityStatus] = ModelField("status")
    tracking_urls: ModelField[TrackingUrls] = ModelField("tracking_urls")
    bid_options: ModelField[CampaignBidOptions] = ModelField("bid_options")
    created_time: ModelField[int] = ModelField("created_time")
    is_campaign_budget_optimization: ModelField[bool] = ModelField(
        "is_campaign_budget_optimization"
    )
    is_performance_plus: ModelField[bool] = ModelField("is_performance_plus")
    objective_type: ModelField[ObjectiveType] = ModelField("objective_type")
    summary_status: ModelField[CampaignSummaryStatus] = ModelField("summary_status")
    type: ModelField[str] = ModelField("type_")
    updated_time: ModelField[int] = ModelField("updated_time")

    def __init__(
        self,
        ad_account_id: str,
        campaign_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.api.campaigns import campaigns_get
        from pinterest_generated.models.campaign_response import CampaignResponse

        super().__init__(
            campaign_id,
            client,
            kwargs,
            id_argument="campaign_id",
            read_operation=campaigns_get,
            model_class=CampaignResponse,
            scope={"ad_account_id": ad_account_id},
        )

    @classmethod
    def create(
        cls,
        ad_account_id: str,
        name: str,
        objective_type: str,
        status: str = "ACTIVE",
        lifetime_spend_cap: int | None = None,
        daily_spend_cap: int | None = None,
        order_line_id: str | None = None,
        tracking_urls: dict[str, list[str]] | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        is_campaign_budget_optimization: bool = False,
        is_flexible_daily_budgets: bool = False,
        default_ad_group_budget_in_micro_currency: int | None = None,
        is_automated_campaign: bool = False,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> Campaign:
        """Create a campaign and give it.

        Spend caps are in micro currency (1,000,000 per unit of the ad account's currency).
        `kwargs` are further fields of the API's campaign create request (`bid_options`, ...).

        Raises:
            BulkOperationError: Pinterest refused the campaign (it answers 200 with the reason).
        """
        from pinterest_generated.api.campaigns import campaigns_create
        from pinterest_generated.models.campaign_create_request import CampaignCreateRequest
        from pinterest_generated.models.entity_status import EntityStatus
        from pinterest_generated.models.objective_type import ObjectiveType

        client = cls._get_client(client)
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        values = without_none(
            ad_account_id=ad_account_id,
            name=_validation.require_str("name", name),
            objective_type=_validation.enum_value("objective_type", objective_type, ObjectiveType),
            status=_validation.enum_value("status", status, EntityStatus),
            lifetime_spend_cap=_validation.optional_int(
                "lifetime_spend_cap", lifetime_spend_cap, minimum=0
            ),
            daily_spend_cap=_validation.optional_int("daily_spend_cap", daily_spend_cap, minimum=0),
            order_line_id=_validation.optional_id("order_line_id", order_line_id),
            tracking_urls=tracking_urls,
            start_time=_validation.optional_int("start_time", start_time),
            end_time=_validation.optional_int("end_time", end_time),
            is_campaign_budget_optimization=is_campaign_budget_optimization,
            is_flexible_daily_budgets=is_flexible_daily_budgets,
            default_ad_group_budget_in_micro_currency=_validation.optional_int(
                "default_ad_group_budget_in_micro_currency",
                default_ad_group_budget_in_micro_currency,
                minimum=0,
            ),
            is_automated_campaign=is_automated_campaign,
        )
        data = cls._send_in_bulk(
            client,
            ad_account_id,
            campaigns_create,
            CampaignCreateRequest,
            {**values, **kwargs},
            "Campaign.create",
        )
        return cls(
            ad_account_id,
            answer_id(data, "Campaign.create"),
            client=client,
            _model_data=data,
        )

    @classmethod
    def get_all(
        cls,
        ad_account_id: str,
        campaign_ids: list[str] | None = None,
        entity_statuses: list[str] | None = None,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[Campaign], Bookmark | None]:
        """Give one page of the ad account's campaigns, filtered, and the Bookmark to the next.

        `entity_statuses` takes `ACTIVE`, `PAUSED`, `ARCHIVED`, ...; `order` is `ASCENDING` or
        `DESCENDING` by id.
        """
        from pinterest_generated.api.campaigns import campaigns_list
        from pinterest_generated.models.campaigns_list_entity_statuses_item import (
            CampaignsListEntityStatusesItem,
        )
        from pinterest_generated.models.campaigns_list_order import CampaignsListOrder

        reject_unknown_kwargs("Campaign.get_all", kwargs, ())
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        request = {
            "ad_account_id": ad_account_id,
            "campaign_ids": id_list("campaign_ids", campaign_ids),
            "entity_statuses": enum_list(
                "entity_statuses", entity_statuses, CampaignsListEntityStatusesItem
            ),
            "page_size": _validation.page_size(page_size),
            "order": _validation.optional_enum("order", order, CampaignsListOrder),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        arguments = {
            "ad_account_id": ad_account_id,
            "campaign_ids": campaign_ids,
            "entity_statuses": entity_statuses,
            "page_size": page_size,
            "order": order,
        }
        return cls._list_page(cls._get_client(client), campaigns_list.sync, request, arguments)

    def set_lifetime_budget(self, new_spend_cap: int) -> bool:
        """Set the campaign's total spend cap (micro currency); give whether it reads back so.

        Raises:
            TypeError: `new_spend_cap` is not an int (None included); nothing is sent.
        """
        value = _validation.require_int("new_spend_cap", new_spend_cap, minimum=0)
        self._send_update(self._client, {"lifetime_spend_cap": value})
        return self.lifetime_spend_cap == value

    def set_daily_budget(self, new_spend_cap: int) -> bool:
        """Set the campaign's daily spend cap (micro currency); give whether it reads back so.

        Raises:
            TypeError: `new_spend_cap` is not an int (None included); nothing is sent.
        """
        value = _validation.require_int("new_spend_cap", new_spend_cap, minimum=0)
        self._send_update(self._client, {"daily_spend_cap": value})
        return self.daily_spend_cap == value

    def get_lifetime_budget(self) -> int | None:
        """Give the campaign's total spend cap (micro currency) as last read."""
        return self.lifetime_spend_cap

    def get_daily_budget(self) -> int | None:
        """Give the campaign's daily spend cap (micro currency) as last read."""
        return self.daily_spend_cap

    def pause(self) -> bool:
        """Pause the campaign; give True once it reads back `PAUSED`.

        A campaign already `PAUSED` (as last read) is left alone and True is given, without a
        request: pausing is idempotent.
        """
        return self._change_status("PAUSED")

    def activate(self) -> bool:
        """Activate the campaign; give True once it reads back `ACTIVE` (True at once if it is)."""
        return self._change_status("ACTIVE")

    def archive(self) -> bool:
        """Archive the campaign; give True once it reads back `ARCHIVED` (True at once if it is)."""
        return self._change_status("ARCHIVED")

    def _change_status(self, new_status: str) -> bool:
        if self.status == new_status:
            return True
        self._send_update(self._client, {"status": new_status})
        return self.status == new_status

    def list_ad_groups(
        self,
        page_size: int = 25,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        entity_statuses: list[str] | None = None,
        **kwargs: Any,
    ) -> tuple[list[AdGroup], Bookmark | None]:
        """Give one page of this campaign's ad groups and the Bookmark to the next page."""
        return AdGroup.get_all(
            ad_account_id=self.ad_account_id,
            campaign_ids=[self._id],
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
            client=self._client,
            **kwargs,
        )

    def _analytics_endpoint(self) -> tuple[Any, str, dict[str, Any]]:
        from pinterest_generated.api.campaigns import campaigns_analytics

        scope = {"ad_account_id": self.ad_account_id, "campaign_ids": [self._id]}
        return campaigns_analytics, "campaign_id", scope
