"""AdGroup and Ad: requests sent, answers read, and the faults of 0.2.7 fixed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pinterest.ads.ad_groups import AdGroup
from pinterest.ads.ads import Ad
from pinterest.client import PinterestSDKClient
from pinterest.utils.sdk_exceptions import BulkOperationError, SdkException
from tests.unit.test_ads_support import FakeApi, ad_group_json, ad_json, fake_default_client

ACCOUNT = "549755885175"
AD_GROUPS = f"/ad_accounts/{ACCOUNT}/ad_groups"
ADS = f"/ad_accounts/{ACCOUNT}/ads"


def test_ad_group_create_sends_the_documented_body() -> None:
    api = FakeApi().on("POST", AD_GROUPS, {"items": [{"data": ad_group_json("g7")}]})

    group = AdGroup.create(
        ACCOUNT,
        "Group",
        "c1",
        "IMPRESSION",
        budget_in_micro_currency=5000000,
        tracking_url={"click": ["https://example.com/t"]},
        client=api.client(),
        targeting_spec={"GENDER": ["female"]},
    )

    (sent,) = api.sent
    assert (sent.method, sent.path) == ("POST", AD_GROUPS)
    assert sent.body == [
        {
            "name": "Group",
            "campaign_id": "c1",
            "billable_event": "IMPRESSION",
            "budget_in_micro_currency": 5000000,
            "tracking_urls": {"click": ["https://example.com/t"]},
            "targeting_spec": {"GENDER": ["female"]},
        }
    ]
    assert group.id == "g7"
    assert group.billable_event == "IMPRESSION"


def test_list_ads_filters_by_the_ad_group_and_pages_the_same_listing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    default_api = fake_default_client(monkeypatch)
    api = (
        FakeApi()
        .on("GET", f"{AD_GROUPS}/g1", ad_group_json())
        .on(
            "GET",
            ADS,
            {"items": [ad_json("a1")], "bookmark": "b-2"},
            {"items": [ad_json("a2")], "bookmark": None},
        )
    )
    group = AdGroup(ACCOUNT, "g1", client=api.client())

    ads, bookmark = group.list_ads(entity_statuses=["ACTIVE"], page_size=1)
    assert bookmark is not None
    more, after = bookmark.get_next()

    assert [ad.id for ad in ads + more] == ["a1", "a2"]
    assert after is None
    first, second = api.sent[1:]
    assert first.query == {
        "ad_group_ids": ["g1"],
        "entity_statuses": ["ACTIVE"],
        "page_size": ["1"],
        "order": ["ASCENDING"],
    }
    assert second.query == {**first.query, "bookmark": ["b-2"]}
    assert default_api.sent == []


def test_list_ads_with_ad_ids_keeps_only_this_groups_ads() -> None:
    api = (
        FakeApi()
        .on("GET", f"{AD_GROUPS}/g1", ad_group_json())
        .on("GET", ADS, {"items": [ad_json("a1"), ad_json("a2", ad_group_id="other")]})
    )
    group = AdGroup(ACCOUNT, "g1", client=api.client())

    ads, _ = group.list_ads(ad_ids=["a1", "a2"])

    assert api.sent[1].query["ad_ids"] == ["a1", "a2"]
    assert "ad_group_ids" not in api.sent[1].query
    assert [ad.id for ad in ads] == ["a1"]


def test_enable_auto_targeting_patches_and_reads_back() -> None:
    api = (
        FakeApi()
        .on(
            "GET",
            f"{AD_GROUPS}/g1",
            ad_group_json(auto_targeting_enabled=False),
            ad_group_json(auto_targeting_enabled=True),
        )
        .on("PATCH", AD_GROUPS, {"items": [{"data": ad_group_json()}]})
    )
    group = AdGroup(ACCOUNT, "g1", client=api.client())

    assert group.enable_auto_targeting() is True

    assert api.sent[1].body == [{"id": "g1", "auto_targeting_enabled": True}]
    assert group.auto_targeting_enabled is True


def test_ad_group_update_refused_per_item_raises_bulk_error() -> None:
    api = (
        FakeApi()
        .on("GET", f"{AD_GROUPS}/g1", ad_group_json())
        .on(
            "PATCH",
            AD_GROUPS,
            {"items": [{"exceptions": [{"code": 2701, "message": "bid too low"}]}]},
        )
    )
    group = AdGroup(ACCOUNT, "g1", client=api.client())

    with pytest.raises(BulkOperationError) as caught:
        group.update_fields(bid_in_micro_currency=1)

    assert [(e.index, e.code, e.message) for e in caught.value.errors] == [(0, 2701, "bid too low")]


def test_ad_create_reads_the_single_exception_object_of_ads() -> None:
    api = FakeApi().on(
        "POST", ADS, {"items": [{"exceptions": {"code": 2800, "message": "pin not eligible"}}]}
    )

    with pytest.raises(BulkOperationError) as caught:
        Ad.create(ACCOUNT, "g1", "REGULAR", "p1", client=api.client())

    assert [(e.index, e.code, e.message) for e in caught.value.errors] == [
        (0, 2800, "pin not eligible")
    ]
    assert api.sent[0].body == [
        {
            "ad_group_id": "g1",
            "creative_type": "REGULAR",
            "pin_id": "p1",
            "is_pin_deleted": False,
            "is_removable": True,
            "status": "ACTIVE",
        }
    ]


def test_ad_get_all_and_update_fields() -> None:
    api = (
        FakeApi()
        .on("GET", ADS, {"items": [ad_json("a1")]})
        .on("PATCH", ADS, {"items": [{"data": ad_json("a1", name="New")}]})
        .on("GET", f"{ADS}/a1", ad_json("a1", name="New"))
    )
    client = api.client()

    ads, bookmark = Ad.get_all(ACCOUNT, campaign_ids=["c1"], client=client)
    assert bookmark is None
    assert ads[0].update_fields(name="New") is True

    assert api.sent[0].query["campaign_ids"] == ["c1"]
    assert api.sent[1].body == [{"id": "a1", "name": "New"}]
    assert ads[0].name == "New"


def test_ad_update_fields_mismatch_is_an_sdk_exception() -> None:
    api = (
        FakeApi()
        .on("PATCH", ADS, {"items": [{"data": ad_json("a1")}]})
        .on("GET", f"{ADS}/a1", ad_json("a1", status="PAUSED"))
    )
    ad = Ad(ACCOUNT, "a1", client=api.client(), _model_data=ad_json("a1"))
    with pytest.raises(SdkException, match="status is 'PAUSED', expected 'ARCHIVED'"):
        ad.update_fields(status="ARCHIVED")


def test_bad_input_fails_before_any_request() -> None:
    api = FakeApi()
    client = api.client()
    with pytest.raises(ValueError, match="billable_event"):
        AdGroup.create(ACCOUNT, "g", "c1", "SOMETIMES", client=client)
    with pytest.raises(ValueError, match="creative_type"):
        Ad.create(ACCOUNT, "g1", "HOLOGRAM", "p1", client=client)
    with pytest.raises(TypeError, match="'sparkle'"):
        Ad.create(ACCOUNT, "g1", "REGULAR", "p1", client=client, sparkle=True)
    with pytest.raises(TypeError, match="'colour'"):
        AdGroup.get_all(ACCOUNT, client=client, colour="red")
    ad = Ad(ACCOUNT, "a1", client=client, _model_data=ad_json())
    with pytest.raises(ValueError, match="status"):
        ad.update_fields(status="SLEEPING")
    assert api.sent == []


@pytest.mark.parametrize("fixed", ["id", "ad_account_id"])
@pytest.mark.parametrize(
    "make",
    [
        lambda client: AdGroup(ACCOUNT, "g1", client=client, _model_data=ad_group_json("g1")),
        lambda client: Ad(ACCOUNT, "a1", client=client, _model_data=ad_json("a1")),
    ],
    ids=["AdGroup", "Ad"],
)
def test_update_fields_refuses_the_fields_that_name_the_object(
    make: Callable[[PinterestSDKClient], Any], fixed: str
) -> None:
    api = FakeApi()
    resource = make(api.client())

    with pytest.raises(TypeError, match=fixed):
        resource.update_fields(**{fixed: "other"})
    assert api.sent == []


def test_an_unknown_key_inside_a_nested_argument_names_that_argument() -> None:
    api = FakeApi()

    with pytest.raises(ValueError, match=r"targeting_spec: .*'KEYWORD'"):
        AdGroup.create(
            ACCOUNT,
            "Group",
            "c1",
            "IMPRESSION",
            targeting_spec={"KEYWORD": ["x"]},
            client=api.client(),
        )
    assert api.sent == []
