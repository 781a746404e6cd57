"""No token or secret in any log record, exception text or repr, across the fault scenarios."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from pinterest._auth import parse_token_response
from pinterest._logging import get_logger
from pinterest._request_options import request_options
from pinterest.utils.sdk_exceptions import SdkException

from .fault_server import Fault, FaultServer, Received, Reply, unused_port
from .support import (
    ACCESS_TOKEN,
    APP_SECRET,
    EXPIRED,
    NEW_ACCESS_TOKEN,
    NEW_REFRESH_TOKEN,
    REFRESH_TOKEN,
    SECRETS,
    SPAM,
    TOKEN_PATH,
    Sleeps,
    bearer_route,
    call,
    make_auth,
    make_client,
    token_answer,
)


class Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))


@pytest.fixture
def collector() -> Iterator[Collector]:
    handler = Collector()
    root = logging.getLogger()
    sdk = logging.getLogger("pinterest")
    previous = sdk.level
    root.addHandler(handler)
    sdk.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        sdk.setLevel(previous)


def test_no_secret_in_logs_exceptions_or_reprs(
    server: FaultServer, sleeps: Sleeps, collector: Collector
) -> None:
    texts: list[str] = []
    auth = make_auth(server, on_refresh_token=lambda _token: None)
    texts.append(repr(auth))

    def expect_error(method: str, path: str) -> None:
        with pytest.raises(SdkException) as caught:
            call(client, method, path, json={"access_token": ACCESS_TOKEN})
        texts.extend([str(caught.value), repr(caught.value)])

    server.route("GET", "/v5/boards", bearer_route(NEW_ACCESS_TOKEN))
    server.script(
        "POST",
        TOKEN_PATH,
        Reply(200, token_answer(refresh_token=NEW_REFRESH_TOKEN)),
        Reply(400, {"code": 1, "message": f"invalid refresh token {NEW_REFRESH_TOKEN}"}),
    )
    server.script("GET", "/v5/flaky", Reply(503, headers={"Retry-After": "1"}), Reply(200))
    server.script("POST", "/v5/quota", Reply(429, {"code": 8}, {"Retry-After": "99999"}))
    server.script("POST", "/v5/pins", Reply(429, SPAM))
    server.script("GET", "/v5/html", Reply(502, f"<title>{ACCESS_TOKEN}</title>"))
    server.script("GET", "/v5/stall", Reply(fault=Fault.STALL))
    server.route("GET", "/v5/expired", lambda _request: Reply(401, EXPIRED))

    with make_client(server, sleeps, auth=auth) as client:
        call(client, "GET", "/boards")  # expired, refreshed, rotated, resent
        call(client, "GET", "/flaky")  # one retry
        expect_error("POST", "/quota")
        expect_error("POST", "/pins")
        expect_error("GET", "/html")
        with request_options(timeout=0.2, max_retries=0):
            expect_error("GET", "/stall")
        expect_error("GET", "/expired")  # its refresh fails, echoing the token
    texts.append(repr(auth))

    with make_client(f"http://127.0.0.1:{unused_port()}", sleeps, auth=auth) as client:
        expect_error("GET", "/boards")

    tokens = parse_token_response(
        __import__("httpx").Response(200, json=token_answer(refresh_token=NEW_REFRESH_TOKEN))
    )
    texts.append(repr(tokens))

    # Code that logs credentials by mistake, on a child logger and with an exception.
    leaky = get_logger("pinterest.leaky")
    leaky.debug(
        "headers %s body %r",
        {"Authorization": f"Bearer {ACCESS_TOKEN}"},
        f"app_secret={APP_SECRET}&refresh_token={REFRESH_TOKEN}",
    )
    try:
        raise ValueError(f"cannot use {NEW_ACCESS_TOKEN} with {APP_SECRET}")
    except ValueError:
        leaky.exception("failed with %s", NEW_REFRESH_TOKEN)

    levels = {record.levelname for record in collector.records}
    names = {record.name for record in collector.records}
    assert {"DEBUG", "INFO", "WARNING", "ERROR"} <= levels
    assert {"pinterest.http", "pinterest.retry", "pinterest.auth", "pinterest.leaky"} <= names
    assert any("retrying GET /v5/flaky" in line for line in collector.lines)
    assert any("Traceback" in line for line in collector.lines)

    everything = collector.lines + texts
    leaks = [(secret, text) for text in everything for secret in SECRETS if secret in text]
    assert leaks == []


@pytest.fixture
def httpcore_debug(collector: Collector) -> Iterator[Collector]:
    """The collector, with the HTTP libraries' own loggers at DEBUG."""
    loggers = [logging.getLogger(name) for name in ("httpx", "httpcore")]
    previous = [each.level for each in loggers]
    for each in loggers:
        each.setLevel(logging.DEBUG)
    try:
        yield collector
    finally:
        for each, level in zip(loggers, previous, strict=True):
            each.setLevel(level)


def test_httpcore_debug_lines_never_show_an_echoed_or_rejected_token(
    server: FaultServer, sleeps: Sleeps, httpcore_debug: Collector
) -> None:
    def echo(request: Received) -> Reply:
        return Reply(
            302,
            headers={
                "X-Echo-Auth": request.headers["authorization"],
                "Location": f"{server.url}/v5/next?code={ACCESS_TOKEN}",
                "X-Echo-Secret": APP_SECRET,
            },
        )

    server.route("GET", "/v5/echo", echo)
    server.route("GET", "/v5/bad-header", lambda _request: Reply(200))
    auth = make_auth(server)

    with make_client(server, sleeps, auth=auth, max_retries=0) as client:
        client.get("/echo")
        with pytest.raises(SdkException):
            call(client, "GET", "/bad-header", headers={"X-Forward": f"Bearer {ACCESS_TOKEN}\n"})

    names = {record.name for record in httpcore_debug.records}
    assert {"httpcore.http11", "httpcore.connection"} <= names
    assert any("X-Echo-Auth" in line for line in httpcore_debug.lines)
    assert any("LocalProtocolError" in line for line in httpcore_debug.lines)
    leaks = [line for line in httpcore_debug.lines for secret in SECRETS if secret in line]
    assert leaks == []
