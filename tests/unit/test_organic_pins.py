"""Pin against a mock transport: exact requests, parsed answers, and the 0.2.7 faults that
this layer fixes."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from pinterest.client import PinterestSDKClient
from pinterest.organic.pins import Pin
from pinterest.utils.bookmark import iterate_all
from pinterest.utils.sdk_exceptions import BadRequestError, NotFoundError, SdkException
from tests.unit._organic_fakes import TOKEN, FakeApi

pytestmark = pytest.mark.usefixtures("no_default_client")

PIN_ID = "813744226420795884"

PIN: dict[str, Any] = {
    "id": PIN_ID,
    "created_at": "2022-03-01T10:00:00+00:00",
    "link": "https://www.pinterest.com/",
    "title": "Lemonade",
    "description": "Fresh lemonade",
    "dominant_color": "#6E7874",
    "alt_text": "A glass of lemonade",
    "board_id": "549755885175",
    "board_section_id": None,
    "board_owner": {"username": "alice"},
    "parent_pin_id": None,
    "is_owner": True,
    "has_been_promoted": False,
    "creative_type": "REGULAR",
    "is_standard": True,
    "note": "buy lemons",
}
IMAGE_URL = {"source_type": "image_url", "url": "https://i.pinimg.com/lemonade.jpg"}
# A wrong-typed argument, typed Any so that the type checker lets the tests pass it.
NOT_A_DICT: Any = "https://i.pinimg.com/lemonade.jpg"


def pin(**changes: Any) -> dict[str, Any]:
    return {**PIN, **changes}


def make_pin(api: FakeApi, ad_account_id: str | None = None, **fields: Any) -> Pin:
    return Pin(PIN_ID, ad_account_id=ad_account_id, client=api.client(), _model_data=pin(**fields))


# --- reading -------------------------------------------------------------------------------


def test_constructor_reads_the_pin_and_exposes_its_fields() -> None:
    api = FakeApi((200, PIN))

    result = Pin(PIN_ID, client=api.client())

    # Without pin_metrics: the generated default (false) is not sent for an unset argument.
    assert api.seen() == [("GET", f"/v5/pins/{PIN_ID}", {}, None)]
    assert result.id == PIN_ID
    assert result.title == "Lemonade"
    assert result.description == "Fresh lemonade"
    assert result.link == "https://www.pinterest.com/"
    assert result.dominant_color == "#6E7874"
    assert result.alt_text == "A glass of lemonade"
    assert result.board_id == "549755885175"
    assert result.board_section_id is None
    assert result.board_owner is not None and result.board_owner.username == "alice"
    assert result.created_at == datetime.datetime(2022, 3, 1, 10, tzinfo=datetime.UTC)
    assert result.is_owner is True
    assert result.has_been_promoted is False
    assert result.creative_type == "REGULAR"
    assert result.is_standard is True
    assert result.ad_account_id is None
    # Not in the pinned description, but 0.2.7 exposed it: read from what the API sent.
    assert result.note == "buy lemons"
    assert result.media_source is None


def test_constructor_with_ad_account_sends_it() -> None:
    api = FakeApi((200, PIN))

    result = Pin(PIN_ID, ad_account_id="777", client=api.client())

    assert api.seen() == [("GET", f"/v5/pins/{PIN_ID}", {"ad_account_id": ["777"]}, None)]
    assert result.ad_account_id == "777"


def test_constructor_raises_not_found_for_a_404() -> None:
    api = FakeApi((404, {"code": 50, "message": "Pin not found."}))

    with pytest.raises(NotFoundError, match="Pin not found"):
        Pin("1", client=api.client())


def test_constructor_rejects_bad_input_before_any_request() -> None:
    api = FakeApi()

    with pytest.raises(TypeError, match="'pin_metrics'"):
        Pin(PIN_ID, client=api.client(), pin_metrics=True)
    with pytest.raises(ValueError, match="pin_id"):
        Pin("", client=api.client())
    assert api.requests == []


def test_str_and_repr_show_real_values_and_no_token() -> None:
    # 0.2.7 showed None for every field but the id.
    result = make_pin(FakeApi(), ad_account_id="777")

    text = str(result)
    assert text.startswith(f"Pin <{PIN_ID}> Model: ")
    assert "'title': 'Lemonade'" in text
    assert "'board_id': '549755885175'" in text
    assert "'creative_type': 'REGULAR'" in text
    assert "'ad_account_id': '777'" in text
    assert repr(result).startswith(f"Pin(id='{PIN_ID}', title='Lemonade'")
    assert TOKEN not in text and TOKEN not in repr(result)


# --- create, delete, save ----------------------------------------------------------------------


def test_create_sends_the_given_fields_and_the_media_source_unchanged() -> None:
    api = FakeApi((201, pin(board_section_id="s1")))

    result = Pin.create(
        board_id="549755885175",
        media_source=IMAGE_URL,
        title="Lemonade",
        description="Fresh lemonade",
        board_section_id="s1",
        client=api.client(),
    )

    assert api.seen() == [
        (
            "POST",
            "/v5/pins",
            {},
            {
                "board_id": "549755885175",
                "media_source": IMAGE_URL,
                "title": "Lemonade",
                "description": "Fresh lemonade",
                "board_section_id": "s1",
            },
        )
    ]
    assert result.id == PIN_ID
    assert result.board_section_id == "s1"


def test_create_keeps_a_media_source_that_looks_like_another() -> None:
    # pin_url and image_url sources have the same keys; parsing could turn one into the other.
    api = FakeApi((201, PIN))
    source = {"source_type": "pin_url", "url": "https://www.pinterest.com/pin/1/"}

    Pin.create("b1", source, client=api.client(), ad_account_id="777", sponsor_id="42")

    method, path, query, body = api.seen()[0]
    assert (method, path, query) == ("POST", "/v5/pins", {"ad_account_id": ["777"]})
    assert body == {"board_id": "b1", "media_source": source, "sponsor_id": "42"}


def test_create_keeps_the_ad_account_for_later_calls() -> None:
    api = FakeApi((201, PIN), (200, pin(title="Later")))

    result = Pin.create("b1", IMAGE_URL, client=api.client(), ad_account_id="777")
    result.update_fields(title="Later")

    assert api.seen()[1][2] == {"ad_account_id": ["777"]}


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"board_id": "b1", "media_source": NOT_A_DICT}, TypeError, "media_source"),
        ({"board_id": "b1", "media_source": {"url": "x"}}, TypeError, "source_type"),
        ({"board_id": "", "media_source": IMAGE_URL}, ValueError, "board_id"),
        ({"board_id": "b1", "media_source": IMAGE_URL, "color": "red"}, TypeError, "'color'"),
        ({"board_id": "b1", "media_source": IMAGE_URL, "title": 5.0}, TypeError, "title"),
    ],
)
def test_create_rejects_bad_input_before_any_request(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    api = FakeApi()

    with pytest.raises(error, match=message):
        Pin.create(client=api.client(), **arguments)
    assert api.requests == []


def test_create_raises_bad_request_for_a_400() -> None:
    api = FakeApi((400, {"code": 1, "message": "Invalid media source"}))

    with pytest.raises(BadRequestError, match="Invalid media source"):
        Pin.create("b1", IMAGE_URL, client=api.client())


def test_delete_sends_delete_and_gives_true() -> None:
    api = FakeApi((204, None))

    assert Pin.delete(PIN_ID, client=api.client()) is True
    assert api.seen() == [("DELETE", f"/v5/pins/{PIN_ID}", {}, None)]


def test_delete_raises_not_found_for_a_404() -> None:
    api = FakeApi((404, {"code": 50, "message": "Pin not found."}))

    with pytest.raises(NotFoundError):
        Pin.delete(PIN_ID, client=api.client())


def test_save_posts_the_board_and_shows_the_saved_pin() -> None:
    api = FakeApi((201, pin(id="999", board_id="b2")), (201, pin(id="1000", board_section_id="s")))
    result = make_pin(api, ad_account_id="777")

    result.save("b2")
    assert (result.id, result.board_id) == ("999", "b2")
    result.save("b3", board_section_id="s")

    assert api.seen() == [
        ("POST", f"/v5/pins/{PIN_ID}/save", {"ad_account_id": ["777"]}, {"board_id": "b2"}),
        (
            "POST",
            "/v5/pins/999/save",
            {"ad_account_id": ["777"]},
            {"board_id": "b3", "board_section_id": "s"},
        ),
    ]


# --- update_fields -------------------------------------------------------------------------


def test_update_fields_patches_and_shows_the_answer() -> None:
    api = FakeApi((200, pin(title="Iced tea", link=None)))
    result = make_pin(api)

    assert result.update_fields(title="Iced tea", link=None) is True

    assert api.seen() == [("PATCH", f"/v5/pins/{PIN_ID}", {}, {"title": "Iced tea", "link": None})]
    assert result.title == "Iced tea"
    assert result.link is None


def test_update_fields_sends_carousel_slots() -> None:
    api = FakeApi((200, pin(title="Set")))
    slots = [{"title": "One", "link": "https://example.com/1"}, {"description": "Two"}]

    make_pin(api).update_fields(carousel_slots=slots, title="Set")

    assert api.seen()[0][3] == {"carousel_slots": slots, "title": "Set"}


def test_update_fields_raises_when_the_answer_differs() -> None:
    api = FakeApi((200, pin(board_id="549755885175")))

    with pytest.raises(SdkException, match="board_id is '549755885175', asked for 'b9'"):
        make_pin(api).update_fields(board_id="b9")


def test_update_fields_treats_empty_and_null_text_alike() -> None:
    api = FakeApi((200, pin(description="")))

    assert make_pin(api).update_fields(description=None) is True


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"dominant_color": "#000000"}, TypeError, "'dominant_color'"),
        ({"title": "x", "is_owner": False}, TypeError, "'is_owner'"),
        ({"board_id": None}, TypeError, "board_id must be a string"),
        ({"carousel_slots": "one"}, TypeError, "carousel_slots must be a list"),
        ({"carousel_slots": ["one"]}, TypeError, r"carousel_slots\[0\] must be a dict"),
        ({}, ValueError, "at least one field"),
    ],
)
def test_update_fields_rejects_bad_fields_before_any_request(
    fields: dict[str, Any], error: type[Exception], message: str
) -> None:
    api = FakeApi()
    result = make_pin(api)

    with pytest.raises(error, match=message):
        result.update_fields(**fields)
    assert api.requests == []


# --- get_all -------------------------------------------------------------------------------


def test_get_all_sends_no_defaults_for_unset_arguments() -> None:
    api = FakeApi((200, {"items": [PIN]}))

    pins, bookmark = Pin.get_all(client=api.client())

    assert api.seen() == [("GET", "/v5/pins", {}, None)]
    assert [p.title for p in pins] == ["Lemonade"]
    assert bookmark is None


def test_get_all_sends_every_argument_and_keeps_them_for_the_next_page() -> None:
    api = FakeApi(
        (200, {"items": [pin(id="1")], "bookmark": "pins-2"}),
        (200, {"items": [pin(id="2")], "bookmark": None}),
    )
    client = api.client()

    pins, bookmark = Pin.get_all(
        pin_filter="exclude_repins",
        include_protected_pins=True,
        pin_type="PRIVATE",
        creative_types=["REGULAR", "VIDEO"],
        ad_account_id="777",
        pin_metrics=False,
        page_size=10,
        client=client,
    )
    assert bookmark is not None
    more, last = bookmark.get_next()

    query = {
        "pin_filter": ["exclude_repins"],
        "pin_metrics": ["false"],
        "include_protected_pins": ["true"],
        "pin_type": ["PRIVATE"],
        "creative_types": ["REGULAR", "VIDEO"],
        "ad_account_id": ["777"],
        "page_size": ["10"],
    }
    assert api.seen() == [
        ("GET", "/v5/pins", query, None),
        ("GET", "/v5/pins", {**query, "bookmark": ["pins-2"]}, None),
    ]
    assert [p.id for p in pins + more] == ["1", "2"]
    assert last is None
    assert all(p.client is client and p.ad_account_id == "777" for p in pins + more)


def test_iterate_all_walks_the_pins() -> None:
    api = FakeApi(
        (200, {"items": [pin(id="1")], "bookmark": "b2"}),
        (200, {"items": [pin(id="2")], "bookmark": ""}),
    )

    assert [p.id for p in iterate_all(Pin.get_all, page_size=1, client=api.client())] == [
        "1",
        "2",
    ]
    assert len(api.requests) == 2


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"pin_filter": "mine"}, ValueError, "pin_filter must be one of"),
        ({"pin_type": "PUBLIC"}, ValueError, "pin_type must be one of PRIVATE"),
        ({"creative_types": ["GIF"]}, ValueError, "creative_types must be one of"),
        ({"creative_types": "VIDEO"}, TypeError, "creative_types must be a list"),
        ({"pin_metrics": "yes"}, TypeError, "pin_metrics must be True or False"),
        ({"include_protected_pins": 1}, TypeError, "include_protected_pins"),
        ({"page_size": 0}, ValueError, "page_size"),
        ({"board_id": "b1"}, TypeError, "'board_id'"),
    ],
)
def test_get_all_rejects_bad_input_before_any_request(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    api = FakeApi()

    with pytest.raises(error, match=message):
        Pin.get_all(client=api.client(), **arguments)
    assert api.requests == []


# --- the client an object was made with --------------------------------------------------


def test_pins_keep_their_client_for_every_later_call() -> None:
    # 0.2.7 fell back to the default client for some calls on objects made with another one.
    default_api = FakeApi()
    PinterestSDKClient.set_default_client(default_api.client())
    api = FakeApi(
        (200, {"items": [pin(id="1")], "bookmark": "b2"}),
        (200, {"items": [pin(id="2")], "bookmark": None}),
        (201, pin(id="3")),
        (200, pin(id="3", title="New")),
    )
    client = api.client()

    pins, bookmark = Pin.get_all(client=client)
    assert bookmark is not None
    more, _ = bookmark.get_next()
    more[0].save("b2")
    more[0].update_fields(title="New")

    assert len(api.requests) == 4 and api.answers == []
    assert default_api.requests == []
    assert all(p.client is client for p in pins + more)


def test_empty_optional_text_is_sent_as_given() -> None:
    api = FakeApi((201, pin(description="")))

    Pin.create(board_id="549755885175", media_source=IMAGE_URL, description="", client=api.client())

    assert api.seen()[0][3]["description"] == ""
