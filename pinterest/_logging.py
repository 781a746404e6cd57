"""The `pinterest` logger and the filter that keeps credentials out of its records.

Every logger of the SDK comes from `get_logger`, which attaches `RedactingFilter` to it:
a filter on a logger only sees the records created by that very logger, not those of its
children, so each `pinterest.*` logger carries its own. The HTTP libraries underneath log
too: `httpx` shows request URLs at INFO, and `httpcore` (`httpcore.http11`,
`httpcore.connection`, `httpcore.proxy`, ...) shows every header line the server sent and
every exception text at DEBUG. `protect_library_loggers` attaches the filter to each of
those loggers that exists, and installs a log record factory that passes the records of any
logger in the `pinterest`, `httpx` and `httpcore` hierarchies through the filter as they
are created, so that a child logger created later is covered too. Clients call it when they
build their HTTP machinery.

The filter rewrites the message (with its arguments), the exception text and the stack text
of each record, and every string given through `extra=...`. It replaces:

* the credentials of `Authorization: Bearer ...` / `Basic ...` headers,
* the values of `access_token`, `refresh_token`, `client_secret`, `app_secret` and
  `password` fields in JSON (`"access_token": "..."`) or form text (`access_token=...`),
* Pinterest tokens recognised by their prefix (`pina_` for access, `pinr_` for refresh),
* every exact value registered with `register_secret` (the client registers its tokens
  and the app secret, and the authentication flow registers each token it receives).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any, Final

__all__ = [
    "REDACTED",
    "RedactingFilter",
    "get_logger",
    "logger",
    "protect_library_loggers",
    "redact",
    "register_secret",
]

REDACTED: Final = "[REDACTED]"

# Shorter values are not registered: replacing every "abc" in every log line would hide
# more than it protects, and real tokens and secrets are far longer.
_MIN_SECRET_LENGTH: Final = 8

_SECRET_FIELDS = r"access_token|refresh_token|client_secret|app_secret|password"

_TOKEN_CHARACTERS = r"[A-Za-z0-9._~+/=\-]"
_CREDENTIAL_SIGN = re.compile(r"[0-9._~+/=\-]|(?<=.)[A-Z]")


def _looks_like_credential(value: str) -> bool:
    """Tell a token from a word: credentials mix in digits, symbols or inner capitals.

    "Basic Recipes" or "bearer knitting" in an error message are words, and stay.
    """
    return _CREDENTIAL_SIGN.search(value) is not None


def _keep_words(prefix_groups: int) -> Callable[[re.Match[str]], str]:
    """Give a replacement that redacts the last group only when it looks like a credential."""

    def replace(match: re.Match[str]) -> str:
        value = match.group(prefix_groups + 1)
        if not _looks_like_credential(value):
            return match.group(0)
        return "".join(match.group(index) for index in range(1, prefix_groups + 1)) + REDACTED

    return replace


_PATTERNS: Final[tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]] = (
    # Authorization headers in any rendering: "Bearer x", "Basic x", "'authorization': 'x'".
    (re.compile(rf"(?i)\b(bearer|basic)(\s+)({_TOKEN_CHARACTERS}+)"), _keep_words(2)),
    (
        re.compile(r"""(?i)(["']?authorization["']?\s*[:=]\s*["']?)(?!bearer|basic)([^"'\s,}]+)"""),
        _keep_words(1),
    ),
    # JSON fields: "access_token": "value" (also with escaped or single quotes).
    (
        re.compile(rf"""(?i)(\\?["']({_SECRET_FIELDS})\\?["']\s*:\s*\\?["'])[^"'\\]*"""),
        rf"\1{REDACTED}",
    ),
    # Form or query text: access_token=value&...
    (re.compile(rf"(?i)\b({_SECRET_FIELDS})=[^&\s\"',;]*"), rf"\1={REDACTED}"),
    # Pinterest tokens carry a recognisable prefix and capitals or digits ("pina_colada" stays).
    (re.compile(rf"\bpin[ar]_(?=[a-z._~+/=\-]*[A-Z0-9]){_TOKEN_CHARACTERS}+"), REDACTED),
)

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
# One alternation of every registered secret, longest first, so that text is scanned once: a
# secret containing another is replaced whole, and a replacement is never rescanned.
_secrets_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Make every later log record and exception text hide `value` wherever it appears.

    `None`, empty and very short values (under 8 characters) are ignored.
    """
    global _secrets_pattern
    # A value inside the marker itself (a test's "REDACTED" placeholder) would make a second
    # pass rewrite the marker.
    if value is None or len(value) < _MIN_SECRET_LENGTH or value in REDACTED:
        return
    with _secrets_lock:
        if value in _secrets:
            return
        _secrets.add(value)
        ordered = sorted(_secrets, key=len, reverse=True)
        _secrets_pattern = re.compile("|".join(re.escape(secret) for secret in ordered))


def redact(text: str) -> str:
    """Give `text` with every credential the SDK can recognise replaced by `[REDACTED]`."""
    secrets_pattern = _secrets_pattern
    if secrets_pattern is not None:
        text = secrets_pattern.sub(REDACTED, text)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


_REDACTED_MARK: Final = "pinterest_redacted"

# Attributes every LogRecord has; anything else on a record came from `extra=...`.
_STANDARD_RECORD_ATTRIBUTES: Final = frozenset(
    logging.LogRecord("", 0, "", 0, "", (), None).__dict__
) | {"message", "asctime", "taskName"}


class RedactingFilter(logging.Filter):
    """Rewrite a record so that no credential survives in its text; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        # The record factory and a logger's filter may both see a record: rewrite it once.
        if getattr(record, _REDACTED_MARK, False):
            return True
        setattr(record, _REDACTED_MARK, True)
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not hide the secret it carries
            message = f"{record.msg} {record.args}"
        record.msg = redact(message)
        record.args = None

        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)

        for key, value in list(record.__dict__.items()):
            if key not in _STANDARD_RECORD_ATTRIBUTES and isinstance(value, str):
                setattr(record, key, redact(value))
        return True


