from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.board_with_update_privacy import BoardWithUpdatePrivacy
from ...models.board_with_update_privacy_update import BoardWithUpdatePrivacyUpdate
from ...models.pinterest_lib_error import PinterestLibError
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
    body: BoardWithUpdatePrivacyUpdate,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/boards/{path_parameter(board_id)}",
        "params": params,
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoardWithUpdatePrivacy | PinterestLibError | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BoardWithUpdatePrivacy.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else PinterestLibError.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 401:
        _response_401 = response.json()
        response_401 = (
            tolerate_null("response_401")
            if _response_401 is None
            else PinterestLibError.from_dict(_response_401)
        )

        return response_401

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else PinterestLibError.from_dict(_response_403)
        )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else PinterestLibError.from_dict(_response_404)
        )

        return response_404

    if response.status_code == 429:
        _response_429 = response.json()
        response_429 = (
            tolerate_null("response_429")
            if _response_429 is None
            else PinterestLibError.from_dict(_response_429)
        )

        return response_429

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else PinterestLibError.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoardWithUpdatePrivacy | PinterestLibError]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BoardWithUpdatePrivacy | PinterestLibError | None
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
    response: Response[BoardWithUpdatePrivacy | PinterestLibError],
) -> BoardWithUpdatePrivacy:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BoardWithUpdatePrivacy, response.parsed)


def sync_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient,
    body: BoardWithUpdatePrivacyUpdate,
    ad_account_id: str | Unset = UNSET,
) -> Response[BoardWithUpdatePrivacy | PinterestLibError]:
    """Update board

     Update a board owned by the "operating user_account".
    * Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    * By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardWithUpdatePrivacyUpdate): Resource create or update operation model.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardWithUpdatePrivacy | PinterestLibError]: the answer for every status; `parsed` is
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
    body: BoardWithUpdatePrivacyUpdate,
    ad_account_id: str | Unset = UNSET,
) -> BoardWithUpdatePrivacy:
    """Update board

     Update a board owned by the "operating user_account".
    * Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    * By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardWithUpdatePrivacyUpdate): Resource create or update operation model.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardWithUpdatePrivacy
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
    body: BoardWithUpdatePrivacyUpdate,
    ad_account_id: str | Unset = UNSET,
) -> Response[BoardWithUpdatePrivacy | PinterestLibError]:
    """Update board

     Update a board owned by the "operating user_account".
    * Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    * By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardWithUpdatePrivacyUpdate): Resource create or update operation model.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardWithUpdatePrivacy | PinterestLibError]: the answer for every status; `parsed` is
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
    body: BoardWithUpdatePrivacyUpdate,
    ad_account_id: str | Unset = UNSET,
) -> BoardWithUpdatePrivacy:
    """Update board

     Update a board owned by the "operating user_account".
    * Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    * By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        ad_account_id (str | Unset):
        body (BoardWithUpdatePrivacyUpdate): Resource create or update operation model.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardWithUpdatePrivacy
    """

    return _success_body(
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )
