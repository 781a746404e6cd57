"""Reading Pinterest's rate-limit headers: `X-RateLimit-*` and `Retry-After`.

Pinterest sends `X-RateLimit-Limit` either as a plain number or as a list of policies in the
style of the IETF RateLimit draft, for example `100, 100;w=1, 1000;w=60`: the first item is
the limit that applies now, each `quota;w=seconds` item one window. `X-RateLimit-Remaining`
is a number of calls and `X-RateLimit-Reset` a number of seconds (a Unix time is accepted
too). Every parser here returns `None` for a header it cannot read instead of raising: a
malformed header must never turn a successful call into an error.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC

__all__ = [
    "RateLimit",
    "RateLimitPolicy",
    "header_value",
    "parse_rate_limit",
    "parse_retry_after",
    "suggested_wait",
]

# Reset values above this are Unix times, not durations (one year of seconds).
_EPOCH_THRESHOLD = 365 * 24 * 3600.0

Headers = Mapping[str, str]


@dataclass(frozen=True)
class RateLimitPolicy:
    """One quota of `X-RateLimit-Limit`: `quota` calls per `window` seconds (`None`: unstated)."""

    quota: int
    window: float | None = None


@dataclass(frozen=True)
class RateLimit:
    """What the `X-RateLimit-*` headers of one response said.

    Attributes:
        limit: calls allowed in the current window, or `None` when not stated.
        remaining: calls left in it, or `None`.
        reset: seconds until it resets, or `None`.
        policies: every quota listed in `X-RateLimit-Limit`, in the order sent.
    """

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None
    policies: tuple[RateLimitPolicy, ...] = ()


def header_value(headers: Headers, name: str) -> str | None:
    """Give the header `name` whatever its case, also from a plain dict; None when absent."""
    value = headers.get(name)
    if value is None:
        # Plain dicts are case-sensitive; httpx.Headers is not.
        lowered = name.lower()
        for key, candidate in headers.items():
            if key.lower() == lowered:
                return candidate
    return value


def _finite_number(text: str) -> float | None:
    try:
        number = float(text.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _parse_policy(item: str) -> RateLimitPolicy | None:
    quota_text, *parameters = item.split(";")
    quota = _finite_number(quota_text)
    if quota is None or quota < 0:
        return None
    window: float | None = None
    for parameter in parameters:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "w":
            window = _finite_number(value.strip().strip('"'))
    return RateLimitPolicy(quota=int(quota), window=window)


def _first_count(text: str | None) -> int | None:
    if text is None:
        return None
    policy = _parse_policy(text.split(",")[0])
    return None if policy is None else policy.quota


def _seconds_until(text: str | None, now: float) -> float | None:
    if text is None:
        return None
    value = _finite_number(text.split(",")[0].split(";")[0])
    if value is None:
        return None
    if value > _EPOCH_THRESHOLD:
        value -= now
    return max(value, 0.0)


def parse_rate_limit(headers: Headers, now: Callable[[], float] = time.time) -> RateLimit | None:
    """Give the rate limit stated by `headers`, or `None` when no `X-RateLimit-*` is readable."""
    limit_text = header_value(headers, "X-RateLimit-Limit")
    policies: list[RateLimitPolicy] = []
    if limit_text is not None:
        for item in limit_text.split(","):
            policy = _parse_policy(item)
            if policy is not None:
                policies.append(policy)

    rate_limit = RateLimit(
        limit=policies[0].quota if policies else None,
        remaining=_first_count(header_value(headers, "X-RateLimit-Remaining")),
        reset=_seconds_until(header_value(headers, "X-RateLimit-Reset"), now()),
        policies=tuple(policies),
    )
    if rate_limit == RateLimit():
        return None
    return rate_limit


def parse_retry_after(headers: Headers, now: Callable[[], float] = time.time) -> float | None:
    """Give the seconds to wait that `Retry-After` asks for (a number or an HTTP date).

    A date in the past gives `0.0`; a missing or unreadable header gives `None`.
    """
    text = header_value(headers, "Retry-After")
    if text is None or not text.strip():
        return None
    seconds = _finite_number(text)
    if seconds is not None:
        return max(seconds, 0.0)
    try:
        import email.utils

        moment = email.utils.parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(moment.timestamp() - now(), 0.0)


def suggested_wait(headers: Headers, now: Callable[[], float] = time.time) -> float | None:
    """Give how long the server asked the caller to wait before calling again, if it said so.

    `Retry-After` wins; otherwise, once no call is left in the window, the window's reset.
    """
    retry_after = parse_retry_after(headers, now)
    if retry_after is not None:
        return retry_after
    rate_limit = parse_rate_limit(headers, now)
    if rate_limit is not None and rate_limit.remaining == 0:
        return rate_limit.reset
    return None
