"""Failures below HTTP: refused connections, resets, silent closes, read timeouts."""

from __future__ import annotations

import logging

import httpx
import pytest

from pinterest.utils.sdk_exceptions import ApiTimeoutError, NetworkError

from .fault_server import Fault, FaultServer, Reply, unused_port
from .support import Sleeps, call, make_client


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_is_retried_for_every_method_then_raises(
    method: str, sleeps: Sleeps, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="pinterest")
    client = make_client(f"http://127.0.0.1:{unused_port()}", sleeps)

    with client, pytest.raises(NetworkError) as caught:
        call(client, method, "/boards", json={} if method == "POST" else None)

    assert type(caught.value) is NetworkError
    assert caught.value.status is None
    assert "ConnectError" in str(caught.value)
    assert sleeps.calls == [0.4375, 0.875]
    retry_lines = [r.getMessage() for r in caplog.records if r.name == "pinterest.retry"]
    assert retry_lines == [
        f"retrying {method} /v5/boards in 0.4 s (attempt 2 of 3): ConnectError",
        f"retrying {method} /v5/boards in 0.9 s (attempt 3 of 3): ConnectError",
    ]


@pytest.mark.parametrize("fault", [Fault.RESET, Fault.RESET_MID_BODY, Fault.CLOSE])
def test_get_broken_off_is_retried_and_succeeds(
    fault: Fault, server: FaultServer, sleeps: Sleeps
) -> None:
    server.script(
        "GET", "/v5/boards", Reply(200, {"items": [1]}, fault=fault), Reply(200, {"items": [2]})
    )

    with make_client(server, sleeps) as client:
        response = call(client, "GET", "/boards")

    assert response.json() == {"items": [2]}
    assert server.count("GET", "/v5/boards") == 2
    assert len(sleeps.calls) == 1


@pytest.mark.parametrize("fault", [Fault.RESET, Fault.RESET_MID_BODY, Fault.CLOSE])
def test_post_broken_off_is_never_sent_again(
    fault: Fault, server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("POST", "/v5/pins", Reply(201, {"id": "1"}, fault=fault), Reply(201, {"id": "2"}))

    with make_client(server, sleeps) as client, pytest.raises(NetworkError) as caught:
        call(client, "POST", "/pins", json={"board_id": "1"})

    assert not isinstance(caught.value, ApiTimeoutError)
    assert server.count("POST", "/v5/pins") == 1
    assert sleeps.calls == []


def test_get_read_timeout_is_retried_then_raises_timeout(
    server: FaultServer, sleeps: Sleeps
) -> None:
    server.script("GET", "/v5/boards", *[Reply(fault=Fault.STALL)] * 3)
    timeout = httpx.Timeout(5.0, read=0.2)

    with (
        make_client(server, sleeps, timeout=timeout) as client,
        pytest.raises(ApiTimeoutError) as caught,
    ):
        call(client, "GET", "/boards")

    assert "ReadTimeout" in str(caught.value)
    assert server.count("GET", "/v5/boards") == 3
    assert len(sleeps.calls) == 2


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_write_read_timeout_is_never_sent_again(
    method: str, server: FaultServer, sleeps: Sleeps
) -> None:
    server.script(method, "/v5/pins", Reply(fault=Fault.STALL), Reply(201, {"id": "2"}))
    timeout = httpx.Timeout(5.0, read=0.2)

    with make_client(server, sleeps, timeout=timeout) as client, pytest.raises(ApiTimeoutError):
        call(client, method, "/pins", json={"title": "once"})

    assert server.count(method, "/v5/pins") == 1
    assert sleeps.calls == []
