"""PinterestAuth with mock transports: headers, refresh rules, single flight, token parsing."""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from pinterest._auth import (
    PinterestAuth,
    TokenResponse,
    is_expired_token_response,
    parse_token_response,
    refresh_access_token,
)
from pinterest.utils.refresh_access_token import get_new_access_token
from pinterest.utils.sdk_exceptions import AuthenticationError, NetworkError

TOKEN_URL = "https://api.example.test/v5/oauth/token"
OLD = "pina_OLDTOKEN000000000000"
NEW = "pina_NEWTOKEN111111111111"
REFRESH = "pinr_REFRESH0000000000000"
SECRET = "unit-test-app-secret-xyz"
EXPIRED = {"code": 2, "message": "Authentication failed."}


def make_auth(**overrides: object) -> PinterestAuth:
    arguments: dict[str, object] = {
        "access_token": OLD,
        "refresh_token": REFRESH,
        "app_id": "42",
        "app_secret": SECRET,
        "token_url": TOKEN_URL,
    }
    arguments.update(overrides)
    return PinterestAuth(**arguments)  # type: ignore[arg-type]


class Api:
    """Accepts only `Bearer NEW`; the token endpoint answers with `token_reply`."""

    def __init__(self, token_reply: Callable[[], httpx.Response] | None = None) -> None:
        self.token_reply = token_reply or (lambda: httpx.Response(200, json={"access_token": NEW}))
        self.calls: list[tuple[str, str, str | None]] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.calls.append(
                (request.method, request.url.path, request.headers.get("authorization"))
            )
        if request.url.path == "/v5/oauth/token":
            return self.token_reply()
        if request.headers.get("authorization") == f"Bearer {NEW}":
            return httpx.Response(200, json={"ok": True})
        return httpx.Response(401, json=EXPIRED)

    def count(self, path: str) -> int:
        return sum(1 for _, call_path, _ in self.calls if call_path == path)


def client(api: Api, auth: PinterestAuth) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(api), auth=auth)


def test_repr_shows_no_secret() -> None:
    text = repr(make_auth())

    assert OLD not in text and REFRESH not in text and SECRET not in text
    assert text.startswith("PinterestAuth(access_token='***', refresh_token='***', app_id='42'")


def test_sends_the_current_token_as_bearer() -> None:
    api = Api()
    with client(api, make_auth(access_token=NEW)) as http:
        assert http.get("https://api.example.test/v5/boards").status_code == 200

    assert api.calls == [("GET", "/v5/boards", f"Bearer {NEW}")]


def test_without_an_access_token_refreshes_first() -> None:
    api = Api()
    with client(api, make_auth(access_token=None)) as http:
        http.get("https://api.example.test/v5/boards")

    assert [path for _, path, _ in api.calls] == ["/v5/oauth/token", "/v5/boards"]


def test_without_any_credential_raises_before_sending() -> None:
    api = Api()
    auth = PinterestAuth(access_token=None, token_url=TOKEN_URL)

    with client(api, auth) as http, pytest.raises(AuthenticationError):
        http.get("https://api.example.test/v5/boards")

    assert api.calls == []


def test_expired_401_without_refresh_credentials_comes_back_as_is() -> None:
    api = Api()
    with client(api, PinterestAuth(access_token=OLD, token_url=TOKEN_URL)) as http:
        assert http.get("https://api.example.test/v5/boards").status_code == 401

    assert api.count("/v5/oauth/token") == 0


@pytest.mark.parametrize(
    ("status", "body", "headers", "past_expiry", "expected"),
    [
        (401, EXPIRED, {}, False, True),
        (401, {"code": 3, "message": "scope"}, {}, True, False),
        (401, {"code": 29, "message": "not permitted"}, {}, False, False),
        (401, b"", {}, False, False),
        (401, b"", {}, True, True),
        (401, b"<html></html>", {"WWW-Authenticate": 'Bearer error="invalid_token"'}, False, True),
        (401, {"message": "Access token expired"}, {}, False, True),
        (403, EXPIRED, {}, True, False),
    ],
)
def test_which_401_means_an_expired_token(
    status: int,
    body: object,
    headers: dict[str, str],
    past_expiry: bool,
    expected: bool,
) -> None:
    if isinstance(body, bytes):
        response = httpx.Response(status, content=body, headers=headers)
    else:
        response = httpx.Response(status, json=body, headers=headers)

    assert is_expired_token_response(response, past_expiry=past_expiry) is expected


def test_parse_token_response_reads_every_field_and_hides_tokens() -> None:
    answer = httpx.Response(
        200,
        json={
            "access_token": NEW,
            "token_type": "bearer",
            "expires_in": 2592000,
            "scope": "pins:read",
            "refresh_token": "pinr_NEXT000000000000",
            "refresh_token_expires_in": 31536000,
        },
    )

    tokens = parse_token_response(answer)

    assert tokens == TokenResponse(
        access_token=NEW,
        token_type="bearer",
        expires_in=2592000.0,
        scope="pins:read",
        refresh_token="pinr_NEXT000000000000",
        refresh_token_expires_in=31536000.0,
    )
    assert NEW not in repr(tokens) and "pinr_NEXT" not in repr(tokens)


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, json={"access_token": ""}),
        httpx.Response(200, json=["access_token"]),
        httpx.Response(200, content=b"{trunc"),
        httpx.Response(400, json={"code": 1, "message": "Invalid refresh token."}),
    ],
)
def test_unusable_token_answers_raise_authentication_error(answer: httpx.Response) -> None:
    with pytest.raises(AuthenticationError) as caught:
        parse_token_response(answer)

    assert caught.value.status == answer.status_code
    assert "refresh" in str(caught.value)


