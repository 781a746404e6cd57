"""Redaction of credentials in the `pinterest` loggers' records."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import pytest

from pinterest._logging import (
    REDACTED,
    RedactingFilter,
    get_logger,
    logger,
    protect_library_loggers,
    redact,
    register_secret,
)

PACKAGE = Path(__file__).resolve().parents[2] / "pinterest"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Bearer abc.DEF-123", f"Authorization: Bearer {REDACTED}"),
        ("{'authorization': 'Basic dXNlcjpwYXNz'}", f"{{'authorization': 'Basic {REDACTED}'}}"),
        ('"Authorization": "token-without-scheme"', f'"Authorization": "{REDACTED}"'),
        (
            '{"access_token": "abc", "scope": "x"}',
            f'{{"access_token": "{REDACTED}", "scope": "x"}}',
        ),
        ("{'refresh_token':'abc'}", f"{{'refresh_token':'{REDACTED}'}}"),
        ('{\\"client_secret\\": \\"abc\\"}', f'{{\\"client_secret\\": \\"{REDACTED}\\"}}'),
        (
            "grant_type=refresh_token&refresh_token=abc&x=1",
            f"grant_type=refresh_token&refresh_token={REDACTED}&x=1",
        ),
        ("app_secret=s3cr3t", f"app_secret={REDACTED}"),
        ("token pina_AbC123.xyz-_ end", f"token {REDACTED} end"),
        ("pinr_ZZZ", REDACTED),
    ],
)
def test_recognisable_credentials_are_redacted(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"code": 2, "message": "Authentication failed."}',
        "GET /v5/boards?bookmark=abc&page_size=25 -> 200",
        "retrying POST /v5/pins in 1.2 s (attempt 2 of 3): 503",
        "pinterest_generated loaded; grant_type=refresh_token",
        "Board name 'Basic Recipes' already exists",
        "Pins about basic knitting",
        "pina_colada_recipes",
        "Invalid value for field 'authorization': must be",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_registered_secrets_are_redacted_and_short_values_ignored() -> None:
    register_secret("plain-value-without-prefix-1")
    register_secret("short")
    register_secret(None)

    assert redact("x plain-value-without-prefix-1 y") == f"x {REDACTED} y"
    assert redact("a short word") == "a short word"


def test_a_secret_containing_another_is_replaced_whole() -> None:
    register_secret("inner-secret-9876")
    register_secret("outer-inner-secret-9876-tail")

    assert redact("[outer-inner-secret-9876-tail]") == f"[{REDACTED}]"


def record(msg: str, *args: object, exc: bool = False) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise RuntimeError("failure with pina_INEXCEPTION")
        except RuntimeError as error:
            exc_info = (type(error), error, error.__traceback__)
    return logging.LogRecord("pinterest.x", logging.INFO, __file__, 1, msg, args, exc_info)


def test_filter_rewrites_message_arguments_exception_and_extras() -> None:
    item = record("sent %s with %r", "Bearer pina_SECRET1", {"refresh_token": "r"}, exc=True)
    item.stack_info = "stack with pinr_STACK"
    item.__dict__["headers"] = "Authorization: Bearer pina_EXTRA"

    assert RedactingFilter().filter(item) is True

    assert item.getMessage() == f"sent Bearer {REDACTED} with {{'refresh_token': '{REDACTED}'}}"
    assert item.args is None
    assert item.exc_text is not None and "pina_INEXCEPTION" not in item.exc_text
    assert "RuntimeError" in item.exc_text
    assert item.stack_info == f"stack with {REDACTED}"
    assert item.__dict__["headers"] == f"Authorization: Bearer {REDACTED}"


def test_filter_survives_a_broken_format_string() -> None:
    item = record("%s and %s", "pina_ONLYONE")

    assert RedactingFilter().filter(item) is True
    assert "pina_ONLYONE" not in item.getMessage()


def test_child_loggers_are_filtered_even_with_a_handler_on_the_root(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="pinterest")

    get_logger("pinterest.deep.child").debug("token %s", "pina_CHILDTOKEN")
    logger.info("token %s", "pinr_PARENTTOKEN")

    assert [r.getMessage() for r in caplog.records] == [f"token {REDACTED}"] * 2
    assert "pina_CHILDTOKEN" not in caplog.text and "pinr_PARENTTOKEN" not in caplog.text


def test_get_logger_refuses_names_outside_the_sdk() -> None:
    with pytest.raises(ValueError):
        get_logger("pinterestfoo")
    assert get_logger() is logger


@pytest.mark.parametrize(
    "name",
    [
        "httpx",
        "httpcore",
        "httpcore.connection",
        "httpcore.http11",
        "httpcore.http2",
        "httpcore.proxy",
        "httpcore.socks",
    ],
)
def test_the_http_libraries_loggers_are_filtered_too(name: str) -> None:
    # A filter on `httpcore` does not see the records of `httpcore.http11`: each needs its own.
    assert any(isinstance(f, RedactingFilter) for f in logging.getLogger(name).filters)


def test_a_library_child_logger_created_later_is_redacted_too(
    caplog: pytest.LogCaptureFixture,
) -> None:
    protect_library_loggers()
    name = "httpcore.http3_in_some_later_version"
    caplog.set_level(logging.DEBUG, logger=name)

    logging.getLogger(name).debug("header %r", (b"X-Echo", b"Bearer pina_LATECHILDTOKEN"))

    assert caplog.records and "pina_LATECHILDTOKEN" not in caplog.text
    assert f"Bearer {REDACTED}" in caplog.records[0].getMessage()


def test_sdk_modules_get_their_loggers_from_get_logger() -> None:
    # A logger made with logging.getLogger("pinterest.x") would bypass redaction: filters
    # on the `pinterest` logger do not see its children's records.
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if path.name != "_logging.py"
        and re.search(r"logging\.getLogger\(|\bgetLogger\(", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_extra_fields_of_a_library_logger_made_later_are_redacted() -> None:
    protect_library_loggers()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(message)s | %(detail)s"))
    late = logging.getLogger("httpcore.made_after_the_client")
    late.setLevel(logging.DEBUG)
    late.addHandler(handler)
    try:
        late.debug("tok pina_X123456789", extra={"detail": "Authorization: Bearer pina_EXTRA9"})
    finally:
        late.removeHandler(handler)

    assert stream.getvalue() == f"tok {REDACTED} | Authorization: Bearer {REDACTED}\n"