_FILTER: Final = RedactingFilter()


def _attach_filter(target: logging.Logger) -> logging.Logger:
    if _FILTER not in target.filters:
        target.addFilter(_FILTER)
    return target


def get_logger(name: str = "pinterest") -> logging.Logger:
    """Give the SDK logger `name` (`pinterest` or `pinterest.<something>`), redaction included.

    Raises:
        ValueError: `name` is outside the `pinterest` hierarchy.
    """
    if name != "pinterest" and not name.startswith("pinterest."):
        raise ValueError(f"SDK loggers live under 'pinterest', not {name!r}")
    return _attach_filter(logging.getLogger(name))


# Hierarchies whose records are redacted however their logger was created.
_PROTECTED_HIERARCHIES: Final = ("pinterest", "httpx", "httpcore")
# The loggers httpx 0.28 and httpcore 1.0 create; filtered from the first import on.
_LIBRARY_LOGGERS: Final = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_FACTORY_MARK: Final = "_pinterest_redacting"
_factory_lock = threading.Lock()


def _is_protected(name: str) -> bool:
    return any(
        name == hierarchy or name.startswith(f"{hierarchy}.")
        for hierarchy in _PROTECTED_HIERARCHIES
    )


def _install_record_factory() -> None:
    with _factory_lock:
        previous = logging.getLogRecordFactory()
        if getattr(previous, _FACTORY_MARK, False):
            return

        def redacting_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if _is_protected(record.name):
                # The logger's own filter, attached now, rewrites the record (`extra=` fields
                # included, which are set after the factory returns) before any handler runs.
                _attach_filter(logging.getLogger(record.name))
            return record

        setattr(redacting_factory, _FACTORY_MARK, True)
        logging.setLogRecordFactory(redacting_factory)


def protect_library_loggers() -> None:
    """Make every record of the `httpx` and `httpcore` loggers, children included, redacted.

    Attaches the filter to each such logger that exists now, and installs (once) a record
    factory that redacts the records of loggers created later. Safe to call many times.
    """
    _attach_library_filters()
    for name, existing in list(logging.Logger.manager.loggerDict.items()):
        if isinstance(existing, logging.Logger) and _is_protected(name):
            _attach_filter(existing)
    _install_record_factory()


def _attach_library_filters() -> None:
    for name in _LIBRARY_LOGGERS:
        _attach_filter(logging.getLogger(name))


logger: Final = get_logger("pinterest")
_attach_library_filters()
