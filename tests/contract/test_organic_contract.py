"""Boards, board sections and Pins against Prism mocking the pinned API description.

Prism validates every request against the description: a 4xx (or a 500 that names a request
violation) means this SDK sent something the API does not accept. Boards are answered with
the description's static examples. Pins are answered with generated data (`Prefer:
dynamic=true`) because the description's Pin example breaks its own schema (ids that do not
match `^\\d+$`), which Prism reports as a response violation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from pinterest.client import PinterestSDKClient
from pinterest.organic.boards import Board, BoardSection
from pinterest.organic.pins import Pin
from pinterest.utils.bookmark import iterate_all
from pinterest.utils.sdk_exceptions import SdkException

pytestmark = pytest.mark.prism

T = TypeVar("T")

BOARD_ID = "549755885175"
SECTION_ID = "4987"
PIN_ID = "813744226420795884"
AD_ACCOUNT_ID = "549755885175"
IMAGE_URL = {"source_type": "image_url", "url": "https://i.pinimg.com/lemonade.jpg"}


def make_client(base_url: str, *, dynamic: bool = False) -> PinterestSDKClient:
    extra: dict[str, Any] = {}
    if dynamic:
        extra = {"header_name": "Prefer", "header_value": "dynamic=true"}
    return PinterestSDKClient(access_token="prism-token", api_uri=base_url, max_retries=0, **extra)


@pytest.fixture
def client(prism_base_url: str) -> PinterestSDKClient:
    return make_client(prism_base_url)


@pytest.fixture
def pin_client(prism_base_url: str) -> PinterestSDKClient:
    return make_client(prism_base_url, dynamic=True)


def accepted(action: Callable[[], T]) -> T:
    """Run `action`; fail the test, with Prism's findings, if Prism rejected the request."""
    try:
        return action()
    except SdkException as exc:
        pytest.fail(f"Prism rejected the request: {exc}\n{describe(exc.body)}", pytrace=False)


def describe(body: Any) -> str:
    try:
        findings = json.loads(body).get("validation", [])
    except (TypeError, ValueError, AttributeError):
        return str(body)
    return "\n".join(f"{'.'.join(map(str, f['location']))}: {f['message']}" for f in findings)


# --- Board ---------------------------------------------------------------------------------


def test_board_read_create_delete(client: PinterestSDKClient) -> None:
    board = accepted(lambda: Board(BOARD_ID, client=client))
    assert board.name == "Summer recipes"
    assert board.privacy == "PUBLIC"

    created = accepted(
        lambda: Board.create(
            "Summer recipes",
            description="My favorite summer recipes",
            privacy="SECRET",
            client=client,
            is_ads_only=False,
            ad_account_id=AD_ACCOUNT_ID,
        )
    )
    assert created.id == BOARD_ID
    assert accepted(lambda: Board.create("Plain", client=client)).id == BOARD_ID
    assert accepted(lambda: Board.delete(BOARD_ID, client=client)) is True


def test_board_get_all_and_its_next_page(client: PinterestSDKClient) -> None:
    boards, bookmark = accepted(
        lambda: Board.get_all(
            privacy="PUBLIC_AND_SECRET", page_size=50, client=client, ad_account_id=AD_ACCOUNT_ID
        )
    )
    assert [b.id for b in boards] == [BOARD_ID]
    assert bookmark is not None
    more, _ = accepted(bookmark.get_next)
    assert [b.id for b in more] == [BOARD_ID]

    # Prism answers every page with the same bookmark: iteration stops after two pages.
    assert len(list(accepted(lambda: list(iterate_all(Board.get_all, client=client))))) == 2


def test_board_update_fields(client: PinterestSDKClient) -> None:
    board = accepted(lambda: Board(BOARD_ID, client=client))

    # Prism's static answer is the description's example, so ask for exactly its values.
    assert accepted(
        lambda: board.update_fields(
            name="Summer recipes", description="My favorite summer recipes", privacy="PUBLIC"
        )
    )
    assert accepted(board.make_public) is True

    # The request is valid, but the example answer stays PUBLIC: the mismatch is reported.
    with pytest.raises(SdkException, match="privacy is 'PUBLIC', asked for 'SECRET'"):
        board.make_secret()


