"""Error statuses: 5xx, 429 (Retry-After, huge resets, spam), unreadable bodies, overrides."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from pinterest._request_options import request_options
from pinterest.utils.sdk_exceptions import (
    ApiTimeoutError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    SdkException,
    ServerError,
    SpamRejectedError,
    UnexpectedResponseError,
)

from .fault_server import Fault, FaultServer, Reply
from .support import SPAM, Sleeps, call, make_client

ERROR = {"code": 1, "message": "try later"}


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_get_5xx_without_retry_after_backs_off_and_succeeds(
    status: int, server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("GET", "/v5/boards", Reply(status, ERROR), Reply(status), Reply(200, {"ok": 1}))

    with make_client(server, sleeps) as client:
        assert call(client, "GET", "/boards").json() == {"ok": 1}

    assert server.count("GET", "/v5/boards") == 3
    assert sleeps.calls == [0.4375, 0.875]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_get_5xx_with_retry_after_waits_what_the_server_asks(
    status: int, server: FaultServer, sleeps: Sleeps
) -> None:
    server.script(
        "GET", "/v5/boards", Reply(status, headers={"Retry-After": "7"}), Reply(200, {"ok": 1})
    )

    with make_client(server, sleeps) as client:
        call(client, "GET", "/boards")

    assert sleeps.calls == [7.0]


def test_get_5xx_that_persists_raises_server_error_after_the_retries(
    server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("GET", "/v5/boards", *[Reply(503, ERROR, {"x-pinterest-rid": "rid-9"})] * 3)

    with make_client(server, sleeps) as client, pytest.raises(ServerError) as caught:
        call(client, "GET", "/boards")

    assert caught.value.status == 503
    assert caught.value.code == 1
    assert caught.value.request_id == "rid-9"
    assert server.count("GET", "/v5/boards") == 3


def test_get_5xx_asking_a_wait_beyond_the_cap_is_not_slept(
    server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("GET", "/v5/boards", Reply(503, headers={"Retry-After": "3600"}))

    with make_client(server, sleeps) as client, pytest.raises(ServerError):
        call(client, "GET", "/boards")

    assert sleeps.calls == []
    assert server.count("GET", "/v5/boards") == 1


@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_write_5xx_is_never_sent_again(
    method: str, status: int, server: FaultServer, sleeps: Sleeps
) -> None:
    server.script(method, "/v5/pins", Reply(status, headers={"Retry-After": "1"}), Reply(201))

    with make_client(server, sleeps) as client, pytest.raises(ServerError):
        call(client, method, "/pins", json={"title": "once"})

    assert server.count(method, "/v5/pins") == 1
    assert sleeps.calls == []


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_429_with_retry_after_seconds_is_retried_for_every_method(
    method: str, server: FaultServer, sleeps: Sleeps
) -> None:
    limited = Reply(429, {"code": 8, "message": "rate limited"}, {"Retry-After": "2"})
    server.script(method, "/v5/pins", limited, Reply(200, {"id": "1"}))

    with make_client(server, sleeps) as client:
        assert call(client, method, "/pins").json() == {"id": "1"}

    assert sleeps.calls == [2.0]
    assert server.count(method, "/v5/pins") == 2


def test_429_with_retry_after_as_http_date_waits_until_then(
    server: FaultServer, sleeps: Sleeps
) -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    server.script("GET", "/v5/boards", Reply(429, headers={"Retry-After": when}), Reply(200))

    with make_client(server, sleeps) as client:
        call(client, "GET", "/boards")

    assert len(sleeps.calls) == 1
    assert 3.0 < sleeps.calls[0] <= 5.0


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "86400"},
        {
            "X-RateLimit-Limit": "1000, 1000;w=86400",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "50000",
        },
    ],
    ids=["retry-after", "daily-quota-reset"],
)
def test_429_with_a_huge_reset_raises_at_once_with_retry_after(
    headers: dict[str, str], server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("POST", "/v5/pins", Reply(429, {"code": 8, "message": "quota"}, headers))

    with make_client(server, sleeps) as client, pytest.raises(RateLimitError) as caught:
        call(client, "POST", "/pins", json={})

    assert not isinstance(caught.value, SpamRejectedError)
    assert caught.value.retry_after is not None and caught.value.retry_after > 3600
    assert "retry after" in str(caught.value)
    assert sleeps.calls == []
    assert server.count("POST", "/v5/pins") == 1


def test_429_that_persists_raises_rate_limit_error_with_the_parsed_limits(
    server: FaultServer, sleeps: Sleeps
) -> None:
    headers = {"Retry-After": "1", "X-RateLimit-Limit": "100, 100;w=1, 1000;w=60"}
    server.script("GET", "/v5/boards", *[Reply(429, {"code": 8, "message": "slow"}, headers)] * 3)

    with make_client(server, sleeps) as client, pytest.raises(RateLimitError) as caught:
        call(client, "GET", "/boards")

    assert sleeps.calls == [1.0, 1.0]
    assert caught.value.retry_after == 1.0
    assert caught.value.rate_limit is not None
    assert caught.value.rate_limit.limit == 100
    assert len(caught.value.rate_limit.policies) == 3


@pytest.mark.parametrize("body", [SPAM, {"code": 9, "message": "blocked"}])
def test_spam_429_is_never_retried(
    body: dict[str, object], server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("POST", "/v5/pins", Reply(429, body, {"Retry-After": "1"}), Reply(201))

    with make_client(server, sleeps) as client, pytest.raises(SpamRejectedError) as caught:
        call(client, "POST", "/pins", json={"title": "x"})

    assert caught.value.status == 429
    assert caught.value.code == 9
    assert server.count("POST", "/v5/pins") == 1
    assert sleeps.calls == []


@pytest.mark.parametrize(
    ("status", "body", "headers", "error_class", "message_part"),
    [
        (
            502,
            "<html><head><title>502 Bad Gateway</title></head></html>",
            {"Content-Type": "text/html"},
            ServerError,
            "502 Bad Gateway",
        ),
        (500, b"", {}, ServerError, "empty body"),
        (
            400,
            b'{"code": 1, "message": "Invalid par',
            {"Content-Type": "application/json"},
            BadRequestError,
            "unreadable JSON body",
        ),
        (404, b"not json at all", {}, NotFoundError, "non-JSON body: not json at all"),
        (418, b"<p>teapot</p>", {}, UnexpectedResponseError, "HTML body"),
    ],
    ids=["html", "empty", "truncated-json", "invalid-json", "other-status"],
)
def test_unreadable_error_bodies_give_the_right_exception(
    status: int,
    body: bytes | str,
    headers: dict[str, str],
    error_class: type[SdkException],
    message_part: str,
    server: FaultServer,
    sleeps: Sleeps,
) -> None:
    server.script("POST", "/v5/pins", Reply(status, body, headers))

    with make_client(server, sleeps) as client, pytest.raises(SdkException) as caught:
        call(client, "POST", "/pins", json={})

    assert type(caught.value) is error_class
    assert caught.value.status == status
    assert caught.value.code is None
    expected_body = body.decode() if isinstance(body, bytes) else body
    assert caught.value.body == expected_body
    assert message_part in str(caught.value)


@pytest.mark.parametrize(("max_retries", "attempts"), [(0, 1), (4, 5)])
def test_per_call_retries_override_the_policy(
    max_retries: int, attempts: int, server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("GET", "/v5/boards", *[Reply(503)] * 6)

    with make_client(server, sleeps, max_retries=2) as client:
        with request_options(max_retries=max_retries), pytest.raises(ServerError):
            call(client, "GET", "/boards")
        server.script("GET", "/v5/boards", *[Reply(503)] * 6)
        with pytest.raises(ServerError):
            call(client, "GET", "/boards")  # outside the block: the policy again

    assert server.count("GET", "/v5/boards") == attempts + 3


def test_per_call_timeout_overrides_the_client_timeout(server: FaultServer, sleeps: Sleeps) -> None:
    # Were the override ignored, the 30 s client timeout would outlast the 3 s stall and
    # the call would succeed.
    server.script("GET", "/v5/boards", Reply(200, {"late": 1}, fault=Fault.STALL, stall_seconds=3))

    with (
        make_client(server, sleeps, timeout=httpx.Timeout(30.0)) as client,
        request_options(timeout=0.2, max_retries=0),
        pytest.raises(ApiTimeoutError),
    ):
        call(client, "GET", "/boards")

    assert server.count("GET", "/v5/boards") == 1
