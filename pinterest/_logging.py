"""The `pinterest` logger and the filter that keeps credentials out of its records.

Every logger of the SDK comes from `get_logger`, which attaches `RedactingFilter` to it:
a filter on a logger only sees the records created by that very logger, not those of its
children, so each `pinterest.*` logger carries its own. The filter is also attached to the
`httpx` logger, whose INFO lines show request URLs.

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
from typing import Final

__all__ = [
    "REDACTED",
    "RedactingFilter",
    "get_logger",
    "logger",
    "redact",
    "register_secret",
]

REDACTED: Final = "[REDACTED]"

# Shorter values are not registered: replacing every "abc" in every log line would hide
# more than it protects, and real tokens and secrets are far longer.
_MIN_SECRET_LENGTH: Final = 8

_SECRET_FIELDS = r"access_token|refresh_token|client_secret|app_secret|password"

_PATTERNS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # Authorization headers in any rendering: "Bearer x", "Basic x", "'authorization': 'x'".
    (re.compile(r"(?i)\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=\-]+"), rf"\1\2{REDACTED}"),
    (
        re.compile(r"""(?i)(["']?authorization["']?\s*[:=]\s*["']?)(?!bearer|basic)[^"'\s,}]+"""),
        rf"\1{REDACTED}",
    ),
    # JSON fields: "access_token": "value" (also with escaped or single quotes).
    (
        re.compile(rf"""(?i)(\\?["']({_SECRET_FIELDS})\\?["']\s*:\s*\\?["'])[^"'\\]*"""),
        rf"\1{REDACTED}",
    ),
    # Form or query text: access_token=value&...
    (re.compile(rf"(?i)\b({_SECRET_FIELDS})=[^&\s\"',;]*"), rf"\1={REDACTED}"),
    # Pinterest tokens carry a recognisable prefix.
    (re.compile(r"\bpin[ar]_[A-Za-z0-9._~+/=\-]+"), REDACTED),
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
    if value is None or len(value) < _MIN_SECRET_LENGTH:
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


# Attributes every LogRecord has; anything else on a record came from `extra=...`.
_STANDARD_RECORD_ATTRIBUTES: Final = frozenset(
    logging.LogRecord("", 0, "", 0, "", (), None).__dict__
) | {"message", "asctime", "taskName"}


class RedactingFilter(logging.Filter):
    """Rewrite a record so that no credential survives in its text; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
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


logger: Final = get_logger("pinterest")
_attach_filter(logging.getLogger("httpx"))
