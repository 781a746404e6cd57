"""Checks on what callers pass, so bad input fails before any request, naming the argument."""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import Any, TypeVar

E = TypeVar("E", bound=Enum)

# Path segments that mean "this folder" and "the parent folder": as an id they would make the
# request go to another endpoint (`/boards/B1/sections/..` is `/boards/B1`).
_DOT_SEGMENTS = frozenset({".", ".."})


def require_id(name: str, value: Any) -> str:
    """Give `value` as the id of a Pinterest object; raise naming `name` if it cannot be one.

    An id is a non-empty string, or an int (as pinterest-api-sdk 0.2.7 accepted), given as a
    string. It may not be `.` or `..`, start or end with whitespace, or hold control
    characters: each of these would either name another object or change which endpoint a
    request goes to.

    Raises:
        TypeError: `value` is neither a string nor an int.
        ValueError: `value` is a string that cannot be an id.
    """
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{name} must be a string id, got {type(value).__name__}")
    text = str(value)
    if not text:
        raise ValueError(f"{name} must not be empty")
    if text in _DOT_SEGMENTS:
        raise ValueError(f"{name} must be an id, not {text!r}")
    if text != text.strip():
        raise ValueError(f"{name} must not start or end with whitespace, got {text!r}")
    if any(unicodedata.category(character) == "Cc" for character in text):
        raise ValueError(f"{name} must not hold control characters, got {text!r}")
    return text


def optional_id(name: str, value: Any) -> str | None:
    """Like `require_id`, with None allowed."""
    return None if value is None else require_id(name, value)


def require_str(name: str, value: Any) -> str:
    """Give `value` if it is a string with more than whitespace; raise naming `name` otherwise.

    Raises:
        TypeError: `value` is not a string (numbers are not turned into text; ids are checked
            with `require_id`, which takes ints).
        ValueError: `value` is empty or only whitespace.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def optional_text(name: str, value: Any) -> str | None:
    """Give free text (a description, a title): any string, empty included, or None."""
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a string, got {type(value).__name__}")
    return value


def optional_str(name: str, value: Any) -> str | None:
    """Like `require_str`, with None allowed."""
    return None if value is None else require_str(name, value)


def optional_int(
    name: str, value: Any, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    """Give `value` if it is None or an int within the bounds; raise naming `name` otherwise."""
    if value is None:
        return None
    return require_int(name, value, minimum, maximum)


def require_int(
    name: str, value: Any, minimum: int | None = None, maximum: int | None = None
) -> int:
    """Give `value` if it is an int (not a bool) within the bounds; raise naming `name` otherwise.

    Raises:
        TypeError: `value` is not an int.
        ValueError: `value` is out of bounds.
    """
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
    """Give the member of `enum_class` that `value` (a member or its value) names.

    Only values the pinned API description lists are accepted in requests; reading tolerates
    values added later, sending them is a mistake the caller should hear about at once.

    Raises:
        TypeError: `value` is not of the type of the enum's values (a bool for a number of
            days, a number for a string enum, ...).
        ValueError: `value` is of the right type, but not one of the listed values.
    """
    if isinstance(value, enum_class) and value in list(enum_class):
        return value
    allowed = [member.value for member in enum_class]
    if isinstance(value, Enum):
        value = value.value
    if not any(json_type_matches(value, member) for member in allowed):
        kinds = sorted({json_type_name(member) for member in allowed})
        raise TypeError(f"{name} must be {' or '.join(kinds)}, got {type(value).__name__}")
    if value in allowed:
        return enum_class(value)
    raise ValueError(f"{name} must be one of {', '.join(map(str, allowed))}; got {value!r}")


def optional_enum(name: str, value: Any, enum_class: type[E]) -> E | None:
    """Like `enum_value`, with None allowed."""
    return None if value is None else enum_value(name, value, enum_class)


def json_type_matches(value: Any, member_value: Any) -> bool:
    """Tell whether `value` has the JSON type of `member_value` (an enum's value)."""
    # bool is an int in Python, not in JSON: True must not pass for 1.
    if isinstance(value, bool) or isinstance(member_value, bool):
        return isinstance(value, bool) and isinstance(member_value, bool)
    if isinstance(member_value, float):
        return isinstance(value, int | float)
    return isinstance(value, type(member_value))


def json_type_name(value: Any) -> str:
    """Give the JSON type of `value` with its article: `a string`, `an integer`, ..."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return f"a {type(value).__name__}"
