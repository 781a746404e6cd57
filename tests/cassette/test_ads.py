"""Campaigns, ad groups, ads, ad accounts and keywords, replayed from recorded answers.

Answers are parsed strictly. The ad account is the mock's example account, or, when
recording against the real API, the one in `PINTEREST_RECORD_AD_ACCOUNT_ID`; on replay it is
read from the cassette. Nothing is created in a real account: the campaign test sends a
create only to the mock, and the update writes back the name the campaign already has.
"""

from __future__ import annotations

import os
import re

import pytest
from vcr.cassette import Cassette  # type: ignore[import-untyped]

from pinterest.ads.ad_accounts import AdAccount
from pinterest.ads.ad_groups import AdGroup
from pinterest.ads.ads import Ad
from pinterest.ads.campaigns import Campaign
from pinterest.ads.keywords import Keyword
from pinterest.client import PinterestSDKClient
from pinterest.utils.sdk_exceptions import BulkOperationError

pytestmark = [pytest.mark.vcr, pytest.mark.usefixtures("strict_parsing_on")]

AD_ACCOUNT_ENV_VAR = "PINTEREST_RECORD_AD_ACCOUNT_ID"
# The ad account id of the description's examples, which the mock accepts.
MOCK_AD_ACCOUNT_ID = "549755885175"
AD_ACCOUNT_IN_PATH = re.compile(r"/ad_accounts/(\d+)")


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


def test_campaign_create(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool
) -> None:
    if not answered_by_mock:
        pytest.skip("creates a campaign: recorded against the mock only")

    # The description's example answer reports the item as failed ("Advertiser not found.")
    # next to its data; the SDK raises instead of giving a campaign that does not exist.
    with pytest.raises(BulkOperationError) as caught:
        Campaign.create(
            ad_account_id,
            "ACME Tools",
            "AWARENESS",
            status="PAUSED",
            daily_spend_cap=1432744744,
            client=client,
        )
    [failure] = caught.value.errors
    assert (failure.index, failure.code, failure.message) == (0, 2, "Advertiser not found.")


def test_campaign_get_all_and_next_page(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool
) -> None:
    campaigns, bookmark = Campaign.get_all(
        ad_account_id,
        entity_statuses=["ACTIVE", "PAUSED"],
        page_size=2,
        order="DESCENDING",
        client=client,
    )
    assert 1 <= len(campaigns) <= 2
    for campaign in campaigns:
        assert isinstance(campaign, Campaign) and campaign.client is client
        assert campaign.ad_account_id == ad_account_id
        assert campaign.status in ("ACTIVE", "PAUSED")
        assert campaign.name and campaign.objective_type is not None
    if answered_by_mock:
        assert bookmark is not None
    if bookmark is not None:
        # Replaying proves the next request kept the filters, page size and order.
        more, _ = bookmark.get_next()
        assert all(isinstance(campaign, Campaign) for campaign in more)


def test_campaign_update_fields(
    client: PinterestSDKClient, ad_account_id: str, answered_by_mock: bool
) -> None:
    [campaign], _ = Campaign.get_all(ad_account_id, page_size=1, client=client)
    name = campaign.name

    if answered_by_mock:
        # The mock's update answer is the description's example, which reports the item as
        # failed: the SDK raises rather than claiming the update worked.
        with pytest.raises(BulkOperationError) as caught:
            campaign.update_fields(name=name)
        assert [error.index for error in caught.value.errors] == [0]
    else:
        assert campaign.update_fields(name=name) is True
        assert campaign.name == name


def test_ad_group_get_all(client: PinterestSDKClient, ad_account_id: str) -> None:
    ad_groups, bookmark = AdGroup.get_all(
        ad_account_id, entity_statuses=["ACTIVE"], page_size=2, client=client
    )
    assert 1 <= len(ad_groups) <= 2
    for ad_group in ad_groups:
        assert isinstance(ad_group, AdGroup) and ad_group.client is client
        assert ad_group.ad_account_id == ad_account_id
        assert ad_group.status == "ACTIVE"
        assert ad_group.campaign_id
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(ad_group, AdGroup) for ad_group in more)


def test_ad_get_all(client: PinterestSDKClient, ad_account_id: str) -> None:
    ads, bookmark = Ad.get_all(ad_account_id, page_size=2, order="DESCENDING", client=client)
    assert 1 <= len(ads) <= 2
    for ad in ads:
        assert isinstance(ad, Ad) and ad.client is client
        assert ad.ad_account_id == ad_account_id
        assert ad.ad_group_id and ad.pin_id
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(ad, Ad) for ad in more)


def test_ad_account_list_campaigns(client: PinterestSDKClient, ad_account_id: str) -> None:
    account = AdAccount(ad_account_id, client=client)
    assert account.id == ad_account_id
    assert account.name

    campaigns, bookmark = account.list_campaigns(page_size=2)
    assert campaigns
    assert all(campaign.ad_account_id == ad_account_id for campaign in campaigns)
    assert all(campaign.client is client for campaign in campaigns)
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(campaign.client is client for campaign in more)


def test_keyword_get_all(client: PinterestSDKClient, ad_account_id: str) -> None:
    [ad_group], _ = AdGroup.get_all(ad_account_id, page_size=1, client=client)

    keywords, bookmark = Keyword.get_all(
        ad_account_id, page_size=2, client=client, ad_group_id=ad_group.id
    )
    for keyword in keywords:
        assert isinstance(keyword, Keyword) and keyword.client is client
        assert keyword.ad_account_id == ad_account_id
        assert keyword.value and keyword.match_type is not None
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(keyword, Keyword) for keyword in more)
