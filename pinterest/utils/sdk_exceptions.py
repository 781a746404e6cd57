"""Every error the SDK raises, and the mapping from an HTTP answer to one of them.

```
SdkException
├── ConfigurationError         unusable arguments, environment or config.json (no request)
├── BadRequestError            400, 422
├── AuthenticationError        401, or an access token that could not be refreshed
├── PermissionDeniedError      403
├── NotFoundError              404
├── ConflictError              409
├── RateLimitError             429 (retry_after, rate_limit)
│   └── SpamRejectedError      429 that Pinterest judged to be spam: never retried
├── ServerError                5xx
├── UnexpectedResponseError    any other status, or a success body that cannot be read
├── BulkOperationError         per-item failures of a bulk create or update
└── NetworkError               no answer at all
    └── ApiTimeoutError        the connection or the answer took too long
```

`SdkException` keeps the constructor and the attributes of pinterest-api-sdk 0.2.7
(`status`, `reason`, `body`, `headers`) and adds `code` (Pinterest's error code, when the
body has one), `message`, `request_id` (the `x-pinterest-rid` header) and `response`.
`str()` of any of them is one line; it never contains a token or a secret. `message`,
`reason` and `body` (when text) are redacted the same way, since a server may echo a
credential; `headers` and `response` are the answer as received.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Self

from pinterest._logging import redact
from pinterest._rate_limit import RateLimit, header_value, parse_rate_limit, suggested_wait

if TYPE_CHECKING:
    # Imported lazily at run time: `import pinterest` must not load the HTTP machinery.
    import httpx

__all__ = [
    "ApiTimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BulkItemError",
    "BulkOperationError",
    "ConfigurationError",
    "ConflictError",
    "NetworkError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "SdkException",
    "ServerError",
    "SpamRejectedError",
    "UnexpectedResponseError",
    "error_from_response",
    "error_from_transport",
    "is_spam_rejection",
    "parse_error_body",
]

REQUEST_ID_HEADER: Final = "x-pinterest-rid"
TOO_MANY_REQUESTS: Final = 429

# Pinterest answers a Pin it blocks as spam with HTTP 429 and code 9 ("Sorry! You've hit a
# block (Pins) we have in place to combat spam."); its rate limits use codes 8 and 30.
SPAM_ERROR_CODE: Final = 9

_MAX_MESSAGE_LENGTH: Final = 300
_HTML_TITLE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")


class SdkException(Exception):
    """Base of every SDK error; `status`, `reason`, `body` and `headers` as in 0.2.7.

    Args:
        status: HTTP status (0.2.7 callers sometimes passed a string here; it is kept as is).
        reason: HTTP reason phrase or a short cause (credentials redacted).
        http_resp: an `httpx.Response`, or a urllib3-style response as 0.2.7 accepted
            (`status`, `reason`, `data`, `getheaders()`); it fills the fields above.
        body: the body as text (credentials redacted).
        code: Pinterest's error code from the body.
        message: Pinterest's error message, or a description of what went wrong
            (credentials redacted).
        request_id: the `x-pinterest-rid` header of the answer.
        response: the `httpx.Response`, when there was one.
        headers: the answer's headers.
    """

    def __init__(
        self,
        status: Any = None,
        reason: str | None = None,
        http_resp: Any = None,
        body: Any = None,
        *,
        code: int | None = None,
        message: str | None = None,
        request_id: str | None = None,
        response: httpx.Response | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status: Any = status
        self.reason: str | None = reason
        self.body: Any = body
        self.headers: Mapping[str, str] | None = headers
        self.response: httpx.Response | None = response
        self.code: int | None = code
        self.message: str | None = message
        self.request_id: str | None = request_id

        if _is_httpx_response(http_resp):
            self.response = http_resp
        elif http_resp is not None:
            self.status = http_resp.status
            self.reason = http_resp.reason
            self.body = http_resp.data
            self.headers = dict(http_resp.getheaders())

        if self.response is not None:
            if self.status is None:
                self.status = self.response.status_code
            if self.reason is None:
                self.reason = self.response.reason_phrase
            if self.headers is None:
                self.headers = self.response.headers
            if self.body is None:
                self.body = _body_text(self.response)
        if self.request_id is None and self.headers is not None:
            self.request_id = header_value(self.headers, REQUEST_ID_HEADER)

        # A server may echo the request's credentials in its message, page title or body, and
        # these attributes are what callers print and log.
        if isinstance(self.message, str):
            self.message = redact(self.message)
        if isinstance(self.body, str):
            self.body = redact(self.body)
        if isinstance(self.reason, str):
            self.reason = redact(self.reason)

        super().__init__(self._one_line())

    @classmethod
    def from_response(cls, response: httpx.Response, message: str | None = None) -> Self:
        """Give this exception for `response`, with `message` instead of the body's own."""
        code, body_message = parse_error_body(_content(response))
        return cls(code=code, message=message or body_message, response=response)

    def _one_line(self) -> str:
        parts: list[str] = []
        if self.status is not None:
            parts.append(f"status {self.status}")
        if self.code is not None:
            parts.append(f"code {self.code}")
        text = self.message if self.message is not None else self.reason
        if text:
            parts.append(_shorten(" ".join(str(text).split())))
        if self.request_id:
            parts.append(f"request id {self.request_id}")
        return redact(f"{type(self).__name__}: {', '.join(parts) or 'no details'}")

    def __str__(self) -> str:
        return self._one_line()

    def __repr__(self) -> str:
        return redact(
            f"{type(self).__name__}(status={self.status!r}, code={self.code!r}, "
            f"request_id={self.request_id!r})"
        )


