from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_asset_members_get_response_200 import BusinessAssetMembersGetResponse200
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
    business_id: str,
    asset_id: str,
    *,
    fetch_system_users: bool | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_index: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fetch_system_users"] = fetch_system_users

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params["start_index"] = start_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/businesses/{path_parameter(business_id)}/assets/{path_parameter(asset_id)}/members",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessAssetMembersGetResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BusinessAssetMembersGetResponse200.from_dict(_response_200)
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
) -> Response[BusinessAssetMembersGetResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BusinessAssetMembersGetResponse200 | Error | None
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
    response: Response[BusinessAssetMembersGetResponse200 | Error],
) -> BusinessAssetMembersGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BusinessAssetMembersGetResponse200, response.parsed)


def sync_detailed(
    business_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_index: int | Unset = UNSET,
) -> Response[BusinessAssetMembersGetResponse200 | Error]:
    """Get members with access to asset

     Get all the members the requesting business has granted access to on the given asset.

    Args:
        business_id (str):
        asset_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        start_index (int | Unset):  Default: 0.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessAssetMembersGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        asset_id=asset_id,
        fetch_system_users=fetch_system_users,
        bookmark=bookmark,
        page_size=page_size,
        start_index=start_index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_index: int | Unset = UNSET,
) -> BusinessAssetMembersGetResponse200:
    """Get members with access to asset

     Get all the members the requesting business has granted access to on the given asset.

    Args:
        business_id (str):
        asset_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        start_index (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessAssetMembersGetResponse200
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            asset_id=asset_id,
            client=client,
            fetch_system_users=fetch_system_users,
            bookmark=bookmark,
            page_size=page_size,
            start_index=start_index,
        )
    )


async def asyncio_detailed(
    business_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_index: int | Unset = UNSET,
) -> Response[BusinessAssetMembersGetResponse200 | Error]:
    """Get members with access to asset

     Get all the members the requesting business has granted access to on the given asset.

    Args:
        business_id (str):
        asset_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        start_index (int | Unset):  Default: 0.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessAssetMembersGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        asset_id=asset_id,
        fetch_system_users=fetch_system_users,
        bookmark=bookmark,
        page_size=page_size,
        start_index=start_index,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    asset_id: str,
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    start_index: int | Unset = UNSET,
) -> BusinessAssetMembersGetResponse200:
    """Get members with access to asset

     Get all the members the requesting business has granted access to on the given asset.

    Args:
        business_id (str):
        asset_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        start_index (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessAssetMembersGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            asset_id=asset_id,
            client=client,
            fetch_system_users=fetch_system_users,
            bookmark=bookmark,
            page_size=page_size,
            start_index=start_index,
        )
    )
