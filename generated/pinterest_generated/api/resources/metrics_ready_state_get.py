from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.book_closed_response import BookClosedResponse
from ...models.error import Error
from ...types import UNSET, Response, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/metrics_ready_state",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BookClosedResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BookClosedResponse.from_dict(_response_200)
        )

        return response_200

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BookClosedResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BookClosedResponse | Error | None
    try:
        parsed = _parse_response(client=client, response=response)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        if isinstance(error, errors.StrictParsingError):
            raise
        tolerate_unparseable_body(response.status_code, error)
        parsed = None
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def _success_body(response: Response[BookClosedResponse | Error]) -> BookClosedResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BookClosedResponse, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date: str,
) -> Response[BookClosedResponse | Error]:
    """Get metrics ready state

     Learn whether conversion or non-conversion metrics are finalized and ready to query.

    Args:
        date (str):  Example: 2022-07-13.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookClosedResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    date: str,
) -> BookClosedResponse:
    """Get metrics ready state

     Learn whether conversion or non-conversion metrics are finalized and ready to query.

    Args:
        date (str):  Example: 2022-07-13.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookClosedResponse
    """

    return _success_body(
        sync_detailed(
            client=client,
            date=date,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date: str,
) -> Response[BookClosedResponse | Error]:
    """Get metrics ready state

     Learn whether conversion or non-conversion metrics are finalized and ready to query.

    Args:
        date (str):  Example: 2022-07-13.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BookClosedResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        date=date,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    date: str,
) -> BookClosedResponse:
    """Get metrics ready state

     Learn whether conversion or non-conversion metrics are finalized and ready to query.

    Args:
        date (str):  Example: 2022-07-13.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BookClosedResponse
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            date=date,
        )
    )
