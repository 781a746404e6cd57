"""Many callers hitting an expired token at once cause exactly one token request."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from .fault_server import FaultServer, Received, Reply
from .support import (
    EXPIRED,
    NEW_ACCESS_TOKEN,
    TOKEN_PATH,
    Sleeps,
    acall,
    call,
    make_async_client,
    make_auth,
    make_client,
    token_answer,
)

# How long the token endpoint waits for every caller's first request to be rejected.
_GATHER_LIMIT_SECONDS = 10.0


class ExpiredUntilRefreshed:
    """Rejects the old token; answers the token request only once `callers` 401s went out.

    Holding the token answer back until every caller has been rejected guarantees that all
    of them want a refresh while the first refresh is under way, which is the race the
    single-flight lock must win.
    """

    def __init__(self, callers: int) -> None:
        self.callers = callers
        self._rejected = 0
        self._lock = threading.Lock()
        self.all_rejected = threading.Event()

    def api(self, request: Received) -> Reply:
        if request.headers.get("authorization") == f"Bearer {NEW_ACCESS_TOKEN}":
            return Reply(200, {"items": []})
        with self._lock:
            self._rejected += 1
            if self._rejected >= self.callers:
                self.all_rejected.set()
        return Reply(401, EXPIRED)

    def token(self, _request: Received) -> Reply:
        self.all_rejected.wait(_GATHER_LIMIT_SECONDS)
        return Reply(200, token_answer())


def test_16_threads_with_an_expired_token_share_one_refresh(
    server: FaultServer, sleeps: Sleeps
) -> None:
    callers = 16
    scenario = ExpiredUntilRefreshed(callers)
    server.route("GET", "/v5/boards", scenario.api)
    server.route("POST", TOKEN_PATH, scenario.token)
    start = threading.Barrier(callers)

    with make_client(server, sleeps, auth=make_auth(server)) as client:

        def one_call(_index: int) -> int:
            start.wait(timeout=10)
            return call(client, "GET", "/boards").status_code

        with ThreadPoolExecutor(max_workers=callers) as pool:
            statuses = list(pool.map(one_call, range(callers)))

    assert statuses == [200] * callers
    assert scenario.all_rejected.is_set()
    assert server.count("POST", TOKEN_PATH) == 1
    assert server.count("GET", "/v5/boards") == 2 * callers


def test_16_threads_near_expiry_share_one_refresh_before_sending(
    server: FaultServer, sleeps: Sleeps
) -> None:
    callers = 16
    server.route("GET", "/v5/boards", ExpiredUntilRefreshed(callers).api)
    server.route("POST", TOKEN_PATH, lambda _request: Reply(200, token_answer()))
    start = threading.Barrier(callers)
    auth = make_auth(server, expires_at=0.0, clock=lambda: 10.0)

    with make_client(server, sleeps, auth=auth) as client:

        def one_call(_index: int) -> int:
            start.wait(timeout=10)
            return call(client, "GET", "/boards").status_code

        with ThreadPoolExecutor(max_workers=callers) as pool:
            statuses = list(pool.map(one_call, range(callers)))

    assert statuses == [200] * callers
    assert server.count("POST", TOKEN_PATH) == 1
    assert server.count("GET", "/v5/boards") == callers


@pytest.mark.parametrize("near_expiry", [False, True], ids=["401", "near-expiry"])
def test_100_asyncio_tasks_with_an_expired_token_share_one_refresh(
    near_expiry: bool, server: FaultServer, sleeps: Sleeps
) -> None:
    callers = 100
    scenario = ExpiredUntilRefreshed(callers)
    server.route("GET", "/v5/boards", scenario.api)
    if near_expiry:
        server.route("POST", TOKEN_PATH, lambda _request: Reply(200, token_answer()))
        auth = make_auth(server, expires_at=0.0, clock=lambda: 10.0)
    else:
        server.route("POST", TOKEN_PATH, scenario.token)
        auth = make_auth(server)

    async def main() -> list[int]:
        # One connection per task plus one for the token request.
        transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=callers + 8))
        async with make_async_client(server, sleeps, auth=auth, transport=transport) as client:
            responses = await asyncio.gather(
                *(acall(client, "GET", "/boards") for _ in range(callers))
            )
        return [response.status_code for response in responses]

    statuses = asyncio.run(main())

    assert statuses == [200] * callers
    assert near_expiry or scenario.all_rejected.is_set()
    assert server.count("POST", TOKEN_PATH) == 1
    expected_gets = callers if near_expiry else 2 * callers
    assert server.count("GET", "/v5/boards") == expected_gets