class ConfigurationError(SdkException):
    """The SDK's configuration (arguments, environment or `config.json`) is unusable.

    Raised before any request; the message names the setting, never its value.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message=message)


class BadRequestError(SdkException):
    """Pinterest rejected the request as invalid (400 or 422); resending it will not help."""


class AuthenticationError(SdkException):
    """The credentials were refused (401), or a new access token could not be obtained."""


class PermissionDeniedError(SdkException):
    """The token may not act on this object (403)."""


class NotFoundError(SdkException):
    """The object does not exist or is not visible to this token (404)."""


class ConflictError(SdkException):
    """The request conflicts with the object's current state (409)."""


class RateLimitError(SdkException):
    """Too many requests (429) that the retries did not (or may not) wait out.

    Attributes:
        retry_after: seconds the server asked to wait (from `Retry-After`, or the reset of an
            exhausted `X-RateLimit-*` window), or `None`.
        rate_limit: the parsed `X-RateLimit-*` headers, or `None`.
    """

    def __init__(
        self,
        *args: Any,
        retry_after: float | None = None,
        rate_limit: RateLimit | None = None,
        **kwargs: Any,
    ) -> None:
        self.retry_after = retry_after
        self.rate_limit = rate_limit
        super().__init__(*args, **kwargs)

    def _one_line(self) -> str:
        line = super()._one_line()
        if self.retry_after is not None:
            line += f", retry after {self.retry_after:g} s"
        return line


class SpamRejectedError(RateLimitError):
    """Pinterest judged the request to be spam (429); it was not retried and should not be."""


class ServerError(SdkException):
    """Pinterest failed to handle the request (5xx)."""


class UnexpectedResponseError(SdkException):
    """An answer the SDK cannot use: an unexpected status or an unreadable success body."""


@dataclass(frozen=True)
class BulkItemError:
    """The failure of one item of a bulk request: its position in the request, code, message."""

    index: int
    code: int | None
    message: str | None


class BulkOperationError(SdkException):
    """Some items of a bulk create or update failed although the request itself succeeded.

    Attributes:
        errors: one `BulkItemError` per failed item.
    """

    def __init__(
        self,
        errors: Iterable[BulkItemError],
        *args: Any,
        **kwargs: Any,
    ) -> None:
        self.errors: list[BulkItemError] = list(errors)
        kwargs.setdefault("message", self._summary())
        if self.errors and len({error.code for error in self.errors}) == 1:
            kwargs.setdefault("code", self.errors[0].code)
        super().__init__(*args, **kwargs)

    def _summary(self) -> str:
        if not self.errors:
            return "bulk operation reported failures"
        first = self.errors[0]
        summary = f"{len(self.errors)} item(s) failed; item {first.index}: {first.message}"
        return summary

    @classmethod
    def from_items(
        cls, items: Iterable[Any], response: httpx.Response | None = None
    ) -> BulkOperationError | None:
        """Give the error for the failed items of a bulk answer, or `None` if none failed.

        Each item may be a dict or a model object. Its `exceptions` field is a list of
        `{code, message}` (campaigns, ad groups) or a single one (ads), as Pinterest sends.
        """
        errors: list[BulkItemError] = []
        for index, item in enumerate(items):
            exceptions = _field(item, "exceptions")
            if not exceptions:
                continue
            if not isinstance(exceptions, list):
                exceptions = [exceptions]
            for exception in exceptions:
                code = _field(exception, "code")
                message = _field(exception, "message")
                if not code and not message:
                    continue  # an empty exception object ({}) reports no failure
                errors.append(
                    BulkItemError(
                        index=index,
                        code=code if isinstance(code, int) else None,
                        message=redact(message) if isinstance(message, str) else None,
                    )
                )
        if not errors:
            return None
        return cls(errors, response=response)


