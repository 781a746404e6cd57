from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audiences_list_order import AudiencesListOrder
from ...models.audiences_list_ownership_type import AudiencesListOwnershipType
from ...models.audiences_list_response_200 import AudiencesListResponse200
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
    ad_account_id: str,
    *,
    bookmark: str | Unset = UNSET,
    order: AudiencesListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ownership_type: AudiencesListOwnershipType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bookmark"] = bookmark

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = None if order is None else order.value

    params["order"] = json_order

    params["page_size"] = page_size

    json_ownership_type: str | Unset = UNSET
    if not isinstance(ownership_type, Unset):
        json_ownership_type = None if ownership_type is None else ownership_type.value

    params["ownership_type"] = json_ownership_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/audiences",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudiencesListResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AudiencesListResponse200.from_dict(_response_200)
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
) -> Response[AudiencesListResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AudiencesListResponse200 | Error | None
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


def _success_body(response: Response[AudiencesListResponse200 | Error]) -> AudiencesListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AudiencesListResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: AudiencesListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ownership_type: AudiencesListOwnershipType | Unset = UNSET,
) -> Response[AudiencesListResponse200 | Error]:
    """List audiences

     Get list of audiences for the ad account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        order (AudiencesListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.
        ownership_type (AudiencesListOwnershipType | Unset):  Default:
            AudiencesListOwnershipType.OWNED.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudiencesListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        order=order,
        page_size=page_size,
        ownership_type=ownership_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: AudiencesListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ownership_type: AudiencesListOwnershipType | Unset = UNSET,
) -> AudiencesListResponse200:
    """List audiences

     Get list of audiences for the ad account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        order (AudiencesListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.
        ownership_type (AudiencesListOwnershipType | Unset):  Default:
            AudiencesListOwnershipType.OWNED.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudiencesListResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            bookmark=bookmark,
            order=order,
            page_size=page_size,
            ownership_type=ownership_type,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: AudiencesListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ownership_type: AudiencesListOwnershipType | Unset = UNSET,
) -> Response[AudiencesListResponse200 | Error]:
    """List audiences

     Get list of audiences for the ad account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        order (AudiencesListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.
        ownership_type (AudiencesListOwnershipType | Unset):  Default:
            AudiencesListOwnershipType.OWNED.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudiencesListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        order=order,
        page_size=page_size,
        ownership_type=ownership_type,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    order: AudiencesListOrder | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ownership_type: AudiencesListOwnershipType | Unset = UNSET,
) -> AudiencesListResponse200:
    """List audiences

     Get list of audiences for the ad account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        order (AudiencesListOrder | Unset):  Example: ASCENDING.
        page_size (int | Unset):  Default: 25.
        ownership_type (AudiencesListOwnershipType | Unset):  Default:
            AudiencesListOwnershipType.OWNED.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudiencesListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            bookmark=bookmark,
            order=order,
            page_size=page_size,
            ownership_type=ownership_type,
        )
    )
