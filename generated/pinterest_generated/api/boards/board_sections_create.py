from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.board_section import BoardSection
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
    body: BoardSection,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/boards/{path_parameter(board_id)}/sections",
        "params": params,
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoardSection | Error | None:
    if response.status_code == 201:
        _response_201 = response.json()
        response_201 = (
            tolerate_null("response_201")
            if _response_201 is None
            else BoardSection.from_dict(_response_201)
        )

        return response_201

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else Error.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else Error.from_dict(_response_403)
        )

        return response_403

    if response.status_code == 409:
        _response_409 = response.json()
        response_409 = (
            tolerate_null("response_409")
            if _response_409 is None
            else Error.from_dict(_response_409)
        )

        return response_409

    if response.status_code == 500:
        _response_500 = response.json()
        response_500 = (
            tolerate_null("response_500")
            if _response_500 is None
            else Error.from_dict(_response_500)
        )

        return response_500

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoardSection | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BoardSection | Error | None
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


def _success_body(response: Response[BoardSection | Error]) -> BoardSection:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BoardSection, response.parsed)


def sync_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient,
    body: BoardSection,
    ad_account_id: str | Unset = UNSET,
) -> Response[BoardSection | Error]:
    """Create board section

     Create a board section on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardSection): Sections help organize pins within a board.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardSection | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        body=body,
        ad_account_id=ad_account_id,
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
    body: BoardSection,
    ad_account_id: str | Unset = UNSET,
) -> BoardSection:
    """Create board section

     Create a board section on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardSection): Sections help organize pins within a board.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardSection
    """

    return _success_body(
        sync_detailed(
            board_id=board_id,
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient,
    body: BoardSection,
    ad_account_id: str | Unset = UNSET,
) -> Response[BoardSection | Error]:
    """Create board section

     Create a board section on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardSection): Sections help organize pins within a board.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardSection | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        body=body,
        ad_account_id=ad_account_id,
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
    body: BoardSection,
    ad_account_id: str | Unset = UNSET,
) -> BoardSection:
    """Create board section

     Create a board section on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardSection): Sections help organize pins within a board.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardSection
    """

    return _success_body(
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )
