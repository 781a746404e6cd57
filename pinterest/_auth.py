"""Authentication: a bearer token on every request, refreshed when it expires.

`PinterestAuth` is an `httpx.Auth` flow. It refreshes the access token

* before sending, when the expiry time is known and less than `refresh_margin` away (or no
  access token is known yet), and
* once, followed by one resend, when Pinterest answers 401 for an expired token.

Pinterest uses one status, 401, for two different problems, told apart by the body's `code`:

* code 2, "Authentication failed.": an expired, revoked or malformed token. Refreshed once.
* code 3, "Your token does not have sufficient permissions ...": a missing scope. Never.
* code 7, "Not authorized to access board or Pin.": never.
* code 29, "You are not permitted to access that resource.": never.
* no code (an empty or HTML body from a proxy): refreshed only when the known expiry time
  has passed, or when the message or `WWW-Authenticate` says `expired` or `invalid_token`.

Any other code is treated like 3: a refresh that cannot help is a token request wasted and,
with rotating refresh tokens, a risk. A request is refreshed-and-resent at most once, so a
401 that persists after a refresh comes back to the caller instead of looping.

The refresh request is yielded from the flow, so it travels through the same client as
every call: same transport, proxies, timeouts, retry rules (a POST, so only retried when it
certainly did not reach the server) and logging. Refreshing is single-flight: one lock per
`PinterestAuth` for threads, plus one per event loop for asyncio tasks. A caller that waited
for the lock uses the token the refresh it waited for produced (or gets its error) instead
of spending the refresh token again: Pinterest rotates refresh tokens, and two refreshes
with the same one can lock the app out. The new refresh token replaces the old one and is
handed to `on_refresh_token`, so that the caller can store it.
"""

from __future__ import annotations

import asyncio
import base64
import json
import threading
import time
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator
from contextlib import asynccontextmanager
from typing import Any, Final

import attrs
import httpx

from pinterest._config import is_header_safe
from pinterest._logging import get_logger, register_secret
from pinterest._retry import RetryPolicy
from pinterest._transport import DEFAULT_TIMEOUT, create_http_client
from pinterest.utils.sdk_exceptions import (
    AuthenticationError,
    error_from_transport,
    parse_error_body,
)

__all__ = [
    "PinterestAuth",
    "TokenResponse",
    "is_expired_token_response",
    "parse_token_response",
    "refresh_access_token",
]

DEFAULT_TOKEN_URL: Final = "https://api.pinterest.com/v5/oauth/token"

EXPIRED_TOKEN_CODE: Final = 2

# How often an asyncio task looks again at a refresh lock held by another thread.
_THREAD_LOCK_POLL_SECONDS: Final = 0.005

_log = get_logger("pinterest.auth")


@attrs.frozen
class TokenResponse:
    """What the token endpoint answered; the tokens are left out of `repr()`."""

    access_token: str = attrs.field(repr=False)
    token_type: str | None = None
    expires_in: float | None = None
    scope: str | None = None
    refresh_token: str | None = attrs.field(default=None, repr=False)
    refresh_token_expires_in: float | None = None


