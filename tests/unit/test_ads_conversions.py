"""ConversionTag and Conversion: requests sent, answers read, faults of 0.2.7 fixed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from pinterest.ads.conversion_events import Conversion, ConversionEventsResult
from pinterest.ads.conversion_tags import ConversionTag
from tests.unit.test_ads_support import ACCESS_TOKEN, FakeApi

if TYPE_CHECKING:
    from pinterest_generated.models.conversion_events_data_item import ConversionEventsDataItem

ACCOUNT = "549755885175"
TAGS = f"/ad_accounts/{ACCOUNT}/conversion_tags"
EVENTS = f"/ad_accounts/{ACCOUNT}/events"
CONVERSION_TOKEN = "conversion-token-0123456789"


def tag_json(tag_id: str = "t1", **fields: object) -> dict[str, object]:
    data: dict[str, object] = {
        "id": tag_id,
        "ad_account_id": ACCOUNT,
        "name": "Site tag",
        "status": "ACTIVE",
        "version": "3",
    }
    data.update(fields)
    return data


def page_visit(tag_id: str) -> dict[str, object]:
    return {
        "ad_account_id": ACCOUNT,
        "conversion_tag_id": tag_id,
        "conversion_event": "PAGE_VISIT",
        "created_time": 1700000000,
    }


def test_create_and_get_all() -> None:
    api = (
        FakeApi()
        .on("POST", TAGS, tag_json("t9"))
        .on("GET", TAGS, {"items": [tag_json("t1"), tag_json("t2")]})
    )
    client = api.client()

    tag = ConversionTag.create(ACCOUNT, "Site tag", aem_enabled=True, client=client)
    tags = ConversionTag.get_all(ACCOUNT, client=client)

    assert api.sent[0].body == {"name": "Site tag", "aem_enabled": True}
    assert tag.id == "t9"
    assert api.sent[1].query == {"filter_deleted": ["false"]}
    assert [t.id for t in tags] == ["t1", "t2"]
    assert all(t.client is client for t in tags)


def test_page_visit_events_bookmark_fetches_the_same_endpoint() -> None:
    path = f"{TAGS}/page_visit"
    api = FakeApi().on(
        "GET",
        path,
        {"items": [page_visit("t1")], "bookmark": "bm"},
        {"items": [page_visit("t2")], "bookmark": None},
    )

    events, bookmark = ConversionTag.get_page_visit_conversion_tag_events(
        ACCOUNT, page_size=1, client=api.client()
    )
    assert bookmark is not None
    more, after = bookmark.get_next()

    assert [s.path for s in api.sent] == [path, path]
    assert api.sent[1].query == {"page_size": ["1"], "order": ["ASCENDING"], "bookmark": ["bm"]}
    assert [e.conversion_tag_id for e in events + more] == ["t1", "t2"]
    assert after is None


def test_ocpm_eligible_events() -> None:
    api = FakeApi().on("GET", f"{TAGS}/ocpm_eligible", {"t1": [page_visit("t1")]}, {})
    client = api.client()

    tag_id, events = ConversionTag.get_ocpm_eligible_conversion_tag_events(ACCOUNT, client=client)
    assert tag_id == "t1"
    assert events is not None
    assert events[0].conversion_event == "PAGE_VISIT"
    assert ConversionTag.get_ocpm_eligible_conversion_tag_events(ACCOUNT, client=client) == (
        None,
        None,
    )


def make_event() -> ConversionEventsDataItem:
    return Conversion.create_conversion_event(
        event_name="checkout",
        action_source="web",
        event_time=1700000000,
        event_id="e1",
        user_data={"em": ["f1c9645dbc14efddc7d8a322685f26eb"]},
        custom_data={"currency": "USD", "value": "12.50"},
        event_source_url="https://example.com/thanks",
    )


EVENTS_ANSWER = {
    "num_events_received": 2,
    "num_events_processed": 1,
    "events": [
        {"status": "processed", "error_message": None, "warning_message": None},
        {"status": "failed", "error_message": "event_time too old", "warning_message": None},
    ],
}


def test_send_conversion_events_gives_the_typed_result_it_annotates() -> None:
    api = FakeApi().on("POST", EVENTS, EVENTS_ANSWER)

    result = Conversion.send_conversion_events(
        ACCOUNT,
        [make_event(), make_event()],
        test=True,
        client=api.client(),
    )

    assert isinstance(result, ConversionEventsResult)
    received, processed, events = result
    assert (received, processed) == (2, 1)
    assert [e.status for e in events] == ["processed", "failed"]
    assert result.events[1].error_message == "event_time too old"
    (sent,) = api.sent
    assert sent.query == {"test": ["true"]}
    assert sent.body["data"][0] == {
        "event_name": "checkout",
        "action_source": "web",
        "event_time": 1700000000,
        "event_id": "e1",
        "user_data": {"em": ["f1c9645dbc14efddc7d8a322685f26eb"]},
        "custom_data": {"currency": "USD", "value": "12.50"},
        "event_source_url": "https://example.com/thanks",
    }


def test_conversion_token_is_the_bearer_of_that_request_only() -> None:
    api = FakeApi().on("POST", EVENTS, EVENTS_ANSWER).on("GET", TAGS, {"items": []})
    client = api.client()

    Conversion.send_conversion_events(
        ACCOUNT,
        [make_event()],
        client=client,
        conversion_token=CONVERSION_TOKEN,
    )
    ConversionTag.get_all(ACCOUNT, client=client)

    events_request, later_request = api.sent
    assert events_request.headers["authorization"] == f"Bearer {CONVERSION_TOKEN}"
    assert CONVERSION_TOKEN not in later_request.headers.get("authorization", "")
    assert client.access_token == ACCESS_TOKEN


def test_bad_input_fails_before_any_request() -> None:
    api = FakeApi()
    client = api.client()
    with pytest.raises(TypeError, match="user_data"):
        Conversion.create_conversion_event("checkout", "web", 1, "e1", "x", {})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="'fav_colour'"):
        Conversion.create_conversion_event("checkout", "web", 1, "e1", {"fav_colour": ["x"]}, {})
    with pytest.raises(TypeError, match="'dry_run'"):
        Conversion.send_conversion_events(ACCOUNT, [make_event()], client=client, dry_run=True)
    with pytest.raises(ValueError, match="at least one"):
        Conversion.send_conversion_events(ACCOUNT, [], client=client)
    with pytest.raises(TypeError, match="'colour'"):
        ConversionTag.create(ACCOUNT, "tag", client=client, colour="red")
    assert api.sent == []
