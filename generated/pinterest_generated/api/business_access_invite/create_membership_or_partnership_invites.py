from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_invites_results_response_array import CreateInvitesResultsResponseArray
from ...models.create_membership_or_partnership_invites_body import (
    CreateMembershipOrPartnershipInvitesBody,
)
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    business_id: str,
    *,
    body: CreateMembershipOrPartnershipInvitesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/businesses/{path_parameter(business_id)}/invites",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateInvitesResultsResponseArray | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else CreateInvitesResultsResponseArray.from_dict(_response_200)
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
) -> Response[CreateInvitesResultsResponseArray | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: CreateInvitesResultsResponseArray | Error | None
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
    response: Response[CreateInvitesResultsResponseArray | Error],
) -> CreateInvitesResultsResponseArray:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(CreateInvitesResultsResponseArray, response.parsed)


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateMembershipOrPartnershipInvitesBody,
) -> Response[CreateInvitesResultsResponseArray | Error]:
    """Create invites or requests

     Create batch invites or requests. Can create batch invites or requests as described below.
    - Invite members to join the business. This would required specifying the following:
        - invite_type="MEMBER_INVITE"
        - business_role="EMPLOYEE" OR business_role="BIZ_ADMIN" (To learn more about business roles,
    visit
        https://help.pinterest.com/en/business/article/profile-permissions-in-business-access.)
        - members
    - Invite partners to access your business assets. This would require specifying the following:
        - invite_type="PARTNER_INVITE"
        - business_role="PARTNER"
        - partners
    - Request to be a partner so you can access their assets. This would require specifying the
    following:
        - invite_type="PARTNER_REQUEST"
        - business_role="PARTNER"
        - partners

    Args:
        business_id (str):
        body (CreateMembershipOrPartnershipInvitesBody): Body to be used on path to send Members
            or Partners Invite or Request

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInvitesResultsResponseArray | Error]: the answer for every status; `parsed` is
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
    body: CreateMembershipOrPartnershipInvitesBody,
) -> CreateInvitesResultsResponseArray:
    """Create invites or requests

     Create batch invites or requests. Can create batch invites or requests as described below.
    - Invite members to join the business. This would required specifying the following:
        - invite_type="MEMBER_INVITE"
        - business_role="EMPLOYEE" OR business_role="BIZ_ADMIN" (To learn more about business roles,
    visit
        https://help.pinterest.com/en/business/article/profile-permissions-in-business-access.)
        - members
    - Invite partners to access your business assets. This would require specifying the following:
        - invite_type="PARTNER_INVITE"
        - business_role="PARTNER"
        - partners
    - Request to be a partner so you can access their assets. This would require specifying the
    following:
        - invite_type="PARTNER_REQUEST"
        - business_role="PARTNER"
        - partners

    Args:
        business_id (str):
        body (CreateMembershipOrPartnershipInvitesBody): Body to be used on path to send Members
            or Partners Invite or Request

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInvitesResultsResponseArray
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
    body: CreateMembershipOrPartnershipInvitesBody,
) -> Response[CreateInvitesResultsResponseArray | Error]:
    """Create invites or requests

     Create batch invites or requests. Can create batch invites or requests as described below.
    - Invite members to join the business. This would required specifying the following:
        - invite_type="MEMBER_INVITE"
        - business_role="EMPLOYEE" OR business_role="BIZ_ADMIN" (To learn more about business roles,
    visit
        https://help.pinterest.com/en/business/article/profile-permissions-in-business-access.)
        - members
    - Invite partners to access your business assets. This would require specifying the following:
        - invite_type="PARTNER_INVITE"
        - business_role="PARTNER"
        - partners
    - Request to be a partner so you can access their assets. This would require specifying the
    following:
        - invite_type="PARTNER_REQUEST"
        - business_role="PARTNER"
        - partners

    Args:
        business_id (str):
        body (CreateMembershipOrPartnershipInvitesBody): Body to be used on path to send Members
            or Partners Invite or Request

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInvitesResultsResponseArray | Error]: the answer for every status; `parsed` is
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
    body: CreateMembershipOrPartnershipInvitesBody,
) -> CreateInvitesResultsResponseArray:
    """Create invites or requests

     Create batch invites or requests. Can create batch invites or requests as described below.
    - Invite members to join the business. This would required specifying the following:
        - invite_type="MEMBER_INVITE"
        - business_role="EMPLOYEE" OR business_role="BIZ_ADMIN" (To learn more about business roles,
    visit
        https://help.pinterest.com/en/business/article/profile-permissions-in-business-access.)
        - members
    - Invite partners to access your business assets. This would require specifying the following:
        - invite_type="PARTNER_INVITE"
        - business_role="PARTNER"
        - partners
    - Request to be a partner so you can access their assets. This would require specifying the
    following:
        - invite_type="PARTNER_REQUEST"
        - business_role="PARTNER"
        - partners

    Args:
        business_id (str):
        body (CreateMembershipOrPartnershipInvitesBody): Body to be used on path to send Members
            or Partners Invite or Request

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInvitesResultsResponseArray
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            body=body,
        )
    )
