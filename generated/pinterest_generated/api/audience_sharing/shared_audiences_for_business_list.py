from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.shared_audiences_for_business_list_order import SharedAudiencesForBusinessListOrder
from ...models.shared_audiences_for_business_list_response_200 import (
    SharedAudiencesForBusinessListResponse200,
)
from ...types import (
    UNSET,
    Response,
    Unset,
    path_parameter,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    business_id: str,
    *,
    bookmark: str | Unset = UNSET,
    order: SharedAudiencesForBusinessListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bookmark"] = bookmark

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = None if order is None else order.value

    params["order"] = json_order

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/businesses/{path_parameter(business_id)}/audiences",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | SharedAudiencesForBusinessListResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else SharedAudiencesForBusinessListResponse200.from_dict(_response_200)
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
) -> Response[Error | SharedAudiencesForBusinessListResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | SharedAudiencesForBusinessListResponse200 | None
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
    response: Response[Error | SharedAudiencesForBusinessListResponse200],
) -> SharedAudiencesForBusinessListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(SharedAudiencesForBusinessListResponse200, response.parsed)


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: SharedAudiencesForBusinessListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | SharedAudiencesForBusinessListResponse200]:
    """List received audiences for a business

     Get a list of received audiences for the given business.

    Args:
        business_id (str):
        bookmark (str | Unset):
        order (SharedAudiencesForBusinessListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SharedAudiencesForBusinessListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        bookmark=bookmark,
        order=order,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: SharedAudiencesForBusinessListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> SharedAudiencesForBusinessListResponse200:
    """List received audiences for a business

     Get a list of received audiences for the given business.

    Args:
        business_id (str):
        bookmark (str | Unset):
        order (SharedAudiencesForBusinessListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedAudiencesForBusinessListResponse200
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            client=client,
            bookmark=bookmark,
            order=order,
            page_size=page_size,
        )
    )


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: SharedAudiencesForBusinessListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | SharedAudiencesForBusinessListResponse200]:
    """List received audiences for a business

     Get a list of received audiences for the given business.

    Args:
        business_id (str):
        bookmark (str | Unset):
        order (SharedAudiencesForBusinessListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | SharedAudiencesForBusinessListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        bookmark=bookmark,
        order=order,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: SharedAudiencesForBusinessListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> SharedAudiencesForBusinessListResponse200:
    """List received audiences for a business

     Get a list of received audiences for the given business.

    Args:
        business_id (str):
        bookmark (str | Unset):
        order (SharedAudiencesForBusinessListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SharedAudiencesForBusinessListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            bookmark=bookmark,
            order=order,
            page_size=page_size,
        )
    )
