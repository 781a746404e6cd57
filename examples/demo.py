"""A tour of the SDK's Organic resources, written as an application would use them.

It takes its configuration from the environment, like any program built on the SDK:
`PINTEREST_ACCESS_TOKEN` (or a refresh token with app credentials) and, optionally,
`PINTEREST_API_URI`. `bash scripts/demo.sh` runs it against the Prism mock server on
127.0.0.1; with `PINTEREST_DEMO_MOCK=0` and real credentials it runs against Pinterest.

Steps: list boards page by page; create a board, a section and a pin; read them back;
update them; delete them.
"""

from __future__ import annotations

import os
import sys

from pinterest.client import PinterestSDKClient
from pinterest.organic.boards import Board, BoardSection
from pinterest.organic.pins import Pin
from pinterest.utils.sdk_exceptions import SdkException

MAX_PAGES = 3
DEMO_IMAGE_URL = "https://i.pinimg.com/564x/28/75/e9/2875e94f8055227e72d514b837adb271.jpg"


def list_boards() -> None:
    """Print the boards the token can see, one page at a time."""
    boards, bookmark = Board.get_all(page_size=5)
    seen_bookmarks: set[str] = set()
    page = 1
    while True:
        print(f"boards, page {page}:")
        for board in boards:
            print(f"  {board.id}  {board.name!r}  privacy={board.privacy}")
        if bookmark is None:
            break
        token = bookmark.get_bookmark_token()
        if token in seen_bookmarks or page == MAX_PAGES:
            # A mock server hands out the same bookmark for ever; a real listing ends.
            print(f"  (stopping after page {page})")
            break
        seen_bookmarks.add(token)
        boards, bookmark = bookmark.get_next()
        page += 1


def update_and_report(what: str, update: object, **fields: object) -> None:
    """Call an `update_fields` and say what the server answered."""
    try:
        update(**fields)  # type: ignore[operator]
        print(f"updated {what}: {fields}")
    except SdkException as error:
        # A real account answers with the new values; a mock server answers with made-up ones,
        # and update_fields says so instead of pretending the update took.
        print(f"updated {what}, but the server reports other values: {error}")


def main() -> int:
    client = PinterestSDKClient.create_default_client()
    print(f"using {client.api_uri}")

    list_boards()

    board = Board.create(name="SDK demo board", description="Made by the demo", privacy="SECRET")
    print(f"created board {board.id}")
    section = board.create_section(name="SDK demo section")
    print(f"created section {section.id}")
    pin = Pin.create(
        board_id=board.id,
        board_section_id=section.id,
        title="SDK demo pin",
        description="A pin made by the demo",
        media_source={"source_type": "image_url", "url": DEMO_IMAGE_URL},
    )
    print(f"created pin {pin.id}")

    print(f"read back: {Board(board_id=board.id)!r}")
    print(f"read back: {Pin(pin_id=pin.id)!r}")
    sections, _ = board.list_sections()
    print(f"read back: {len(sections)} section(s) on the board")

    update_and_report("board", board.update_fields, description="Updated by the demo")
    update_and_report("pin", pin.update_fields, title="SDK demo pin, updated")
    renamed = BoardSection.update(
        board_id=board.id, board_section_id=section.id, name="SDK demo section, renamed"
    )
    print(f"renamed section {renamed.id} to {renamed.name!r}")

    Pin.delete(pin_id=pin.id)
    print(f"deleted pin {pin.id}")
    board.delete_section(section_id=section.id)
    print(f"deleted section {section.id}")
    Board.delete(board_id=board.id)
    print(f"deleted board {board.id}")
    return 0


if __name__ == "__main__":
    if not os.environ.get("PINTEREST_ACCESS_TOKEN") and not os.environ.get(
        "PINTEREST_REFRESH_ACCESS_TOKEN"
    ):
        print(
            "set PINTEREST_ACCESS_TOKEN (or PINTEREST_REFRESH_ACCESS_TOKEN, PINTEREST_APP_ID "
            "and PINTEREST_APP_SECRET)",
            file=sys.stderr,
        )
        sys.exit(2)
    sys.exit(main())
