"""Contains shared errors types that can be raised from API functions"""

from collections.abc import Mapping


class UnexpectedStatus(Exception):
    """Raised by `sync` / `asyncio` when the API answers with a status other than 2xx.

    Carries the status code, the raw body and the response headers.
    """

    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str] | None = None):
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class UnparseableResponse(Exception):
    """Raised by `sync` / `asyncio` when a 2xx answer's body is not what the description says.

    Carries the status code, the raw body and the response headers.
    """

    def __init__(self, status_code: int, content: bytes, headers: Mapping[str, str] | None = None):
        self.status_code = status_code
        self.content = content
        self.headers: Mapping[str, str] = headers if headers is not None else {}

        super().__init__(f"The body of the {status_code} answer could not be parsed")


class StrictParsingError(ValueError):
    """Raised in strict parsing mode where the lenient parser would have tolerated a difference
    between an answer and the description (see `types.strict_parsing`)."""


__all__ = ["StrictParsingError", "UnexpectedStatus", "UnparseableResponse"]