def build_refresh_request(
    *,
    app_id: str,
    app_secret: str,
    refresh_token: str,
    token_url: str = DEFAULT_TOKEN_URL,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
) -> httpx.Request:
    """Give the `POST {token_url}` that trades `refresh_token` for a new access token."""
    credentials = base64.b64encode(f"{app_id}:{app_secret}".encode()).decode("ascii")
    return httpx.Request(
        "POST",
        token_url,
        headers={"Authorization": f"Basic {credentials}", "Accept": "application/json"},
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        extensions={"timeout": timeout.as_dict()},
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def parse_token_response(response: httpx.Response) -> TokenResponse:
    """Give the tokens in a token endpoint answer (its body must have been read).

    Raises:
        AuthenticationError: the answer is not a success, or has no access token. It
            carries Pinterest's status, code and request id, never a token.
    """
    if not response.is_success:
        code, message = parse_error_body(response.content)
        raise AuthenticationError(
            code=code,
            message=f"access token refresh failed: {message or response.reason_phrase}",
            response=response,
            body=None,
        )
    try:
        document = json.loads(response.content)
    except ValueError:
        document = None
    access_token = _text(document.get("access_token")) if isinstance(document, dict) else None
    if not isinstance(document, dict) or access_token is None:
        raise AuthenticationError(
            message="access token refresh answered without an access token",
            response=response,
            body=None,
        )
    refresh_token = _text(document.get("refresh_token"))
    for name, token in (("access token", access_token), ("refresh token", refresh_token)):
        if token is not None and not is_header_safe(token):
            # Such a token cannot be sent in a header; the text never shows it.
            register_secret(token)
            register_secret(token.strip())
            raise AuthenticationError(
                message=f"access token refresh answered with a malformed {name} "
                "(whitespace, control or non-ASCII characters)",
                response=response,
                body=None,
            )
    register_secret(access_token)
    register_secret(refresh_token)
    return TokenResponse(
        access_token=access_token,
        token_type=_text(document.get("token_type")),
        expires_in=_number(document.get("expires_in")),
        scope=_text(document.get("scope")),
        refresh_token=refresh_token,
        refresh_token_expires_in=_number(document.get("refresh_token_expires_in")),
    )


def is_expired_token_response(response: httpx.Response, *, past_expiry: bool = False) -> bool:
    """Tell whether a 401 means the access token expired, so that a refresh can help.

    `past_expiry` says the token's known expiry time has passed. See the module docstring
    for the rules. The body must have been read.
    """
    if response.status_code != httpx.codes.UNAUTHORIZED:
        return False
    code, message = parse_error_body(response.content)
    if code is not None:
        return code == EXPIRED_TOKEN_CODE
    if past_expiry:
        return True
    hint = f"{message or ''} {response.headers.get('WWW-Authenticate', '')}".lower()
    return "expired" in hint or "invalid_token" in hint


def _copy_error(error: AuthenticationError) -> AuthenticationError:
    return AuthenticationError(
        status=error.status,
        reason=error.reason,
        code=error.code,
        message=error.message,
        request_id=error.request_id,
        response=error.response,
        headers=error.headers,
    )


class PinterestAuth(httpx.Auth):
    """Bearer authentication that refreshes the access token itself (see module doc).

    Args:
        access_token: the current access token, if known.
        refresh_token, app_id, app_secret: what a refresh needs; without all three the
            token is never refreshed and a 401 comes back to the caller.
        token_url: the token endpoint, `{base URL}/oauth/token`.
        expires_at: when `access_token` expires, in `clock()` seconds (Unix time).
        on_refresh_token: called with each new refresh token Pinterest hands out; the old
            one stops working, so store the new one.
        refresh_margin: refresh this many seconds before `expires_at`.
        clock: gives the current Unix time (injected in tests).
    """

    # The request body is kept in memory so that it can be sent again after a refresh.
    requires_request_body = True

    def __init__(
        self,
        *,
        access_token: str | None = None,
        refresh_token: str | None = None,
        app_id: str | None = None,
        app_secret: str | None = None,
        token_url: str = DEFAULT_TOKEN_URL,
        expires_at: float | None = None,
        on_refresh_token: Callable[[str], None] | None = None,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        for secret in (access_token, refresh_token, app_secret):
            register_secret(secret)
        self._access_token = access_token
        self._refresh_token = refresh_token
        self._app_id = app_id
        self._app_secret = app_secret
        self._expires_at = expires_at
        self.token_url = token_url
        self.on_refresh_token = on_refresh_token
        self.refresh_margin = refresh_margin
        self.clock = clock

        # `_state` guards reads and writes of the fields below; `_refresh_lock` makes
        # refreshes single-flight and is held while the token request is under way.
        self._state = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()
        self._refreshes = 0  # refresh attempts that got an answer
        self._last_failure: AuthenticationError | None = None

    def __repr__(self) -> str:
        def shown(value: str | None) -> str:
            return "None" if value is None else "'***'"

        return (
            f"PinterestAuth(access_token={shown(self._access_token)}, "
            f"refresh_token={shown(self._refresh_token)}, app_id={self._app_id!r}, "
            f"app_secret={shown(self._app_secret)}, expires_at={self._expires_at!r})"
        )

    @property
    def access_token(self) -> str | None:
        """The access token sent now."""
        return self._access_token

    @property
    def refresh_token(self) -> str | None:
        """The refresh token the next refresh will use."""
        return self._refresh_token

    @property
    def expires_at(self) -> float | None:
        """When the access token expires (Unix time), if known."""
        return self._expires_at

    @property
    def can_refresh(self) -> bool:
        """Whether a refresh token, an app id and an app secret are all known."""
        return bool(self._refresh_token and self._app_id and self._app_secret)

    # -- the flows ---------------------------------------------------------------------

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        seen = self._snapshot()[1]
        if self._must_refresh_before_sending():
            with self._refresh_lock:
                token_request = self._begin_refresh(seen, request)
                if token_request is not None:
                    token_response = yield token_request
                    token_response.read()
                    self._finish_refresh(token_response)

        seen = self._authorize(request)
        response = yield request
        if response.status_code != httpx.codes.UNAUTHORIZED or not self.can_refresh:
            return
        response.read()
        if not is_expired_token_response(response, past_expiry=self._past_expiry()):
            return

        with self._refresh_lock:
            token_request = self._begin_refresh(seen, request)
            if token_request is not None:
                token_response = yield token_request
                token_response.read()
                self._finish_refresh(token_response)
        self._authorize(request)
        yield request

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        seen = self._snapshot()[1]
        if self._must_refresh_before_sending():
            async with self._async_refresh_lock():
                token_request = self._begin_refresh(seen, request)
                if token_request is not None:
                    token_response = yield token_request
                    await token_response.aread()
                    self._finish_refresh(token_response)

        seen = self._authorize(request)
        response = yield request
        if response.status_code != httpx.codes.UNAUTHORIZED or not self.can_refresh:
            return
        await response.aread()
        if not is_expired_token_response(response, past_expiry=self._past_expiry()):
            return

        async with self._async_refresh_lock():
            token_request = self._begin_refresh(seen, request)
            if token_request is not None:
                token_response = yield token_request
                await token_response.aread()
                self._finish_refresh(token_response)
        self._authorize(request)
        yield request

    # -- the steps ---------------------------------------------------------------------

    def _snapshot(self) -> tuple[str | None, int]:
        with self._state:
            return self._access_token, self._refreshes

    def _past_expiry(self) -> bool:
        return self._expires_at is not None and self.clock() >= self._expires_at

    def _must_refresh_before_sending(self) -> bool:
        if self._access_token is None:
            return True
        return (
            self.can_refresh
            and self._expires_at is not None
            and self.clock() >= self._expires_at - self.refresh_margin
        )

    def _authorize(self, request: httpx.Request) -> int:
        """Put the current token on `request`; give the refresh count it belongs to."""
        token, refreshes = self._snapshot()
        if token is None:
            raise AuthenticationError(message="no access token is available")
        request.headers["Authorization"] = f"Bearer {token}"
        return refreshes

    def _begin_refresh(self, seen: int, request: httpx.Request) -> httpx.Request | None:
        """Give the token request to send, or `None` when a refresh ended since `seen`.

        Called with the refresh lock held. A refresh that ended while this caller waited is
        reused: its token when it succeeded, its error when it failed.
        """
        with self._state:
            if self._refreshes != seen:
                failure = self._last_failure
                if failure is not None:
                    raise _copy_error(failure)
                return None
            refresh_token, app_id, app_secret = (
                self._refresh_token,
                self._app_id,
                self._app_secret,
            )
        if not (refresh_token and app_id and app_secret):
            if self._access_token is None:
                raise AuthenticationError(
                    message="no access token, and no refresh token, app id and app secret "
                    "to obtain one"
                )
            return None
        timeout = request.extensions.get("timeout")
        token_request = build_refresh_request(
            app_id=app_id,
            app_secret=app_secret,
            refresh_token=refresh_token,
            token_url=self.token_url,
        )
        if timeout is not None:
            token_request.extensions["timeout"] = timeout
        return token_request

    def _finish_refresh(self, response: httpx.Response) -> None:
        """Adopt the tokens of a token endpoint answer, or raise its AuthenticationError."""
        try:
            tokens = parse_token_response(response)
        except AuthenticationError as error:
            with self._state:
                self._refreshes += 1
                self._last_failure = error
            _log.warning("access token refresh failed: %s", error)
            raise

        rotated = tokens.refresh_token is not None and tokens.refresh_token != self._refresh_token
        with self._state:
            self._access_token = tokens.access_token
            if tokens.refresh_token is not None:
                self._refresh_token = tokens.refresh_token
            self._expires_at = (
                self.clock() + tokens.expires_in if tokens.expires_in is not None else None
            )
            self._refreshes += 1
            self._last_failure = None

        lifetime = f"{tokens.expires_in:.0f} s" if tokens.expires_in is not None else "unknown"
        _log.info("access token refreshed (lifetime %s)", lifetime)
        if rotated and tokens.refresh_token is not None:
            _log.info("refresh token rotated; the previous one is no longer valid")
            if self.on_refresh_token is not None:
                try:
                    self.on_refresh_token(tokens.refresh_token)
                except Exception as exc:
                    # The request itself succeeds; losing the new refresh token is what the
                    # user must act on, and the callback's text may carry the token.
                    _log.warning(
                        "on_refresh_token raised %s; the new refresh token is kept in memory only",
                        type(exc).__name__,
                    )

    @asynccontextmanager
    async def _async_refresh_lock(self) -> AsyncIterator[None]:
        loop = asyncio.get_running_loop()
        with self._state:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
        async with lock:
            # Another thread (a sync client, or another event loop) may be refreshing with
            # the same refresh token: wait for it without blocking this loop.
            while not self._refresh_lock.acquire(blocking=False):
                await asyncio.sleep(_THREAD_LOCK_POLL_SECONDS)
            try:
                yield
            finally:
                self._refresh_lock.release()


def refresh_access_token(
    *,
    app_id: str,
    app_secret: str,
    refresh_token: str,
    token_url: str = DEFAULT_TOKEN_URL,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    retry_policy: RetryPolicy | None = None,
    transport: httpx.BaseTransport | None = None,
) -> TokenResponse:
    """Trade `refresh_token` for a new access token (and maybe a new refresh token).

    When the answer holds a `refresh_token`, it replaces the one passed in, which stops
    working: store it.

    Raises:
        AuthenticationError: Pinterest refused the refresh (its code is kept).
        NetworkError: no answer came back.
    """
    register_secret(refresh_token)
    register_secret(app_secret)
    request = build_refresh_request(
        app_id=app_id,
        app_secret=app_secret,
        refresh_token=refresh_token,
        token_url=token_url,
        timeout=timeout,
    )
    client = create_http_client(
        base_url="",
        auth=None,
        timeout=timeout,
        retry_policy=retry_policy or RetryPolicy(),
        transport=transport,
    )
    with client:
        try:
            response = client.send(request)
        except httpx.TransportError as exc:
            raise error_from_transport(exc) from exc
    return parse_token_response(response)
