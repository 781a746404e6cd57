"""Calls into the generated client, with every failure turned into an `SdkException`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import httpx

    from pinterest.client import PinterestSDKClient
    from pinterest.utils.sdk_exceptions import SdkException

T = TypeVar("T")

_TOO_DEEP = "the answer's body is nested too deeply to read"


def call(client: PinterestSDKClient, operation: Callable[..., T], **arguments: Any) -> T:
    """Send one request through a generated `sync` function and give its parsed success body.

    Raises:
        SdkException: the subclass that fits the failure: an HTTP error status, a network
            failure or timeout, or an answer whose body cannot be read (not what the API
            documents, not decodable as its `Content-Encoding` says, nested too deeply).
    """
    import httpx

    from pinterest.utils.sdk_exceptions import (
        NetworkError,
        UnexpectedResponseError,
        error_from_response,
        error_from_transport,
    )
    from pinterest_generated import errors

    try:
        return operation(client=client.generated_client(), **arguments)
    except httpx.TransportError as exc:
        raise error_from_transport(exc) from exc
    except httpx.DecodingError as exc:
        raise UnexpectedResponseError(
            reason=type(exc).__name__,
            message=f"the answer's body could not be decoded{_where(exc)}: {exc}",
        ) from exc
    except httpx.HTTPError as exc:
        # Other failures before an answer could be used (too many redirects, ...).
        raise NetworkError(
            reason=type(exc).__name__, message=f"{type(exc).__name__}{_where(exc)}: {exc}"
        ) from exc
    except RecursionError:
        # The JSON parser gives up on a body such as `[[[[...` a hundred thousand deep.
        raise UnexpectedResponseError(message=_TOO_DEEP) from None
    except errors.UnparseableResponse as exc:
        answer = httpx.Response(exc.status_code, headers=exc.headers, content=exc.content)
        raise _guarded(
            lambda: UnexpectedResponseError.from_response(
                answer, "the answer's body is not what the API documents"
            ),
            answer,
        ) from None
    except errors.UnexpectedStatus as exc:
        answer = httpx.Response(exc.status_code, headers=exc.headers, content=exc.content)
        raise _guarded(lambda: error_from_response(answer), answer) from None


def _guarded(make: Callable[[], SdkException], answer: httpx.Response) -> SdkException:
    """Give the exception `make` builds for `answer`, or a plain one if its body defeats it."""
    from pinterest.utils.sdk_exceptions import UnexpectedResponseError

    try:
        return make()
    except RecursionError:
        return UnexpectedResponseError(message=_TOO_DEEP, response=answer)


def _where(exc: httpx.HTTPError) -> str:
    try:
        request = exc.request
    except RuntimeError:
        return ""
    return f" ({request.method} {request.url.path})"
