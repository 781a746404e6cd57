"""Every public method of `Board` and `BoardSection`, replayed from recorded answers.

Each test makes what it needs (a board, a section, a Pin) and deletes it again, so it can be
recorded against an empty account as well as against the mock. Answers are parsed strictly:
an answer that differs from the pinned description fails the test. Replaying also checks the
requests: a request whose method, path, query or body differs from the recorded one finds no
answer in the cassette.
"""

from __future__ import annotations

import pytest

from pinterest.client import PinterestSDKClient
from pinterest.organic.boards import Board, BoardSection
from pinterest.organic.pins import Pin
from pinterest.utils.sdk_exceptions import SdkException
from tests import _fakes

pytestmark = [pytest.mark.vcr, pytest.mark.usefixtures("strict_parsing_on")]

# The description's example values: the mock answers every write with them, the real API with
# what was written, so asking for them gives the same answer from both.
BOARD_NAME = "Summer recipes"
BOARD_DESCRIPTION = "My favorite summer recipes"
SECTION_NAME = "Salads"
IMAGE = {
    "source_type": "image_url",
    "url": "https://i.pinimg.com/564x/28/75/e9/2875e94f8055227e72d514b837adb271.jpg",
}


def create_board(client: PinterestSDKClient) -> Board:
    return Board.create(BOARD_NAME, description=BOARD_DESCRIPTION, client=client)


def test_board_create_read_delete(client: PinterestSDKClient) -> None:
    created = Board.create(
        BOARD_NAME, description=BOARD_DESCRIPTION, privacy="PUBLIC", client=client
    )
    assert created.id.isdigit()
    assert (created.name, created.description, created.privacy) == (
        BOARD_NAME,
        BOARD_DESCRIPTION,
        "PUBLIC",
    )
    assert created.client is client

    board = Board(created.id, client=client)
    assert board.id == created.id
    assert board.name == BOARD_NAME
    assert board.owner is not None and board.owner.username
    assert isinstance(board.pin_count, int)
    assert board.created_at is not None
    assert _fakes.ACCESS_TOKEN not in repr(board) + str(board)

    assert Board.delete(created.id, client=client) is True


def test_board_get_all_and_next_page(client: PinterestSDKClient, answered_by_mock: bool) -> None:
    created = create_board(client)

    boards, bookmark = Board.get_all(privacy="PUBLIC_AND_SECRET", page_size=1, client=client)
    assert len(boards) == 1
    assert all(isinstance(board, Board) and board.client is client for board in boards)
    assert boards[0].id.isdigit() and boards[0].name
    if answered_by_mock:
        # The mock always answers with a bookmark; the real API only when there is more.
        assert bookmark is not None
    if bookmark is not None:
        # Replaying proves the next request kept privacy and page_size and sent the bookmark.
        more, _ = bookmark.get_next()
        assert all(isinstance(board, Board) and board.client is client for board in more)

    assert Board.delete(created.id, client=client) is True


def test_board_update_fields_make_public_make_secret(
    client: PinterestSDKClient, answered_by_mock: bool
) -> None:
    board = create_board(client)

    assert board.update_fields(name=BOARD_NAME, description=BOARD_DESCRIPTION) is True
    assert (board.name, board.description) == (BOARD_NAME, BOARD_DESCRIPTION)

    if answered_by_mock:
        # The mock answers every update with the description's PUBLIC example board; the SDK
        # reports that the answer does not show the change instead of claiming success.
        with pytest.raises(SdkException, match="privacy is 'PUBLIC', asked for 'SECRET'"):
            board.make_secret()
    else:
        assert board.make_secret() is True
        assert board.privacy == "SECRET"
    assert board.make_public() is True
    assert board.privacy == "PUBLIC"

    assert Board.delete(board.id, client=client) is True


def test_board_section_methods_of_board(client: PinterestSDKClient, answered_by_mock: bool) -> None:
    board = create_board(client)

    section = board.create_section(SECTION_NAME)
    assert isinstance(section, BoardSection)
    assert section.name == SECTION_NAME and section.id.isdigit()

    sections, bookmark = board.list_sections(page_size=10)
    assert section.id in [listed.id for listed in sections]
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(listed, BoardSection) for listed in more)

    renamed = board.update_section(section.id, "Soups")
    assert renamed.id == section.id
    # The mock answers with the description's example section, whatever the new name.
    assert renamed.name == (SECTION_NAME if answered_by_mock else "Soups")

    board.delete_section(section.id)
    assert Board.delete(board.id, client=client) is True


def test_board_section_class_methods(client: PinterestSDKClient, answered_by_mock: bool) -> None:
    board = create_board(client)

    section = BoardSection.create(board.id, SECTION_NAME, client=client)
    assert section.name == SECTION_NAME
    assert section.client is client

    sections, bookmark = BoardSection.get_all(board.id, page_size=5, client=client)
    assert [listed.id for listed in sections] == [section.id]
    assert all(listed.client is client for listed in sections)
    if answered_by_mock:
        assert bookmark is not None
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(listed.client is client for listed in more)

    renamed = BoardSection.update(board.id, section.id, "Soups", client=client)
    assert renamed.id == section.id
    assert renamed.name == (SECTION_NAME if answered_by_mock else "Soups")

    BoardSection.delete(board.id, section.id, client=client)
    assert Board.delete(board.id, client=client) is True


def test_board_list_pins_of_board_and_of_section(client: PinterestSDKClient) -> None:
    board = create_board(client)
    section = board.create_section(SECTION_NAME)
    pin = Pin.create(board.id, IMAGE, title="Lemonade", board_section_id=section.id, client=client)

    pins, bookmark = board.list_pins(page_size=5)
    assert pin.id in [listed.id for listed in pins]
    assert all(isinstance(listed, Pin) and listed.client is client for listed in pins)
    if bookmark is not None:
        more, _ = bookmark.get_next()
        assert all(isinstance(listed, Pin) and listed.client is client for listed in more)

    in_section, _ = board.list_pins(section_id=section.id, page_size=5)
    assert pin.id in [listed.id for listed in in_section]
    assert all(listed.board_section_id == section.id for listed in in_section)

    assert Pin.delete(pin.id, client=client) is True
    board.delete_section(section.id)
    assert Board.delete(board.id, client=client) is True
