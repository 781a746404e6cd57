"""Argument checks: ids that cannot change the endpoint, strings, ints and enum values."""

from __future__ import annotations

import re
from enum import Enum, IntEnum, StrEnum
from typing import Any

import pytest

from pinterest import _validation


class Privacy(StrEnum):
    PUBLIC = "PUBLIC"
    SECRET = "SECRET"


class Days(IntEnum):
    ONE = 1
    SEVEN = 7


@pytest.mark.parametrize(
    ("value", "expected"),
    [("549755885175", "549755885175"), (549755885175, "549755885175"), ("a-b_c.1", "a-b_c.1")],
)
def test_require_id_gives_strings_and_ints_as_text(value: Any, expected: str) -> None:
    assert _validation.require_id("board_id", value) == expected


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("..", ValueError, "board_id must be an id, not '..'"),
        (".", ValueError, "board_id must be an id, not '.'"),
        ("", ValueError, "board_id must not be empty"),
        (" 1", ValueError, "board_id must not start or end with whitespace"),
        ("1\n", ValueError, "board_id must not start or end with whitespace"),
        ("  ", ValueError, "board_id must not start or end with whitespace"),
        ("1\x002", ValueError, "board_id must not hold control characters"),
        ("1\r\n2", ValueError, "board_id must not hold control characters"),
        ("1\x7f", ValueError, "board_id must not hold control characters"),
        (None, TypeError, "board_id must be a string id, got NoneType"),
        (True, TypeError, "board_id must be a string id, got bool"),
        (1.5, TypeError, "board_id must be a string id, got float"),
        (["1"], TypeError, "board_id must be a string id, got list"),
    ],
)
def test_require_id_rejects_what_could_name_another_endpoint(
    value: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        _validation.require_id("board_id", value)


def test_optional_id_allows_none_only() -> None:
    assert _validation.optional_id("section_id", None) is None
    assert _validation.optional_id("section_id", 7) == "7"
    with pytest.raises(ValueError, match="section_id"):
        _validation.optional_id("section_id", "..")


@pytest.mark.parametrize("value", [5, 5.0, True, b"name"])
def test_require_str_does_not_turn_other_types_into_text(value: Any) -> None:
    with pytest.raises(TypeError, match=f"name must be a string, got {type(value).__name__}"):
        _validation.require_str("name", value)


@pytest.mark.parametrize(
    ("value", "error"), [(None, TypeError), (True, TypeError), ("1", TypeError)]
)
def test_require_int_takes_ints_only(value: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="new_spend_cap must be an integer"):
        _validation.require_int("new_spend_cap", value)


def test_require_int_checks_bounds() -> None:
    assert _validation.require_int("cap", 0, minimum=0) == 0
    with pytest.raises(ValueError, match="cap must be at least 0"):
        _validation.require_int("cap", -1, minimum=0)


def test_enum_value_takes_members_and_their_values() -> None:
    assert _validation.enum_value("privacy", "SECRET", Privacy) is Privacy.SECRET
    assert _validation.enum_value("privacy", Privacy.PUBLIC, Privacy) is Privacy.PUBLIC
    assert _validation.enum_value("days", 7, Days) is Days.SEVEN


@pytest.mark.parametrize(
    ("value", "enum_class", "message"),
    [
        # True == 1 in Python, so a bool used to pass for a number of days.
        (True, Days, "days must be an integer, got bool"),
        ("7", Days, "days must be an integer, got str"),
        (5, Privacy, "days must be a string, got int"),
    ],
)
def test_enum_value_rejects_values_of_another_json_type(
    value: Any, enum_class: type[Enum], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        _validation.enum_value("days", value, enum_class)


def test_enum_value_rejects_unlisted_values_of_the_right_type() -> None:
    with pytest.raises(ValueError, match=re.escape("must be one of PUBLIC, SECRET; got 'OPEN'")):
        _validation.enum_value("privacy", "OPEN", Privacy)
    with pytest.raises(ValueError, match="must be one of 1, 7; got 3"):
        _validation.enum_value("days", 3, Days)
