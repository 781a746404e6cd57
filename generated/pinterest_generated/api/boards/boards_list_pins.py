from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boards_list_pins_response_200 import BoardsListPinsResponse200
from ...models.creative_type import CreativeType
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
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    json_creative_types: list[str] | Unset = UNSET
    if not isinstance(creative_types, Unset):
        if creative_types is None:
            json_creative_types = None
        else:
            json_creative_types = []
            for creative_types_item_data in creative_types:
                creative_types_item = (
                    None if creative_types_item_data is None else creative_types_item_data.value
                )
                json_creative_types.append(creative_types_item)

    params["creative_types"] = json_creative_types

    params["ad_account_id"] = ad_account_id

    params["pin_metrics"] = pin_metrics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/boards/{path_parameter(board_id)}/pins",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BoardsListPinsResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BoardsListPinsResponse200.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else Error.from_dict(_response_404)
        )

        return response_404

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BoardsListPinsResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BoardsListPinsResponse200 | Error | None
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
    response: Response[BoardsListPinsResponse200 | Error],
) -> BoardsListPinsResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BoardsListPinsResponse200, response.parsed)


def sync_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> Response[BoardsListPinsResponse200 | Error]:
    """List Pins on board

     Get a list of the Pins on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    - Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardsListPinsResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        bookmark=bookmark,
        page_size=page_size,
        creative_types=creative_types,
        ad_account_id=ad_account_id,
        pin_metrics=pin_metrics,
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
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> BoardsListPinsResponse200:
    """List Pins on board

     Get a list of the Pins on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    - Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardsListPinsResponse200
    """

    return _success_body(
        sync_detailed(
            board_id=board_id,
            client=client,
            bookmark=bookmark,
            page_size=page_size,
            creative_types=creative_types,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )
    )


async def asyncio_detailed(
    board_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> Response[BoardsListPinsResponse200 | Error]:
    """List Pins on board

     Get a list of the Pins on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    - Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BoardsListPinsResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        board_id=board_id,
        bookmark=bookmark,
        page_size=page_size,
        creative_types=creative_types,
        ad_account_id=ad_account_id,
        pin_metrics=pin_metrics,
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
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> BoardsListPinsResponse200:
    """List Pins on board

     Get a list of the Pins on a board owned by the "operation user_account" - or on a group board that
    has been shared with this account.
    - Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Args:
        board_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BoardsListPinsResponse200
    """

    return _success_body(
        await asyncio_detailed(
            board_id=board_id,
            client=client,
            bookmark=bookmark,
            page_size=page_size,
            creative_types=creative_types,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )
    )
