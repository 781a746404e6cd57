"""Campaign: requests sent, answers read, and the faults of pinterest-api-sdk 0.2.7 fixed."""

from __future__ import annotations

import pytest

from pinterest.ads.ad_groups import AdGroup
from pinterest.ads.campaigns import Campaign
from pinterest.utils.bookmark import Bookmark
from pinterest.utils.sdk_exceptions import BulkOperationError, NotFoundError, SdkException
from tests.unit.test_ads_support import (
    FakeApi,
    ad_group_json,
    campaign_json,
    fake_default_client,
)

ACCOUNT = "549755885175"
CAMPAIGNS = f"/ad_accounts/{ACCOUNT}/campaigns"


def test_constructor_reads_the_campaign_with_its_client() -> None:
    api = FakeApi().on("GET", f"{CAMPAIGNS}/c1", campaign_json(tracking_urls={"click": ["u"]}))
    client = api.client()

    campaign = Campaign(ACCOUNT, "c1", client=client)

    assert [(s.method, s.path) for s in api.sent] == [("GET", f"{CAMPAIGNS}/c1")]
    assert campaign.id == "c1"
    assert campaign.ad_account_id == ACCOUNT
    assert campaign.name == "Summer"
    assert campaign.status == "ACTIVE"
    assert campaign.get_lifetime_budget() == 1000000
    assert campaign.get_daily_budget() == 20000
    assert campaign.start_time is None
    assert campaign.client is client
    assert repr(campaign) == (
        "Campaign(id='c1', ad_account_id='549755885175', name='Summer', status='ACTIVE', "
        "objective_type='AWARENESS')"
    )


def test_fields_are_read_only() -> None:
    api = FakeApi().on("GET", f"{CAMPAIGNS}/c1", campaign_json())
    campaign = Campaign(ACCOUNT, "c1", client=api.client())
    with pytest.raises(AttributeError):
        campaign.name = "other"


def test_create_sends_the_documented_body_and_uses_the_answer() -> None:
    api = FakeApi().on("POST", CAMPAIGNS, {"items": [{"data": campaign_json("c9")}]})

    campaign = Campaign.create(
        ACCOUNT, "Summer", "AWARENESS", daily_spend_cap=20000, client=api.client()
    )

    (sent,) = api.sent
    assert (sent.method, sent.path) == ("POST", CAMPAIGNS)
    assert sent.body == [
        {
            "ad_account_id": ACCOUNT,
            "name": "Summer",
            "objective_type": "AWARENESS",
            "status": "ACTIVE",
            "daily_spend_cap": 20000,
            "is_campaign_budget_optimization": False,
            "is_flexible_daily_budgets": False,
            "is_automated_campaign": False,
        }
    ]
    assert campaign.id == "c9"
    assert campaign.objective_type == "AWARENESS"


def test_bulk_answer_names_every_failing_item_with_index_code_and_message() -> None:
    failing = {"exceptions": [{"code": 2614, "message": "spend cap too low"}]}
    api = FakeApi().on(
        "POST",
        CAMPAIGNS,
        {"items": [{"data": campaign_json("c1")}, failing, {"data": campaign_json("c3")}]},
    )

    with pytest.raises(BulkOperationError) as caught:
        Campaign.create(ACCOUNT, "Summer", "AWARENESS", client=api.client())

    assert [(e.index, e.code, e.message) for e in caught.value.errors] == [
        (1, 2614, "spend cap too low")
    ]
    assert "item 1: code 2614: spend cap too low" in str(caught.value)


def test_bulk_error_lists_all_failures_not_only_the_first() -> None:
    api = FakeApi().on(
        "POST",
        CAMPAIGNS,
        {
            "items": [
                {"exceptions": [{"code": 1, "message": "first"}]},
                {"data": campaign_json("c2")},
                {"exceptions": [{"code": 3, "message": "third"}]},
            ]
        },
    )
    with pytest.raises(BulkOperationError) as caught:
        Campaign.create(ACCOUNT, "Summer", "AWARENESS", client=api.client())
    assert [e.index for e in caught.value.errors] == [0, 2]
    assert "item 0: code 1: first" in str(caught.value)
    assert "item 2: code 3: third" in str(caught.value)


def test_get_all_sends_filters_and_its_bookmark_fetches_the_same_listing() -> None:
    api = FakeApi().on(
        "GET",
        CAMPAIGNS,
        {"items": [campaign_json("c1")], "bookmark": "next-1"},
        {"items": [campaign_json("c2")], "bookmark": None},
    )
    client = api.client()

    campaigns, bookmark = Campaign.get_all(
        ACCOUNT,
        campaign_ids=["c1", "c2"],
        entity_statuses=["ACTIVE", "PAUSED"],
        page_size=1,
        client=client,
    )
    assert [c.id for c in campaigns] == ["c1"]
    assert isinstance(bookmark, Bookmark)
    more, after = bookmark.get_next()

    assert [c.id for c in more] == ["c2"]
    assert after is None
    first, second = api.sent
    expected = {
        "campaign_ids": ["c1", "c2"],
        "entity_statuses": ["ACTIVE", "PAUSED"],
        "page_size": ["1"],
        "order": ["ASCENDING"],
    }
    assert first.query == expected
    assert second.query == {**expected, "bookmark": ["next-1"]}
    assert all(c.client is client for c in campaigns + more)


