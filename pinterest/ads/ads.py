"""Ads: a promoted Pin inside an ad group."""

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

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.ad_response_rejected_reasons_item import (
        AdResponseRejectedReasonsItem,
    )
    from pinterest_generated.models.ad_response_review_status import AdResponseReviewStatus
    from pinterest_generated.models.creative_type import CreativeType
    from pinterest_generated.models.customizable_cta_type import CustomizableCTAType
    from pinterest_generated.models.disclosure_type import DisclosureType
    from pinterest_generated.models.entity_status import EntityStatus
    from pinterest_generated.models.grid_click_type import GridClickType
    from pinterest_generated.models.pin_promotion_summary_status import PinPromotionSummaryStatus
    from pinterest_generated.models.quiz_pin_data import QuizPinData
    from pinterest_generated.models.tracking_urls import TrackingUrls

__all__ = ["Ad"]


class Ad(BulkUpdatedResource, AnalyticsResource):
    """An ad of an ad account, read from the API (or from a listing) when it is made.

    Args:
        ad_account_id: The ad account the ad belongs to.
        ad_id: The ad's id.
        client: The client for this ad's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "name", "status", "creative_type", "ad_group_id", "pin_id")
    _update_operation = "ads.ads_update"
    _update_request = "AdUpdateRequest"
    _noun = "ad"

    ad_group_id: ModelField[str] = ModelField("ad_group_id")
    android_deep_link: ModelField[str] = ModelField("android_deep_link")
    carousel_android_deep_links: ModelField[list[str]] = ModelField("carousel_android_deep_links")
    carousel_destination_urls: ModelField[list[str]] = ModelField("carousel_destination_urls")
    carousel_ios_deep_links: ModelField[list[str]] = ModelField("carousel_ios_deep_links")
    click_tracking_url: ModelField[str] = ModelField("click_tracking_url")
    creative_type: ModelField[CreativeType] = ModelField("creative_type")
    customizable_cta_type: ModelField[CustomizableCTAType] = ModelField("customizable_cta_type")
    destination_url: ModelField[str] = ModelField("destination_url")
    disclosure_type: ModelField[DisclosureType] = ModelField("disclosure_type")
    disclosure_url: ModelField[str] = ModelField("disclosure_url")
    grid_click_type: ModelField[GridClickType] = ModelField("grid_click_type")
    ios_deep_link: ModelField[str] = ModelField("ios_deep_link")
    is_pin_deleted: ModelField[bool] = ModelField("is_pin_deleted")
    is_removable: ModelField[bool] = ModelField("is_removable")
    lead_form_id: ModelField[str] = ModelField("lead_form_id")
    name: ModelField[str] = ModelField("name")
    quiz_pin_data: ModelField[QuizPinData] = ModelField("quiz_pin_data")
    status: ModelField[EntityStatus] = ModelField("status")
    tracking_urls: ModelField[TrackingUrls] = ModelField("tracking_urls")
    view_tracking_url: ModelField[str] = ModelField("view_tracking_url")
    pin_id: ModelField[str] = ModelField("pin_id")
    campaign_id: ModelField[str] = ModelField("campaign_id")
    collection_items_destination_url_template: ModelField[str] = ModelField(
        "collection_items_destination_url_template"
    )
    created_time: ModelField[int] = ModelField("created_time")
    rejected_reasons: ModelField[list[AdResponseRejectedReasonsItem]] = ModelField(
        "rejected_reasons"
    )
    rejection_labels: ModelField[list[str]] = ModelField("rejection_labels")
    review_status: ModelField[AdResponseReviewStatus] = ModelField("review_status")
    summary_status: ModelField[PinPromotionSummaryStatus] = ModelField("summary_status")
    type: ModelField[str] = ModelField("type_")
    updated_time: ModelField[int] = ModelField("updated_time")

    def __init__(
        self,
        ad_account_id: str,
        ad_id: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> None:
        from pinterest_generated.api.ads import ads_get
        from pinterest_generated.models.ad_response import AdResponse

        super().__init__(
            ad_id,
            client,
            kwargs,
            id_argument="ad_id",
            read_operation=ads_get,
            model_class=AdResponse,
            scope={"ad_account_id": ad_account_id},
        )

    @classmethod
    def create(
        cls,
        ad_account_id: str,
        ad_group_id: str,
        creative_type: str,
        pin_id: str,
        is_pin_deleted: bool = False,
        is_removable: bool = True,
        status: str = "ACTIVE",
        android_deep_link: str | None = None,
        carousel_android_deep_links: list[str] | None = None,
        carousel_destination_urls: list[str] | None = None,
        carousel_ios_deep_links: list[str] | None = None,
        click_tracking_url: str | None = None,
        destination_url: str | None = None,
        ios_deep_link: str | None = None,
        name: str | None = None,
        tracking_urls: dict[str, list[str]] | None = None,
        view_tracking_url: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> Ad:
        """Create an ad from a Pin in an ad group and give it.

        `kwargs` are further fields of the API's ad create request (`customizable_cta_type`,
        `lead_form_id`, ...).

        Raises:
            BulkOperationError: Pinterest refused the ad (it answers 200 with the reason).
        """
        from pinterest_generated.api.ads import ads_create
        from pinterest_generated.models.ad_create_request import AdCreateRequest
        from pinterest_generated.models.creative_type import CreativeType
        from pinterest_generated.models.entity_status import EntityStatus

        client = cls._get_client(client)
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        values = without_none(
            ad_group_id=_validation.require_id("ad_group_id", ad_group_id),
            creative_type=_validation.enum_value("creative_type", creative_type, CreativeType),
            pin_id=_validation.require_id("pin_id", pin_id),
            is_pin_deleted=is_pin_deleted,
            is_removable=is_removable,
            status=_validation.enum_value("status", status, EntityStatus),
            android_deep_link=android_deep_link,
            carousel_android_deep_links=carousel_android_deep_links,
            carousel_destination_urls=carousel_destination_urls,
            carousel_ios_deep_links=carousel_ios_deep_links,
            click_tracking_url=click_tracking_url,
            destination_url=destination_url,
            ios_deep_link=ios_deep_link,
            name=name,
            tracking_urls=tracking_urls,
            view_tracking_url=view_tracking_url,
        )
        data = cls._send_in_bulk(
            client, ad_account_id, ads_create, AdCreateRequest, {**values, **kwargs}, "Ad.create"
        )
        return cls(
            ad_account_id=ad_account_id,
            ad_id=answer_id(data, "Ad.create"),
            client=client,
            _model_data=data,
        )

    @classmethod
    def get_all(
        cls,
        ad_account_id: str,
        campaign_ids: list[str] | None = None,
        ad_group_ids: list[str] | None = None,
        ad_ids: list[str] | None = None,
        entity_statuses: list[str] | None = None,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> tuple[list[Ad], Bookmark | None]:
        """Give one page of the ad account's ads, filtered, and the Bookmark to the next page.

        Give at most one of `campaign_ids`, `ad_group_ids` and `ad_ids`, as the API asks.
        """
        from pinterest_generated.api.ads import ads_list
        from pinterest_generated.models.ads_list_entity_statuses_item import (
            AdsListEntityStatusesItem,
        )
        from pinterest_generated.models.ads_list_order import AdsListOrder

        reject_unknown_kwargs("Ad.get_all", kwargs, ())
        ad_account_id = _validation.require_id("ad_account_id", ad_account_id)
        request = {
            "ad_account_id": ad_account_id,
            "campaign_ids": id_list("campaign_ids", campaign_ids),
            "ad_group_ids": id_list("ad_group_ids", ad_group_ids),
            "ad_ids": id_list("ad_ids", ad_ids),
            "entity_statuses": enum_list(
                "entity_statuses", entity_statuses, AdsListEntityStatusesItem
            ),
            "page_size": _validation.page_size(page_size),
            "order": _validation.optional_enum("order", order, AdsListOrder),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        arguments = {
            "ad_account_id": ad_account_id,
            "campaign_ids": campaign_ids,
            "ad_group_ids": ad_group_ids,
            "ad_ids": ad_ids,
            "entity_statuses": entity_statuses,
            "page_size": page_size,
            "order": order,
        }
        return cls._list_page(cls._get_client(client), ads_list.sync, request, arguments)

    def _analytics_endpoint(self) -> tuple[Any, str, dict[str, Any]]:
        from pinterest_generated.api.ads import ads_analytics

        scope = {"ad_account_id": self.ad_account_id, "ad_ids": [self._id]}
        return ads_analytics, "ad_id", scope
