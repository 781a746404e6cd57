"""Audience and CustomerList: requests sent and answers read."""

from __future__ import annotations

import copy

import pytest

from pinterest.ads.audiences import Audience
from pinterest.ads.customer_lists import CustomerList
from pinterest.utils.sdk_exceptions import SdkException
from tests.unit.test_ads_support import FakeApi, fake_default_client

ACCOUNT = "549755885175"
AUDIENCES = f"/ad_accounts/{ACCOUNT}/audiences"
LISTS = f"/ad_accounts/{ACCOUNT}/customer_lists"


def audience_json(audience_id: str = "au1", **fields: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": audience_id,
        "ad_account_id": ACCOUNT,
        "name": "Visitors",
        "audience_type": "VISITOR",
        "status": "READY",
        "rule": {"visitor_source_id": "t1", "retention_days": 30},
        "type": "audience",
    }
    data.update(fields)
    return data


def customer_list_json(list_id: str = "l1", **fields: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": list_id,
        "ad_account_id": ACCOUNT,
        "name": "Buyers",
        "status": "READY",
        "num_uploaded_user_records": 10,
    }
    data.update(fields)
    return data


def test_audience_create_leaves_the_callers_rule_unchanged() -> None:
    api = FakeApi().on("POST", AUDIENCES, audience_json("au9"))
    rule = {"visitor_source_id": "t1", "retention_days": 30, "objective_type": "AWARENESS"}
    before = copy.deepcopy(rule)

    audience = Audience.create(ACCOUNT, "Visitors", rule, "VISITOR", client=api.client())

    assert rule == before
    assert api.sent[0].body == {
        "ad_account_id": ACCOUNT,
        "name": "Visitors",
        "rule": {
            "visitor_source_id": "t1",
            "retention_days": 30,
            "objective_type": ["AWARENESS"],
            "ad_account_id": ACCOUNT,
        },
        "audience_type": "VISITOR",
    }
    assert audience.id == "au9"
    assert audience.rule is not None
    assert audience.rule.retention_days == 30


def test_audience_get_all_filters_statuses_on_the_page_and_keeps_them_for_the_next() -> None:
    api = FakeApi().on(
        "GET",
        AUDIENCES,
        {
            "items": [audience_json("au1"), audience_json("au2", status="TOO_SMALL")],
            "bookmark": "bm",
        },
        {"items": [audience_json("au3", status="TOO_SMALL")]},
    )

    audiences, bookmark = Audience.get_all(
        ACCOUNT, entity_statuses=["ACTIVE"], client=api.client(), ownership_type="OWNED"
    )
    # No audience of these answers is ACTIVE: every page comes back empty, the listing goes on.
    assert audiences == []
    assert bookmark is not None
    more, after = bookmark.get_next()

    assert more == []
    assert after is None
    assert "entity_statuses" not in api.sent[0].query
    assert api.sent[0].query["ownership_type"] == ["OWNED"]
    assert api.sent[1].query["bookmark"] == ["bm"]


def test_audience_status_filter_keeps_matching_audiences() -> None:
    api = FakeApi().on(
        "GET", AUDIENCES, {"items": [audience_json("au1", status="ACTIVE"), audience_json("au2")]}
    )
    audiences, _ = Audience.get_all(ACCOUNT, entity_statuses=["ACTIVE"], client=api.client())
    assert [a.id for a in audiences] == ["au1"]


def test_audience_update_fields_sends_update_and_checks_the_reread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    default_api = fake_default_client(monkeypatch)
    api = (
        FakeApi()
        .on("GET", f"{AUDIENCES}/au1", audience_json(), audience_json(name="Old name"))
        .on("PATCH", f"{AUDIENCES}/au1", audience_json(name="New name"))
    )
    audience = Audience(ACCOUNT, "au1", client=api.client())

    with pytest.raises(SdkException, match="name is 'Old name', expected 'New name'"):
        audience.update_fields(name="New name")

    assert api.sent[1].body == {
        "ad_account_id": ACCOUNT,
        "operation_type": "UPDATE",
        "name": "New name",
    }
    assert default_api.sent == []


def test_customer_list_create_add_and_remove_records() -> None:
    api = (
        FakeApi()
        .on("POST", LISTS, customer_list_json("l9"))
        .on("PATCH", f"{LISTS}/l9", customer_list_json("l9"))
        .on("GET", f"{LISTS}/l9", customer_list_json("l9", num_uploaded_user_records=11))
    )
    client = api.client()

    customer_list = CustomerList.create(ACCOUNT, "Buyers", "a@example.com", client=client)
    assert customer_list.add_record("b@example.com") is True
    assert customer_list.remove_record("a@example.com") is True

    assert api.sent[0].body == {"name": "Buyers", "records": "a@example.com", "list_type": "EMAIL"}
    assert api.sent[1].body == {"operation_type": "ADD", "records": "b@example.com"}
    assert api.sent[3].body == {"operation_type": "REMOVE", "records": "a@example.com"}
    assert customer_list.num_uploaded_user_records == 11


def test_customer_list_get_all_pages() -> None:
    api = FakeApi().on(
        "GET",
        LISTS,
        {"items": [customer_list_json("l1")], "bookmark": "bm"},
        {"items": [customer_list_json("l2")], "bookmark": ""},
    )
    lists, bookmark = CustomerList.get_all(ACCOUNT, order="DESCENDING", client=api.client())
    assert bookmark is not None
    more, after = bookmark.get_next()
    assert [c.id for c in lists + more] == ["l1", "l2"]
    assert after is None
    assert api.sent[1].query["order"] == ["DESCENDING"]
    assert api.sent[1].query["bookmark"] == ["bm"]


def test_bad_input_fails_before_any_request() -> None:
    api = FakeApi()
    client = api.client()
    with pytest.raises(ValueError, match="audience_type"):
        Audience.create(ACCOUNT, "x", {}, "FRIENDS", client=client)
    with pytest.raises(ValueError, match="list_type"):
        CustomerList.create(ACCOUNT, "x", "a@example.com", list_type="PHONE", client=client)
    with pytest.raises(TypeError, match="rule must be a dict"):
        Audience.create(ACCOUNT, "x", "rule", "VISITOR", client=client)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'mood'"):
        Audience.create(ACCOUNT, "x", {"mood": "happy"}, "VISITOR", client=client)
    assert api.sent == []