@pytest.mark.parametrize(
    "fields",
    [
        {"access_token": "plain-fresh-access-token-0001\n"},
        {"access_token": "plain-fresh access-token-0002"},
        {"access_token": "plain-fresh-access-token-0003\x00"},
        {"access_token": "plain-fresh-access-token-0004", "refresh_token": "plain-rotated-05\r\n"},
        {"access_token": "plain-fresh-access-token-0006\u00e9"},
    ],
)
def test_a_refreshed_token_that_cannot_be_sent_in_a_header_is_refused(
    fields: dict[str, str],
) -> None:
    api = Api(lambda: httpx.Response(200, json=fields))
    rotated: list[str] = []

    with (
        client(api, make_auth(on_refresh_token=rotated.append)) as http,
        pytest.raises(AuthenticationError) as caught,
    ):
        http.get("https://api.example.test/v5/boards")

    error = caught.value
    texts = [str(error), repr(error), str(error.message), str(error.body)]
    for token in fields.values():
        assert all(token not in text and token.strip() not in text for text in texts)
    assert "malformed" in str(error)
    assert api.count("/v5/boards") == 1  # the malformed token was never sent
    assert rotated == []


def test_waiters_reuse_a_failed_refresh_instead_of_trying_again() -> None:
    callers = 8
    rejected = threading.Barrier(callers + 1)

    def failing_token() -> httpx.Response:
        return httpx.Response(400, json={"code": 1, "message": "Invalid refresh token."})

    api = Api(failing_token)
    original_call = api.__call__

    def handler(request: httpx.Request) -> httpx.Response:
        response = original_call(request)
        if request.url.path == "/v5/boards":
            rejected.wait(timeout=10)  # every caller holds a 401 before any refresh starts
        return response

    api_client = httpx.Client(transport=httpx.MockTransport(handler), auth=make_auth())

    def one_call(_index: int) -> str:
        try:
            api_client.get("https://api.example.test/v5/boards")
        except AuthenticationError as error:
            return f"{error.status} {error.code}"
        return "no error"

    with api_client, ThreadPoolExecutor(max_workers=callers) as pool:
        results = pool.map(one_call, range(callers))
        rejected.wait(timeout=10)
        outcomes = list(results)

    assert outcomes == ["400 1"] * callers
    assert api.count("/v5/oauth/token") == 1


def test_a_failing_callback_does_not_fail_the_call(caplog: pytest.LogCaptureFixture) -> None:
    def store(_token: str) -> None:
        raise OSError(f"disk full while writing {_token}")

    api = Api(
        lambda: httpx.Response(200, json={"access_token": NEW, "refresh_token": "pinr_X123456789"})
    )
    auth = make_auth(on_refresh_token=store)

    with client(api, auth) as http:
        assert http.get("https://api.example.test/v5/boards").status_code == 200

    assert auth.refresh_token == "pinr_X123456789"
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warnings == [
        "on_refresh_token raised OSError; the new refresh token is kept in memory only"
    ]


def test_async_flow_refreshes_once_and_resends() -> None:
    api = Api()
    auth = make_auth()

    async def main() -> int:
        async with httpx.AsyncClient(transport=httpx.MockTransport(api), auth=auth) as http:
            return (await http.get("https://api.example.test/v5/boards")).status_code

    assert asyncio.run(main()) == 200
    assert [path for _, path, _ in api.calls] == [
        "/v5/boards",
        "/v5/oauth/token",
        "/v5/boards",
    ]


def test_one_auth_serves_several_event_loops() -> None:
    tokens = iter([NEW, NEW])
    api = Api(lambda: httpx.Response(200, json={"access_token": next(tokens), "expires_in": 0}))
    auth = make_auth(access_token=None)

    async def main() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(api), auth=auth) as http:
            await http.get("https://api.example.test/v5/boards")

    asyncio.run(main())
    asyncio.run(main())  # expires_in 0: refreshed again, on a new loop

    assert api.count("/v5/oauth/token") == 2
    assert api.count("/v5/boards") == 2


def test_refresh_access_token_function() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"access_token": NEW, "expires_in": 10})

    tokens = refresh_access_token(
        app_id="42",
        app_secret=SECRET,
        refresh_token=REFRESH,
        token_url=TOKEN_URL,
        transport=httpx.MockTransport(handler),
    )

    assert tokens.access_token == NEW and tokens.expires_in == 10.0
    assert seen[0].content == f"grant_type=refresh_token&refresh_token={REFRESH}".encode()
    assert seen[0].extensions["timeout"]["connect"] == 10.0

    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(NetworkError):
        refresh_access_token(
            app_id="42",
            app_secret=SECRET,
            refresh_token=REFRESH,
            token_url=TOKEN_URL,
            transport=httpx.MockTransport(refused),
            retry_policy=__import__("pinterest._retry", fromlist=["RetryPolicy"]).RetryPolicy(
                max_retries=0
            ),
        )


def test_get_new_access_token_keeps_the_0_2_7_signature() -> None:
    parameters = list(inspect.signature(get_new_access_token).parameters.values())

    assert [p.name for p in parameters[:4]] == [
        "app_id",
        "app_secret",
        "refresh_access_token",
        "host",
    ]
    assert all(p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in parameters[:4])
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters[4:])
