"""Token expiry, refresh, refresh failure and refresh-token rotation against a live server."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs

import pytest

from pinterest.utils.refresh_access_token import get_new_access_token
from pinterest.utils.sdk_exceptions import AuthenticationError, SdkException

from .fault_server import FaultServer, Reply
from .support import (
    ACCESS_TOKEN,
    APP_ID,
    APP_SECRET,
    EXPIRED,
    MISSING_SCOPE,
    NEW_ACCESS_TOKEN,
    NEW_REFRESH_TOKEN,
    REFRESH_TOKEN,
    SECRETS,
    TOKEN_PATH,
    Sleeps,
    bearer_route,
    call,
    make_auth,
    make_client,
    token_answer,
)


def test_expired_token_401_refreshes_once_and_resends_once(
    server: FaultServer, sleeps: Sleeps
) -> None:
    server.route("GET", "/v5/boards", bearer_route(NEW_ACCESS_TOKEN))
    server.script("POST", TOKEN_PATH, Reply(200, token_answer()))

    with make_client(server, sleeps, auth=make_auth(server)) as client:
        assert call(client, "GET", "/boards").json() == {"items": []}

    sent = server.requests("GET", "/v5/boards")
    assert [r.headers["authorization"] for r in sent] == [
        f"Bearer {ACCESS_TOKEN}",
        f"Bearer {NEW_ACCESS_TOKEN}",
    ]
    (token_request,) = server.requests("POST", TOKEN_PATH)
    basic = base64.b64encode(f"{APP_ID}:{APP_SECRET}".encode()).decode()
    assert token_request.headers["authorization"] == f"Basic {basic}"
    assert parse_qs(token_request.body.decode()) == {
        "grant_type": ["refresh_token"],
        "refresh_token": [REFRESH_TOKEN],
    }


def test_expired_token_401_on_a_post_resends_the_same_body_once(
    server: FaultServer, sleeps: Sleeps
) -> None:
    server.route("POST", "/v5/pins", bearer_route(NEW_ACCESS_TOKEN, Reply(201, {"id": "7"})))
    server.script("POST", TOKEN_PATH, Reply(200, token_answer()))

    with make_client(server, sleeps, auth=make_auth(server)) as client:
        call(client, "POST", "/pins", json={"title": "only once"})

    bodies = [r.body for r in server.requests("POST", "/v5/pins")]
    assert bodies == [b'{"title":"only once"}'] * 2


@pytest.mark.parametrize(
    "body",
    [
        MISSING_SCOPE,
        {"code": 29, "message": "You are not permitted to access that resource."},
        {"code": 7, "message": "Not authorized to access board or Pin."},
        b"",
        b"<html><title>401 Unauthorized</title></html>",
    ],
    ids=["scope", "not-permitted", "protected-object", "empty", "html"],
)
def test_401_that_a_refresh_cannot_fix_is_not_refreshed(
    body: dict[str, object] | bytes, server: FaultServer, sleeps: Sleeps
) -> None:
    server.route("GET", "/v5/pins/1", lambda _request: Reply(401, body))
    server.script("POST", TOKEN_PATH, Reply(200, token_answer()))

    with (
        make_client(server, sleeps, auth=make_auth(server)) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        call(client, "GET", "/pins/1")

    assert caught.value.status == 401
    assert server.count("POST", TOKEN_PATH) == 0
    assert server.count("GET", "/v5/pins/1") == 1


def test_401_that_persists_after_a_refresh_comes_back_without_looping(
    server: FaultServer, sleeps: Sleeps
) -> None:
    server.route("GET", "/v5/boards", lambda _request: Reply(401, EXPIRED))
    server.route("POST", TOKEN_PATH, lambda _request: Reply(200, token_answer()))

    with (
        make_client(server, sleeps, auth=make_auth(server)) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        call(client, "GET", "/boards")

    assert caught.value.code == 2
    assert server.count("POST", TOKEN_PATH) == 1
    assert server.count("GET", "/v5/boards") == 2


@pytest.mark.parametrize(
    "reply",
    [
        Reply(400, {"code": 1, "message": "Invalid refresh token."}),
        Reply(401, {"code": 2, "message": "Authentication failed."}),
        Reply(200, {"token_type": "bearer"}),
        Reply(200, b"<html>maintenance</html>"),
    ],
    ids=["invalid-grant", "client-auth", "no-access-token", "html"],
)
def test_refresh_failure_raises_authentication_error_without_secrets(
    reply: Reply, server: FaultServer, sleeps: Sleeps
) -> None:
    server.route("GET", "/v5/boards", bearer_route(NEW_ACCESS_TOKEN))
    server.script("POST", TOKEN_PATH, reply)

    with (
        make_client(server, sleeps, auth=make_auth(server)) as client,
        pytest.raises(AuthenticationError) as caught,
    ):
        call(client, "GET", "/boards")

    error = caught.value
    assert "refresh" in str(error)
    if reply.status != 200:
        assert error.status == reply.status
        assert isinstance(reply.body, dict)
        assert error.code == reply.body["code"]
    for text in (str(error), repr(error)):
        assert not any(secret in text for secret in SECRETS)
    assert server.count("GET", "/v5/boards") == 1
    assert server.count("POST", TOKEN_PATH) == 1


def test_rotated_refresh_token_replaces_the_old_one_and_reaches_the_callback(
    server: FaultServer, sleeps: Sleeps
) -> None:
    received: list[str] = []
    server.route("GET", "/v5/boards", bearer_route(NEW_ACCESS_TOKEN))
    server.script(
        "POST",
        TOKEN_PATH,
        Reply(200, token_answer(refresh_token=NEW_REFRESH_TOKEN)),
        Reply(200, token_answer(access_token="pina_THIRD000000000000")),
    )
    auth = make_auth(server, on_refresh_token=received.append)

    with make_client(server, sleeps, auth=auth) as client:
        call(client, "GET", "/boards")
        assert received == [NEW_REFRESH_TOKEN]
        assert auth.refresh_token == NEW_REFRESH_TOKEN
        assert auth.access_token == NEW_ACCESS_TOKEN

        server.route("GET", "/v5/boards", bearer_route("pina_THIRD000000000000"))
        call(client, "GET", "/boards")

    second = server.requests("POST", TOKEN_PATH)[1]
    assert f"refresh_token={NEW_REFRESH_TOKEN}" in second.body.decode()
    assert received == [NEW_REFRESH_TOKEN]  # the second answer did not rotate


def test_token_close_to_expiry_is_refreshed_before_sending(
    server: FaultServer, sleeps: Sleeps
) -> None:
    now = 1_000_000.0
    server.route("GET", "/v5/boards", bearer_route(NEW_ACCESS_TOKEN))
    server.script("POST", TOKEN_PATH, Reply(200, token_answer()))
    auth = make_auth(server, expires_at=now + 30, clock=lambda: now)

    with make_client(server, sleeps, auth=auth) as client:
        call(client, "GET", "/boards")
        call(client, "GET", "/boards")

    assert server.count("POST", TOKEN_PATH) == 1
    assert server.count("GET", "/v5/boards") == 2
    assert auth.expires_at == now + 2592000


def test_get_new_access_token_hands_a_rotated_refresh_token_to_the_callback(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[str] = []
    server.script(
        "POST",
        TOKEN_PATH,
        Reply(200, token_answer(refresh_token=NEW_REFRESH_TOKEN)),
        Reply(200, token_answer(refresh_token=NEW_REFRESH_TOKEN)),
        Reply(401, {"code": 2, "message": "Authentication failed."}),
    )
    host = server.url + "/v5"

    token = get_new_access_token(
        APP_ID, APP_SECRET, REFRESH_TOKEN, host, on_refresh_token=received.append
    )
    assert token == NEW_ACCESS_TOKEN
    assert received == [NEW_REFRESH_TOKEN]

    assert get_new_access_token(APP_ID, APP_SECRET, REFRESH_TOKEN, host) == NEW_ACCESS_TOKEN
    assert any("new refresh token" in r.getMessage() for r in caplog.records)

    with pytest.raises(SdkException) as caught:
        get_new_access_token(APP_ID, APP_SECRET, REFRESH_TOKEN, host)
    assert isinstance(caught.value, AuthenticationError)
    assert caught.value.status == 401
