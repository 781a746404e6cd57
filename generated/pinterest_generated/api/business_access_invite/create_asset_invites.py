from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_asset_invites_request import CreateAssetInvitesRequest
from ...models.error import Error
from ...models.update_invites_results_response_array import UpdateInvitesResultsResponseArray
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    business_id: str,
    *,
    body: CreateAssetInvitesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/businesses/{path_parameter(business_id)}/invites/assets/access",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UpdateInvitesResultsResponseArray | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else UpdateInvitesResultsResponseArray.from_dict(_response_200)
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
) -> Response[Error | UpdateInvitesResultsResponseArray]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | UpdateInvitesResultsResponseArray | None
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
    response: Response[Error | UpdateInvitesResultsResponseArray],
) -> UpdateInvitesResultsResponseArray:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(UpdateInvitesResultsResponseArray, response.parsed)


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAssetInvitesRequest,
) -> Response[Error | UpdateInvitesResultsResponseArray]:
    """Update invite/request with an asset permission

     Assign asset permissions information to an existing invite/request. Can be used to:
    - Request access to a partner's asset. Note: This is only for when no existing partnership exists.
    If an existing
      partnership exists, use "Create a request to access an existing partner's assets" to request
    access to your
      partner's assets.
        - invite_type="PARTNER_REQUEST"
    - Invite a partner to access your business assets. Note: This is only for when there is no existing
    partnership.
      If there is an existing partnership, use "Assign/Update partner asset permissions" to assign a
    partner access to
      new assets.
        - invite_type="PARTNER_INVITE"
    - Invite a member to access your business assets. Note: This is only for when there is no existing
    membership.
      If there is an existing membership, use "Assign/Update member asset permissions" to assign a
    member access to new
      assets.
        - invite_type="MEMBER_INVITE"

    To learn more about permission levels, visit
    https://help.pinterest.com/en/business/article/business-manager-overview.

    Args:
        business_id (str):
        body (CreateAssetInvitesRequest): Request body for updating asset roles for existing
            invites.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateInvitesResultsResponseArray]: the answer for every status; `parsed` is
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
    body: CreateAssetInvitesRequest,
) -> UpdateInvitesResultsResponseArray:
    """Update invite/request with an asset permission

     Assign asset permissions information to an existing invite/request. Can be used to:
    - Request access to a partner's asset. Note: This is only for when no existing partnership exists.
    If an existing
      partnership exists, use "Create a request to access an existing partner's assets" to request
    access to your
      partner's assets.
        - invite_type="PARTNER_REQUEST"
    - Invite a partner to access your business assets. Note: This is only for when there is no existing
    partnership.
      If there is an existing partnership, use "Assign/Update partner asset permissions" to assign a
    partner access to
      new assets.
        - invite_type="PARTNER_INVITE"
    - Invite a member to access your business assets. Note: This is only for when there is no existing
    membership.
      If there is an existing membership, use "Assign/Update member asset permissions" to assign a
    member access to new
      assets.
        - invite_type="MEMBER_INVITE"

    To learn more about permission levels, visit
    https://help.pinterest.com/en/business/article/business-manager-overview.

    Args:
        business_id (str):
        body (CreateAssetInvitesRequest): Request body for updating asset roles for existing
            invites.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateInvitesResultsResponseArray
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
    body: CreateAssetInvitesRequest,
) -> Response[Error | UpdateInvitesResultsResponseArray]:
    """Update invite/request with an asset permission

     Assign asset permissions information to an existing invite/request. Can be used to:
    - Request access to a partner's asset. Note: This is only for when no existing partnership exists.
    If an existing
      partnership exists, use "Create a request to access an existing partner's assets" to request
    access to your
      partner's assets.
        - invite_type="PARTNER_REQUEST"
    - Invite a partner to access your business assets. Note: This is only for when there is no existing
    partnership.
      If there is an existing partnership, use "Assign/Update partner asset permissions" to assign a
    partner access to
      new assets.
        - invite_type="PARTNER_INVITE"
    - Invite a member to access your business assets. Note: This is only for when there is no existing
    membership.
      If there is an existing membership, use "Assign/Update member asset permissions" to assign a
    member access to new
      assets.
        - invite_type="MEMBER_INVITE"

    To learn more about permission levels, visit
    https://help.pinterest.com/en/business/article/business-manager-overview.

    Args:
        business_id (str):
        body (CreateAssetInvitesRequest): Request body for updating asset roles for existing
            invites.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UpdateInvitesResultsResponseArray]: the answer for every status; `parsed` is
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
    body: CreateAssetInvitesRequest,
) -> UpdateInvitesResultsResponseArray:
    """Update invite/request with an asset permission

     Assign asset permissions information to an existing invite/request. Can be used to:
    - Request access to a partner's asset. Note: This is only for when no existing partnership exists.
    If an existing
      partnership exists, use "Create a request to access an existing partner's assets" to request
    access to your
      partner's assets.
        - invite_type="PARTNER_REQUEST"
    - Invite a partner to access your business assets. Note: This is only for when there is no existing
    partnership.
      If there is an existing partnership, use "Assign/Update partner asset permissions" to assign a
    partner access to
      new assets.
        - invite_type="PARTNER_INVITE"
    - Invite a member to access your business assets. Note: This is only for when there is no existing
    membership.
      If there is an existing membership, use "Assign/Update member asset permissions" to assign a
    member access to new
      assets.
        - invite_type="MEMBER_INVITE"

    To learn more about permission levels, visit
    https://help.pinterest.com/en/business/article/business-manager-overview.

    Args:
        business_id (str):
        body (CreateAssetInvitesRequest): Request body for updating asset roles for existing
            invites.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateInvitesResultsResponseArray
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    )
