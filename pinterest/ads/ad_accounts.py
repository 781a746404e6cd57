"""Ad accounts: what campaigns, audiences, customer lists, analytics and reports belong to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pinterest import _validation
from pinterest._resource import (
    ModelField,
    Resource,
    answer_id,
    list_page,
    optional_bool,
    request_body,
)
from pinterest.ads import _reports
from pinterest.ads._base import AnalyticsResource
from pinterest.ads._reports import ReportStatus
from pinterest.ads.audiences import Audience
from pinterest.ads.campaigns import Campaign
from pinterest.ads.customer_lists import CustomerList

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient
    from pinterest.utils.bookmark import Bookmark
    from pinterest_generated.models.ad_account_owner import AdAccountOwner
    from pinterest_generated.models.business_access_role import BusinessAccessRole
    from pinterest_generated.models.country import Country
    from pinterest_generated.models.currency import Currency

__all__ = ["AdAccount", "ReportStatus"]


class AdAccount(Resource, AnalyticsResource):
    """An ad account, read from the API (or from a listing) when it is made.

    Args:
        ad_account_id: The ad account's id.
        client: The client for this ad account's requests; the default client when None.
    """

    _fields = ("id", "name", "country", "currency")

    country: ModelField[Country] = ModelField("country")
    created_time: ModelField[int] = ModelField("created_time")
    currency: ModelField[Currency] = ModelField("currency")
    name: ModelField[str] = ModelField("name")
    owner: ModelField[AdAccountOwner] = ModelField("owner")
    permissions: ModelField[list[BusinessAccessRole]] = ModelField("permissions")
    updated_time: ModelField[int] = ModelField("updated_time")

    def __init__(
        self, ad_account_id: str, client: PinterestSDKClient | None = None, **kwargs: Any
    ) -> None:
        from pinterest_generated.api.ad_accounts import ad_accounts_get
        from pinterest_generated.models.ad_account import AdAccount as GeneratedAdAccount

        super().__init__(
            ad_account_id,
            client,
            kwargs,
            id_argument="ad_account_id",
            read_operation=ad_accounts_get,
            model_class=GeneratedAdAccount,
        )

    @classmethod
    def create(
        cls,
        name: str,
        owner_user_id: str,
        country: str,
        client: PinterestSDKClient | None = None,
        **kwargs: Any,
    ) -> AdAccount:
        """Create an ad account owned by a business user and give it.

        `country` is an ISO 3166-1 alpha-2 code (`"US"`); `kwargs` are further fields of the
        API's request (`currency`).
        """
        from pinterest._api import call
        from pinterest_generated.api.ad_accounts import ad_accounts_create
        from pinterest_generated.models.ad_account_create import AdAccountCreate
        from pinterest_generated.models.country import Country

        client = cls._get_client(client)
        values = {
            "name": _validation.require_str("name", name),
            "owner_user_id": _validation.require_id("owner_user_id", owner_user_id),
            "country": _validation.enum_value("country", country, Country),
            **kwargs,
        }
        body = request_body(AdAccountCreate, values, "AdAccount.create")
        answer = call(client, ad_accounts_create.sync, body=body)
        return cls(answer_id(answer, "AdAccount.create"), client=client, _model_data=answer)

    @classmethod
    def get_all(
        cls,
        include_shared_accounts: bool | None = None,
        page_size: int | None = None,
        bookmark: str | None = None,
        client: PinterestSDKClient | None = None,
    ) -> tuple[list[AdAccount], Bookmark | None]:
        """Give one page of the ad accounts the token can use and the Bookmark to the next.

        Args:
            include_shared_accounts: Also list accounts shared with the user through business
                access (the API's default is True).
        """
        from pinterest_generated.api.ad_accounts import ad_accounts_list

        request = {
            "include_shared_accounts": optional_bool(
                "include_shared_accounts", include_shared_accounts
            ),
            "page_size": _validation.page_size(page_size),
            "bookmark": _validation.optional_str("bookmark", bookmark),
        }
        client = cls._get_client(client)
        return list_page(
            client,
            ad_accounts_list.sync,
            request,
            lambda item: cls(answer_id(item, "AdAccount.get_all"), client=client, _model_data=item),
            cls,
            "get_all",
            {"include_shared_accounts": include_shared_accounts, "page_size": page_size},
            client,
        )

    def list_campaigns(
        self,
        campaign_ids: list[str] | None = None,
        entity_statuses: list[str] | None = None,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        **kwargs: Any,
    ) -> tuple[list[Campaign], Bookmark | None]:
        """Give one page of the ad account's campaigns and the Bookmark to the next page."""
        return Campaign.get_all(
            ad_account_id=self._id,
            campaign_ids=campaign_ids,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
            client=self._client,
            **kwargs,
        )

    def list_audiences(
        self,
        entity_statuses: list[str] | None = None,
        page_size: int | None = None,
        order: str = "ASCENDING",
        bookmark: str | None = None,
        **kwargs: Any,
    ) -> tuple[list[Audience], Bookmark | None]:
        """Give one page of the ad account's audiences and the Bookmark to the next page."""
        return Audience.get_all(
            ad_account_id=self._id,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
            client=self._client,
            **kwargs,
        )

    def list_customer_lists(
        self,
        page_size: int | None = None,
        order: str | None = None,
        bookmark: str | None = None,
        **kwargs: Any,
    ) -> tuple[list[CustomerList], Bookmark | None]:
        """Give one page of the ad account's customer lists and the Bookmark to the next page."""
        return CustomerList.get_all(
            ad_account_id=self._id,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
            client=self._client,
            **kwargs,
        )

    def _analytics_endpoint(self) -> tuple[Any, str, dict[str, Any]]:
        from pinterest_generated.api.ad_accounts import ad_account_analytics

        return ad_account_analytics, "ad_account_id", {"ad_account_id": self._id}

    def create_report(
        self,
        start_date: Any,
        end_date: Any,
        columns: list[str],
        granularity: str,
        level: str,
        **kwargs: Any,
    ) -> str:
        """Ask for an asynchronous report and give its token (for `wait_for_report`).

        `level` is what a row is about (`CAMPAIGN`, `AD_GROUP`, `PIN_PROMOTION`, ...);
        `kwargs` are further fields of the API's report request (`report_format`,
        `click_window_days`, ...).
        """
        return _reports.request_report(
            self._client,
            self._id,
            start_date,
            end_date,
            columns,
            granularity,
            level,
            kwargs,
        )

    def get_report_status(self, token: str) -> ReportStatus:
        """Give where the report with `token` stands (and its URL once finished)."""
        return _reports.report_status(self._client, self._id, token)

    def wait_for_report(
        self, token: str, timeout: float = _reports.DEFAULT_WAIT_SECONDS
    ) -> ReportStatus:
        """Poll the report with backoff until it is finished; give its status with the URL.

        Raises:
            SdkException: the report failed, was cancelled or expired, or did not finish
                within `timeout` seconds.
        """
        return _reports.wait_for_report(self._client, self._id, token, timeout)

    def download_report(self, url: str) -> bytes:
        """Give the content of a finished report; no API credential is sent to its host."""
        # The client's transport is reused (tests, proxies), never its auth or headers.
        return _reports.download_report(url, transport=getattr(self._client, "_transport", None))

    def get_report(
        self,
        start_date: Any,
        end_date: Any,
        columns: list[str],
        granularity: str,
        level: str,
        timeout: float = _reports.DEFAULT_WAIT_SECONDS,
        **kwargs: Any,
    ) -> bytes:
        """Request a report, wait until it is ready, and give its content (CSV unless
        `report_format="JSON"`)."""
        token = self.create_report(start_date, end_date, columns, granularity, level, **kwargs)
        url = self.wait_for_report(token, timeout).url
        if url is None:  # wait_for_report gives only finished reports that have a URL
            raise TypeError("a finished report has no URL")
        return self.download_report(url)
