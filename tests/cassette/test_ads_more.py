"""The ads resources beyond listings: ad accounts, campaign budgets and statuses, ad groups,
ads, keywords, audiences, customer lists, conversion tags, conversion events and reports.

Answers are parsed strictly. The ad account is the mock's example account, or, when recording
against the real API, the one in `PINTEREST_RECORD_AD_ACCOUNT_ID`; on replay it is read from
the cassette. Nothing is created or changed in a real account: creates and writes that would
change something run against the mock only, and the other updates write back the values the
object already has.

The mock answers every bulk create and update with the description's example, which reports
its item as failed ("Advertiser not found."), and every read with the same example objects
whatever was written: the tests check that the SDK reports both as they are.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from typing import Any

import pytest
from vcr.cassette import Cassette  # type: ignore[import-untyped]

from pinterest.ads.ad_accounts import AdAccount, ReportStatus
from pinterest.ads.ad_groups import AdGroup
from pinterest.ads.ads import Ad
from pinterest.ads.audiences import Audience
from pinterest.ads.campaigns import Campaign
from pinterest.ads.conversion_events import Conversion, ConversionEventsResult
from pinterest.ads.conversion_tags import ConversionTag
from pinterest.ads.customer_lists import CustomerList
from pinterest.ads.keywords import Keyword
from pinterest.client import PinterestSDKClient
from pinterest.utils.sdk_exceptions import BulkOperationError, SdkException
from pinterest_generated.models.conversion_event_response import ConversionEventResponse
from pinterest_generated.models.conversion_events_data_item import ConversionEventsDataItem
from tests import _fakes
from tests.cassette._support import SeenRequests, api_path

pytestmark = [pytest.mark.vcr, pytest.mark.usefixtures("strict_parsing_on")]

AD_ACCOUNT_ENV_VAR = "PINTEREST_RECORD_AD_ACCOUNT_ID"
# The ad account id of the description's examples, which the mock accepts.
MOCK_AD_ACCOUNT_ID = "549755885175"
AD_ACCOUNT_IN_PATH = re.compile(r"/ad_accounts/(\d+)")
# What the mock's example bulk answers report for their only item.
MOCK_BULK_FAILURE = (0, 2, "Advertiser not found.")
# A made-up Conversions API token, shaped like no real credential.
CONVERSION_TOKEN = "conversion-token-placeholder"
# A SHA-256 hex digest: the Conversions API takes emails hashed.
HASHED_EMAIL = "411e44ce1261728ffd2c0686e44e3fffe413c0e2c5adc498bc7da883d476b9c8"


@pytest.fixture
def ad_account_id(live: bool, answered_by_mock: bool, vcr: Cassette | None) -> str:
    """The ad account the test works in (see the module docstring)."""
    if live:
        if answered_by_mock:
            return MOCK_AD_ACCOUNT_ID
        configured = os.environ.get(AD_ACCOUNT_ENV_VAR, "").strip()
        if not configured:
            pytest.fail(f"recording ads against the real API needs {AD_ACCOUNT_ENV_VAR}")
        return configured
    assert vcr is not None
    found = AD_ACCOUNT_IN_PATH.search(str(vcr.requests[0].path))
    assert found, "the cassette's first request names no ad account"
    return found.group(1)


def mock_only(answered_by_mock: bool, what: str) -> None:
    """Skip a test that would create or change something, unless the mock answers."""
    if not answered_by_mock:
        pytest.skip(f"{what}: recorded against the mock only")


def assert_mock_bulk_failure(caught: pytest.ExceptionInfo[BulkOperationError]) -> None:
    """The SDK raised the failure of the mock's example bulk answer, for the only item."""
    [failure] = caught.value.errors
    assert (failure.index, failure.code, failure.message) == MOCK_BULK_FAILURE


def sent(cassette: Cassette, index: int) -> tuple[str, str, Any]:
    """Give method, API path and JSON body (None when empty) of the cassette's request."""
    request = cassette.requests[index]
    body = request.body
    if isinstance(body, bytes):
        body = body.decode()
    return request.method, api_path(request.path), json.loads(body) if body else None


# Ad accounts


