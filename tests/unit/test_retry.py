"""The retry loop with a mock transport: what is retried, how long it waits, per-call options."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator

import httpx
import pytest

from pinterest._request_options import (
    RequestOptions,
    current_request_options,
    request_options,
)
from pinterest._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

Step = httpx.Response | Exception


class Script:
    """A mock transport handler that plays `steps` in order and counts the requests."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


def client_for(script: Script, sleeps: list[float], **policy: float) -> httpx.Client:
    retry_policy = RetryPolicy(sleep=sleeps.append, random=lambda: 0.0, **policy)  # type: ignore[arg-type]
    transport = RetryTransport(httpx.MockTransport(script), retry_policy)
    return httpx.Client(transport=transport, base_url="https://api.example.test/v5")


def test_backoff_doubles_up_to_the_maximum_and_jitter_only_shortens() -> None:
    policy = RetryPolicy(backoff_base=0.5, backoff_max=3.0, jitter=0.5, random=lambda: 1.0)

    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5)] == [0.25, 0.5, 1.0, 1.5, 1.5]
    assert RetryPolicy(random=lambda: 0.0).backoff(1) == 0.5


def test_negative_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(max_retry_after=-0.1)


@pytest.mark.parametrize(
    ("method", "failure", "attempts"),
    [
        ("POST", httpx.ConnectError("refused"), 3),
        ("POST", httpx.ConnectTimeout("slow"), 3),
        ("PATCH", httpx.PoolTimeout("pool"), 3),
        ("POST", httpx.ReadTimeout("read"), 1),
        ("POST", httpx.RemoteProtocolError("gone"), 1),
        ("PATCH", httpx.WriteError("broken"), 1),
        ("PUT", httpx.WriteError("broken"), 3),
        ("DELETE", httpx.ReadError("reset"), 3),
        ("GET", httpx.ProxyError("proxy"), 1),
        ("GET", httpx.UnsupportedProtocol("ftp"), 1),
    ],
)
def test_transport_failures(method: str, failure: Exception, attempts: int) -> None:
    script = Script(*[failure] * 3)
    sleeps: list[float] = []

    with client_for(script, sleeps) as client, pytest.raises(type(failure)):
        client.request(method, "/pins")

    assert len(script.requests) == attempts
    assert sleeps == [0.5, 1.0][: attempts - 1]


@pytest.mark.parametrize(
    ("method", "status", "attempts"),
    [
        ("GET", 500, 3),
        ("HEAD", 502, 3),
        ("PUT", 503, 3),
        ("DELETE", 504, 3),
        ("OPTIONS", 599, 3),
        ("POST", 503, 1),
        ("PATCH", 500, 1),
        ("GET", 400, 1),
        ("GET", 401, 1),
        ("GET", 404, 1),
        ("POST", 429, 3),
        ("PATCH", 429, 3),
    ],
)
def test_statuses(method: str, status: int, attempts: int) -> None:
    script = Script(*[httpx.Response(status)] * 3)

    with client_for(script, []) as client:
        response = client.request(method, "/pins")

    assert response.status_code == status
    assert len(script.requests) == attempts


def test_retry_after_up_to_the_cap_is_slept_and_beyond_it_is_not() -> None:
    at_cap = Script(httpx.Response(429, headers={"Retry-After": "60"}), httpx.Response(200))
    beyond = Script(httpx.Response(429, headers={"Retry-After": "60.5"}), httpx.Response(200))
    sleeps: list[float] = []

    with client_for(at_cap, sleeps) as client:
        assert client.get("/boards").status_code == 200
    with client_for(beyond, sleeps) as client:
        assert client.get("/boards").status_code == 429

    assert sleeps == [60.0]
    assert len(beyond.requests) == 1


def test_the_cap_is_configurable() -> None:
    script = Script(httpx.Response(503, headers={"Retry-After": "5"}), httpx.Response(200))
    sleeps: list[float] = []

    with client_for(script, sleeps, max_retry_after=4.0) as client:
        assert client.get("/boards").status_code == 503

    assert sleeps == []


