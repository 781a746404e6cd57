"""What every resource shares: ids that cannot change the endpoint, request bodies checked
against the generated types, answers that fail as `SdkException`, and the object's own id."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from pinterest import _api
from pinterest._resource import answer_id, answer_items, request_body
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
from pinterest.organic.boards import Board, BoardSection
from pinterest.organic.pins import Pin
from pinterest.utils.sdk_exceptions import (
    NetworkError,
    SdkException,
    UnexpectedResponseError,
)
from pinterest_generated.api.boards import boards_get
from pinterest_generated.models.campaign_create_request import CampaignCreateRequest
from pinterest_generated.models.conversion_tag_create import ConversionTagCreate
from pinterest_generated.models.pin_update import PinUpdate
from tests.unit.test_ads_support import FakeApi, ad_group_json, ad_json, campaign_json

ACCOUNT = "549755885175"
IMAGE = {"source_type": "image_url", "url": "https://example.com/a.jpg"}


# --- Ids ------------------------------------------------------------------------------------

BAD_IDS = ["..", ".", "", " 7", "7\t", "a\x01b"]


def _board(client: PinterestSDKClient) -> Board:
    return Board("B1", client=client, _model_data={"id": "B1", "name": "n"})


def _pin(client: PinterestSDKClient) -> Pin:
    return Pin("P1", client=client, _model_data={"id": "P1"})


def _account(client: PinterestSDKClient) -> AdAccount:
    return AdAccount(ACCOUNT, client=client, _model_data={"id": ACCOUNT})


def _ad_group(client: PinterestSDKClient) -> AdGroup:
    return AdGroup(ACCOUNT, "g1", client=client, _model_data=ad_group_json())


KEYWORD = {"id": "k1", "value": "shoes", "match_type": "BROAD"}


def _event() -> Any:
    return Conversion.create_conversion_event("checkout", "web", 1, "e1", {"em": ["x"]}, {})


# (the argument the error must name, a call that passes `bad` in that argument)
ID_ARGUMENTS: list[tuple[str, Callable[[PinterestSDKClient, Any], Any]]] = [
    ("board_id", lambda c, bad: Board(bad, client=c)),
    ("board_id", lambda c, bad: Board.delete(bad, client=c)),
    ("ad_account_id", lambda c, bad: Board.create("n", client=c, ad_account_id=bad)),
    ("ad_account_id", lambda c, bad: Board.get_all(client=c, ad_account_id=bad)),
    ("section_id", lambda c, bad: _board(c).update_section(bad, "n")),
    ("section_id", lambda c, bad: _board(c).delete_section(bad)),
    ("section_id", lambda c, bad: _board(c).list_pins(section_id=bad)),
    ("ad_account_id", lambda c, bad: _board(c).list_sections(ad_account_id=bad)),
    ("board_section_id", lambda c, bad: BoardSection(bad, "n")),
    ("board_id", lambda c, bad: BoardSection.create(bad, "n", client=c)),
    ("board_id", lambda c, bad: BoardSection.get_all(bad, client=c)),
    ("board_id", lambda c, bad: BoardSection.update(bad, "S1", "n", client=c)),
    ("board_section_id", lambda c, bad: BoardSection.update("B1", bad, "n", client=c)),
    ("board_id", lambda c, bad: BoardSection.delete(bad, "S1", client=c)),
    ("board_section_id", lambda c, bad: BoardSection.delete("B1", bad, client=c)),
    ("pin_id", lambda c, bad: Pin(bad, client=c)),
    ("ad_account_id", lambda c, bad: Pin("P1", ad_account_id=bad, client=c)),
    ("pin_id", lambda c, bad: Pin.delete(bad, client=c)),
    ("board_id", lambda c, bad: Pin.create(bad, IMAGE, client=c)),
    ("board_section_id", lambda c, bad: Pin.create("b1", IMAGE, board_section_id=bad, client=c)),
    ("parent_pin_id", lambda c, bad: Pin.create("b1", IMAGE, parent_pin_id=bad, client=c)),
    ("ad_account_id", lambda c, bad: Pin.create("b1", IMAGE, client=c, ad_account_id=bad)),
    ("ad_account_id", lambda c, bad: Pin.get_all(ad_account_id=bad, client=c)),
    ("board_id", lambda c, bad: _pin(c).save(bad)),
    ("board_section_id", lambda c, bad: _pin(c).save("b1", bad)),
    ("board_id", lambda c, bad: _pin(c).update_fields(board_id=bad)),
    ("board_section_id", lambda c, bad: _pin(c).update_fields(board_section_id=bad)),
    ("ad_account_id", lambda c, bad: AdAccount(bad, client=c)),
    ("owner_user_id", lambda c, bad: AdAccount.create("n", bad, "US", client=c)),
    ("campaign_ids", lambda c, bad: _account(c).list_campaigns(campaign_ids=[bad])),
    ("ad_account_id", lambda c, bad: Campaign(bad, "c1", client=c)),
    ("campaign_id", lambda c, bad: Campaign(ACCOUNT, bad, client=c)),
    ("ad_account_id", lambda c, bad: Campaign.create(bad, "n", "AWARENESS", client=c)),
    ("ad_account_id", lambda c, bad: Campaign.get_all(bad, client=c)),
    ("campaign_ids", lambda c, bad: Campaign.get_all(ACCOUNT, campaign_ids=[bad], client=c)),
    ("ad_account_id", lambda c, bad: AdGroup(bad, "g1", client=c)),
    ("ad_group_id", lambda c, bad: AdGroup(ACCOUNT, bad, client=c)),
    ("campaign_id", lambda c, bad: AdGroup.create(ACCOUNT, "n", bad, "IMPRESSION", client=c)),
    ("ad_account_id", lambda c, bad: AdGroup.get_all(bad, client=c)),
    ("ad_group_ids", lambda c, bad: AdGroup.get_all(ACCOUNT, ad_group_ids=[bad], client=c)),
    ("ad_ids", lambda c, bad: _ad_group(c).list_ads(ad_ids=[bad])),
    ("ad_id", lambda c, bad: Ad(ACCOUNT, bad, client=c)),
    ("ad_group_id", lambda c, bad: Ad.create(ACCOUNT, bad, "REGULAR", "p1", client=c)),
    ("pin_id", lambda c, bad: Ad.create(ACCOUNT, "g1", "REGULAR", bad, client=c)),
    ("ad_ids", lambda c, bad: Ad.get_all(ACCOUNT, ad_ids=[bad], client=c)),
    ("keyword_id", lambda c, bad: Keyword(ACCOUNT, bad, client=c)),
    ("ad_account_id", lambda c, bad: Keyword(bad, "k1", client=c)),
    ("parent_id", lambda c, bad: Keyword.create(ACCOUNT, bad, "shoes", client=c)),
    ("campaign_id", lambda c, bad: Keyword.get_all(ACCOUNT, campaign_id=bad, client=c)),
    ("audience_id", lambda c, bad: Audience(ACCOUNT, bad, client=c)),
    ("ad_account_id", lambda c, bad: Audience.get_all(bad, client=c)),
    ("customer_list_id", lambda c, bad: CustomerList(ACCOUNT, bad, client=c)),
    ("ad_account_id", lambda c, bad: CustomerList.create(bad, "n", "a@b.c", client=c)),
    ("conversion_tag_id", lambda c, bad: ConversionTag(ACCOUNT, bad, client=c)),
    ("ad_account_id", lambda c, bad: ConversionTag.get_all(bad, client=c)),
    (
        "ad_account_id",
        lambda c, bad: ConversionTag.get_page_visit_conversion_tag_events(bad, client=c),
    ),
    (
        "ad_account_id",
        lambda c, bad: ConversionTag.get_ocpm_eligible_conversion_tag_events(bad, client=c),
    ),
    ("ad_account_id", lambda c, bad: Conversion.send_conversion_events(bad, [_event()], client=c)),
]


@pytest.mark.parametrize("bad", BAD_IDS, ids=repr)
@pytest.mark.parametrize(
    ("argument", "method"), ID_ARGUMENTS, ids=[f"{i}-{a}" for i, (a, _) in enumerate(ID_ARGUMENTS)]
)
def test_an_id_that_could_change_the_endpoint_is_refused_before_any_request(
    argument: str, method: Callable[[PinterestSDKClient, Any], Any], bad: str
) -> None:
    api = FakeApi()

    with pytest.raises(ValueError, match=argument):
        method(api.client(), bad)

    assert api.sent == []


def test_board_section_delete_with_a_parent_segment_sends_nothing() -> None:
    # The tester's case: `..` as the section id used to delete the board itself.
    api = FakeApi().on("DELETE", "/boards/B1", None, status=204)

    with pytest.raises(ValueError, match=re.escape("board_section_id must be an id, not '..'")):
        BoardSection.delete(board_id="B1", board_section_id="..", client=api.client())

    assert api.sent == []


def test_ad_group_with_a_parent_segment_does_not_read_the_ad_account() -> None:
    api = FakeApi().on("GET", f"/ad_accounts/{ACCOUNT}", {"id": ACCOUNT, "name": "account"})

    with pytest.raises(ValueError, match="ad_group_id"):
        AdGroup(ACCOUNT, "..", client=api.client())

    assert api.sent == []


def test_int_ids_are_still_taken_as_in_0_2_7() -> None:
    api = FakeApi().on("GET", "/ad_accounts/1/campaigns/2", campaign_json("2"))

    campaign = Campaign(1, 2, client=api.client())  # type: ignore[arg-type]

    assert (campaign.ad_account_id, campaign.id) == ("1", "2")
    assert [(s.method, s.path) for s in api.sent] == [("GET", "/ad_accounts/1/campaigns/2")]


# --- The object's own id ---------------------------------------------------------------------


def test_an_answer_with_another_id_does_not_redirect_later_requests() -> None:
    api = (
        FakeApi()
        .on("GET", "/boards/B1", {"id": "B2", "name": "other"})
        .on("PATCH", "/boards/B1", {"id": "B1", "name": "renamed"})
    )
    board = Board("B1", client=api.client())

    assert board.id == "B1"
    board.update_fields(name="renamed")

    assert [(s.method, s.path) for s in api.sent] == [
        ("GET", "/boards/B1"),
        ("PATCH", "/boards/B1"),
    ]


def test_a_campaign_answer_with_another_id_keeps_the_campaign_asked_for() -> None:
    path = f"/ad_accounts/{ACCOUNT}/campaigns"
    api = (
        FakeApi()
        .on("GET", f"{path}/c1", campaign_json("c2"), campaign_json("c2", name="New"))
        .on("PATCH", path, {"items": [{"data": campaign_json("c1", name="New")}]})
    )
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    campaign.update_fields(name="New")

    assert campaign.id == "c1"
    assert api.sent[1].body == [{"id": "c1", "ad_account_id": ACCOUNT, "name": "New"}]
    assert api.sent[2].path == f"{path}/c1"


# --- Request bodies --------------------------------------------------------------------------

CAMPAIGN = {"ad_account_id": ACCOUNT, "name": "Summer", "objective_type": "AWARENESS"}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"is_flexible_daily_budgets": "yes"}, "is_flexible_daily_budgets must be True or False"),
        ({"daily_spend_cap": "lots"}, "daily_spend_cap must be an integer, got str"),
        ({"daily_spend_cap": True}, "daily_spend_cap must be an integer, got bool"),
        ({"daily_spend_cap": 1.5}, "daily_spend_cap must be an integer, got float"),
        ({"name": 5}, "name must be a string, got int"),
        ({"name": None}, "name must not be null"),
        ({"tracking_urls": "x"}, "tracking_urls must be a dict, got str"),
        ({"tracking_urls": {"click": "x"}}, r"tracking_urls\.click must be a list, got str"),
        ({"tracking_urls": {"click": [5]}}, r"tracking_urls\.click\[0\] must be a string"),
        ({"objective_type": 5}, "objective_type must be a string, got int"),
        (
            {"bid_options": {"placement_multipliers": "x"}},
            r"bid_options\.placement_multipliers must be a dict, got str",
        ),
    ],
)
def test_request_body_refuses_values_of_another_type_than_their_field(
    fields: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=r"Campaign\.create\(\): " + message):
        request_body(CampaignCreateRequest, {**CAMPAIGN, **fields}, "Campaign.create")


def test_request_body_keeps_valid_values_as_they_are() -> None:
    values = {
        **CAMPAIGN,
        "daily_spend_cap": None,
        "is_flexible_daily_budgets": False,
        "tracking_urls": {"click": ["https://example.com/c"]},
        "start_time": 1580865126,
    }

    body = request_body(CampaignCreateRequest, values, "Campaign.create")

    assert body.to_dict() == values


def test_request_body_takes_int_ids_as_text_but_not_int_names() -> None:
    body = request_body(
        CampaignCreateRequest,
        {**CAMPAIGN, "ad_account_id": 549755885175, "order_line_id": 7},
        "Campaign.create",
    )

    assert body.to_dict()["ad_account_id"] == ACCOUNT
    assert body.to_dict()["order_line_id"] == "7"


def test_request_body_takes_ints_for_numbers_but_not_bools_or_text() -> None:
    assert (
        request_body(ConversionTagCreate, {"name": "t", "md_frequency": 1}, "w").md_frequency == 1
    )
    for wrong in (True, "1"):
        with pytest.raises(TypeError, match="md_frequency must be a number, got"):
            request_body(ConversionTagCreate, {"name": "t", "md_frequency": wrong}, "w")


def test_request_body_checks_the_objects_inside_a_list() -> None:
    with pytest.raises(TypeError, match=r"carousel_slots\[1\]\.title must be a string, got int"):
        request_body(
            PinUpdate, {"carousel_slots": [{"title": "a"}, {"title": 5}]}, "Pin.update_fields"
        )


def test_request_body_still_names_unknown_fields_and_unlisted_values() -> None:
    with pytest.raises(TypeError, match="'colour'"):
        request_body(CampaignCreateRequest, {**CAMPAIGN, "colour": "red"}, "Campaign.create")
    with pytest.raises(ValueError, match="objective_type"):
        request_body(
            CampaignCreateRequest, {**CAMPAIGN, "objective_type": "FAME"}, "Campaign.create"
        )


# --- Wrong-typed arguments of the resource methods, refused before any request -------------------


def wrong(value: Any) -> Any:
    """Give `value` typed Any, so that the type checker lets a test pass it where it is wrong."""
    return value


def _campaign(api: FakeApi) -> Campaign:
    return Campaign(ACCOUNT, "c1", client=api.client(), _model_data=campaign_json())


WRONG_TYPES: list[tuple[type[Exception], str, Callable[[FakeApi], Any]]] = [
    (
        TypeError,
        "is_flexible_daily_budgets",
        lambda api: Campaign.create(
            ACCOUNT, "n", "AWARENESS", is_flexible_daily_budgets=wrong("yes"), client=api.client()
        ),
    ),
    (
        TypeError,
        "tracking_urls",
        lambda api: Campaign.create(
            ACCOUNT, "n", "AWARENESS", tracking_urls=wrong("x"), client=api.client()
        ),
    ),
    (TypeError, "name must be a string", lambda api: _campaign(api).update_fields(name=5)),
    (
        TypeError,
        "daily_spend_cap must be an integer",
        lambda api: _campaign(api).update_fields(daily_spend_cap="lots"),
    ),
    (
        ValueError,
        r"media_source\['source_type'\] must be one of",
        lambda api: Pin.create("b1", {"source_type": "bogus"}, client=api.client()),
    ),
    (
        ValueError,
        "media_source is none of the objects the API takes .*'url' is missing",
        lambda api: Pin.create("b1", {"source_type": "image_url"}, client=api.client()),
    ),
    (
        TypeError,
        "name must be a string, got int",
        lambda api: Board.create(wrong(5), client=api.client()),
    ),
    (
        TypeError,
        "click_window_days must be an integer, got bool",
        lambda api: _campaign(api).get_analytics(
            "2024-01-01", "2024-01-02", ["SPEND_IN_DOLLAR"], "DAY", click_window_days=True
        ),
    ),
    (
        TypeError,
        "aggregate_report_rows must be True or False",
        lambda api: _campaign(api).get_analytics(
            "2024-01-01", "2024-01-02", ["SPEND_IN_DOLLAR"], "DAY", aggregate_report_rows="yes"
        ),
    ),
    (
        TypeError,
        "auto_targeting_enabled must be True or False",
        lambda api: AdGroup.create(
            ACCOUNT,
            "n",
            "c1",
            "IMPRESSION",
            auto_targeting_enabled=wrong("on"),
            client=api.client(),
        ),
    ),
    (
        TypeError,
        "destination_url must be a string",
        lambda api: Ad.create(
            ACCOUNT, "g1", "REGULAR", "p1", destination_url=wrong(5), client=api.client()
        ),
    ),
]


@pytest.mark.parametrize(("error", "message", "method"), WRONG_TYPES)
def test_wrong_typed_values_are_refused_before_any_request(
    error: type[Exception], message: str, method: Callable[[FakeApi], Any]
) -> None:
    api = FakeApi()

    with pytest.raises(error, match=message):
        method(api)

    assert api.sent == []


# --- Updates without a change, budgets without a value ------------------------------------------


UPDATES: list[Callable[[PinterestSDKClient], Any]] = [
    lambda c: Campaign(ACCOUNT, "c1", client=c, _model_data=campaign_json()).update_fields(),
    lambda c: AdGroup(ACCOUNT, "g1", client=c, _model_data=ad_group_json()).update_fields(),
    lambda c: Ad(ACCOUNT, "a1", client=c, _model_data=ad_json()).update_fields(),
    lambda c: Audience(ACCOUNT, "au1", client=c, _model_data={"id": "au1"}).update_fields(),
    lambda c: Keyword(ACCOUNT, "k1", client=c, _model_data=KEYWORD).update_fields(),
    lambda c: CustomerList(ACCOUNT, "l1", client=c, _model_data={"id": "l1"}).update_fields(),
]


@pytest.mark.parametrize("update", UPDATES)
def test_an_update_without_fields_sends_nothing(
    update: Callable[[PinterestSDKClient], Any],
) -> None:
    api = FakeApi()

    with pytest.raises(ValueError, match="needs at least one field to change"):
        update(api.client())

    assert api.sent == []


@pytest.mark.parametrize("method", ["set_daily_budget", "set_lifetime_budget"])
@pytest.mark.parametrize("value", [None, "5", True, 1.5])
def test_a_budget_must_be_an_int(method: str, value: Any) -> None:
    api = FakeApi()
    campaign = _campaign(api)

    with pytest.raises(TypeError, match="new_spend_cap must be an integer"):
        getattr(campaign, method)(value)

    assert api.sent == []


# --- Answers that cannot stand for what was asked ------------------------------------------------


LISTINGS: list[tuple[str, str, Callable[[PinterestSDKClient], Any]]] = [
    ("GET", "/boards", lambda c: Board.get_all(client=c)),
    ("GET", "/pins", lambda c: Pin.get_all(client=c)),
    ("GET", "/boards/B1/sections", lambda c: BoardSection.get_all("B1", client=c)),
    ("GET", "/ad_accounts", lambda c: AdAccount.get_all(client=c)),
    ("GET", f"/ad_accounts/{ACCOUNT}/campaigns", lambda c: Campaign.get_all(ACCOUNT, client=c)),
    (
        "GET",
        f"/ad_accounts/{ACCOUNT}/conversion_tags",
        lambda c: ConversionTag.get_all(ACCOUNT, client=c),
    ),
]


@pytest.mark.parametrize(
    "answer",
    [
        {"items": None},
        {},
        {"items": [None]},
        {"items": [{"id": None, "name": "n"}]},
        {"items": [{"id": "", "name": "n"}]},
        {"items": [{"id": "..", "name": "n"}]},
    ],
)
@pytest.mark.parametrize(("verb", "path", "listing"), LISTINGS)
def test_a_listing_answer_without_usable_items_is_an_unexpected_response(
    verb: str, path: str, listing: Callable[[PinterestSDKClient], Any], answer: dict[str, Any]
) -> None:
    api = FakeApi().on(verb, path, answer)

    with pytest.raises(UnexpectedResponseError):
        listing(api.client())


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ({"items": None}, "the answer to Board.get_all holds no list in 'items'"),
        ({"items": [None]}, "the answer to Board.get_all holds a null item"),
        (
            {"items": [{"id": None, "name": "n"}]},
            "Board.get_all holds an object without a usable id: None",
        ),
    ],
)
def test_a_listing_answer_is_blamed_not_the_caller(answer: Any, message: str) -> None:
    # A null id used to be `TypeError: board_id must be a string`, as if the caller erred.
    api = FakeApi().on("GET", "/boards", answer)

    with pytest.raises(UnexpectedResponseError, match=message):
        Board.get_all(client=api.client())


@pytest.mark.parametrize("answer", [[None], [{"campaign_id": "c1"}, None], {"rows": []}, None])
def test_an_analytics_answer_without_rows_is_an_unexpected_response(answer: Any) -> None:
    api = FakeApi().on("GET", f"/ad_accounts/{ACCOUNT}/campaigns/analytics", answer)

    with pytest.raises(SdkException):
        _campaign(api).get_analytics("2024-01-01", "2024-01-02", ["SPEND_IN_DOLLAR"], "DAY")


def test_a_bulk_answer_with_a_null_item_is_an_unexpected_response() -> None:
    api = FakeApi().on("POST", f"/ad_accounts/{ACCOUNT}/campaigns", {"items": [None]})

    with pytest.raises(UnexpectedResponseError, match="holds a null item"):
        Campaign.create(ACCOUNT, "n", "AWARENESS", client=api.client())


def test_a_conversions_answer_with_a_null_event_is_an_unexpected_response() -> None:
    answer = {"num_events_received": 1, "num_events_processed": 1, "events": [None]}
    api = FakeApi().on("POST", f"/ad_accounts/{ACCOUNT}/events", answer)

    with pytest.raises(UnexpectedResponseError, match="null item"):
        Conversion.send_conversion_events(ACCOUNT, [_event()], client=api.client())


def test_answer_helpers_blame_the_answer() -> None:
    with pytest.raises(UnexpectedResponseError, match="holds no list in its body"):
        answer_items(None, "X.get_all", attribute=None)
    with pytest.raises(UnexpectedResponseError, match=re.escape("without a usable id: 5.5")):
        answer_id({"id": 5.5}, "X.create")
    assert answer_id({"id": 12}, "X.create") == "12"


# --- Bodies that cannot be read ------------------------------------------------------------------


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> PinterestSDKClient:
    return PinterestSDKClient(
        access_token="resource-test-token", max_retries=0, transport=httpx.MockTransport(handler)
    )


def test_a_body_that_is_not_what_its_content_encoding_says_is_an_unexpected_response() -> None:
    client = _client(
        lambda request: httpx.Response(
            200, headers={"Content-Encoding": "gzip"}, content=b'{"id": "B1"}'
        )
    )

    with pytest.raises(UnexpectedResponseError, match="could not be decoded"):
        Board("B1", client=client)


@pytest.mark.parametrize("status", [200, 400, 404, 500])
def test_a_body_nested_too_deeply_is_an_sdk_exception(status: int) -> None:
    client = _client(lambda request: httpx.Response(status, content=b"[" * 100_000))

    with pytest.raises(SdkException):
        Board("B1", client=client)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (httpx.DecodingError("bad gzip"), UnexpectedResponseError),
        (httpx.TooManyRedirects("loop"), NetworkError),
        (RecursionError("deep"), UnexpectedResponseError),
    ],
)
def test_call_turns_every_httpx_failure_into_an_sdk_exception(
    failure: Exception, expected: type[SdkException]
) -> None:
    def operation(**arguments: Any) -> Any:
        raise failure

    with pytest.raises(expected):
        _api.call(_client(lambda request: httpx.Response(200)), operation)


def test_call_still_gives_the_parsed_body() -> None:
    client = _client(lambda request: httpx.Response(200, json={"id": "B1", "name": "n"}))

    board = _api.call(client, boards_get.sync, board_id="B1")

    assert board is not None
    assert board.name == "n"
