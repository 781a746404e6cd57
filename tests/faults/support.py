"""Fake credentials, clients wired to a `FaultServer`, and calls mapped to SDK exceptions.

`call` and `acall` do what the resource layer does with an answer: a non-2xx status
becomes `error_from_response`, a transport failure `error_from_transport`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

import httpx

from pinterest._auth import PinterestAuth
from pinterest._retry import RetryPolicy
from pinterest._transport import create_async_http_client, create_http_client
from pinterest.utils.sdk_exceptions import error_from_response, error_from_transport

from .fault_server import FaultServer, Received, Reply

# Recognisable fakes. The app secret has no Pinterest prefix on purpose: only
# register_secret can hide it.
ACCESS_TOKEN: Final = "pina_FAKEACCESS0000000000000000000000"
NEW_ACCESS_TOKEN: Final = "pina_FRESHACCESS111111111111111111111"
REFRESH_TOKEN: Final = "pinr_FAKEREFRESH000000000000000000000"
NEW_REFRESH_TOKEN: Final = "pinr_ROTATEDREFRESH2222222222222222"
APP_ID: Final = "1234567"
APP_SECRET: Final = "appsecret-7f3b9c1e5d-never-show-me"
SECRETS: Final = (ACCESS_TOKEN, NEW_ACCESS_TOKEN, REFRESH_TOKEN, NEW_REFRESH_TOKEN, APP_SECRET)

TOKEN_PATH: Final = "/v5/oauth/token"
EXPIRED: Final = {"code": 2, "message": "Authentication failed."}
MISSING_SCOPE: Final = {
    "code": 3,
    "message": "Your token does not have sufficient permissions to perform this operation.",
}
SPAM: Final = {
    "code": 9,
    "message": "Sorry! You've hit a block (Pins) we have in place to combat spam.",
}


class Sleeps:
    """Records the waits the retry loop asks for instead of sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.calls.append(seconds)


def policy(sleeps: Sleeps, max_retries: int = 2) -> RetryPolicy:
    """Give a retry policy that records its waits; backoff is then 0.5 s x 2^n x 0.875."""
    return RetryPolicy(
        max_retries=max_retries,
        sleep=sleeps,
        async_sleep=sleeps.async_sleep,
        random=lambda: 0.5,
    )


def token_answer(
    access_token: str = NEW_ACCESS_TOKEN, refresh_token: str | None = None
) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "access_token": access_token,
        "token_type": "bearer",
        "expires_in": 2592000,
        "scope": "boards:read,pins:read",
    }
    if refresh_token is not None:
        answer["refresh_token"] = refresh_token
        answer["refresh_token_expires_in"] = 31536000
    return answer


def make_auth(server: FaultServer, **overrides: Any) -> PinterestAuth:
    arguments: dict[str, Any] = {
        "access_token": ACCESS_TOKEN,
        "refresh_token": REFRESH_TOKEN,
        "app_id": APP_ID,
        "app_secret": APP_SECRET,
        "token_url": server.url + TOKEN_PATH,
    }
    arguments.update(overrides)
    return PinterestAuth(**arguments)


def make_client(
    server: FaultServer | str,
    sleeps: Sleeps,
    *,
    auth: httpx.Auth | None = None,
    max_retries: int = 2,
    timeout: httpx.Timeout | None = None,
) -> httpx.Client:
    base = server if isinstance(server, str) else server.url
    return create_http_client(
        base_url=base + "/v5",
        auth=auth,
        timeout=timeout or httpx.Timeout(5.0),
        retry_policy=policy(sleeps, max_retries),
    )


def make_async_client(
    server: FaultServer,
    sleeps: Sleeps,
    *,
    auth: httpx.Auth | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    return create_async_http_client(
        base_url=server.url + "/v5",
        auth=auth,
        timeout=httpx.Timeout(10.0),
        retry_policy=policy(sleeps),
        transport=transport,
    )


def call(client: httpx.Client, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """Send one request; give the 2xx answer or raise the SDK exception for the failure."""
    try:
        response = client.request(method, path, **kwargs)
    except httpx.TransportError as exc:
        raise error_from_transport(exc) from exc
    if not response.is_success:
        raise error_from_response(response)
    return response


async def acall(client: httpx.AsyncClient, method: str, path: str, **kwargs: Any) -> httpx.Response:
    """The asyncio twin of `call`."""
    try:
        response = await client.request(method, path, **kwargs)
    except httpx.TransportError as exc:
        raise error_from_transport(exc) from exc
    if not response.is_success:
        raise error_from_response(response)
    return response


def bearer_route(valid_token: str, ok: Reply | None = None) -> Callable[[Received], Reply]:
    """Give a route that accepts only `Bearer valid_token` and answers 401 code 2 otherwise."""

    def handler(request: Received) -> Reply:
        if request.headers.get("authorization") == f"Bearer {valid_token}":
            return ok or Reply(200, {"items": []})
        return Reply(401, EXPIRED)

    return handler
