from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.search_user_boards_get_response_200 import SearchUserBoardsGetResponse200
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/boards",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SearchUserBoardsGetResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else SearchUserBoardsGetResponse200.from_dict(_response_200)
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
) -> Response[Error | SearchUserBoardsGetResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | SearchUserBoardsGetResponse200 | None
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


def _success_body(
    response: Response[Error | SearchUserBoardsGetResponse200],
) -> SearchUserBoardsGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(SearchUserBoardsGetResponse200, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | SearchUserBoardsGetResponse200]:
    """Search user's boards

     Search for boards for the "operation user_account". This includes boards of all board types.
    - By default, the "operation user_account" is the token user_account.

    If using Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account". See <a href='/docs/getting-started/using-business-access/'>Understanding
    Business Access</a> for more information.

    Args:
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchUserBoardsGetResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> SearchUserBoardsGetResponse200:
    """Search user's boards

     Search for boards for the "operation user_account". This includes boards of all board types.
    - By default, the "operation user_account" is the token user_account.

    If using Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account". See <a href='/docs/getting-started/using-business-access/'>Understanding
    Business Access</a> for more information.

    Args:
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchUserBoardsGetResponse200
    """

    return _success_body(
        sync_detailed(
            client=client,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
            query=query,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> Response[Error | SearchUserBoardsGetResponse200]:
    """Search user's boards

     Search for boards for the "operation user_account". This includes boards of all board types.
    - By default, the "operation user_account" is the token user_account.

    If using Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account". See <a href='/docs/getting-started/using-business-access/'>Understanding
    Business Access</a> for more information.

    Args:
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SearchUserBoardsGetResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
        query=query,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    query: str | Unset = UNSET,
) -> SearchUserBoardsGetResponse200:
    """Search user's boards

     Search for boards for the "operation user_account". This includes boards of all board types.
    - By default, the "operation user_account" is the token user_account.

    If using Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account". See <a href='/docs/getting-started/using-business-access/'>Understanding
    Business Access</a> for more information.

    Args:
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchUserBoardsGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
            query=query,
        )
    )
