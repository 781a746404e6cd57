"""AdAccount: listings, analytics and asynchronous reports."""

from __future__ import annotations

import datetime

import httpx
import pytest

from pinterest.ads import _reports
from pinterest.ads._analytics import AnalyticsRow
from pinterest.ads.ad_accounts import AdAccount
from pinterest.ads.ad_groups import AdGroup
from pinterest.ads.ads import Ad
from pinterest.ads.campaigns import Campaign
from pinterest.utils.sdk_exceptions import SdkException
from tests.unit.test_ads_support import (
    ACCESS_TOKEN,
    FakeApi,
    ad_group_json,
    ad_json,
    campaign_json,
)

ACCOUNT = "549755885175"
BASE = f"/ad_accounts/{ACCOUNT}"
REPORT_URL = "https://pinterest-reports.s3.amazonaws.com/report.csv?X-Amz-Signature=abc"


def account_json(account_id: str = ACCOUNT, **fields: object) -> dict[str, object]:
    data: dict[str, object] = {"id": account_id, "name": "Shop", "country": "US", "currency": "USD"}
    data.update(fields)
    return data


def test_create_and_constructor() -> None:
    api = (
        FakeApi()
        .on("POST", "/ad_accounts", account_json("77"))
        .on("GET", "/ad_accounts/77", account_json("77"))
    )
    client = api.client()

    created = AdAccount.create("Shop", "u1", "US", client=client, currency="USD")
    read = AdAccount("77", client=client)

    assert api.sent[0].body == {
        "name": "Shop",
        "owner_user_id": "u1",
        "country": "US",
        "currency": "USD",
    }
    assert created == read
    assert (read.name, read.country, read.currency) == ("Shop", "US", "USD")
    assert repr(read) == "AdAccount(id='77', name='Shop', country='US', currency='USD')"


def test_get_all_lists_the_accounts_the_token_can_see() -> None:
    api = FakeApi().on(
        "GET",
        "/ad_accounts",
        {"items": [account_json("1")], "bookmark": "bm"},
        {"items": [account_json("2")]},
    )
    accounts, bookmark = AdAccount.get_all(include_shared_accounts=False, client=api.client())
    assert bookmark is not None
    more, after = bookmark.get_next()
    assert [a.id for a in accounts + more] == ["1", "2"]
    assert after is None
    assert api.sent[1].query["include_shared_accounts"] == ["false"]
    assert api.sent[1].query["bookmark"] == ["bm"]


def test_list_campaigns_audiences_and_customer_lists_use_the_accounts_client() -> None:
    api = (
        FakeApi()
        .on("GET", BASE, account_json())
        .on("GET", f"{BASE}/campaigns", {"items": [campaign_json()], "bookmark": "bm"})
        .on("GET", f"{BASE}/audiences", {"items": []})
        .on("GET", f"{BASE}/customer_lists", {"items": []})
    )
    account = AdAccount(ACCOUNT, client=api.client())

    campaigns, bookmark = account.list_campaigns(entity_statuses=["ACTIVE"])
    account.list_audiences()
    account.list_customer_lists()

    assert [type(c) for c in campaigns] == [Campaign]
    assert campaigns[0].client is account.client
    assert bookmark is not None and bookmark.client is account.client
    assert [s.path for s in api.sent[1:]] == [
        f"{BASE}/campaigns",
        f"{BASE}/audiences",
        f"{BASE}/customer_lists",
    ]


ANALYTICS_ROW = {
    "AD_ACCOUNT_ID": ACCOUNT,
    "DATE": "2024-05-01",
    "SPEND_IN_DOLLAR": 12.5,
    "TOTAL_CLICKTHROUGH": 40,
}


def test_account_analytics_sends_columns_comma_joined_and_gives_typed_rows() -> None:
    api = FakeApi().on("GET", BASE, account_json()).on("GET", f"{BASE}/analytics", [ANALYTICS_ROW])
    account = AdAccount(ACCOUNT, client=api.client())

    rows = account.get_analytics(
        "2024-05-01",
        datetime.date(2024, 5, 7),
        ["SPEND_IN_DOLLAR", "TOTAL_CLICKTHROUGH"],
        "DAY",
        click_window_days=7,
        reporting_timezone="PINTEREST_TIME_ZONE",
    )

    assert api.sent[1].query == {
        "start_date": ["2024-05-01"],
        "end_date": ["2024-05-07"],
        "columns": ["SPEND_IN_DOLLAR,TOTAL_CLICKTHROUGH"],
        "granularity": ["DAY"],
        "click_window_days": ["7"],
        "reporting_timezone": ["PINTEREST_TIME_ZONE"],
    }
    assert rows == [
        AnalyticsRow(
            entity_id=ACCOUNT,
            date=datetime.date(2024, 5, 1),
            metrics={"SPEND_IN_DOLLAR": 12.5, "TOTAL_CLICKTHROUGH": 40},
        )
    ]
    assert rows[0]["SPEND_IN_DOLLAR"] == 12.5


