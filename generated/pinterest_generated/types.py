"""Contains some shared types for properties, and the helpers the generated parsers use.

The parsers are lenient by default, so that a change on the server side does not break a
caller: an unknown enum value is kept as it came, an unknown field is kept in
`additional_properties`, a `null` where the description says non-null becomes `None`, an
unknown discriminator value falls back to trying each member, and a body that cannot be parsed
gives `Response.parsed is None`. Strict parsing turns each of these into a
`errors.StrictParsingError`; tests use it to notice where answers and description disagree.
It is on inside `with strict_parsing():`, else when `set_strict_parsing(True)` was called,
else when the environment variable `PINTEREST_STRICT_PARSING` is `1` (read at each check).
"""

import os
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define

from .errors import StrictParsingError


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint, whatever its status.

    `status_code` is the plain number (also for codes outside the IANA list, such as 520),
    `content` and `headers` are the raw body and headers, and `parsed` is the documented model
    for that status, or `None` when the body is not what the description says.
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None

    @property
    def is_success(self) -> bool:
        """Whether the status is 2xx."""
        return 200 <= self.status_code <= 299


def path_parameter(value: object) -> str:
    """Give `value` as one path segment that cannot change which path is requested.

    Every character outside the unreserved set is percent-encoded (`/` included), and a
    value of `.` or `..` is sent as `%2E` or `%2E%2E`: left as is, the URL would be
    normalised to the parent path (`/boards/B1/sections/..` becomes `/boards/B1`).
    """
    segment = quote(str(value), safe="")
    if segment in (".", ".."):
        return segment.replace(".", "%2E")
    return segment


STRICT_PARSING_ENV_VAR = "PINTEREST_STRICT_PARSING"

_strict_parsing_in_context: ContextVar[bool | None] = ContextVar("strict_parsing", default=None)
_strict_parsing_default: bool | None = None


def set_strict_parsing(enabled: bool | None) -> None:
    """Turn strict parsing on or off for the whole process; `None` defers to the environment."""
    global _strict_parsing_default
    _strict_parsing_default = enabled


@contextmanager
def strict_parsing(enabled: bool = True) -> Iterator[None]:
    """Turn strict parsing on (or off) for the code run inside the `with` block."""
    token = _strict_parsing_in_context.set(enabled)
    try:
        yield
    finally:
        _strict_parsing_in_context.reset(token)


def is_strict_parsing() -> bool:
    """Whether the parsers raise instead of tolerating a difference from the description."""
    in_context = _strict_parsing_in_context.get()
    if in_context is not None:
        return in_context
    if _strict_parsing_default is not None:
        return _strict_parsing_default
    return os.environ.get(STRICT_PARSING_ENV_VAR, "").strip().lower() in ("1", "true", "yes")


def tolerate_null(field: str) -> Any:
    """Give the value for a `null` in a field the description says cannot be null: `None`."""
    if is_strict_parsing():
        raise StrictParsingError(f"{field!r} is null, but the description says it cannot be")
    return None


def tolerate_unknown_fields(type_name: str, fields: Iterable[str]) -> None:
    """Accept fields the description does not declare (they are kept by the caller)."""
    if is_strict_parsing():
        names = ", ".join(repr(name) for name in sorted(fields))
        raise StrictParsingError(
            f"{type_name} has fields the description does not declare: {names}"
        )


def tolerate_unknown_enum_value(type_name: str, value: object) -> None:
    """Accept an enum value the description does not list (it is kept by the caller)."""
    if is_strict_parsing():
        raise StrictParsingError(f"{value!r} is not a value of {type_name} in the description")


def tolerate_unknown_discriminator(field: str, value: object) -> None:
    """Accept a discriminator value the description does not map (each member is then tried)."""
    if is_strict_parsing():
        raise StrictParsingError(f"{value!r} in {field!r} names no member of the union")


def tolerate_unparseable_body(status_code: int, error: Exception) -> None:
    """Accept an answer whose body cannot be parsed as documented (`parsed` is then `None`)."""
    if is_strict_parsing():
        raise StrictParsingError(
            f"The body of the {status_code} answer does not match the description: {error!r}"
        ) from error


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "is_strict_parsing",
    "path_parameter",
    "set_strict_parsing",
    "strict_parsing",
]
