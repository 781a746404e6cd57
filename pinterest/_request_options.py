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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

__all__ = ["RequestOptions", "current_request_options", "request_options"]


@dataclass(frozen=True)
class RequestOptions:
    """Options for the calls made inside a `request_options` block; `None` keeps the default.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        timeout: seconds for every phase, or an `httpx.Timeout` for each phase on its own.
    """

    max_retries: int | None = None
    timeout: float | httpx.Timeout | None = None

    def __post_init__(self) -> None:
        value = self.max_retries
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or value < 0
        ):
            raise ValueError(f"max_retries must be None or a non-negative int, not {value!r}")

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
