from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.related_terms import RelatedTerms
from ...types import UNSET, Response, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    terms: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_terms = terms

    params["terms"] = json_terms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/terms/related",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RelatedTerms | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else RelatedTerms.from_dict(_response_200)
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
) -> Response[Error | RelatedTerms]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | RelatedTerms | None
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


def _success_body(response: Response[Error | RelatedTerms]) -> RelatedTerms:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(RelatedTerms, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    terms: list[str],
) -> Response[Error | RelatedTerms]:
    """List related terms

     Get a list of terms logically related to each input term. <p/>
    Example: the term 'workout' would list related terms like 'one song workout', 'yoga workout',
    'workout motivation', etc.

    Args:
        terms (list[str]):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RelatedTerms]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        terms=terms,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    terms: list[str],
) -> RelatedTerms:
    """List related terms

     Get a list of terms logically related to each input term. <p/>
    Example: the term 'workout' would list related terms like 'one song workout', 'yoga workout',
    'workout motivation', etc.

    Args:
        terms (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RelatedTerms
    """

    return _success_body(
        sync_detailed(
            client=client,
            terms=terms,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    terms: list[str],
) -> Response[Error | RelatedTerms]:
    """List related terms

     Get a list of terms logically related to each input term. <p/>
    Example: the term 'workout' would list related terms like 'one song workout', 'yoga workout',
    'workout motivation', etc.

    Args:
        terms (list[str]):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RelatedTerms]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        terms=terms,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    terms: list[str],
) -> RelatedTerms:
    """List related terms

     Get a list of terms logically related to each input term. <p/>
    Example: the term 'workout' would list related terms like 'one song workout', 'yoga workout',
    'workout motivation', etc.

    Args:
        terms (list[str]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RelatedTerms
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            terms=terms,
        )
    )