def test_ad_account_read_and_get_all(client: PinterestSDKClient, ad_account_id: str) -> None:
    account = AdAccount(ad_account_id, client=client)
    assert account.id == ad_account_id
    assert account.name and account.country is not None and account.currency is not None

    accounts, bookmark = AdAccount.get_all(include_shared_accounts=True, page_size=2, client=client)
    assert 1 <= len(accounts) <= 2
    for listed in accounts:
        assert isinstance(listed, AdAccount) and listed.client is client
        assert listed.id and listed.name
    if bookmark is not None:
        # Replaying proves the next request kept `include_shared_accounts` and the page size.
        more, _ = bookmark.get_next()
        assert all(isinstance(listed, AdAccount) for listed in more)


def test_ad_account_create(client: PinterestSDKClient, answered_by_mock: bool) -> None:
    mock_only(answered_by_mock, "creates an ad account")

    account = AdAccount.create("ACME Tools", "383791336903426391", "US", client=client)

    assert isinstance(account, AdAccount) and account.client is client
    # The mock answers with its example account, whatever was asked for.
    assert account.id == MOCK_AD_ACCOUNT_ID
    assert account.name and account.owner is not None


def test_ad_account_list_audiences_and_customer_lists(
    client: PinterestSDKClient, ad_account_id: str
) -> None:
    account = AdAccount(ad_account_id, client=client)

    audiences, bookmark = account.list_audiences(page_size=2)
    assert len(audiences) <= 2
    for audience in audiences:
        assert isinstance(audience, Audience) and audience.client is client
        assert audience.ad_account_id == ad_account_id and audience.id
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(audience, Audience) for audience in more)

    customer_lists, bookmark = account.list_customer_lists(page_size=2, order="DESCENDING")
    assert len(customer_lists) <= 2
    for customer_list in customer_lists:
        assert isinstance(customer_list, CustomerList) and customer_list.client is client
        assert customer_list.ad_account_id == ad_account_id and customer_list.id
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(customer_list, CustomerList) for customer_list in more)