def test_board_sections(client: PinterestSDKClient) -> None:
    board = accepted(lambda: Board(BOARD_ID, client=client))

    assert accepted(lambda: board.create_section("Salads")).name == "Salads"
    assert accepted(lambda: board.update_section(SECTION_ID, "Salads")).name == "Salads"
    accepted(lambda: board.delete_section(SECTION_ID))
    sections, bookmark = accepted(
        lambda: board.list_sections(page_size=10, ad_account_id=AD_ACCOUNT_ID)
    )
    assert [s.name for s in sections] == ["Salads"]
    assert bookmark is not None
    accepted(bookmark.get_next)


def test_board_section_class_methods(client: PinterestSDKClient) -> None:
    section = accepted(lambda: BoardSection.create(BOARD_ID, "Salads", client=client))
    assert (section.id, section.name) == (BOARD_ID, "Salads")
    sections, _ = accepted(
        lambda: BoardSection.get_all(BOARD_ID, page_size=5, bookmark="abc", client=client)
    )
    assert sections
    accepted(lambda: BoardSection.update(BOARD_ID, SECTION_ID, "Soups", client=client))
    accepted(lambda: BoardSection.delete(BOARD_ID, SECTION_ID, client=client))


def test_board_list_pins(pin_client: PinterestSDKClient) -> None:
    board = Board(BOARD_ID, client=pin_client, _model_data={"id": BOARD_ID, "name": "x"})

    pins, _ = accepted(lambda: board.list_pins(page_size=5))
    assert all(isinstance(p, Pin) for p in pins)
    section_pins, _ = accepted(
        lambda: board.list_pins(section_id=SECTION_ID, page_size=5, bookmark="abc")
    )
    assert all(isinstance(p, Pin) for p in section_pins)


# --- Pin -----------------------------------------------------------------------------------


def test_pin_read_create_delete_save(pin_client: PinterestSDKClient) -> None:
    pin = accepted(lambda: Pin(PIN_ID, client=pin_client))
    assert pin.id
    accepted(lambda: Pin(PIN_ID, ad_account_id=AD_ACCOUNT_ID, client=pin_client))

    created = accepted(
        lambda: Pin.create(
            BOARD_ID,
            IMAGE_URL,
            link="https://www.pinterest.com/",
            title="Lemonade",
            description="Fresh lemonade",
            dominant_color="#6E7874",
            alt_text="A glass of lemonade",
            board_section_id=SECTION_ID,
            parent_pin_id=PIN_ID,
            client=pin_client,
            ad_account_id=AD_ACCOUNT_ID,
        )
    )
    assert created.ad_account_id == AD_ACCOUNT_ID
    accepted(lambda: created.save(BOARD_ID, board_section_id=SECTION_ID))
    assert accepted(lambda: Pin.delete(PIN_ID, client=pin_client)) is True


def test_pin_update_fields(pin_client: PinterestSDKClient) -> None:
    pin = accepted(lambda: Pin(PIN_ID, client=pin_client))

    # The request is valid; Prism's generated answer has another title, which is reported.
    with pytest.raises(SdkException, match="was not updated: title is"):
        pin.update_fields(
            title="Lemonade",
            description="Fresh lemonade",
            carousel_slots=[{"title": "One", "link": "https://www.pinterest.com/"}],
        )


def test_pin_get_all_and_its_next_page(pin_client: PinterestSDKClient) -> None:
    pins, _ = accepted(
        lambda: Pin.get_all(
            pin_filter="exclude_native",
            include_protected_pins=True,
            pin_type="PRIVATE",
            creative_types=["REGULAR", "VIDEO"],
            ad_account_id=AD_ACCOUNT_ID,
            pin_metrics=True,
            page_size=25,
            bookmark="abc",
            client=pin_client,
        )
    )
    assert all(isinstance(p, Pin) for p in pins)
