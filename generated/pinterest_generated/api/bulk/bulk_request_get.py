from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_upsert_status_response import BulkUpsertStatusResponse
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
    bulk_request_id: str,
    *,
    include_details: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_details"] = include_details

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/bulk/{path_parameter(bulk_request_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkUpsertStatusResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BulkUpsertStatusResponse.from_dict(_response_200)
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
) -> Response[BulkUpsertStatusResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BulkUpsertStatusResponse | Error | None
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


def _success_body(response: Response[BulkUpsertStatusResponse | Error]) -> BulkUpsertStatusResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BulkUpsertStatusResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    bulk_request_id: str,
    *,
    client: AuthenticatedClient,
    include_details: bool | Unset = UNSET,
) -> Response[BulkUpsertStatusResponse | Error]:
    """Download advertiser entities in bulk

     Get the status of a bulk request by <code>request_id</code>, along with a download URL that will
    allow you to download the
    new or updated entity data (campaigns, ad groups, product groups, ads, or keywords).

    Args:
        ad_account_id (str):
        bulk_request_id (str):
        include_details (bool | Unset):  Default: False.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpsertStatusResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bulk_request_id=bulk_request_id,
        include_details=include_details,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    bulk_request_id: str,
    *,
    client: AuthenticatedClient,
    include_details: bool | Unset = UNSET,
) -> BulkUpsertStatusResponse:
    """Download advertiser entities in bulk

     Get the status of a bulk request by <code>request_id</code>, along with a download URL that will
    allow you to download the
    new or updated entity data (campaigns, ad groups, product groups, ads, or keywords).

    Args:
        ad_account_id (str):
        bulk_request_id (str):
        include_details (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpsertStatusResponse
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            bulk_request_id=bulk_request_id,
            client=client,
            include_details=include_details,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    bulk_request_id: str,
    *,
    client: AuthenticatedClient,
    include_details: bool | Unset = UNSET,
) -> Response[BulkUpsertStatusResponse | Error]:
    """Download advertiser entities in bulk

     Get the status of a bulk request by <code>request_id</code>, along with a download URL that will
    allow you to download the
    new or updated entity data (campaigns, ad groups, product groups, ads, or keywords).

    Args:
        ad_account_id (str):
        bulk_request_id (str):
        include_details (bool | Unset):  Default: False.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkUpsertStatusResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bulk_request_id=bulk_request_id,
        include_details=include_details,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    bulk_request_id: str,
    *,
    client: AuthenticatedClient,
    include_details: bool | Unset = UNSET,
) -> BulkUpsertStatusResponse:
    """Download advertiser entities in bulk

     Get the status of a bulk request by <code>request_id</code>, along with a download URL that will
    allow you to download the
    new or updated entity data (campaigns, ad groups, product groups, ads, or keywords).

    Args:
        ad_account_id (str):
        bulk_request_id (str):
        include_details (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkUpsertStatusResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            bulk_request_id=bulk_request_id,
            client=client,
            include_details=include_details,
        )
    )
