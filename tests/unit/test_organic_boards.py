"""Board and BoardSection against a mock transport: exact requests, parsed answers, and the
0.2.7 faults that this layer fixes."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest

from pinterest.client import PinterestSDKClient
from pinterest.organic.boards import Board, BoardSection
from pinterest.organic.pins import Pin
from pinterest.utils.bookmark import Bookmark, iterate_all
from pinterest.utils.sdk_exceptions import NotFoundError, SdkException
from tests.unit._organic_fakes import TOKEN, FakeApi

pytestmark = pytest.mark.usefixtures("no_default_client")

BOARD: dict[str, Any] = {
    "id": "549755885175",
    "name": "Summer recipes",
    "description": "My favorite summer recipes",
    "privacy": "PUBLIC",
    "owner": {"username": "alice"},
    "pin_count": 5,
    "follower_count": 13,
    "collaborator_count": 17,
    "created_at": "2020-01-01T20:10:40+00:00",
    "board_pins_modified_at": "2020-01-02T08:00:00+00:00",
    "media": {"image_cover_url": "https://i.pinimg.com/cover.jpg", "pin_thumbnail_urls": []},
}
BOARD_ID = BOARD["id"]
# Wrong-typed arguments, typed Any so that the type checker lets the tests pass them.
NOT_A_STRING: Any = 3.5
NOTHING: Any = None


def board(**changes: Any) -> dict[str, Any]:
    return {**BOARD, **changes}


def pin(pin_id: str, **fields: Any) -> dict[str, Any]:
    return {"id": pin_id, "board_id": BOARD_ID, **fields}


def make_board(api: FakeApi, **fields: Any) -> Board:
    return Board(BOARD_ID, client=api.client(), _model_data=board(**fields))


# --- reading -------------------------------------------------------------------------------


def test_constructor_reads_the_board_and_exposes_its_fields() -> None:
    api = FakeApi((200, BOARD))

    result = Board(BOARD_ID, client=api.client())

    assert api.seen() == [("GET", f"/v5/boards/{BOARD_ID}", {}, None)]
    assert api.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert result.id == BOARD_ID
    assert result.name == "Summer recipes"
    assert result.description == "My favorite summer recipes"
    assert result.privacy == "PUBLIC"
    assert result.owner is not None and result.owner.username == "alice"
    assert result.pin_count == 5
    assert result.follower_count == 13
    assert result.collaborator_count == 17
    assert result.created_at == datetime.datetime(2020, 1, 1, 20, 10, 40, tzinfo=datetime.UTC)
    assert result.board_pins_modified_at == datetime.datetime(2020, 1, 2, 8, tzinfo=datetime.UTC)
    assert result.media is not None
    assert result.media.image_cover_url == "https://i.pinimg.com/cover.jpg"
    assert result.is_ads_only is None


def test_constructor_with_model_data_sends_nothing() -> None:
    api = FakeApi()

    result = Board(BOARD_ID, client=api.client(), _model_data=board(name="Given"))

    assert api.requests == []
    assert result.name == "Given"


def test_constructor_raises_not_found_for_a_404() -> None:
    api = FakeApi((404, {"code": 40, "message": "Board not found."}))

    with pytest.raises(NotFoundError, match="Board not found"):
        Board("404", client=api.client())


def test_constructor_rejects_unknown_keywords_before_any_request() -> None:
    api = FakeApi()

    with pytest.raises(TypeError, match="'privacy'"):
        Board(BOARD_ID, client=api.client(), privacy="SECRET")
    assert api.requests == []


def test_str_and_repr_show_real_values_and_no_token() -> None:
    # 0.2.7 captured the properties before loading the board, so str() showed None for all
    # but the id.
    result = make_board(FakeApi())

    text = str(result)
    assert text.startswith(f"Board <{BOARD_ID}> Model: ")
    assert "'name': 'Summer recipes'" in text
    assert "'privacy': 'PUBLIC'" in text
    assert "'pin_count': 5" in text
    assert "'description': 'My favorite summer recipes'" in text
    assert repr(result).startswith(f"Board(id='{BOARD_ID}', name='Summer recipes'")
    assert TOKEN not in text and TOKEN not in repr(result)


# --- create and delete -----------------------------------------------------------------------


def test_create_sends_name_and_default_privacy_and_uses_the_answer() -> None:
    api = FakeApi((201, board(name="New board", description=None)))

    result = Board.create("New board", client=api.client())

    assert api.seen() == [("POST", "/v5/boards", {}, {"name": "New board", "privacy": "PUBLIC"})]
    assert isinstance(result, Board)
    assert result.id == BOARD_ID
    assert result.name == "New board"


def test_create_sends_every_given_field() -> None:
    api = FakeApi((201, board(privacy="SECRET", is_ads_only=True)))

    result = Board.create(
        "Ads",
        description="Only ads",
        privacy="SECRET",
        client=api.client(),
        is_ads_only=True,
        ad_account_id="777",
    )

    assert api.seen() == [
        (
            "POST",
            "/v5/boards",
            {"ad_account_id": ["777"]},
            {"name": "Ads", "description": "Only ads", "privacy": "SECRET", "is_ads_only": True},
        )
    ]
    assert result.is_ads_only is True


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"name": "x", "privacy": "FRIENDS"}, ValueError, "privacy must be one of"),
        ({"name": "x", "colour": "red"}, TypeError, "'colour'"),
        ({"name": ""}, ValueError, "name must not be empty"),
        ({"name": "x", "is_ads_only": "yes"}, TypeError, "is_ads_only"),
    ],
)
def test_create_rejects_bad_input_before_any_request(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    api = FakeApi()

    with pytest.raises(error, match=message):
        Board.create(client=api.client(), **arguments)
    assert api.requests == []


def test_delete_sends_delete_and_gives_true() -> None:
    api = FakeApi((204, None))

    assert Board.delete(BOARD_ID, client=api.client()) is True
    assert api.seen() == [("DELETE", f"/v5/boards/{BOARD_ID}", {}, None)]


# --- listing -------------------------------------------------------------------------------


def test_get_all_sends_no_defaults_for_unset_arguments() -> None:
    api = FakeApi((200, {"items": [BOARD], "bookmark": None}))

    boards, bookmark = Board.get_all(client=api.client())

    assert api.seen() == [("GET", "/v5/boards", {}, None)]
    assert [b.name for b in boards] == ["Summer recipes"]
    assert bookmark is None


def test_get_all_bookmark_reads_the_next_page_with_every_argument() -> None:
    api = FakeApi(
        (200, {"items": [board(id="1"), board(id="2")], "bookmark": "page-2"}),
        (200, {"items": [board(id="3")], "bookmark": None}),
    )
    client = api.client()

    boards, bookmark = Board.get_all(
        privacy="SECRET", page_size=2, client=client, ad_account_id="777"
    )

    assert [b.id for b in boards] == ["1", "2"]
    assert all(b.client is client for b in boards)
    assert isinstance(bookmark, Bookmark)
    assert bookmark.get_bookmark_token() == "page-2"

    more, last = bookmark.get_next()

    assert [b.id for b in more] == ["3"]
    assert last is None
    first_query = {"privacy": ["SECRET"], "page_size": ["2"], "ad_account_id": ["777"]}
    assert api.seen() == [
        ("GET", "/v5/boards", first_query, None),
        ("GET", "/v5/boards", {**first_query, "bookmark": ["page-2"]}, None),
    ]


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"privacy": "FRIENDS"}, ValueError, "privacy must be one of"),
        ({"page_size": 0}, ValueError, "page_size must be at least 1"),
        ({"page_size": 251}, ValueError, "page_size must be at most 250"),
        ({"page_size": "10"}, TypeError, "page_size must be an integer"),
        ({"order": "ASCENDING"}, TypeError, "'order'"),
    ],
)
def test_get_all_rejects_bad_input_before_any_request(
    arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    api = FakeApi()

    with pytest.raises(error, match=message):
        Board.get_all(client=api.client(), **arguments)
    assert api.requests == []


def page(ids: list[str], bookmark: Any = None) -> tuple[int, dict[str, Any]]:
    body: dict[str, Any] = {"items": [board(id=i) for i in ids]}
    if bookmark is not ...:
        body["bookmark"] = bookmark
    return 200, body


@pytest.mark.parametrize(
    "last_bookmark",
    [..., None, ""],
    ids=["bookmark-missing", "bookmark-null", "bookmark-empty"],
)
def test_iterate_all_walks_every_page_and_stops_at_the_last(last_bookmark: Any) -> None:
    api = FakeApi(page(["1", "2"], "b2"), page(["3", "4"], "b3"), page(["5"], last_bookmark))

    ids = [
        b.id for b in iterate_all(Board.get_all, privacy="ALL", page_size=2, client=api.client())
    ]

    assert ids == ["1", "2", "3", "4", "5"]
    assert [q.get("bookmark") for _, _, q, _ in api.seen()] == [None, ["b2"], ["b3"]]
    assert all(q["privacy"] == ["ALL"] and q["page_size"] == ["2"] for _, _, q, _ in api.seen())


def test_iterate_all_stops_when_the_server_repeats_a_bookmark() -> None:
    api = FakeApi(page(["1"], "b2"), page(["2"], "b3"), page(["3"], "b2"))

    ids = [b.id for b in iterate_all(Board.get_all, client=api.client())]

    # The third page points back to "b2", which was read already: no fourth request.
    assert ids == ["1", "2", "3"]
    assert len(api.requests) == 3


def test_iterate_all_fetches_pages_only_when_reached() -> None:
    api = FakeApi(page(["1"], "b2"), page(["2"], None))

    walker = iterate_all(Board.get_all, client=api.client())
    assert next(walker).id == "1"
    assert len(api.requests) == 1
    assert next(walker).id == "2"
    assert len(api.requests) == 2


# --- update_fields -------------------------------------------------------------------------


def test_update_fields_patches_and_shows_the_answer() -> None:
    api = FakeApi((200, board(name="Winter", privacy="SECRET", description=None)))
    result = make_board(api)

    assert result.update_fields(name="Winter", privacy="SECRET", description=None) is True

    assert api.seen() == [
        (
            "PATCH",
            f"/v5/boards/{BOARD_ID}",
            {},
            {"name": "Winter", "privacy": "SECRET", "description": None},
        )
    ]
    assert result.name == "Winter"
    assert result.privacy == "SECRET"
    assert result.description is None


def test_update_fields_raises_when_the_answer_differs() -> None:
    # 0.2.7 built this error and never raised it, so a failed update returned True.
    api = FakeApi((200, board(name="Summer recipes")))
    result = make_board(api)

    with pytest.raises(SdkException, match="name is 'Summer recipes', asked for 'Winter'"):
        result.update_fields(name="Winter")


def test_update_fields_raises_when_privacy_did_not_change() -> None:
    api = FakeApi((200, board(privacy="PUBLIC")))

    with pytest.raises(SdkException, match="privacy is 'PUBLIC', asked for 'SECRET'"):
        make_board(api).make_secret()


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"pin_count": 3}, TypeError, "'pin_count'"),
        ({"name": "x", "owner": "bob"}, TypeError, "'owner'"),
        ({"privacy": "PROTECTED"}, ValueError, "privacy must be one of PUBLIC, SECRET"),
        ({"name": None}, TypeError, "name must be a string"),
        ({}, ValueError, "at least one field"),
    ],
)
def test_update_fields_rejects_bad_fields_before_any_request(
    fields: dict[str, Any], error: type[Exception], message: str
) -> None:
    api = FakeApi()
    result = make_board(api)

    with pytest.raises(error, match=message):
        result.update_fields(**fields)
    assert api.requests == []


@pytest.mark.parametrize(
    ("method", "privacy"), [("make_public", "PUBLIC"), ("make_secret", "SECRET")]
)
def test_make_public_and_make_secret_patch_privacy(method: str, privacy: str) -> None:
    api = FakeApi((200, board(privacy=privacy)))
    result = make_board(api, privacy="SECRET" if privacy == "PUBLIC" else "PUBLIC")

    assert getattr(result, method)() is True
    assert api.seen() == [("PATCH", f"/v5/boards/{BOARD_ID}", {}, {"privacy": privacy})]
    assert result.privacy == privacy


# --- sections --------------------------------------------------------------------------------


def test_section_methods_send_the_documented_requests() -> None:
    api = FakeApi(
        (201, {"id": "s1", "name": "Salads"}),
        (200, {"id": "s1", "name": "Soups"}),
        (204, None),
    )
    result = make_board(api)

    created = result.create_section("Salads")
    renamed = result.update_section("s1", "Soups")
    result.delete_section("s1")

    assert (created.id, created.name) == ("s1", "Salads")
    assert (renamed.id, renamed.name) == ("s1", "Soups")
    assert api.seen() == [
        ("POST", f"/v5/boards/{BOARD_ID}/sections", {}, {"name": "Salads"}),
        ("PATCH", f"/v5/boards/{BOARD_ID}/sections/s1", {}, {"name": "Soups"}),
        ("DELETE", f"/v5/boards/{BOARD_ID}/sections/s1", {}, None),
    ]


def test_list_sections_pages_through_the_board_sections() -> None:
    api = FakeApi(
        (200, {"items": [{"id": "s1", "name": "A"}], "bookmark": "sec-2"}),
        (200, {"items": [{"id": "s2", "name": "B"}], "bookmark": None}),
    )
    result = make_board(api)

    sections, bookmark = result.list_sections(page_size=1, ad_account_id="777")
    assert bookmark is not None
    more, last = bookmark.get_next()

    assert [(s.id, s.name) for s in sections + more] == [("s1", "A"), ("s2", "B")]
    assert last is None
    query = {"ad_account_id": ["777"], "page_size": ["1"]}
    assert api.seen() == [
        ("GET", f"/v5/boards/{BOARD_ID}/sections", query, None),
        ("GET", f"/v5/boards/{BOARD_ID}/sections", {**query, "bookmark": ["sec-2"]}, None),
    ]


def test_board_section_class_methods() -> None:
    api = FakeApi(
        (201, {"id": "s1", "name": "Salads"}),
        (200, {"items": [{"id": "s1", "name": "Salads"}]}),
        (200, {"id": "s1", "name": "Soups"}),
        (204, None),
    )
    client = api.client()

    created = BoardSection.create("b1", "Salads", client=client)
    listed, bookmark = BoardSection.get_all("b1", client=client)
    updated = BoardSection.update("b1", "s1", "Soups", client=client)
    BoardSection.delete("b1", "s1", client=client)

    assert created.id == "s1" and created.client is client
    assert [s.name for s in listed] == ["Salads"] and bookmark is None
    assert updated.name == "Soups"
    assert [(m, p) for m, p, _, _ in api.seen()] == [
        ("POST", "/v5/boards/b1/sections"),
        ("GET", "/v5/boards/b1/sections"),
        ("PATCH", "/v5/boards/b1/sections/s1"),
        ("DELETE", "/v5/boards/b1/sections/s1"),
    ]


def test_board_section_str_and_repr_work() -> None:
    # Both raised AttributeError in 0.2.7. Making a section needs no configured client.
    section = BoardSection("s1", "Salads")

    assert repr(section) == "BoardSection(id='s1', name='Salads')"
    assert str(section) == "BoardSection <s1> Model: {'id': 's1', 'name': 'Salads'}"
    assert section.to_dict() == {"id": "s1", "name": "Salads"}


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda c: BoardSection.create("", "x", client=c), ValueError, "board_id"),
        (lambda c: BoardSection.create("b1", NOT_A_STRING, client=c), TypeError, "name"),
        (
            lambda c: BoardSection.update("b1", NOTHING, "x", client=c),
            TypeError,
            "board_section_id",
        ),
        (lambda c: BoardSection.get_all("b1", client=c, sort="x"), TypeError, "'sort'"),
        (lambda c: BoardSection.get_all("b1", page_size=500, client=c), ValueError, "page_size"),
    ],
)
def test_board_section_rejects_bad_input_before_any_request(
    call: Callable[[PinterestSDKClient], Any], error: type[Exception], message: str
) -> None:
    api = FakeApi()

    with pytest.raises(error, match=message):
        call(api.client())
    assert api.requests == []


# --- list_pins ---------------------------------------------------------------------------------


def test_list_pins_of_the_whole_board() -> None:
    api = FakeApi((200, {"items": [pin("p1", title="One")], "bookmark": None}))
    result = make_board(api)

    pins, bookmark = result.list_pins()

    assert api.seen() == [("GET", f"/v5/boards/{BOARD_ID}/pins", {}, None)]
    assert [(p.id, p.title) for p in pins] == [("p1", "One")]
    assert isinstance(pins[0], Pin) and pins[0].client is result.client
    assert bookmark is None


def test_list_pins_of_a_section_pages_through_that_section() -> None:
    # 0.2.7 dropped section_id from the bookmark, so the second page came from the whole board.
    api = FakeApi(
        (200, {"items": [pin("p1")], "bookmark": "pins-2"}),
        (200, {"items": [pin("p2")], "bookmark": None}),
    )
    result = make_board(api)

    first, bookmark = result.list_pins(section_id="s1", page_size=1)
    assert bookmark is not None
    second, last = bookmark.get_next()

    assert [p.id for p in first + second] == ["p1", "p2"]
    assert last is None
    section_pins = f"/v5/boards/{BOARD_ID}/sections/s1/pins"
    assert api.seen() == [
        ("GET", section_pins, {"page_size": ["1"]}, None),
        ("GET", section_pins, {"page_size": ["1"], "bookmark": ["pins-2"]}, None),
    ]


def test_list_pins_rejects_bad_input_before_any_request() -> None:
    api = FakeApi()
    result = make_board(api)

    with pytest.raises(ValueError, match="section_id"):
        result.list_pins(section_id=" ")
    with pytest.raises(ValueError, match="page_size"):
        result.list_pins(page_size=0)
    assert api.requests == []


# --- the client an object was made with --------------------------------------------------


def test_objects_keep_their_client_for_every_later_call() -> None:
    # 0.2.7 sent some later calls (the next pages of a listing among them) through the
    # default client instead of the one the object was made with.
    default_api = FakeApi()
    PinterestSDKClient.set_default_client(default_api.client())
    api = FakeApi(
        (200, {"items": [BOARD], "bookmark": "boards-2"}),
        (200, {"items": [board(id="2")], "bookmark": None}),
        (200, board(name="Renamed")),
        (200, {"items": [pin("p1")], "bookmark": "pins-2"}),
        (200, {"items": [pin("p2")], "bookmark": None}),
        (200, {"items": [{"id": "s1", "name": "A"}], "bookmark": "sec-2"}),
        (200, {"items": [{"id": "s2", "name": "B"}], "bookmark": None}),
        (201, {"id": "s3", "name": "C"}),
        (200, {"id": "s3", "name": "D"}),
        (204, None),
    )
    client = api.client()

    boards, bookmark = Board.get_all(client=client)
    assert bookmark is not None
    more, _ = bookmark.get_next()
    listed = boards[0]
    assert listed.client is client and more[0].client is client
    listed.update_fields(name="Renamed")
    _, pin_bookmark = listed.list_pins(section_id="s9")
    assert pin_bookmark is not None
    pin_bookmark.get_next()
    _, section_bookmark = listed.list_sections()
    assert section_bookmark is not None
    section_bookmark.get_next()
    listed.create_section("C")
    listed.update_section("s3", "D")
    listed.delete_section("s3")

    assert len(api.requests) == 10
    assert api.answers == []
    assert default_api.requests == []
