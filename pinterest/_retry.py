"""The SDK's one retry loop, as an httpx transport that wraps the real one.

What is retried, and why:

* a connect error, connect timeout or pool timeout: every method, since the request never
  left this machine;
* a 429 that is not spam: every method, since the server says it did not process it;
* a read or write error or timeout, or a broken answer: GET, HEAD, PUT, DELETE and OPTIONS
  only, since the server may have acted and only an idempotent request may be sent again;
* a 5xx: the same idempotent methods only.

A POST or PATCH is never sent a second time unless the server answered 429: Pinterest has
no idempotency key, so a second Pin creation would be a second Pin. A 429 that Pinterest
judged to be spam is never retried.

The wait is the server's `Retry-After` (or, after a 429 that exhausted the window, its
`X-RateLimit-Reset`) when given, else exponential backoff with jitter. A wait longer than
`RetryPolicy.max_retry_after` is not slept: the answer is returned as is, and the caller
turns it into a `RateLimitError` (or `ServerError`) carrying `retry_after`.

`request_options(max_retries=..., timeout=...)` overrides the policy for the calls made
inside the block. Every retry is logged once at INFO.

Each answer's body is read inside the loop, so that an answer broken off midway counts as a
failed attempt (retried under the rules above) rather than surfacing after the loop. The SDK
reads every body whole anyway; nothing is streamed.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import Final

import attrs
import httpx

from pinterest._logging import get_logger
from pinterest._rate_limit import suggested_wait
from pinterest._request_options import current_request_options
from pinterest.utils.sdk_exceptions import is_spam_rejection, parse_error_body

__all__ = [
    "IDEMPOTENT_METHODS",
    "AsyncRetryTransport",
    "RetryPolicy",
    "RetryTransport",
]

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})

# Failures that happen before a single byte of the request reached the server.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

# Failures after (part of) the request may have reached the server.
_MAYBE_SENT: Final = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)

_log = get_logger("pinterest.retry")


@attrs.frozen
class RetryPolicy:
    """How many times and how long to wait before sending a failed request again.

    Attributes:
        max_retries: retries after the first attempt.
        backoff_base: wait before the first retry when the server gave none, in seconds;
            it doubles at each retry.
        backoff_max: longest backoff wait, in seconds.
        jitter: share of the backoff wait taken off at random (0 to 1), so that many
            clients do not retry in step.
        max_retry_after: longest wait the server may ask for and still be retried; a longer
            `Retry-After` ends the retries and the answer is handed back.
        sleep, async_sleep, random: injected in tests.
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    backoff_base: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    backoff_max: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    jitter: float = attrs.field(default=0.25, validator=attrs.validators.ge(0))
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    sleep: Callable[[float], None] = attrs.field(default=time.sleep, repr=False)
    async_sleep: Callable[[float], Awaitable[None]] = attrs.field(default=asyncio.sleep, repr=False)
    random: Callable[[], float] = attrs.field(default=random.random, repr=False)

    def backoff(self, retry_number: int) -> float:
        """Give the wait before retry `retry_number` (1 for the first) when the server gave none."""
        wait = min(self.backoff_max, self.backoff_base * 2.0 ** (retry_number - 1))
        return wait * (1.0 - min(self.jitter, 1.0) * self.random())


@attrs.frozen
class _Plan:
    """The decision taken after one attempt: retry after `wait` seconds, or stop."""

    retry: bool
    wait: float = 0.0
    cause: str = ""


_STOP: Final = _Plan(retry=False)


def _replayable(request: httpx.Request) -> bool:
    # A body given as bytes, JSON, form or multipart can be sent again; a generator cannot.
    return isinstance(request.stream, httpx.ByteStream) or (
        type(request.stream).__name__ == "MultipartStream"
    )


def _apply_timeout(request: httpx.Request) -> None:
    timeout = current_request_options().timeout
    if timeout is None:
        return
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout)
    request.extensions["timeout"] = timeout.as_dict()


class _RetryLogic:
    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def max_retries(self) -> int:
        override = current_request_options().max_retries
        return self.policy.max_retries if override is None else override

    def after_exception(
        self,
        request: httpx.Request,
        exc: httpx.TransportError,
        retry_number: int,
        replayable: bool,
    ) -> _Plan:
        if retry_number > self.max_retries() or not replayable:
            return _STOP
        if isinstance(exc, _NOT_SENT) or (
            isinstance(exc, _MAYBE_SENT) and request.method in IDEMPOTENT_METHODS
        ):
            return _Plan(True, self.policy.backoff(retry_number), type(exc).__name__)
        return _STOP

    def after_response(
        self,
        request: httpx.Request,
        response: httpx.Response,
        retry_number: int,
        replayable: bool,
    ) -> _Plan:
        status = response.status_code
        if retry_number > self.max_retries() or not replayable:
            return _STOP
        if status == httpx.codes.TOO_MANY_REQUESTS:
            code, message = parse_error_body(response.content)
            if is_spam_rejection(status, code, message):
                return _STOP
        elif not (500 <= status <= 599 and request.method in IDEMPOTENT_METHODS):
            return _STOP

        asked = suggested_wait(response.headers)
        if asked is None:
            return _Plan(True, self.policy.backoff(retry_number), str(status))
        if asked > self.policy.max_retry_after:
            return _STOP
        return _Plan(True, asked, str(status))

    def log(self, request: httpx.Request, plan: _Plan, retry_number: int) -> None:
        _log.info(
            "retrying %s %s in %.1f s (attempt %d of %d): %s",
            request.method,
            request.url.path,
            plan.wait,
            retry_number + 1,
            self.max_retries() + 1,
            plan.cause,
        )


class RetryTransport(httpx.BaseTransport):
    """Send each request through `transport`, again when `policy` allows (see module doc)."""

    def __init__(self, transport: httpx.BaseTransport, policy: RetryPolicy | None = None) -> None:
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self._logic = _RetryLogic(self.policy)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _apply_timeout(request)
        # Judged before the first attempt: sending a generator body consumes it.
        replayable = _replayable(request)
        retry_number = 1
        while True:
            try:
                response = self.transport.handle_request(request)
                try:
                    response.read()
                except BaseException:
                    response.close()
                    raise
            except httpx.TransportError as exc:
                plan = self._logic.after_exception(request, exc, retry_number, replayable)
                if not plan.retry:
                    raise
            else:
                plan = self._logic.after_response(request, response, retry_number, replayable)
                if not plan.retry:
                    return response
            self._logic.log(request, plan, retry_number)
            self.policy.sleep(plan.wait)
            retry_number += 1

    def close(self) -> None:
        self.transport.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The asyncio twin of `RetryTransport`, with the same rules."""

    def __init__(
        self, transport: httpx.AsyncBaseTransport, policy: RetryPolicy | None = None
    ) -> None:
        self.transport = transport
        self.policy = policy or RetryPolicy()
        self._logic = _RetryLogic(self.policy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _apply_timeout(request)
        # Judged before the first attempt: sending a generator body consumes it.
        replayable = _replayable(request)
        retry_number = 1
        while True:
            try:
                response = await self.transport.handle_async_request(request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
            except httpx.TransportError as exc:
                plan = self._logic.after_exception(request, exc, retry_number, replayable)
                if not plan.retry:
                    raise
            else:
                plan = self._logic.after_response(request, response, retry_number, replayable)
                if not plan.retry:
                    return response
            self._logic.log(request, plan, retry_number)
            await self.policy.async_sleep(plan.wait)
            retry_number += 1

    async def aclose(self) -> None:
        await self.transport.aclose()
