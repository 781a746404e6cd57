"""The SDK client: settings, credentials and one pooled HTTP connection per client.

`PinterestSDKClient` keeps the constructor and class methods of `pinterest-api-sdk` 0.2.7.
Settings are resolved when a client is created (explicit arguments, then `PINTEREST_*`
environment variables, then `.env`, then `config.json`); the HTTP machinery is built on the
first request.
"""

from __future__ import annotations

import logging
import os
import threading
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pinterest import _config
from pinterest._request_options import RequestOptions
from pinterest.utils.sdk_exceptions import ConfigurationError

if TYPE_CHECKING:
    import httpx

    from pinterest._auth import PinterestAuth
    from pinterest_generated.client import AuthenticatedClient

__all__ = ["PinterestSDKClient", "default_sdk_client"]

default_sdk_client: PinterestSDKClient | None = None

# Values given to set_default_access_token / set_default_refresh_token. They win over the
# environment for the default client, and are forgotten only when set again.
_default_overrides: dict[str, str] = {}
_default_lock = threading.Lock()


class PinterestSDKClient:
    """A configured connection to the Pinterest API.

    Args:
        access_token: OAuth access token. Without it, `refresh_token`, `app_id` and
            `app_secret` are used to obtain one before the first request.
        refresh_token: OAuth refresh token; access tokens are refreshed before they expire
            and once after a 401 that reports an expired token.
        app_id: The app's id (OAuth client id), needed with `refresh_token`.
        app_secret: The app's secret, needed with `refresh_token`.
        configuration: An object with `access_token` and `host` attributes, as 0.2.7's
            generated `Configuration` had; its values are used where the arguments are unset.
        header_name: Name of a header sent with every request (with `header_value`).
        header_value: Value of that header.
        cookie: A `Cookie` header sent with every request.
        pool_threads: Accepted for compatibility with 0.2.7; this client needs no thread pool.
        api_uri: Base URL of the API, such as `https://api-sandbox.pinterest.com/v5`.
        timeout: Seconds allowed for each phase of a request (connect, read, write, wait
            for a pooled connection), or an `httpx.Timeout` per phase. It is a limit per
            phase, not a deadline for the whole call.
        max_retries: How often a failed request is retried (see docs/faults.md).
        on_refresh_token: Called with the new refresh token whenever Pinterest rotates it, so
            the application can store it.
        transport: An `httpx` transport to send requests through (tests, proxies). When it
            can also serve asyncio (as `httpx.MockTransport` can), asynchronous calls use it
            too.
        async_transport: An `httpx` asyncio transport for asynchronous calls through
            `generated_client()`. When only one of the two transports is given and it cannot
            serve the other kind of call, that kind of call raises `ConfigurationError`
            instead of reaching the network.

    Raises:
        ConfigurationError: an argument, variable or `config.json` value is unusable.
    """

    def __init__(
        self,
        access_token: str | None = None,
        refresh_token: str | None = None,
        app_id: str | None = None,
        app_secret: str | None = None,
        configuration: Any = None,
        header_name: str | None = None,
        header_value: str | None = None,
        cookie: str | None = None,
        pool_threads: int = 1,
        *,
        api_uri: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        on_refresh_token: Callable[[str], None] | None = None,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if configuration is not None:
            access_token = access_token or getattr(configuration, "access_token", None)
            api_uri = api_uri or getattr(configuration, "host", None)
        _check_header_text("header_name", header_name)
        _check_header_text("header_value", header_value)
        _check_header_text("cookie", cookie)
        if (header_name is None) != (header_value is None):
            raise ConfigurationError("header_name and header_value go together")
        if header_name is not None and header_name.strip().lower() == "authorization":
            raise ConfigurationError(
                "header_name cannot be Authorization: the client sets that header from the "
                "access token"
            )
        if not isinstance(pool_threads, int) or isinstance(pool_threads, bool) or pool_threads < 1:
            raise ConfigurationError("pool_threads must be a positive integer")
        if pool_threads != 1:
            warnings.warn(
                "pool_threads has no effect: requests share one connection pool",
                DeprecationWarning,
                stacklevel=2,
            )
        try:
            # The per-call options check these two; the client's defaults obey the same rules.
            RequestOptions(max_retries=max_retries, timeout=timeout)
        except ValueError as exc:
            raise ConfigurationError(str(exc)) from None
        if on_refresh_token is not None and not callable(on_refresh_token):
            raise ConfigurationError("on_refresh_token must be callable")
        _check_transports(transport, async_transport)

        self._settings = _config.resolve_settings(
            {
                "access_token": access_token,
                "refresh_token": refresh_token,
                "app_id": app_id,
                "app_secret": app_secret,
                "api_uri": api_uri,
            }
        )
        if not self._settings.access_token and not self._settings.refresh_token:
            raise ConfigurationError(
                "no credentials: pass access_token (or refresh_token, app_id and app_secret), "
                "or set PINTEREST_ACCESS_TOKEN (or PINTEREST_REFRESH_ACCESS_TOKEN, "
                "PINTEREST_APP_ID and PINTEREST_APP_SECRET), or put them in .env or config.json "
                "(in the working directory, or the file named by PINTEREST_CONFIG_FILE)"
            )

        self._headers: dict[str, str] = {}
        if header_name is not None and header_value is not None:
            self._headers[header_name] = header_value
        if cookie is not None:
            self._headers["Cookie"] = cookie
        self._timeout = timeout
        self._max_retries = max_retries
        self._on_refresh_token = on_refresh_token
        self._transport = transport
        self._async_transport = async_transport
        self._auth: PinterestAuth | None = None
        self._http: httpx.Client | None = None
        self._async_http: httpx.AsyncClient | None = None
        self._generated: AuthenticatedClient | None = None
        self._build_lock = threading.Lock()
        _configure_logging(self._settings)

    def __repr__(self) -> str:
        credential = "access_token" if self._settings.access_token else "refresh_token"
        return f"PinterestSDKClient(api_uri={self.api_uri!r}, credential={credential})"

    @property
    def api_uri(self) -> str:
        """Base URL the client sends requests to."""
        return self._settings.api_uri

    @property
    def access_token(self) -> str | None:
        """The access token the next request will use (after any refresh)."""
        if self._auth is not None:
            return self._auth.access_token
        return self._settings.access_token

    def generated_client(self) -> AuthenticatedClient:
        """Give the low-level generated client, wired to this client's connection and auth.

        Its synchronous and asynchronous functions alike use this client's base URL,
        credentials, headers, timeout, retry policy and transports. The asynchronous
        connections belong to the event loop that first uses them: call `aclose()` before
        that loop ends.
        """
        if self._generated is None:
            with self._build_lock:
                if self._generated is None:
                    self._generated = self._build_generated_client()
        return self._generated

    def _build_generated_client(self) -> AuthenticatedClient:
        import httpx

        from pinterest._auth import PinterestAuth
        from pinterest._retry import RetryPolicy
        from pinterest._transport import (
            DEFAULT_TIMEOUT,
            create_async_http_client,
            create_http_client,
            unavailable_transport,
        )
        from pinterest_generated.client import AuthenticatedClient

        settings = self._settings
        self._auth = PinterestAuth(
            access_token=settings.access_token,
            refresh_token=settings.refresh_token,
            app_id=settings.app_id,
            app_secret=settings.app_secret,
            token_url=f"{settings.api_uri.rstrip('/')}/oauth/token",
            on_refresh_token=self._on_refresh_token,
        )
        if self._timeout is None:
            timeout = DEFAULT_TIMEOUT
        elif isinstance(self._timeout, httpx.Timeout):
            timeout = self._timeout
        else:
            timeout = httpx.Timeout(self._timeout)
        policy = RetryPolicy() if self._max_retries is None else RetryPolicy(self._max_retries)

        # A transport given for one kind of call serves the other kind too when it can. When
        # it cannot, that kind of call fails: falling back to the network would send requests
        # the caller routed elsewhere (a mock, a proxy) to the real API.
        sync_transport: httpx.BaseTransport | None = self._transport
        async_transport: httpx.AsyncBaseTransport | None = self._async_transport
        if sync_transport is None and async_transport is not None:
            sync_transport = (
                async_transport
                if isinstance(async_transport, httpx.BaseTransport)
                else unavailable_transport("synchronous", "transport")
            )
        if async_transport is None and self._transport is not None:
            async_transport = (
                self._transport
                if isinstance(self._transport, httpx.AsyncBaseTransport)
                else unavailable_transport("asynchronous", "async_transport")
            )

        # The generated client applies `auth` to each request it sends; the httpx clients
        # themselves carry none, so the flow runs exactly once per request.
        self._http = create_http_client(
            base_url=settings.api_uri,
            auth=None,
            timeout=timeout,
            retry_policy=policy,
            transport=sync_transport,
            headers=self._headers,
        )
        self._async_http = create_async_http_client(
            base_url=settings.api_uri,
            auth=None,
            timeout=timeout,
            retry_policy=policy,
            transport=async_transport,
            headers=self._headers,
        )
        generated = AuthenticatedClient(base_url=settings.api_uri, token="", auth=self._auth)
        generated.set_httpx_client(self._http)
        generated.set_async_httpx_client(self._async_http)
        return generated

    def close(self) -> None:
        """Close the client's connections; a later request opens new ones.

        Asynchronous connections are let go without being closed; `aclose()` closes both.
        """
        with self._build_lock:
            if self._http is not None:
                self._http.close()
            self._http = None
            self._async_http = None
            self._generated = None

    async def aclose(self) -> None:
        """Close the client's synchronous and asynchronous connections."""
        with self._build_lock:
            async_http = self._async_http
            self._async_http = None
        if async_http is not None:
            await async_http.aclose()
        self.close()

    def __enter__(self) -> PinterestSDKClient:
        return self

    def __exit__(self, *args: object) -> None:
        self.close()

    async def __aenter__(self) -> PinterestSDKClient:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()

    @classmethod
    def create_client_with_refresh_token(
        cls, refresh_token: str, app_id: str, app_secret: str
    ) -> PinterestSDKClient:
        """Give a client that obtains and refreshes access tokens with `refresh_token`."""
        return cls(refresh_token=refresh_token, app_id=app_id, app_secret=app_secret)

    @classmethod
    def create_client_with_token(cls, access_token: str) -> PinterestSDKClient:
        """Give a client that uses `access_token`."""
        _check_required_str("access_token", access_token)
        return cls(access_token=access_token)

    @classmethod
    def set_default_client(cls, client: PinterestSDKClient) -> None:
        """Make `client` the one resources use when no client is passed to them."""
        if not isinstance(client, PinterestSDKClient):
            raise TypeError("client must be a PinterestSDKClient")
        global default_sdk_client
        default_sdk_client = client

    @classmethod
    def set_default_access_token(cls, access_token: str) -> None:
        """Make the default client use `access_token` (it is rebuilt on next use)."""
        _check_required_str("access_token", access_token)
        with _default_lock:
            _default_overrides.clear()
            _default_overrides["access_token"] = access_token
            cls._reset_default_client()

    @classmethod
    def set_default_refresh_token(cls, refresh_token: str, app_id: str, app_secret: str) -> None:
        """Make the default client refresh access tokens with these credentials."""
        _check_required_str("refresh_token", refresh_token)
        _check_required_str("app_id", app_id)
        _check_required_str("app_secret", app_secret)
        with _default_lock:
            _default_overrides.clear()
            _default_overrides.update(
                refresh_token=refresh_token, app_id=app_id, app_secret=app_secret
            )
            cls._reset_default_client()

    @classmethod
    def create_default_client(cls) -> PinterestSDKClient:
        """Give the default client, creating it from the settings if there is none yet.

        Raises:
            ConfigurationError: no access token or refresh token is configured.
        """
        global default_sdk_client
        with _default_lock:
            if default_sdk_client is None:
                default_sdk_client = cls(
                    access_token=_default_overrides.get("access_token"),
                    refresh_token=_default_overrides.get("refresh_token"),
                    app_id=_default_overrides.get("app_id"),
                    app_secret=_default_overrides.get("app_secret"),
                )
            return default_sdk_client

    @classmethod
    def _reset_default_client(cls) -> None:
        global default_sdk_client
        default_sdk_client = None


def resolve_client(client: PinterestSDKClient | None) -> PinterestSDKClient:
    """Give `client`, or the default client when it is None."""
    if client is None:
        return PinterestSDKClient.create_default_client()
    if not isinstance(client, PinterestSDKClient):
        raise TypeError(f"client must be a PinterestSDKClient, got {type(client).__name__}")
    return client


def _check_header_text(name: str, value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string")
    if any(character < " " or character == "\x7f" for character in value):
        raise ConfigurationError(f"{name} must not contain control characters")


def _check_transports(transport: object, async_transport: object) -> None:
    if transport is None and async_transport is None:
        return
    import httpx

    if transport is not None and not isinstance(transport, httpx.BaseTransport):
        raise ConfigurationError("transport must be an httpx.BaseTransport")
    if async_transport is not None and not isinstance(async_transport, httpx.AsyncBaseTransport):
        raise ConfigurationError("async_transport must be an httpx.AsyncBaseTransport")


def _check_required_str(name: str, value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(f"{name} must be a non-empty string")


def _configure_logging(settings: _config.Settings) -> None:
    """Apply PINTEREST_DEBUG and PINTEREST_LOG_FILE to the `pinterest` logger."""
    if not settings.debug and not settings.log_file:
        return
    from pinterest._logging import logger

    if settings.debug:
        logger.setLevel(logging.DEBUG)
        # Debug output must show somewhere even when the application configured no logging;
        # the logger's redaction filter applies to what this handler writes.
        if not logger.handlers and not logging.root.handlers:
            console = logging.StreamHandler()
            console.setFormatter(logging.Formatter(settings.logger_format))
            logger.addHandler(console)
    if settings.log_file and not any(
        isinstance(handler, logging.FileHandler)
        and handler.baseFilename == os.path.abspath(settings.log_file)
        for handler in logger.handlers
    ):
        handler = logging.FileHandler(settings.log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter(settings.logger_format))
        logger.addHandler(handler)
