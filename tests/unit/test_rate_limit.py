"""Parsing of X-RateLimit-* and Retry-After headers in every shape they come in."""

from __future__ import annotations

import email.utils

import httpx
import pytest

from pinterest._rate_limit import (
    RateLimit,
    RateLimitPolicy,
    parse_rate_limit,
    parse_retry_after,
    suggested_wait,
)

NOW = 1_700_000_000.0


def clock() -> float:
    return NOW


def test_policy_list_gives_the_current_limit_and_every_window() -> None:
    headers = httpx.Headers(
        {
            "X-RateLimit-Limit": "100, 100;w=1, 1000;w=60",
            "X-RateLimit-Remaining": "42",
            "X-RateLimit-Reset": "17",
        }
    )

    assert parse_rate_limit(headers, clock) == RateLimit(
        limit=100,
        remaining=42,
        reset=17.0,
        policies=(
            RateLimitPolicy(100),
            RateLimitPolicy(100, window=1.0),
            RateLimitPolicy(1000, window=60.0),
        ),
    )


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-ratelimit-limit": "250"}, RateLimit(limit=250, policies=(RateLimitPolicy(250),))),
        (
            {"X-RateLimit-Limit": '1000;w="86400";comment="daily"'},
            RateLimit(limit=1000, policies=(RateLimitPolicy(1000, 86400.0),)),
        ),
        (
            {"X-RateLimit-Limit": "abc, 10;w=1"},
            RateLimit(limit=10, policies=(RateLimitPolicy(10, 1.0),)),
        ),
        ({"X-RateLimit-Remaining": "0"}, RateLimit(remaining=0)),
        ({"X-RateLimit-Remaining": "3.0"}, RateLimit(remaining=3)),
        ({"X-RateLimit-Reset": "-5"}, RateLimit(reset=0.0)),
        ({"X-RateLimit-Reset": str(NOW + 90)}, RateLimit(reset=90.0)),
        ({"X-RateLimit-Limit": "10;w=abc"}, RateLimit(limit=10, policies=(RateLimitPolicy(10),))),
    ],
    ids=["int", "quoted-params", "junk-item", "zero", "float", "negative", "epoch", "bad-window"],
)
def test_every_format_is_read(headers: dict[str, str], expected: RateLimit) -> None:
    assert parse_rate_limit(headers, clock) == expected


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-RateLimit-Limit": ""},
        {"X-RateLimit-Limit": "lots", "X-RateLimit-Remaining": "nan", "X-RateLimit-Reset": "inf"},
        {"X-RateLimit-Limit": "-1"},
        {"Content-Type": "application/json"},
    ],
)
def test_unreadable_or_absent_headers_give_none(headers: dict[str, str]) -> None:
    assert parse_rate_limit(headers, clock) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5", 5.0),
        ("1.5", 1.5),
        ("  12  ", 12.0),
        ("-3", 0.0),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        ("Wed, 21 Oct 2015 07:28:00", 0.0),
        ("soon", None),
        ("", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_retry_after_seconds_or_http_date(value: str, expected: float | None) -> None:
    assert parse_retry_after({"Retry-After": value}, clock) == expected


def test_retry_after_absent_gives_none() -> None:
    assert parse_retry_after(httpx.Headers(), clock) is None


def test_suggested_wait_prefers_retry_after_then_an_exhausted_window() -> None:
    both = {"Retry-After": "4", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "99"}
    exhausted = {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "99"}
    not_exhausted = {"X-RateLimit-Remaining": "5", "X-RateLimit-Reset": "99"}

    assert suggested_wait(both, clock) == 4.0
    assert suggested_wait(exhausted, clock) == 99.0
    assert suggested_wait(not_exhausted, clock) is None
    assert suggested_wait({}, clock) is None