def test_an_objective_type_unknown_to_the_description_is_read_and_kept() -> None:
    api = FakeApi().on(
        "GET", CAMPAIGNS, {"items": [campaign_json("c1", objective_type="BRAND_NEW_GOAL")]}
    )

    campaigns, _ = Campaign.get_all(ACCOUNT, client=api.client())

    (campaign,) = campaigns
    assert campaign.objective_type is not None
    assert campaign.objective_type.value == "BRAND_NEW_GOAL"
    assert campaign.to_dict()["objective_type"] == "BRAND_NEW_GOAL"


def test_pause_on_a_paused_campaign_returns_true_without_printing_or_requests(
    capsys: pytest.CaptureFixture[str],
) -> None:
    api = FakeApi().on("GET", f"{CAMPAIGNS}/c1", campaign_json(status="PAUSED"))
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    assert campaign.pause() is True

    assert capsys.readouterr() == ("", "")
    assert len(api.sent) == 1


def test_pause_sends_the_status_and_reads_back() -> None:
    api = (
        FakeApi()
        .on("GET", f"{CAMPAIGNS}/c1", campaign_json(), campaign_json(status="PAUSED"))
        .on("PATCH", CAMPAIGNS, {"items": [{"data": campaign_json(status="PAUSED")}]})
    )
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    assert campaign.pause() is True

    patch = api.sent[1]
    assert (patch.method, patch.body) == (
        "PATCH",
        [{"id": "c1", "ad_account_id": ACCOUNT, "status": "PAUSED"}],
    )
    assert campaign.status == "PAUSED"


def test_set_daily_budget_gives_whether_it_reads_back() -> None:
    api = (
        FakeApi()
        .on("GET", f"{CAMPAIGNS}/c1", campaign_json(), campaign_json(daily_spend_cap=50))
        .on("PATCH", CAMPAIGNS, {"items": [{"data": campaign_json()}]})
    )
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    assert campaign.set_daily_budget(40) is False
    assert api.sent[1].body == [{"id": "c1", "ad_account_id": ACCOUNT, "daily_spend_cap": 40}]
    assert campaign.get_daily_budget() == 50


def test_update_fields_uses_the_campaigns_own_client(monkeypatch: pytest.MonkeyPatch) -> None:
    default_api = fake_default_client(monkeypatch)
    api = (
        FakeApi()
        .on("GET", f"{CAMPAIGNS}/c1", campaign_json(), campaign_json(name="Winter"))
        .on("PATCH", CAMPAIGNS, {"items": [{"data": campaign_json(name="Winter")}]})
    )
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    assert campaign.update_fields(name="Winter") is True

    assert default_api.sent == []
    assert [s.method for s in api.sent] == ["GET", "PATCH", "GET"]
    assert campaign.name == "Winter"


def test_update_fields_that_read_back_differently_raise_a_clear_sdk_exception() -> None:
    api = (
        FakeApi()
        .on("GET", f"{CAMPAIGNS}/c1", campaign_json())
        .on("PATCH", CAMPAIGNS, {"items": [{"data": campaign_json()}]})
    )
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    with pytest.raises(SdkException) as caught:
        campaign.update_fields(name="Winter")

    assert not isinstance(caught.value, AssertionError)
    assert "name is 'Summer', expected 'Winter'" in str(caught.value)


def test_list_ad_groups_filters_by_the_campaign_and_uses_its_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    default_api = fake_default_client(monkeypatch)
    api = (
        FakeApi()
        .on("GET", f"{CAMPAIGNS}/c1", campaign_json())
        .on("GET", f"/ad_accounts/{ACCOUNT}/ad_groups", {"items": [ad_group_json()]})
    )
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    groups, bookmark = campaign.list_ad_groups()

    assert default_api.sent == []
    assert api.sent[1].path == f"/ad_accounts/{ACCOUNT}/ad_groups"
    assert api.sent[1].query["campaign_ids"] == ["c1"]
    assert api.sent[1].query["page_size"] == ["25"]
    assert [type(g) for g in groups] == [AdGroup]
    assert groups[0].client is campaign.client
    assert bookmark is None


def test_bad_input_fails_before_any_request() -> None:
    api = FakeApi()
    client = api.client()
    with pytest.raises(ValueError, match="objective_type"):
        Campaign.create(ACCOUNT, "x", "NOT_AN_OBJECTIVE", client=client)
    with pytest.raises(TypeError, match="'colour'"):
        Campaign.create(ACCOUNT, "x", "AWARENESS", client=client, colour="red")
    with pytest.raises(ValueError, match="page_size"):
        Campaign.get_all(ACCOUNT, page_size=0, client=client)
    with pytest.raises(ValueError, match="entity_statuses"):
        Campaign.get_all(ACCOUNT, entity_statuses=["SLEEPING"], client=client)
    with pytest.raises(TypeError, match="'colour'"):
        Campaign.get_all(ACCOUNT, client=client, colour="red")
    with pytest.raises(TypeError, match="'surprise'"):
        Campaign(ACCOUNT, "c1", client=client, surprise=1)
    with pytest.raises(ValueError, match="campaign_id"):
        Campaign(ACCOUNT, " ", client=client)
    assert api.sent == []


def test_an_http_error_is_the_matching_sdk_exception() -> None:
    api = FakeApi().on("GET", f"{CAMPAIGNS}/c1", (404, {"code": 4, "message": "not found"}))
    with pytest.raises(NotFoundError):
        Campaign(ACCOUNT, "c1", client=api.client())
