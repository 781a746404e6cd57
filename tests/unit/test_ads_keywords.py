"""Keyword: constructible from ids, listed with the API's real filter names."""

from __future__ import annotations

import pytest

from pinterest.ads.keywords import Keyword
from pinterest.utils.sdk_exceptions import BulkOperationError
from tests.unit.test_ads_support import FakeApi

ACCOUNT = "549755885175"
KEYWORDS = f"/ad_accounts/{ACCOUNT}/keywords"


def keyword_json(keyword_id: str = "k1", **fields: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": keyword_id,
        "value": "boots",
        "match_type": "EXACT",
        "bid": 200000,
        "archived": False,
        "parent_id": "g1",
        "parent_type": "ad_group",
        "type": "keyword",
    }
    data.update(fields)
    return data


def test_keyword_from_ids_works_without_a_request() -> None:
    api = FakeApi()

    keyword = Keyword(ACCOUNT, "k1", client=api.client())

    assert api.sent == []
    assert (keyword.id, keyword.ad_account_id, keyword.value) == ("k1", ACCOUNT, None)


def test_keyword_from_ids_can_be_updated() -> None:
    api = FakeApi().on("PATCH", KEYWORDS, {"keywords": [keyword_json(archived=True)]})
    keyword = Keyword(ACCOUNT, "k1", client=api.client())

    assert keyword.update_fields(archived=True) is True

    assert api.sent[0].body == {"keywords": [{"id": "k1", "archived": True}]}
    assert keyword.archived is True
    assert keyword.value == "boots"
    assert keyword.type == "keyword"


def test_get_all_sends_match_type_as_the_apis_match_types() -> None:
    api = FakeApi().on(
        "GET",
        KEYWORDS,
        {"items": [keyword_json("k1")], "bookmark": "bm"},
        {"items": [keyword_json("k2")]},
    )

    keywords, bookmark = Keyword.get_all(
        ACCOUNT, page_size=1, client=api.client(), ad_group_id="g1", match_type="EXACT"
    )
    assert bookmark is not None
    more, _ = bookmark.get_next()

    first, second = api.sent
    assert first.query == {"ad_group_id": ["g1"], "match_types": ["EXACT"], "page_size": ["1"]}
    assert second.query == {**first.query, "bookmark": ["bm"]}
    assert [k.id for k in keywords + more] == ["k1", "k2"]
    assert keywords[0].match_type == "EXACT"


def test_get_all_accepts_a_list_of_match_types() -> None:
    api = FakeApi().on("GET", KEYWORDS, {"items": []})
    Keyword.get_all(ACCOUNT, client=api.client(), campaign_id="c1", match_types=["BROAD", "PHRASE"])
    assert api.sent[0].query["match_types"] == ["BROAD", "PHRASE"]


def test_create_sends_the_documented_body() -> None:
    api = FakeApi().on("POST", KEYWORDS, {"keywords": [keyword_json("k5")], "errors": []})

    keyword = Keyword.create(
        ACCOUNT, "g1", "boots", bid=200000, match_type="EXACT", client=api.client()
    )

    assert api.sent[0].body == {
        "keywords": [{"value": "boots", "match_type": "EXACT", "bid": 200000}],
        "parent_id": "g1",
    }
    assert keyword.id == "k5"


def test_create_refused_raises_bulk_error_with_the_apis_messages() -> None:
    api = FakeApi().on(
        "POST",
        KEYWORDS,
        {"keywords": [], "errors": [{"error_messages": ["bad keyword"], "data": None}]},
    )
    with pytest.raises(BulkOperationError, match="bad keyword"):
        Keyword.create(ACCOUNT, "g1", "!!", match_type="BROAD", client=api.client())


def test_bad_input_fails_before_any_request() -> None:
    api = FakeApi()
    client = api.client()
    with pytest.raises(ValueError, match="match_type"):
        Keyword.get_all(ACCOUNT, client=client, match_type="FUZZY")
    with pytest.raises(TypeError, match="'matchtype'"):
        Keyword.get_all(ACCOUNT, client=client, matchtype="EXACT")
    with pytest.raises(TypeError, match="'value'"):
        Keyword(ACCOUNT, "k1", client=client).update_fields(value="boots")
    assert api.sent == []