def test_campaign_ad_group_and_ad_analytics_filter_by_their_own_id() -> None:
    api = (
        FakeApi()
        .on("GET", f"{BASE}/campaigns/analytics", [{"CAMPAIGN_ID": "c1", "SPEND_IN_DOLLAR": 1}])
        .on("GET", f"{BASE}/ad_groups/analytics", [{"AD_GROUP_ID": "g1", "SPEND_IN_DOLLAR": 2}])
        .on("GET", f"{BASE}/ads/analytics", [{"AD_ID": "a1", "SPEND_IN_DOLLAR": 3}])
    )
    client = api.client()
    resources: list[Campaign | AdGroup | Ad] = [
        Campaign(ACCOUNT, "c1", client=client, _model_data=campaign_json("c1")),
        AdGroup(ACCOUNT, "g1", client=client, _model_data=ad_group_json("g1")),
        Ad(ACCOUNT, "a1", client=client, _model_data=ad_json("a1")),
    ]

    rows = [
        r.get_analytics("2024-05-01", "2024-05-01", ["SPEND_IN_DOLLAR"], "TOTAL")[0]
        for r in resources
    ]

    sent = zip(api.sent, ["campaign_ids", "ad_group_ids", "ad_ids"], strict=True)
    assert [request.query.get(name) for request, name in sent] == [["c1"], ["g1"], ["a1"]]
    assert [(r.entity_id, r.date, r["SPEND_IN_DOLLAR"]) for r in rows] == [
        ("c1", None, 1),
        ("g1", None, 2),
        ("a1", None, 3),
    ]


def test_analytics_bad_input_fails_before_any_request() -> None:
    api = FakeApi()
    account = AdAccount(ACCOUNT, client=api.client(), _model_data=account_json())
    with pytest.raises(ValueError, match="columns"):
        account.get_analytics("2024-05-01", "2024-05-02", ["NOT_A_COLUMN"], "DAY")
    with pytest.raises(ValueError, match="granularity"):
        account.get_analytics("2024-05-01", "2024-05-02", ["SPEND_IN_DOLLAR"], "YEAR")
    with pytest.raises(ValueError, match="before start_date"):
        account.get_analytics("2024-05-02", "2024-05-01", ["SPEND_IN_DOLLAR"], "DAY")
    with pytest.raises(ValueError, match="start_date"):
        account.get_analytics("May 1st", "2024-05-01", ["SPEND_IN_DOLLAR"], "DAY")
    with pytest.raises(ValueError, match="click_window_days"):
        account.get_analytics("2024-05-01", "2024-05-01", ["SPEND_IN_DOLLAR"], "DAY", 5)
    with pytest.raises(TypeError, match="'ad_ids'"):
        account.get_analytics("2024-05-01", "2024-05-01", ["SPEND_IN_DOLLAR"], "DAY", ad_ids=[])
    assert api.sent == []


def report_api() -> FakeApi:
    return (
        FakeApi()
        .on("POST", f"{BASE}/reports", {"report_status": "IN_PROGRESS", "token": "tok-1"})
        .on(
            "GET",
            f"{BASE}/reports",
            {"report_status": "IN_PROGRESS"},
            {"report_status": "IN_PROGRESS"},
            {"report_status": "FINISHED", "url": REPORT_URL, "size": 11},
        )
    )


def test_report_is_requested_polled_with_backoff_and_downloaded_without_the_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    api = report_api()
    downloads: list[httpx.Request] = []

    def route(request: httpx.Request) -> httpx.Response:
        if request.url.host == "pinterest-reports.s3.amazonaws.com":
            downloads.append(request)
            return httpx.Response(200, content=b"DATE,SPEND\n")
        return api.handler(request)

    from pinterest.client import PinterestSDKClient

    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN, max_retries=0, transport=httpx.MockTransport(route)
    )
    sleeps: list[float] = []
    monkeypatch.setattr("time.sleep", sleeps.append)
    account = AdAccount(ACCOUNT, client=client, _model_data=account_json())

    content = account.get_report(
        "2024-05-01", "2024-05-07", ["SPEND_IN_DOLLAR"], "DAY", "CAMPAIGN", report_format="CSV"
    )

    assert content == b"DATE,SPEND\n"
    assert api.sent[0].body == {
        "start_date": "2024-05-01",
        "end_date": "2024-05-07",
        "columns": ["SPEND_IN_DOLLAR"],
        "granularity": "DAY",
        "level": "CAMPAIGN",
        "report_format": "CSV",
    }
    assert [s.query for s in api.sent[1:]] == [{"token": ["tok-1"]}] * 3
    assert sleeps == [1.0, 2.0]
    (download,) = downloads
    assert str(download.url) == REPORT_URL
    assert "authorization" not in download.headers
    assert ACCESS_TOKEN not in str(download.headers)


@pytest.mark.parametrize("final", ["FAILED", "CANCELLED", "EXPIRED", "DOES_NOT_EXIST"])
def test_a_failed_report_raises(final: str, monkeypatch: pytest.MonkeyPatch) -> None:
    api = FakeApi().on("GET", f"{BASE}/reports", {"report_status": final})
    monkeypatch.setattr("time.sleep", lambda seconds: None)
    account = AdAccount(ACCOUNT, client=api.client(), _model_data=account_json())
    with pytest.raises(SdkException, match=f"ended with status {final}"):
        account.wait_for_report("tok-1")


def test_waiting_gives_up_after_the_timeout() -> None:
    api = FakeApi().on("GET", f"{BASE}/reports", {"report_status": "IN_PROGRESS"})
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    with pytest.raises(SdkException, match="not finished after 10 s"):
        _reports.wait_for_report(
            api.client(), ACCOUNT, "tok-1", 10, sleep=sleep, clock=lambda: now[0]
        )
    # 1 + 2 + 4 s, then the 3 s that remain: four waits, five polls.
    assert len(api.sent) == 5


def test_report_bad_input_fails_before_any_request() -> None:
    api = FakeApi()
    account = AdAccount(ACCOUNT, client=api.client(), _model_data=account_json())
    with pytest.raises(ValueError, match="level"):
        account.create_report("2024-05-01", "2024-05-02", ["SPEND_IN_DOLLAR"], "DAY", "GALAXY")
    with pytest.raises(ValueError, match="report_format"):
        account.create_report(
            "2024-05-01", "2024-05-02", ["SPEND_IN_DOLLAR"], "DAY", "CAMPAIGN", report_format="XLS"
        )
    assert api.sent == []
