"""Answers no server sends on demand, replayed from cassettes written by hand.

The cassettes are `cassettes/cassette/test_handwritten_edge_cases/handwritten_*.yaml`; each
opens with a comment saying why it was written by hand. They are only ever replayed, also
when `PINTEREST_RECORD=1` is set.
"""

from __future__ import annotations

import pytest

from pinterest.client import PinterestSDKClient
from pinterest.organic.boards import Board
from pinterest.organic.pins import Pin
from pinterest.utils.sdk_exceptions import RateLimitError, ServerError
from pinterest_generated.errors import StrictParsingError
from pinterest_generated.types import strict_parsing
from tests import _fakes
from tests.cassette._support import REPLAY_BASE_URL, SeenRequests

pytestmark = pytest.mark.vcr


def test_board_list_with_unknown_privacy_and_undocumented_field(
    client: PinterestSDKClient,
) -> None:
    # Lenient parsing on purpose: this is what a user gets when the API is ahead of the
    # description the SDK was generated from.
    boards, bookmark = Board.get_all(page_size=10, client=client)

    assert bookmark is None
    [board] = boards
    assert board.id == "549755885175"
    assert board.name == "Friends only"
    assert board.privacy == "FRIENDS_ONLY"
    assert board.to_dict()["privacy"] == "FRIENDS_ONLY"
    assert board.to_dict()["collaboration_mode"] == {"invite_only": True}
    assert "FRIENDS_ONLY" in repr(board)


@pytest.mark.vcr("handwritten_board_list_with_unknown_privacy_and_undocumented_field.yaml")
def test_board_list_with_unknown_privacy_fails_strict_parsing(client: PinterestSDKClient) -> None:
    # The previous test's cassette; strict parsing is how recorded answers are checked
    # against the description, so it must notice the unknown value.
    with strict_parsing(), pytest.raises(StrictParsingError, match="FRIENDS_ONLY"):
        Board.get_all(page_size=10, client=client)


def test_html_502_from_a_proxy(client: PinterestSDKClient) -> None:
    with pytest.raises(ServerError) as caught:
        Board("549755885175", client=client)

    error = caught.value
    assert error.status == 502
    assert error.body is not None and "<title>502 Bad Gateway</title>" in error.body
    assert error.request_id is None


def test_empty_429_with_retry_after(client: PinterestSDKClient) -> None:
    with pytest.raises(RateLimitError) as caught:
        Pin.get_all(page_size=25, client=client)

    error = caught.value
    assert error.status == 429
    assert error.retry_after == 30
    assert not error.body


def test_token_answer_with_rotated_refresh_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PINTEREST_ACCESS_TOKEN", raising=False)
    rotated: list[str] = []
    seen = SeenRequests()

    with PinterestSDKClient(
        refresh_token=_fakes.REFRESH_TOKEN,
        app_id=_fakes.APP_ID,
        app_secret=_fakes.APP_SECRET,
        api_uri=REPLAY_BASE_URL,
        max_retries=0,
        on_refresh_token=rotated.append,
        transport=seen,
    ) as client:
        Board.get_all(page_size=1, client=client)
        # The first access token expired at once, so this call refreshes again.
        Board.get_all(page_size=1, client=client)
        final_token = client.access_token

    assert rotated == ["handwritten-rotated-refresh"]
    bodies = [sent.content.decode() for sent in seen.requests if sent.url.path == "/oauth/token"]
    assert bodies == [
        f"grant_type=refresh_token&refresh_token={_fakes.REFRESH_TOKEN}",
        "grant_type=refresh_token&refresh_token=handwritten-rotated-refresh",
    ]
    authorizations = [
        sent.headers["Authorization"] for sent in seen.requests if sent.url.path == "/boards"
    ]
    assert authorizations == ["Bearer handwritten-access-1", "Bearer handwritten-access-2"]
    assert final_token == "handwritten-access-2"
