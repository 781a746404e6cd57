"""Ads: a promoted Pin inside an ad group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest.ads._analytics import (
    AnalyticsRow,
    ModelField,
    check_update_applied,
    enum_list,
    fetch_analytics,
    first_item_data,
    id_list,
    list_page,
    reject_unknown_kwargs,
    request_body,
    require_enum,
    without_none,
)
from pinterest.utils.base_model import PinterestBaseModel

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


class Ad(PinterestBaseModel):
    """An ad of an ad account, read from the API (or from a listing) when it is made.

    Args:
        ad_account_id: The ad account the ad belongs to.
        ad_id: The ad's id.
        client: The client for this ad's requests; the default client when None.
    """

    _fields = ("id", "ad_account_id", "name", "status", "creative_type", "ad_group_id", "pin_id")

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

        reject_unknown_kwargs("Ad", kwargs, ("_model_data",))
        ad_account_id = _validation.require_str("ad_account_id", ad_account_id)
        ad_id = _validation.require_str("ad_id", ad_id)
        super().__init__(
            _id=ad_id,
            generated_api=ads_get,
            generated_api_get_fn="sync",
            generated_api_get_fn_args={"ad_account_id": ad_account_id, "ad_id": ad_id},
            model_attribute_types=AdResponse,
            client=client,
        )
        self._ad_account_id = ad_account_id
        self._populate_fields(**kwargs)

    @property
    def id(self) -> str:
        """The ad's id."""
        return self._id

    @property
    def ad_account_id(self) -> str:
        """The ad account the ad belongs to."""
        return self._ad_account_id

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
        from pinterest._api import call
        from pinterest_generated.api.ads import ads_create
        from pinterest_generated.models.ad_create_request import AdCreateRequest
        from pinterest_generated.models.creative_type import CreativeType
        from pinterest_generated.models.entity_status import EntityStatus

        client = cls._get_client(client)
        ad_account_id = _validation.require_str("ad_account_id", ad_account_id)
        values = without_none(
            ad_group_id=_validation.require_str("ad_group_id", ad_group_id),
            creative_type=require_enum("creative_type", creative_type, CreativeType),
            pin_id=_validation.require_str("pin_id", pin_id),
            is_pin_deleted=is_pin_deleted,
            is_removable=is_removable,
            status=require_enum("status", status, EntityStatus),
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
        body = request_body(AdCreateRequest, {**values, **kwargs}, "Ad.create")
        answer = call(client, ads_create.sync, ad_account_id=ad_account_id, body=[body])
        data = first_item_data(answer.items, "Ad.create")
        return cls(ad_account_id=ad_account_id, ad_id=data.id, client=client, _model_data=data)

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
        ad_account_id = _validation.require_str("ad_account_id", ad_account_id)
        request = {
            "ad_account_id": ad_account_id,
            "campaign_ids": id_list("campaign_ids", campaign_ids),
            "ad_group_ids": id_list("ad_group_ids", ad_group_ids),
            "ad_ids": id_list("ad_ids", ad_ids),
            "entity_statuses": enum_list(
                "entity_statuses", entity_statuses, AdsListEntityStatusesItem
            ),
            "page_size": _validation.page_size(page_size),
            "order": None if order is None else require_enum("order", order, AdsListOrder),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        client = cls._get_client(client)
        arguments = {
            "ad_account_id": ad_account_id,
            "campaign_ids": campaign_ids,
            "ad_group_ids": ad_group_ids,
            "ad_ids": ad_ids,
            "entity_statuses": entity_statuses,
            "page_size": page_size,
            "order": order,
        }
        return list_page(
            client,
            ads_list.sync,
            request,
            lambda item: cls(ad_account_id, item.id, client=client, _model_data=item),
            cls,
            "get_all",
            arguments,
            client,
        )

    def update_fields(self, client: PinterestSDKClient | None = None, **kwargs: Any) -> bool:
        """Change fields of the ad (API field names), read it again and give True.

        The request goes through `client` when one is given, else through the ad's own client.

        Raises:
            BulkOperationError: Pinterest refused the change.
            SdkException: the ad reads back with other values than the ones sent.
        """
        from pinterest._api import call
        from pinterest_generated.api.ads import ads_get, ads_update
        from pinterest_generated.models.ad_update_request import AdUpdateRequest

        reject_unknown_kwargs("Ad.update_fields", {"id": 0} if "id" in kwargs else {}, ())
        client = self._client if client is None else self._get_client(client)
        body = request_body(AdUpdateRequest, {"id": self._id, **kwargs}, "Ad.update_fields")
        answer = call(client, ads_update.sync, ad_account_id=self._ad_account_id, body=[body])
        first_item_data(answer.items, "Ad.update_fields")

        current = call(client, ads_get.sync, ad_account_id=self._ad_account_id, ad_id=self._id)
        self._populate_fields(_model_data=current)
        check_update_applied(f"ad {self._id}", kwargs, current)
        return True

    def get_analytics(
        self,
        start_date: Any,
        end_date: Any,
        columns: list[str],
        granularity: str,
        click_window_days: int | None = None,
        engagement_window_days: int | None = None,
        view_window_days: int | None = None,
        conversion_report_time: str | None = None,
        **kwargs: Any,
    ) -> list[AnalyticsRow]:
        """Give the ad's metrics from `start_date` to `end_date` (dates or `YYYY-MM-DD`).

        `columns` are the API's column names (`SPEND_IN_DOLLAR`, `TOTAL_CLICKTHROUGH`, ...);
        `granularity` is `TOTAL`, `DAY`, `HOUR`, `WEEK` or `MONTH`. `kwargs` are further
        arguments of the endpoint (`reporting_timezone`, ...).
        """
        from pinterest_generated.api.ads import ads_analytics

        options = without_none(
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
        )
        return fetch_analytics(
            self._client,
            ads_analytics,
            "ad_id",
            {"ad_account_id": self._ad_account_id, "ad_ids": [self._id]},
            start_date,
            end_date,
            columns,
            granularity,
            {**options, **kwargs},
            "Ad.get_analytics",
        )
