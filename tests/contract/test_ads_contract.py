"""Every public method of the ads resources against Prism: each request must fit the description.

Prism answers a request that breaks the pinned OpenAPI description with a 4xx and an
`sl-violations` header. The transport below records every answer, so a method that swallowed
such an answer would still fail here. Prism's answers are generated from the description
(`Prefer: dynamic=true`), so what a method makes of them (a re-read that differs from what was
sent, an item with random `exceptions`) is not checked here; the unit tests check that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pinterest.ads.ad_accounts import AdAccount
from pinterest.ads.ad_groups import AdGroup
from pinterest.ads.ads import Ad
from pinterest.ads.audiences import Audience
from pinterest.ads.campaigns import Campaign
from pinterest.ads.conversion_events import Conversion
from pinterest.ads.conversion_tags import ConversionTag
from pinterest.ads.customer_lists import CustomerList
from pinterest.ads.keywords import Keyword
from pinterest.client import PinterestSDKClient
from pinterest.utils.sdk_exceptions import SdkException

pytestmark = pytest.mark.prism

ACCOUNT = "549755885175"
CAMPAIGN = "626736533506"
AD_GROUP = "2680059592705"
AD = "687195905986"
KEYWORD = "2886364308355"
AUDIENCE = "2542620905473"
CUSTOMER_LIST = "643"
TAG = "2612345678901"


class RecordingTransport(httpx.BaseTransport):
    """Sends through a real transport to Prism and keeps every answer's status and violations."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()
        self.answers: list[tuple[str, str, int, str | None]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self._inner.handle_request(request)
        violations = response.headers.get("sl-violations")
        self.answers.append((request.method, request.url.path, response.status_code, violations))
        return response

    def close(self) -> None:
        self._inner.close()


@pytest.fixture
def prism(prism_base_url: str) -> tuple[PinterestSDKClient, RecordingTransport]:
    transport = RecordingTransport()
    client = PinterestSDKClient(
        access_token="prism-access-token-0001",
        api_uri=prism_base_url,
        max_retries=0,
        header_name="Prefer",
        header_value="dynamic=true",
        transport=transport,
    )
    return client, transport


def event(client: PinterestSDKClient) -> Any:
    return Conversion.create_conversion_event(
        "checkout",
        "web",
        1700000000,
        "event-1",
        {"em": ["f1c9645dbc14efddc7d8a322685f26eb"]},
        {"currency": "USD", "value": "12.50"},
    )


def calls(client: PinterestSDKClient) -> dict[str, Callable[[], Any]]:
    def campaign() -> Campaign:
        return Campaign(ACCOUNT, CAMPAIGN, client=client)

    def ad_group() -> AdGroup:
        return AdGroup(ACCOUNT, AD_GROUP, client=client)

    def account() -> AdAccount:
        return AdAccount(ACCOUNT, client=client)

    dates = ("2024-05-01", "2024-05-07", ["SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH"], "DAY")
    return {
        "AdAccount()": account,
        "AdAccount.create": lambda: AdAccount.create("Shop", "383791336903426391", "US", client),
        "AdAccount.get_all": lambda: AdAccount.get_all(page_size=10, client=client),
        "AdAccount.list_campaigns": lambda: account().list_campaigns(entity_statuses=["ACTIVE"]),
        "AdAccount.list_audiences": lambda: account().list_audiences(),
        "AdAccount.list_customer_lists": lambda: account().list_customer_lists(),
        "AdAccount.get_analytics": lambda: account().get_analytics(*dates),
        "AdAccount.create_report": lambda: account().create_report(*dates, "CAMPAIGN"),
        "AdAccount.get_report_status": lambda: account().get_report_status("report-token"),
        "Campaign()": campaign,
        "Campaign.create": lambda: Campaign.create(
            ACCOUNT, "Summer", "AWARENESS", daily_spend_cap=20000000, client=client
        ),
        "Campaign.get_all": lambda: Campaign.get_all(
            ACCOUNT, campaign_ids=[CAMPAIGN], page_size=5, client=client
        ),
        "Campaign.set_lifetime_budget": lambda: campaign().set_lifetime_budget(50000000),
        "Campaign.set_daily_budget": lambda: campaign().set_daily_budget(20000000),
        "Campaign.pause": lambda: campaign().pause(),
        "Campaign.activate": lambda: campaign().activate(),
        "Campaign.archive": lambda: campaign().archive(),
        # pause() sends nothing for a campaign that reads back PAUSED already.
        "Campaign status update": lambda: campaign().update_fields(status="PAUSED"),
        "Campaign.update_fields": lambda: campaign().update_fields(name="Winter"),
        "Campaign.list_ad_groups": lambda: campaign().list_ad_groups(),
        "Campaign.get_analytics": lambda: campaign().get_analytics(*dates),
        "AdGroup()": ad_group,
        "AdGroup.create": lambda: AdGroup.create(
            ACCOUNT,
            "Group",
            CAMPAIGN,
            "IMPRESSION",
            budget_in_micro_currency=5000000,
            bid_in_micro_currency=2000000,
            client=client,
        ),
        "AdGroup.get_all": lambda: AdGroup.get_all(ACCOUNT, campaign_ids=[CAMPAIGN], client=client),
        "AdGroup.update_fields": lambda: ad_group().update_fields(name="Renamed"),
        "AdGroup.list_ads": lambda: ad_group().list_ads(),
        "AdGroup.enable_auto_targeting": lambda: ad_group().enable_auto_targeting(),
        "AdGroup.disable_auto_targeting": lambda: ad_group().disable_auto_targeting(),
        "AdGroup.get_analytics": lambda: ad_group().get_analytics(*dates),
        "Ad()": lambda: Ad(ACCOUNT, AD, client=client),
        "Ad.create": lambda: Ad.create(
            ACCOUNT, AD_GROUP, "REGULAR", "813744226420795884", client=client
        ),
        "Ad.get_all": lambda: Ad.get_all(ACCOUNT, ad_group_ids=[AD_GROUP], client=client),
        "Ad.update_fields": lambda: Ad(ACCOUNT, AD, client=client).update_fields(name="Ad"),
        "Ad.get_analytics": lambda: Ad(ACCOUNT, AD, client=client).get_analytics(*dates),
        "Keyword.create": lambda: Keyword.create(
            ACCOUNT, AD_GROUP, "boots", match_type="EXACT", client=client
        ),
        "Keyword.get_all": lambda: Keyword.get_all(
            ACCOUNT, client=client, ad_group_id=AD_GROUP, match_type="EXACT"
        ),
        "Keyword.update_fields": lambda: Keyword(ACCOUNT, KEYWORD, client=client).update_fields(
            archived=True
        ),
        "Audience()": lambda: Audience(ACCOUNT, AUDIENCE, client=client),
        "Audience.create": lambda: Audience.create(
            ACCOUNT,
            "Visitors",
            {"visitor_source_id": TAG, "retention_days": 30},
            "VISITOR",
            client=client,
        ),
        "Audience.get_all": lambda: Audience.get_all(ACCOUNT, client=client),
        "Audience.update_fields": lambda: Audience(ACCOUNT, AUDIENCE, client=client).update_fields(
            name="New name"
        ),
        "CustomerList()": lambda: CustomerList(ACCOUNT, CUSTOMER_LIST, client=client),
        "CustomerList.create": lambda: CustomerList.create(
            ACCOUNT, "Buyers", "a@example.com,b@example.com", client=client
        ),
        "CustomerList.get_all": lambda: CustomerList.get_all(ACCOUNT, client=client),
        # Built from data, not read: Prism's random answer would give the list a random id,
        # which the description's path pattern then refuses.
        "CustomerList.add_record": lambda: CustomerList(
            ACCOUNT, CUSTOMER_LIST, client=client, _model_data={"id": CUSTOMER_LIST}
        ).add_record("c@example.com"),
        "CustomerList.remove_record": lambda: CustomerList(
            ACCOUNT, CUSTOMER_LIST, client=client, _model_data={"id": CUSTOMER_LIST}
        ).remove_record("c@example.com"),
        "ConversionTag()": lambda: ConversionTag(ACCOUNT, TAG, client=client),
        "ConversionTag.create": lambda: ConversionTag.create(ACCOUNT, "Tag", client=client),
        "ConversionTag.get_all": lambda: ConversionTag.get_all(ACCOUNT, client=client),
        "ConversionTag.get_page_visit_conversion_tag_events": lambda: (
            ConversionTag.get_page_visit_conversion_tag_events(ACCOUNT, client=client)
        ),
        "ConversionTag.get_ocpm_eligible_conversion_tag_events": lambda: (
            ConversionTag.get_ocpm_eligible_conversion_tag_events(ACCOUNT, client=client)
        ),
        "Conversion.send_conversion_events": lambda: Conversion.send_conversion_events(
            ACCOUNT, [event(client)], test=True, client=client
        ),
    }


def test_every_ads_method_sends_requests_the_description_accepts(
    prism: tuple[PinterestSDKClient, RecordingTransport],
) -> None:
    client, transport = prism
    refused: list[str] = []
    for name, call in calls(client).items():
        before = len(transport.answers)
        try:
            call()
        except SdkException as exc:
            # An HTTP error here means Prism refused the request; anything else is about the
            # random answer (see the module docstring).
            if isinstance(exc.status, int):
                refused.append(f"{name}: {exc}")
        for method, path, status, violations in transport.answers[before:]:
            if status >= 400 or violations:
                refused.append(f"{name}: {method} {path} -> {status} {violations}")
        assert len(transport.answers) > before, f"{name} sent no request"

    assert refused == [], "\n".join(refused)
