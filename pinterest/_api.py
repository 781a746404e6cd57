"""Calls into the generated client, with every failure turned into an `SdkException`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pinterest.client import PinterestSDKClient

T = TypeVar("T")


def call(client: PinterestSDKClient, operation: Callable[..., T], **arguments: Any) -> T:
    """Send one request through a generated `sync` function and give its parsed success body.

    Raises:
        SdkException: the subclass that fits the failure: an HTTP error status, a network
            failure or timeout, or a success answer whose body is not what the API documents.
    """
    import httpx

    from pinterest.utils.sdk_exceptions import (
        UnexpectedResponseError,
        error_from_response,
        error_from_transport,
    )
    from pinterest_generated import errors

    try:
        return operation(client=client.generated_client(), **arguments)
    except httpx.TransportError as exc:
        raise error_from_transport(exc) from exc
    except errors.UnparseableResponse as exc:
        answer = httpx.Response(exc.status_code, headers=exc.headers, content=exc.content)
        raise UnexpectedResponseError.from_response(
            answer, "the answer's body is not what the API documents"
        ) from None
    except errors.UnexpectedStatus as exc:
        answer = httpx.Response(exc.status_code, headers=exc.headers, content=exc.content)
        raise error_from_response(answer) from None