def test_spam_429_is_returned_untouched() -> None:
    spam = httpx.Response(429, json={"code": 9, "message": "combat spam"})
    script = Script(spam, httpx.Response(201))

    with client_for(script, []) as client:
        response = client.post("/pins", json={})

    assert response.status_code == 429
    assert response.json()["code"] == 9
    assert len(script.requests) == 1


def test_a_body_that_cannot_be_sent_twice_is_not_retried() -> None:
    script = Script(httpx.Response(503), httpx.Response(200))

    def chunks() -> Iterator[bytes]:
        yield b"once"

    with client_for(script, []) as client:
        assert client.put("/boards/1", content=chunks()).status_code == 503

    assert len(script.requests) == 1


def test_one_info_line_per_retry(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="pinterest")
    script = Script(
        httpx.Response(503, headers={"Retry-After": "1.2"}),
        httpx.ReadError("reset"),
        httpx.Response(200),
    )

    with client_for(script, []) as client:
        client.get("/boards", params={"bookmark": "secret-ish"})

    lines = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "pinterest.retry"]
    assert lines == [
        ("INFO", "retrying GET /v5/boards in 1.2 s (attempt 2 of 3): 503"),
        ("INFO", "retrying GET /v5/boards in 1.0 s (attempt 3 of 3): ReadError"),
    ]


def test_per_call_options_override_retries_and_set_the_timeout() -> None:
    script = Script(*[httpx.Response(503)] * 10)

    with client_for(script, []) as client:
        with request_options(max_retries=5, timeout=2.5):
            client.get("/boards")
        assert len(script.requests) == 6
        assert script.requests[0].extensions["timeout"] == {
            "connect": 2.5,
            "read": 2.5,
            "write": 2.5,
            "pool": 2.5,
        }
        with request_options(timeout=httpx.Timeout(1.0, read=9.0)), request_options(max_retries=0):
            client.get("/boards")
        assert len(script.requests) == 7
        assert script.requests[6].extensions["timeout"]["read"] == 9.0


def test_async_transport_follows_the_same_rules() -> None:
    sleeps: list[float] = []

    async def async_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    script = Script(httpx.ConnectError("refused"), httpx.Response(502), httpx.Response(200))
    post_script = Script(httpx.Response(503), httpx.Response(200))
    policy = RetryPolicy(async_sleep=async_sleep, random=lambda: 0.0)

    async def main() -> tuple[int, int]:
        transport = AsyncRetryTransport(httpx.MockTransport(script), policy)
        post_transport = AsyncRetryTransport(httpx.MockTransport(post_script), policy)
        async with (
            httpx.AsyncClient(transport=transport) as client,
            httpx.AsyncClient(transport=post_transport) as post_client,
        ):
            first = await client.get("https://api.example.test/v5/boards")
            second = await post_client.post("https://api.example.test/v5/pins")
        return first.status_code, second.status_code

    assert asyncio.run(main()) == (200, 503)
    assert sleeps == [0.5, 1.0]
    assert len(post_script.requests) == 1


def test_options_stay_in_their_thread_and_task() -> None:
    seen: dict[str, RequestOptions] = {}

    def other_thread() -> None:
        seen["thread"] = current_request_options()

    async def tasks() -> None:
        async def read(name: str) -> None:
            seen[name] = current_request_options()

        outside = asyncio.ensure_future(read("task outside"))
        with request_options(max_retries=1):
            inside = asyncio.ensure_future(read("task inside"))
        await asyncio.gather(outside, inside)

    with request_options(max_retries=7, timeout=3.0):
        thread = threading.Thread(target=other_thread)
        thread.start()
        thread.join()
        seen["here"] = current_request_options()
    asyncio.run(tasks())

    assert seen["here"] == RequestOptions(max_retries=7, timeout=3.0)
    assert seen["thread"] == RequestOptions()
    assert seen["task inside"] == RequestOptions(max_retries=1)
    assert seen["task outside"] == RequestOptions()
    assert current_request_options() == RequestOptions()


def test_bad_retry_counts_are_refused() -> None:
    refuse: list[Callable[[], object]] = [
        lambda: RequestOptions(max_retries=-1),
        lambda: RequestOptions(max_retries=True),
    ]
    for make in refuse:
        with pytest.raises(ValueError):
            make()
