"""Builds the `httpx` clients the SDK sends every request through.

Each client stacks, from the caller down: the authentication flow (`httpx.Auth`), DEBUG
logging of each exchange (event hooks), the retry loop (`RetryTransport`) and the real
transport. The retry loop sits under the authentication flow, so a token refresh is
retried like any other POST (only when it was certainly not sent) and a resend after a
refresh is a new request, not a retry.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Final

import httpx

from pinterest._logging import get_logger, protect_library_loggers
from pinterest._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from pinterest.utils.sdk_exceptions import REQUEST_ID_HEADER, ConfigurationError

__all__ = [
    "DEFAULT_TIMEOUT",
    "create_async_http_client",
    "create_http_client",
    "unavailable_transport",
]

DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
"""10 s to connect, 30 s for each read, write and wait for a pooled connection.

Reads get 30 s because analytics and report endpoints can take well over 10 s to answer;
connecting takes far less when the network is healthy, so a dead route fails fast.
"""

_START: Final = "pinterest_started_at"

_log = get_logger("pinterest.http")


def _on_request(request: httpx.Request) -> None:
    request.extensions[_START] = time.monotonic()
    _log.debug("sending %s %s", request.method, request.url.path)


def _on_response(response: httpx.Response) -> None:
    request = response.request
    started = request.extensions.get(_START)
    elapsed = time.monotonic() - started if isinstance(started, float) else float("nan")
    _log.debug(
        "%s %s -> %d (request id %s, %.3f s)",
        request.method,
        request.url.path,
        response.status_code,
        response.headers.get(REQUEST_ID_HEADER, "-"),
        elapsed,
    )


async def _on_request_async(request: httpx.Request) -> None:
    _on_request(request)


async def _on_response_async(response: httpx.Response) -> None:
    _on_response(response)


def create_http_client(
    *,
    base_url: str,
    auth: httpx.Auth | None,
    timeout: httpx.Timeout,
    retry_policy: RetryPolicy,
    transport: httpx.BaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.Client:
    """Give an `httpx.Client` with authentication, retries and logging wired in.

    Args:
        transport: the transport under the retry loop; a plain `httpx.HTTPTransport` when
            `None`. Tests pass a mock or a transport to a local server here.
        headers: sent with every request (for example a `User-Agent`).
    """
    protect_library_loggers()
    return httpx.Client(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        headers=headers,
        transport=RetryTransport(transport or httpx.HTTPTransport(), retry_policy),
        event_hooks={"request": [_on_request], "response": [_on_response]},
    )


def create_async_http_client(
    *,
    base_url: str,
    auth: httpx.Auth | None,
    timeout: httpx.Timeout,
    retry_policy: RetryPolicy,
    transport: httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
) -> httpx.AsyncClient:
    """Give an `httpx.AsyncClient` wired like `create_http_client`."""
    protect_library_loggers()
    return httpx.AsyncClient(
        base_url=base_url,
        auth=auth,
        timeout=timeout,
        headers=headers,
        transport=AsyncRetryTransport(transport or httpx.AsyncHTTPTransport(), retry_policy),
        event_hooks={"request": [_on_request_async], "response": [_on_response_async]},
    )


class _UnavailableTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for a transport that was not given; every request raises ConfigurationError."""

    def __init__(self, kind: str, argument: str) -> None:
        self._message = (
            f"this client has no transport for {kind} calls: the transport it was given "
            f"cannot serve them; pass {argument}= as well"
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(self._message)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ConfigurationError(self._message)


def unavailable_transport(kind: str, argument: str) -> _UnavailableTransport:
    """Give a transport that refuses every request, naming the missing `argument`.

    Used where a client was given a transport for one kind of call (`synchronous` or
    `asynchronous`) that cannot serve the other: those calls must fail, not go to the network.
    """
    return _UnavailableTransport(kind, argument)
