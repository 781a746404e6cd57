from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_member_assets_get_asset_type import BusinessMemberAssetsGetAssetType
from ...models.business_member_assets_get_response_200 import BusinessMemberAssetsGetResponse200
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
    member_id: str,
    *,
    asset_type: BusinessMemberAssetsGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_asset_type: str | Unset = UNSET
    if not isinstance(asset_type, Unset):
        json_asset_type = None if asset_type is None else asset_type.value

    params["asset_type"] = json_asset_type

    params["start_index"] = start_index

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/businesses/{path_parameter(business_id)}/members/{path_parameter(member_id)}/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessMemberAssetsGetResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BusinessMemberAssetsGetResponse200.from_dict(_response_200)
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
) -> Response[BusinessMemberAssetsGetResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BusinessMemberAssetsGetResponse200 | Error | None
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
    response: Response[BusinessMemberAssetsGetResponse200 | Error],
) -> BusinessMemberAssetsGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BusinessMemberAssetsGetResponse200, response.parsed)


def sync_detailed(
    business_id: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    asset_type: BusinessMemberAssetsGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BusinessMemberAssetsGetResponse200 | Error]:
    """Get assets assigned to a member

     Get assets on which you assigned asset permissions to the given member. Can be used to:
    - get all assets, regardless of asset type or
    - get assets of one asset type by using the asset_type query.
    The return response will include the permissions the member has to that asset and the asset type.

    Args:
        business_id (str):
        member_id (str):
        asset_type (BusinessMemberAssetsGetAssetType | Unset):  Default:
            BusinessMemberAssetsGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessMemberAssetsGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        member_id=member_id,
        asset_type=asset_type,
        start_index=start_index,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    asset_type: BusinessMemberAssetsGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BusinessMemberAssetsGetResponse200:
    """Get assets assigned to a member

     Get assets on which you assigned asset permissions to the given member. Can be used to:
    - get all assets, regardless of asset type or
    - get assets of one asset type by using the asset_type query.
    The return response will include the permissions the member has to that asset and the asset type.

    Args:
        business_id (str):
        member_id (str):
        asset_type (BusinessMemberAssetsGetAssetType | Unset):  Default:
            BusinessMemberAssetsGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessMemberAssetsGetResponse200
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            member_id=member_id,
            client=client,
            asset_type=asset_type,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )
    )


async def asyncio_detailed(
    business_id: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    asset_type: BusinessMemberAssetsGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BusinessMemberAssetsGetResponse200 | Error]:
    """Get assets assigned to a member

     Get assets on which you assigned asset permissions to the given member. Can be used to:
    - get all assets, regardless of asset type or
    - get assets of one asset type by using the asset_type query.
    The return response will include the permissions the member has to that asset and the asset type.

    Args:
        business_id (str):
        member_id (str):
        asset_type (BusinessMemberAssetsGetAssetType | Unset):  Default:
            BusinessMemberAssetsGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessMemberAssetsGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        member_id=member_id,
        asset_type=asset_type,
        start_index=start_index,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    asset_type: BusinessMemberAssetsGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BusinessMemberAssetsGetResponse200:
    """Get assets assigned to a member

     Get assets on which you assigned asset permissions to the given member. Can be used to:
    - get all assets, regardless of asset type or
    - get assets of one asset type by using the asset_type query.
    The return response will include the permissions the member has to that asset and the asset type.

    Args:
        business_id (str):
        member_id (str):
        asset_type (BusinessMemberAssetsGetAssetType | Unset):  Default:
            BusinessMemberAssetsGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessMemberAssetsGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            member_id=member_id,
            client=client,
            asset_type=asset_type,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )
    )
