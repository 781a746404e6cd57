"""A client made from a refresh token obtains an access token before its first request.

The cassette holds `POST /oauth/token` followed by the API call, with the refresh token, the
app credentials and the tokens of the answer scrubbed; replaying it matches the token
request's form body (`grant_type=refresh_token&refresh_token=REDACTED` after scrubbing).
"""

from __future__ import annotations

import base64
import os
from urllib.parse import parse_qs

import pytest

from pinterest.client import PinterestSDKClient
from pinterest.organic.boards import Board
from tests import _fakes
from tests.cassette._support import SeenRequests, api_path

pytestmark = [pytest.mark.vcr, pytest.mark.usefixtures("strict_parsing_on")]

REAL_CREDENTIAL_VARIABLES = (
    "PINTEREST_REFRESH_ACCESS_TOKEN",
    "PINTEREST_APP_ID",
    "PINTEREST_APP_SECRET",
)


@pytest.fixture
def refresh_credentials(
    live: bool, answered_by_mock: bool, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, str, str]:
    """Refresh token, app id and app secret: the contributor's for the real API, else fakes."""
    # An access token from the environment would spare the client its refresh.
    monkeypatch.delenv("PINTEREST_ACCESS_TOKEN", raising=False)
    if live and not answered_by_mock:
        values = [os.environ.get(name, "").strip() for name in REAL_CREDENTIAL_VARIABLES]
        if not all(values):
            pytest.fail(
                "recording against the real API needs " + ", ".join(REAL_CREDENTIAL_VARIABLES)
            )
        return values[0], values[1], values[2]
    return _fakes.REFRESH_TOKEN, _fakes.APP_ID, _fakes.APP_SECRET


def test_refresh_token_client_refreshes_before_its_first_request(
    api_base_url: str, answered_by_mock: bool, refresh_credentials: tuple[str, str, str]
) -> None:
    refresh_token, app_id, app_secret = refresh_credentials
    rotated: list[str] = []
    seen = SeenRequests()

    with PinterestSDKClient(
        refresh_token=refresh_token,
        app_id=app_id,
        app_secret=app_secret,
        api_uri=api_base_url,
        max_retries=0,
        on_refresh_token=rotated.append,
        transport=seen,
    ) as client:
        boards, _ = Board.get_all(page_size=1, client=client)

    assert [(sent.method, api_path(sent.url.path)) for sent in seen.requests] == [
        ("POST", "/oauth/token"),
        ("GET", "/boards"),
    ]
    token_request, api_request = seen.requests
    basic = base64.b64encode(f"{app_id}:{app_secret}".encode()).decode("ascii")
    assert token_request.headers["Authorization"] == f"Basic {basic}"
    assert parse_qs(token_request.content.decode("ascii")) == {
        "grant_type": ["refresh_token"],
        "refresh_token": [refresh_token],
    }

    # The API call carries the access token the token endpoint answered with.
    assert client.access_token
    assert api_request.headers["Authorization"] == f"Bearer {client.access_token}"
    assert all(isinstance(board, Board) and board.client is client for board in boards)
    if answered_by_mock:
        # The description's example answer has no refresh token: nothing was rotated.
        assert rotated == []
