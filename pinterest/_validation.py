"""Checks on what callers pass, so bad input fails before any request, naming the argument."""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

E = TypeVar("E", bound=Enum)


def require_str(name: str, value: Any) -> str:
    """Give `value` if it is a non-empty string; raise `ValueError` naming `name` otherwise."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise ValueError(f"{name} must not be empty")
    return text


def optional_str(name: str, value: Any) -> str | None:
    """Like `require_str`, with None allowed."""
    return None if value is None else require_str(name, value)


def optional_int(
    name: str, value: Any, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """Give `value` if it is None or an int within the bounds; raise naming `name` otherwise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an integer, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ValueError(f"{name} must be at most {maximum}, got {value}")
    return value


def page_size(value: Any) -> int | None:
    """Check a `page_size` argument (1 to 250, as the API accepts)."""
    return optional_int("page_size", value, minimum=1, maximum=250)


def enum_value(name: str, value: Any, enum_class: type[E]) -> E:
    """Give the member of `enum_class` that `value` (a member or its string) names.

    Only values the pinned API description lists are accepted in requests; reading tolerates
    values added later, sending them is a mistake the caller should hear about at once.
    """
    if isinstance(value, enum_class) and value in list(enum_class):
        return value
    allowed = [member.value for member in enum_class]
    if isinstance(value, Enum):
        value = value.value
    if value in allowed:
        return enum_class(value)
    raise ValueError(f"{name} must be one of {', '.join(map(str, allowed))}; got {value!r}")


def optional_enum(name: str, value: Any, enum_class: type[E]) -> E | None:
    """Like `enum_value`, with None allowed."""
    return None if value is None else enum_value(name, value, enum_class)