class NetworkError(SdkException):
    """No answer came back: the connection failed, was reset, or broke mid-answer."""


class ApiTimeoutError(NetworkError):
    """Connecting or waiting for the answer took longer than the timeout allows."""


_STATUS_CLASSES: Final[Mapping[int, type[SdkException]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def _field(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def _shorten(text: str) -> str:
    if len(text) <= _MAX_MESSAGE_LENGTH:
        return text
    return text[: _MAX_MESSAGE_LENGTH - 3] + "..."


def _is_httpx_response(value: Any) -> bool:
    """Tell whether `value` is an `httpx.Response`, without importing httpx for other values."""
    if type(value).__module__.split(".")[0] != "httpx":
        return False
    import httpx

    return isinstance(value, httpx.Response)


def _content(response: httpx.Response) -> bytes:
    import httpx

    try:
        return response.content
    except httpx.ResponseNotRead:
        try:
            return response.read()
        except (httpx.StreamError, httpx.TransportError, RuntimeError):
            return b""


def _body_text(response: httpx.Response) -> str:
    content = _content(response)
    try:
        return content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return content.decode("utf-8", errors="replace")


def parse_error_body(content: bytes) -> tuple[int | None, str | None]:
    """Give Pinterest's `(code, message)` from an error body, or `(None, a description)`.

    Handles the JSON `{"code": int, "message": str}` Pinterest sends, and the HTML, empty,
    truncated or otherwise unreadable bodies that proxies and load balancers send.
    """
    text = content.decode("utf-8", errors="replace").strip()
    if not text:
        return None, "empty body"
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        title = _HTML_TITLE.search(text)
        if title is not None:
            return None, f"HTML body: {' '.join(title.group(1).split())}"
        if text.lstrip().startswith("<"):
            return None, "HTML body"
        if text.startswith(("{", "[")):
            return None, f"unreadable JSON body ({len(content)} bytes)"
        return None, f"non-JSON body: {_shorten(' '.join(text.split()))}"
    if not isinstance(document, dict):
        return None, f"unexpected JSON body ({type(document).__name__})"
    code = document.get("code")
    message = document.get("message")
    if isinstance(code, str) and code.strip().lstrip("-").isdigit():
        code = int(code)
    return (
        code if isinstance(code, int) and not isinstance(code, bool) else None,
        message if isinstance(message, str) else None,
    )


def is_spam_rejection(status: int, code: int | None, message: str | None) -> bool:
    """Tell whether an answer means Pinterest judged the request to be spam.

    Only a 429 qualifies: code 9, or a message that speaks of spam. Both are checked because
    Pinterest documents neither; a false positive only costs a retry that was not made.
    """
    if status != TOO_MANY_REQUESTS:
        return False
    return code == SPAM_ERROR_CODE or (message is not None and "spam" in message.lower())


def error_from_response(response: httpx.Response) -> SdkException:
    """Give the exception that stands for `response` (an error, or a success that is unusable).

    The body is read if it was not yet. It may be JSON, HTML, empty or truncated: the
    exception always carries the status, the body text, the headers and the request id.
    """
    status = response.status_code
    code, message = parse_error_body(_content(response))
    if message is None:
        message = response.reason_phrase or None

    common: dict[str, Any] = {"code": code, "message": message, "response": response}
    if status == TOO_MANY_REQUESTS:
        error_class: type[RateLimitError] = (
            SpamRejectedError if is_spam_rejection(status, code, message) else RateLimitError
        )
        return error_class(
            retry_after=suggested_wait(response.headers),
            rate_limit=parse_rate_limit(response.headers),
            **common,
        )
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status](**common)
    if 500 <= status <= 599:
        return ServerError(**common)
    return UnexpectedResponseError(**common)


def error_from_transport(exc: httpx.TransportError) -> NetworkError:
    """Give the `NetworkError` (or `ApiTimeoutError`) for an httpx transport failure."""
    import httpx

    error_class = ApiTimeoutError if isinstance(exc, httpx.TimeoutException) else NetworkError
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    where = f" during {request.method} {request.url.path}" if request is not None else ""
    detail = str(exc) or type(exc).__name__
    error = error_class(
        reason=type(exc).__name__,
        message=f"{type(exc).__name__}{where}: {detail}",
    )
    error.__cause__ = exc
    return error
