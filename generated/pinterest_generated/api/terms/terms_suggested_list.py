from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    term: str,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["term"] = term

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/terms/suggested",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[str] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else cast(list[str], _response_200)
        )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else Error.from_dict(_response_400)
        )

        return response_400

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[str]]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | list[str] | None
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


def _success_body(response: Response[Error | list[str]]) -> list[str]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(list[str], response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    term: str,
    limit: int | Unset = UNSET,
) -> Response[Error | list[str]]:
    """List suggested terms

     Get popular search terms that begin with your input term. <p/>
    Example: 'sport' would return popular terms like 'sports bar' and 'sportswear', but not 'motor
    sports' since the phrase does not begin with the given term.

    Args:
        term (str):
        limit (int | Unset):  Default: 4.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        term=term,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    term: str,
    limit: int | Unset = UNSET,
) -> list[str]:
    """List suggested terms

     Get popular search terms that begin with your input term. <p/>
    Example: 'sport' would return popular terms like 'sports bar' and 'sportswear', but not 'motor
    sports' since the phrase does not begin with the given term.

    Args:
        term (str):
        limit (int | Unset):  Default: 4.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str]
    """

    return _success_body(
        sync_detailed(
            client=client,
            term=term,
            limit=limit,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    term: str,
    limit: int | Unset = UNSET,
) -> Response[Error | list[str]]:
    """List suggested terms

     Get popular search terms that begin with your input term. <p/>
    Example: 'sport' would return popular terms like 'sports bar' and 'sportswear', but not 'motor
    sports' since the phrase does not begin with the given term.

    Args:
        term (str):
        limit (int | Unset):  Default: 4.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[str]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        term=term,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    term: str,
    limit: int | Unset = UNSET,
) -> list[str]:
    """List suggested terms

     Get popular search terms that begin with your input term. <p/>
    Example: 'sport' would return popular terms like 'sports bar' and 'sportswear', but not 'motor
    sports' since the phrase does not begin with the given term.

    Args:
        term (str):
        limit (int | Unset):  Default: 4.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[str]
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            term=term,
            limit=limit,
        )
    )
