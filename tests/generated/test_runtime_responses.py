"""What the generated client makes of answers: tolerance by default, errors in strict mode.

Every test goes through a real `httpx` response from an `httpx.MockTransport`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pinterest_generated import errors, types
from pinterest_generated.api.boards import boards_get, boards_list
from pinterest_generated.api.catalog_feeds import feeds_get
from pinterest_generated.client import AuthenticatedClient
from pinterest_generated.models.board import Board
from pinterest_generated.models.board_privacy import BoardPrivacy
from pinterest_generated.models.catalogs_hotel_feed import CatalogsHotelFeed
from pinterest_generated.models.catalogs_retail_feed import CatalogsRetailFeed
from pinterest_generated.models.conversion_event_app_info import ConversionEventAppInfo
from pinterest_generated.models.pinterest_lib_error import PinterestLibError

BASE_URL = "http://127.0.0.1/v5"
BOARD = {"id": "549755885175", "name": "Summer recipes", "privacy": "PUBLIC"}
BOARD_WITH_DRIFT = {
    "id": "549755885176",
    "name": None,  # required, non-null in the description
    "owner": None,  # an object
    "created_at": None,  # a date-time
    "privacy": "FRIENDS_ONLY",  # not a value of BoardPrivacy
}
HOTEL_FEED = {
    "created_at": "2024-05-01T12:00:00Z",
    "updated_at": "2024-05-02T12:00:00Z",
    "id": "2680059592705",
    "catalog_id": "2680059592706",
    "catalog_type": "HOTEL",
    "credentials": None,
    "default_currency": None,
    "default_locale": "en-US",
    "format": "TSV",
    "location": "https://example.com/hotels.tsv",
    "name": "Hotels",
    "preferred_processing_schedule": None,
    "status": "ACTIVE",
    # Keys only the retail member declares: without the discriminator, the retail member
    # (listed first) would accept this feed.
    "default_country": "US",
    "default_availability": None,
}


@pytest.fixture(autouse=True)
def lenient_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(types.STRICT_PARSING_ENV_VAR, raising=False)
    types.set_strict_parsing(None)
    yield
    types.set_strict_parsing(None)


def client_answering(
    status: int, content: bytes = b"", headers: dict[str, str] | None = None, **json: Any
) -> AuthenticatedClient:
    """Give a client whose every request gets this answer (`json=` for a JSON body)."""

    def handler(request: httpx.Request) -> httpx.Response:
        if "json" in json:
            return httpx.Response(status, json=json["json"], headers=headers)
        return httpx.Response(status, content=content, headers=headers)

    return AuthenticatedClient(
        base_url=BASE_URL, token="t", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def test_a_list_with_an_unknown_enum_value_and_nulls_parses() -> None:
    client = client_answering(200, json={"items": [BOARD, BOARD_WITH_DRIFT], "bookmark": None})

    page = boards_list.sync(client=client)

    known, drifted = page.items
    assert known.privacy is BoardPrivacy.PUBLIC
    assert drifted.privacy == "FRIENDS_ONLY"
    assert isinstance(drifted.privacy, BoardPrivacy)
    assert drifted.privacy.value == "FRIENDS_ONLY"
    assert drifted.name is None
    assert drifted.owner is None
    assert drifted.created_at is None


def test_a_null_list_parses_as_none_and_strict_parsing_rejects_it() -> None:
    client = client_answering(200, json={"items": None, "bookmark": None})

    assert boards_list.sync(client=client).items is None
    with types.strict_parsing(), pytest.raises(errors.StrictParsingError):
        boards_list.sync_detailed(client=client)


def test_strict_parsing_rejects_the_same_list() -> None:
    client = client_answering(200, json={"items": [BOARD, BOARD_WITH_DRIFT], "bookmark": None})

    with types.strict_parsing(), pytest.raises(errors.StrictParsingError):
        boards_list.sync_detailed(client=client)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("privacy", "FRIENDS_ONLY"),  # unknown enum value
        ("name", None),  # null in a required string
        ("owner", None),  # null in an object
        ("created_at", None),  # null in a date-time
        ("brand_new_field", 1),  # a field the description does not declare
    ],
)
def test_strict_parsing_rejects_each_kind_of_drift(field: str, value: object) -> None:
    client = client_answering(200, json={**BOARD, field: value})

    assert boards_get.sync("1", client=client) is not None
    with types.strict_parsing(), pytest.raises(errors.StrictParsingError):
        boards_get.sync_detailed("1", client=client)


def test_strict_parsing_can_be_switched_on_globally_and_by_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = client_answering(200, json={**BOARD, "privacy": "FRIENDS_ONLY"})

    types.set_strict_parsing(True)
    with pytest.raises(errors.StrictParsingError):
        boards_get.sync("1", client=client)
    with types.strict_parsing(False):
        assert boards_get.sync("1", client=client).privacy == "FRIENDS_ONLY"

    types.set_strict_parsing(None)
    monkeypatch.setenv(types.STRICT_PARSING_ENV_VAR, "1")
    with pytest.raises(errors.StrictParsingError):
        boards_get.sync("1", client=client)
    monkeypatch.setenv(types.STRICT_PARSING_ENV_VAR, "0")
    assert boards_get.sync("1", client=client) is not None


def test_unknown_enum_value_and_unknown_fields_round_trip_through_to_dict() -> None:
    data = {**BOARD, "privacy": "FRIENDS_ONLY", "brand_new_field": {"x": 1}}

    board = Board.from_dict(data)

    assert board.to_dict() == data
    assert board["brand_new_field"] == {"x": 1}


def test_nulls_tolerated_while_parsing_survive_to_dict() -> None:
    board = Board.from_dict(BOARD_WITH_DRIFT)

    assert board.to_dict() == BOARD_WITH_DRIFT


def test_unknown_fields_are_kept_also_where_additional_properties_is_false() -> None:
    # ConversionEventAppInfo declares `additionalProperties: false` in the description.
    data = {"app_id": "app", "window_width": 390, "new_field": "kept"}

    info = ConversionEventAppInfo.from_dict(data)

    assert info.additional_properties == {"new_field": "kept"}
    assert info.to_dict() == data
    with types.strict_parsing(), pytest.raises(errors.StrictParsingError):
        ConversionEventAppInfo.from_dict(data)


def test_the_discriminator_picks_the_hotel_member() -> None:
    client = client_answering(200, json=HOTEL_FEED)

    feed = feeds_get.sync("2680059592705", client=client)

    assert type(feed) is CatalogsHotelFeed
    assert feed.created_at == datetime.datetime(2024, 5, 1, 12, tzinfo=datetime.UTC)
    assert feed.additional_properties == {"default_country": "US", "default_availability": None}


def test_an_unknown_discriminator_value_falls_back_to_trying_each_member() -> None:
    client = client_answering(200, json={**HOTEL_FEED, "catalog_type": "CRUISE"})

    feed = feeds_get.sync("2680059592705", client=client)

    assert type(feed) is CatalogsRetailFeed
    with types.strict_parsing(), pytest.raises(errors.StrictParsingError):
        feeds_get.sync_detailed("2680059592705", client=client)


def test_an_html_502_reaches_the_caller() -> None:
    html = b"<html><body>502 Bad Gateway</body></html>"
    client = client_answering(502, content=html, headers={"Content-Type": "text/html"})

    response = boards_get.sync_detailed("1", client=client)

    assert (response.status_code, response.content, response.parsed) == (502, html, None)
    assert response.headers["Content-Type"] == "text/html"
    with pytest.raises(errors.UnexpectedStatus) as raised:
        boards_get.sync("1", client=client)
    assert (raised.value.status_code, raised.value.content) == (502, html)
    assert raised.value.headers["Content-Type"] == "text/html"


def test_an_empty_429_reaches_the_caller() -> None:
    client = client_answering(429, headers={"Retry-After": "7"})

    response = boards_list.sync_detailed(client=client)

    assert (response.status_code, response.content, response.parsed) == (429, b"", None)
    assert response.headers["Retry-After"] == "7"
    with pytest.raises(errors.UnexpectedStatus) as raised:
        boards_list.sync(client=client)
    assert (raised.value.status_code, raised.value.headers["Retry-After"]) == (429, "7")


def test_a_documented_error_body_is_parsed_and_sync_raises() -> None:
    client = client_answering(404, json={"code": 404, "message": "Board not found."})

    response = boards_get.sync_detailed("1", client=client)

    assert response.status_code == 404
    assert (
        isinstance(response.parsed, PinterestLibError)
        and response.parsed.message == "Board not found."
    )
    with pytest.raises(errors.UnexpectedStatus):
        boards_get.sync("1", client=client)


def test_a_non_standard_status_such_as_520_works() -> None:
    client = client_answering(520, json={"code": 1, "message": "Unknown"})

    response = boards_get.sync_detailed("1", client=client)

    assert response.status_code == 520
    assert isinstance(response.parsed, PinterestLibError)
    with pytest.raises(errors.UnexpectedStatus) as raised:
        boards_get.sync("1", client=client)
    assert raised.value.status_code == 520


def test_a_truncated_2xx_body_gives_parsed_none_and_sync_raises() -> None:
    client = client_answering(
        200, content=b'{"id": "1", "na', headers={"Content-Type": "application/json"}
    )

    response = boards_get.sync_detailed("1", client=client)

    assert (response.status_code, response.parsed) == (200, None)
    with pytest.raises(errors.UnparseableResponse):
        boards_get.sync("1", client=client)
    with types.strict_parsing(), pytest.raises(errors.StrictParsingError):
        boards_get.sync_detailed("1", client=client)