def test_ad_account_report_request_and_status(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    account = AdAccount(ad_account_id, client=client)

    token = account.create_report(
        "2024-01-01", "2024-01-07", ["SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH"], "DAY", "CAMPAIGN"
    )
    # The cassette holds the token scrubbed (a field named `token`): only its shape is known.
    assert isinstance(token, str) and token
    assert sent(vcr, 1) == (
        "POST",
        f"/ad_accounts/{ad_account_id}/reports",
        {
            "start_date": "2024-01-01",
            "end_date": "2024-01-07",
            "columns": ["SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH"],
            "granularity": "DAY",
            "level": "CAMPAIGN",
        },
    )

    status = account.get_report_status(token)
    assert isinstance(status, ReportStatus) and status.token == token
    if answered_by_mock:
        # The description's example: a report that does not exist, with a URL all the same.
        assert (status.status, status.url, status.size) == ("DOES_NOT_EXIST", "string", 0)
        assert status.is_failed and not status.is_finished
    else:
        assert status.status is not None


def test_ad_account_wait_for_report_and_get_report(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    # The mock's report never finishes, so the download (from another host, which the
    # network guard refuses) is never reached here.
    mock_only(answered_by_mock, "the mock's report status is final at once")
    account = AdAccount(ad_account_id, client=client)
    token = account.create_report(
        "2024-01-01", "2024-01-07", ["SPEND_IN_DOLLAR"], "DAY", "PIN_PROMOTION"
    )

    with pytest.raises(SdkException, match="ended with status DOES_NOT_EXIST"):
        account.wait_for_report(token, timeout=5)

    with pytest.raises(SdkException, match="ended with status DOES_NOT_EXIST"):
        account.get_report(
            "2024-01-01", "2024-01-07", ["SPEND_IN_DOLLAR"], "DAY", "PIN_PROMOTION", timeout=5
        )

    # One poll each: a failed status ends the wait at once, and nothing is downloaded.
    assert [sent(vcr, index)[:2] for index in range(len(vcr.requests))] == [
        ("GET", f"/ad_accounts/{ad_account_id}"),
        ("POST", f"/ad_accounts/{ad_account_id}/reports"),
        ("GET", f"/ad_accounts/{ad_account_id}/reports"),
        ("POST", f"/ad_accounts/{ad_account_id}/reports"),
        ("GET", f"/ad_accounts/{ad_account_id}/reports"),
    ]


# Campaigns


def test_campaign_read_budgets_and_ad_groups(
    client: PinterestSDKClient, ad_account_id: str
) -> None:
    [listed], _ = Campaign.get_all(ad_account_id, page_size=1, client=client)
    campaign = Campaign(ad_account_id, listed.id, client=client)
    assert (campaign.id, campaign.ad_account_id, campaign.client) == (
        listed.id,
        ad_account_id,
        client,
    )
    assert campaign.name == listed.name and campaign.status == listed.status

    # Budgets are given as last read: no request.
    assert campaign.get_lifetime_budget() == campaign.lifetime_spend_cap
    assert campaign.get_daily_budget() == campaign.daily_spend_cap

    ad_groups, bookmark = campaign.list_ad_groups(page_size=2)
    assert len(ad_groups) <= 2
    for ad_group in ad_groups:
        assert isinstance(ad_group, AdGroup) and ad_group.client is client
        assert ad_group.ad_account_id == ad_account_id
    if bookmark is not None:
        # Replaying proves the next request kept the campaign filter.
        more, _ = bookmark.get_next()
        assert all(isinstance(ad_group, AdGroup) for ad_group in more)


def test_campaign_budget_and_status_changes(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    mock_only(answered_by_mock, "changes a campaign's budget and status")
    [campaign], _ = Campaign.get_all(ad_account_id, page_size=1, client=client)
    lifetime, daily, status = campaign.lifetime_spend_cap, campaign.daily_spend_cap, "ACTIVE"
    assert campaign.status == status

    # Each change is refused by the mock's example answer: the SDK raises and the campaign
    # keeps the values it was read with. Request 0 was the listing; each change is one more.
    changes: tuple[tuple[Callable[[], object], dict[str, object]], ...] = (
        (lambda: campaign.set_lifetime_budget(5_000_000), {"lifetime_spend_cap": 5_000_000}),
        (lambda: campaign.set_daily_budget(1_000_000), {"daily_spend_cap": 1_000_000}),
        (campaign.pause, {"status": "PAUSED"}),
        (campaign.archive, {"status": "ARCHIVED"}),
    )
    for index, (change, field) in enumerate(changes, start=1):
        with pytest.raises(BulkOperationError) as caught:
            change()
        assert_mock_bulk_failure(caught)
        method, path, body = sent(vcr, index)
        assert (method, path) == ("PATCH", f"/ad_accounts/{ad_account_id}/campaigns")
        assert body == [{"id": campaign.id, "ad_account_id": ad_account_id, **field}]
    assert (campaign.lifetime_spend_cap, campaign.daily_spend_cap) == (lifetime, daily)
    assert campaign.status == status

    # Activating an active campaign is done already: True, and no request (on replay, one
    # more request would find no answer; while recording, the cassette would hold six).
    assert campaign.activate() is True
    assert len(vcr.requests) == 1 + len(changes)


# Ad groups


def test_ad_group_read_list_ads_and_update(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool
) -> None:
    [listed], _ = AdGroup.get_all(ad_account_id, page_size=1, client=client)
    ad_group = AdGroup(ad_account_id, listed.id, client=client)
    assert (ad_group.id, ad_group.ad_account_id, ad_group.campaign_id) == (
        listed.id,
        ad_account_id,
        listed.campaign_id,
    )
    assert ad_group.name == listed.name and ad_group.billable_event is not None

    ads, bookmark = ad_group.list_ads(page_size=2)
    assert len(ads) <= 2
    for ad in ads:
        assert isinstance(ad, Ad) and ad.client is client
        assert ad.ad_account_id == ad_account_id and ad.pin_id
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(ad, Ad) for ad in more)

    name = ad_group.name
    if answered_by_mock:
        with pytest.raises(BulkOperationError) as caught:
            ad_group.update_fields(name=name)
        assert_mock_bulk_failure(caught)
    else:
        assert ad_group.update_fields(name=name) is True
        assert ad_group.name == name


def test_ad_group_create_and_auto_targeting(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    mock_only(answered_by_mock, "creates an ad group and changes its targeting")

    with pytest.raises(BulkOperationError) as caught:
        AdGroup.create(
            ad_account_id,
            "Ad Group For Pin: 687195905986",
            "626735565838",
            "IMPRESSION",
            budget_in_micro_currency=5_000_000,
            tracking_url={"impression": ["https://example.com/impression"]},
            client=client,
        )
    assert_mock_bulk_failure(caught)
    assert sent(vcr, 0)[2] == [
        {
            "name": "Ad Group For Pin: 687195905986",
            "campaign_id": "626735565838",
            "billable_event": "IMPRESSION",
            "budget_in_micro_currency": 5_000_000,
            "tracking_urls": {"impression": ["https://example.com/impression"]},
        }
    ]

    [ad_group], _ = AdGroup.get_all(ad_account_id, page_size=1, client=client)
    # Requests 0 and 1 were the create and the listing.
    changes = ((ad_group.enable_auto_targeting, True), (ad_group.disable_auto_targeting, False))
    for index, (change, wanted) in enumerate(changes, start=2):
        with pytest.raises(BulkOperationError) as caught:
            change()
        assert_mock_bulk_failure(caught)
        body = sent(vcr, index)[2]
        assert body == [{"id": ad_group.id, "auto_targeting_enabled": wanted}]


# Ads


def test_ad_read_and_update(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool
) -> None:
    [listed], _ = Ad.get_all(ad_account_id, page_size=1, client=client)
    ad = Ad(ad_account_id, listed.id, client=client)
    assert (ad.id, ad.ad_account_id, ad.ad_group_id, ad.pin_id) == (
        listed.id,
        ad_account_id,
        listed.ad_group_id,
        listed.pin_id,
    )
    assert ad.creative_type is not None

    name = ad.name
    if answered_by_mock:
        with pytest.raises(BulkOperationError) as caught:
            ad.update_fields(name=name)
        assert_mock_bulk_failure(caught)
    else:
        assert ad.update_fields(name=name) is True
        assert ad.name == name


def test_ad_create(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    mock_only(answered_by_mock, "creates an ad")

    with pytest.raises(BulkOperationError) as caught:
        Ad.create(
            ad_account_id,
            "2680059592705",
            "REGULAR",
            "394205773611545468",
            destination_url="https://example.com/tools",
            client=client,
        )
    assert_mock_bulk_failure(caught)
    assert sent(vcr, 0)[2] == [
        {
            "ad_group_id": "2680059592705",
            "creative_type": "REGULAR",
            "pin_id": "394205773611545468",
            "is_pin_deleted": False,
            "is_removable": True,
            "status": "ACTIVE",
            "destination_url": "https://example.com/tools",
        }
    ]


# Keywords


def test_keyword_create_and_update(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    mock_only(answered_by_mock, "creates and changes a keyword")
    [ad_group], _ = AdGroup.get_all(ad_account_id, page_size=1, client=client)

    keyword = Keyword.create(
        ad_account_id, ad_group.id, "plaid shirt", bid=200_000, match_type="BROAD", client=client
    )
    assert isinstance(keyword, Keyword) and keyword.client is client
    assert keyword.ad_account_id == ad_account_id
    assert keyword.id and keyword.match_type == "BROAD"
    assert sent(vcr, 1)[2] == {
        "keywords": [{"value": "plaid shirt", "match_type": "BROAD", "bid": 200_000}],
        "parent_id": ad_group.id,
    }

    # The mock's example answer holds the keyword with the id sent, so the update is taken.
    assert keyword.update_fields(archived=False) is True
    assert keyword.archived is False
    assert sent(vcr, 2)[2] == {"keywords": [{"id": keyword.id, "archived": False}]}


# Audiences


def test_audience_read_get_all_and_update(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool
) -> None:
    audiences, _ = Audience.get_all(ad_account_id, page_size=2, client=client)
    assert audiences
    audience = Audience(ad_account_id, audiences[0].id, client=client)
    assert (audience.id, audience.ad_account_id) == (audiences[0].id, ad_account_id)
    assert audience.name == audiences[0].name

    # The status filter is applied to the page here: only the audiences with that status stay.
    statuses = {listed.status for listed in audiences}
    for status in ("ACTIVE", "PAUSED"):
        filtered, _ = Audience.get_all(
            ad_account_id, entity_statuses=[status], page_size=2, client=client
        )
        assert [listed.id for listed in filtered] == [
            listed.id for listed in audiences if listed.status == status
        ]
    if answered_by_mock:
        # The mock's example audience has the status "string", which no filter keeps.
        assert statuses == {"string"}

    # Writing back its own name reads back as sent.
    assert audience.update_fields(name=audience.name) is True
    if answered_by_mock:
        # The mock reads back its example whatever was written: the SDK says so.
        with pytest.raises(SdkException, match="reads back differently"):
            audience.update_fields(description="Tool buyers of the last 30 days")


def test_audience_create(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    mock_only(answered_by_mock, "creates an audience")
    rule = {"country": "US", "retention_days": 7, "visitor_source_id": "2542620905475"}

    audience = Audience.create(
        ad_account_id, "ACME Tools", rule, "VISITOR", description="Site visitors", client=client
    )

    assert isinstance(audience, Audience) and audience.client is client
    assert audience.ad_account_id == ad_account_id and audience.id
    # The rule is sent with the ad account filled in, and the caller's dict is left alone.
    assert rule == {"country": "US", "retention_days": 7, "visitor_source_id": "2542620905475"}
    assert sent(vcr, 0)[2] == {
        "ad_account_id": ad_account_id,
        "name": "ACME Tools",
        "rule": {**rule, "ad_account_id": ad_account_id},
        "audience_type": "VISITOR",
        "description": "Site visitors",
    }


# Customer lists


def test_customer_list_read_and_get_all(client: PinterestSDKClient, ad_account_id: str) -> None:
    customer_lists, bookmark = CustomerList.get_all(ad_account_id, page_size=2, client=client)
    assert len(customer_lists) <= 2
    for listed in customer_lists:
        assert isinstance(listed, CustomerList) and listed.client is client
        assert listed.ad_account_id == ad_account_id
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(listed, CustomerList) for listed in more)
    if not customer_lists:
        pytest.skip("the ad account has no customer list to read")

    customer_list = CustomerList(ad_account_id, customer_lists[0].id, client=client)
    assert (customer_list.id, customer_list.name) == (
        customer_lists[0].id,
        customer_lists[0].name,
    )
    assert customer_list.status is not None


def test_customer_list_create_and_records(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    mock_only(answered_by_mock, "creates a customer list and changes its records")

    customer_list = CustomerList.create(
        ad_account_id, "Tool buyers", "buyer@example.com,other@example.com", client=client
    )
    assert isinstance(customer_list, CustomerList) and customer_list.client is client
    assert customer_list.ad_account_id == ad_account_id and customer_list.id
    assert sent(vcr, 0)[2] == {
        "name": "Tool buyers",
        "records": "buyer@example.com,other@example.com",
        "list_type": "EMAIL",
    }

    list_path = f"/ad_accounts/{ad_account_id}/customer_lists/{customer_list.id}"
    changes: tuple[tuple[str, str, Callable[[], bool]], ...] = (
        (
            "ADD",
            "a@example.com",
            lambda: customer_list.update_fields(records="a@example.com", operation_type="ADD"),
        ),
        ("ADD", "b@example.com", lambda: customer_list.add_record("b@example.com")),
        ("REMOVE", "c@example.com", lambda: customer_list.remove_record("c@example.com")),
    )
    # After the create (request 0), each change is an update and the read that refreshes the
    # list's fields.
    for index, (operation, records, change) in enumerate(changes):
        assert change() is True
        assert sent(vcr, 1 + 2 * index) == (
            "PATCH",
            list_path,
            {"records": records, "operation_type": operation},
        )
        assert sent(vcr, 2 + 2 * index) == ("GET", list_path, None)
    assert customer_list.num_uploaded_user_records is not None


# Conversion tags


def test_conversion_tag_read_and_events(client: PinterestSDKClient, ad_account_id: str) -> None:
    tags = ConversionTag.get_all(ad_account_id, client=client)
    for tag in tags:
        assert isinstance(tag, ConversionTag) and tag.client is client
        assert tag.ad_account_id == ad_account_id and tag.id

    if tags:
        tag = ConversionTag(ad_account_id, tags[0].id, client=client)
        assert (tag.id, tag.name, tag.status) == (tags[0].id, tags[0].name, tags[0].status)

    events, bookmark = ConversionTag.get_page_visit_conversion_tag_events(
        ad_account_id, page_size=2, client=client
    )
    assert len(events) <= 2
    assert all(isinstance(event, ConversionEventResponse) for event in events)
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(event, ConversionEventResponse) for event in more)

    tag_id, eligible = ConversionTag.get_ocpm_eligible_conversion_tag_events(
        ad_account_id, client=client
    )
    if tag_id is None:
        assert eligible is None
    else:
        assert eligible is not None
        assert all(isinstance(event, ConversionEventResponse) for event in eligible)


def test_conversion_tag_create(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    mock_only(answered_by_mock, "creates a conversion tag")

    tag = ConversionTag.create(ad_account_id, "ACME Checkout", aem_enabled=True, client=client)

    assert isinstance(tag, ConversionTag) and tag.client is client
    assert tag.ad_account_id == ad_account_id and tag.id
    # The mock answers with its example tag, whatever was asked for.
    assert tag.name == "ACME Checkout Test Tag"
    assert sent(vcr, 0)[2] == {"name": "ACME Checkout", "aem_enabled": True}


# Conversion events


def checkout_event() -> ConversionEventsDataItem:
    return Conversion.create_conversion_event(
        "checkout",
        "web",
        1_704_067_200,
        "checkout-0001",
        user_data={"em": [HASHED_EMAIL]},
        custom_data={"currency": "USD", "value": "72.39"},
        event_source_url="https://example.com/checkout",
    )


def test_conversion_send_events(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool, vcr: Cassette
) -> None:
    event = checkout_event()
    assert isinstance(event, ConversionEventsDataItem)

    # `test=True`: the API checks the events without recording them.
    result = Conversion.send_conversion_events(ad_account_id, [event], test=True, client=client)

    assert isinstance(result, ConversionEventsResult)
    assert len(result.events) == 1
    assert result.num_events_processed <= result.num_events_received
    assert sent(vcr, 0) == (
        "POST",
        f"/ad_accounts/{ad_account_id}/events",
        {
            "data": [
                {
                    "event_name": "checkout",
                    "action_source": "web",
                    "event_time": 1_704_067_200,
                    "event_id": "checkout-0001",
                    "user_data": {"em": [HASHED_EMAIL]},
                    "custom_data": {"currency": "USD", "value": "72.39"},
                    "event_source_url": "https://example.com/checkout",
                }
            ]
        },
    )
    assert ("test", "true") in vcr.requests[0].query
    if answered_by_mock:
        # The description's example reports the event as failed: given, not raised.
        [item] = result.events
        assert (result.num_events_received, result.num_events_processed) == (0, 0)
        assert item.status.value == "failed" and item.error_message == "string"
    else:
        assert result.num_events_received == 1


def test_conversion_send_events_with_conversion_token(
    api_base_url: str, ad_account_id: str, answered_by_mock: bool
) -> None:
    mock_only(answered_by_mock, "needs no real Conversions API token")
    seen = SeenRequests()

    with PinterestSDKClient(
        access_token=_fakes.ACCESS_TOKEN, api_uri=api_base_url, max_retries=0, transport=seen
    ) as client:
        result = Conversion.send_conversion_events(
            ad_account_id,
            [checkout_event()],
            test=True,
            client=client,
            conversion_token=CONVERSION_TOKEN,
        )
        # The client keeps its own token for the requests after.
        AdAccount(ad_account_id, client=client)

    assert len(result.events) == 1
    assert [(request.method, api_path(request.url.path)) for request in seen.requests] == [
        ("POST", f"/ad_accounts/{ad_account_id}/events"),
        ("GET", f"/ad_accounts/{ad_account_id}"),
    ]
    events_request, account_request = seen.requests
    assert events_request.headers["Authorization"] == f"Bearer {CONVERSION_TOKEN}"
    assert account_request.headers["Authorization"] == f"Bearer {_fakes.ACCESS_TOKEN}"
