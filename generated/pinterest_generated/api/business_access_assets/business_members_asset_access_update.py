from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.update_member_asset_access_body import UpdateMemberAssetAccessBody
from ...models.update_member_assets_results_response_array import (
    UpdateMemberAssetsResultsResponseArray,
)
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    business_id: str,
    *,
    body: UpdateMemberAssetAccessBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/businesses/{path_parameter(business_id)}/members/assets/access",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateMemberAssetsResultsResponseArray | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else UpdateMemberAssetsResultsResponseArray.from_dict(_response_200)
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
) -> Response[Error | UpdateMemberAssetsResultsResponseArray]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | UpdateMemberAssetsResultsResponseArray | None
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
    response: Response[Error | UpdateMemberAssetsResultsResponseArray],
) -> UpdateMemberAssetsResultsResponseArray:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(UpdateMemberAssetsResultsResponseArray, response.parsed)


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMemberAssetAccessBody,
) -> Response[Error | UpdateMemberAssetsResultsResponseArray]:
    """Assign/Update member asset permissions

     Grant multiple members access to assets and/or update multiple member's exisiting permissions to an
    asset.
    Note: Not all listed permissions are applicable to each asset type. For example, PROFILE_PUBLISHER
    would not be applicable to an asset of type AD_ACCOUNT. The permission level PROFILE_PUBLISHER is
    only available to an asset of the type PROFILE.

    Args:
        business_id (str):
        body (UpdateMemberAssetAccessBody): An object with a list of all the new accesses.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateMemberAssetsResultsResponseArray]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
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
    body: UpdateMemberAssetAccessBody,
) -> UpdateMemberAssetsResultsResponseArray:
    """Assign/Update member asset permissions

     Grant multiple members access to assets and/or update multiple member's exisiting permissions to an
    asset.
    Note: Not all listed permissions are applicable to each asset type. For example, PROFILE_PUBLISHER
    would not be applicable to an asset of type AD_ACCOUNT. The permission level PROFILE_PUBLISHER is
    only available to an asset of the type PROFILE.

    Args:
        business_id (str):
        body (UpdateMemberAssetAccessBody): An object with a list of all the new accesses.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateMemberAssetsResultsResponseArray
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateMemberAssetAccessBody,
) -> Response[Error | UpdateMemberAssetsResultsResponseArray]:
    """Assign/Update member asset permissions

     Grant multiple members access to assets and/or update multiple member's exisiting permissions to an
    asset.
    Note: Not all listed permissions are applicable to each asset type. For example, PROFILE_PUBLISHER
    would not be applicable to an asset of type AD_ACCOUNT. The permission level PROFILE_PUBLISHER is
    only available to an asset of the type PROFILE.

    Args:
        business_id (str):
        body (UpdateMemberAssetAccessBody): An object with a list of all the new accesses.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateMemberAssetsResultsResponseArray]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        body=body,
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
    body: UpdateMemberAssetAccessBody,
) -> UpdateMemberAssetsResultsResponseArray:
    """Assign/Update member asset permissions

     Grant multiple members access to assets and/or update multiple member's exisiting permissions to an
    asset.
    Note: Not all listed permissions are applicable to each asset type. For example, PROFILE_PUBLISHER
    would not be applicable to an asset of type AD_ACCOUNT. The permission level PROFILE_PUBLISHER is
    only available to an asset of the type PROFILE.

    Args:
        business_id (str):
        body (UpdateMemberAssetAccessBody): An object with a list of all the new accesses.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateMemberAssetsResultsResponseArray
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    )
