from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.board_sections_list_response_200 import BoardSectionsListResponse200
from ...models.error import Error
from ...types import (
    UNSET,
    Response,
    Unset,
    path_parameter,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    board_id: str,
    *,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/boards/{path_parameter(board_id)}/sections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoardSectionsListResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BoardSectionsListResponse200.from_dict(_response_200)
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
) -> Response[BoardSectionsListResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BoardSectionsListResponse200 | Error | None
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
    response: Response[BoardSectionsListResponse200 | Error],
) -> BoardSectionsListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BoardSectionsListResponse200, response.parsed)


def sync_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BoardSectionsListResponse200 | Error]:
    """List board sections

     Get a list of all board sections from a board owned by the "operation user_account" - or a group
    board that has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardSectionsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    board_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BoardSectionsListResponse200:
    """List board sections

     Get a list of all board sections from a board owned by the "operation user_account" - or a group
    board that has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardSectionsListResponse200
    """

    return _success_body(
        sync_detailed(
            board_id=board_id,
            client=client,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )
    )


async def asyncio_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BoardSectionsListResponse200 | Error]:
    """List board sections

     Get a list of all board sections from a board owned by the "operation user_account" - or a group
    board that has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardSectionsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    board_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BoardSectionsListResponse200:
    """List board sections

     Get a list of all board sections from a board owned by the "operation user_account" - or a group
    board that has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardSectionsListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )
    )
