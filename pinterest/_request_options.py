"""Per-call options (retries, timeout) carried in a context variable.

```python
with request_options(max_retries=0, timeout=5.0):
    board.get(...)  # this call only: no retry, 5 s timeout
```

A context variable is what makes this correct under concurrency: each thread starts with
the defaults (a `with` block in one thread never reaches another), and each asyncio task
runs in a copy of the context of the code that created it, so a task created inside the
block keeps the options and one created outside never sees them. Blocks nest; an inner
block overrides only the options it names.
"""

from __future__ import annotations

import contextvars
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["RequestOptions", "current_request_options", "request_options", "timeout_problem"]

_TIMEOUT_PHASES = ("connect", "read", "write", "pool")


def _is_positive_seconds(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value > 0
    )


def timeout_problem(value: object) -> str | None:
    """Give what is wrong with `value` as a timeout, or `None` when it is usable.

    A timeout is a positive, finite number of seconds (applied to each phase: connect, read,
    write, pool), or an `httpx.Timeout` whose phases are each such a number or `None`.
    """
    if _is_positive_seconds(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "timeout must be a positive, finite number of seconds"
    import httpx

    if isinstance(value, httpx.Timeout):
        for phase in _TIMEOUT_PHASES:
            seconds = getattr(value, phase)
            if seconds is not None and not _is_positive_seconds(seconds):
                return f"timeout: the {phase} phase must be None or a positive, finite number"
        return None
    return (
        "timeout must be a positive, finite number of seconds or an httpx.Timeout, "
        f"not {type(value).__name__}"
    )


@dataclass(frozen=True)
class RequestOptions:
    """Options for the calls made inside a `request_options` block; `None` keeps the default.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        timeout: seconds for each phase (connect, read, write, pool wait: a limit per phase,
            not a deadline for the whole call), or an `httpx.Timeout` for each phase on its
            own.

    Raises:
        ValueError: `max_retries` is not a non-negative int, or `timeout` is not a positive,
            finite number of seconds or an `httpx.Timeout`.
    """

    max_retries: int | None = None
    timeout: float | httpx.Timeout | None = None

    def __post_init__(self) -> None:
        value = self.max_retries
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ValueError(f"max_retries must be None or a non-negative int, not {value!r}")
        if self.timeout is not None:
            problem = timeout_problem(self.timeout)
            if problem is not None:
                raise ValueError(problem)

    def merged_with(self, override: RequestOptions) -> RequestOptions:
        """Give these options with every option that `override` sets replaced."""
        return RequestOptions(
            max_retries=(
                override.max_retries if override.max_retries is not None else self.max_retries
            ),
            timeout=override.timeout if override.timeout is not None else self.timeout,
        )


_current: contextvars.ContextVar[RequestOptions] = contextvars.ContextVar(
    "pinterest_request_options",
    default=RequestOptions(),  # noqa: B039 - frozen, so one shared default is safe
)


def current_request_options() -> RequestOptions:
    """Give the options in force for a call made here and now."""
    return _current.get()


@contextmanager
def request_options(
    *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
) -> Iterator[RequestOptions]:
    """Apply `max_retries` and/or `timeout` to every SDK call made inside the block."""
    options = _current.get().merged_with(RequestOptions(max_retries=max_retries, timeout=timeout))
    token = _current.set(options)
    try:
        yield options
    finally:
        _current.reset(token)
