from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_business_members_response_200 import GetBusinessMembersResponse200
from ...models.member_business_role import MemberBusinessRole
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
    fetch_system_users: bool | Unset = UNSET,
    assets_summary: bool | Unset = UNSET,
    business_roles: list[MemberBusinessRole] | Unset = UNSET,
    member_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fetch_system_users"] = fetch_system_users

    params["assets_summary"] = assets_summary

    json_business_roles: list[str] | Unset = UNSET
    if not isinstance(business_roles, Unset):
        if business_roles is None:
            json_business_roles = None
        else:
            json_business_roles = []
            for business_roles_item_data in business_roles:
                business_roles_item = (
                    None if business_roles_item_data is None else business_roles_item_data.value
                )
                json_business_roles.append(business_roles_item)

    params["business_roles"] = json_business_roles

    params["member_ids"] = member_ids

    params["start_index"] = start_index

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/businesses/{path_parameter(business_id)}/members",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetBusinessMembersResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else GetBusinessMembersResponse200.from_dict(_response_200)
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
) -> Response[Error | GetBusinessMembersResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | GetBusinessMembersResponse200 | None
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
    response: Response[Error | GetBusinessMembersResponse200],
) -> GetBusinessMembersResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(GetBusinessMembersResponse200, response.parsed)


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    assets_summary: bool | Unset = UNSET,
    business_roles: list[MemberBusinessRole] | Unset = UNSET,
    member_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | GetBusinessMembersResponse200]:
    """Get business members

     Get all members of the specified business.
    The return response will include the member's business_role and assets they have access to if
    assets_summary=TRUE

    Args:
        business_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        assets_summary (bool | Unset):  Default: False.
        business_roles (list[MemberBusinessRole] | Unset):
        member_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetBusinessMembersResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fetch_system_users=fetch_system_users,
        assets_summary=assets_summary,
        business_roles=business_roles,
        member_ids=member_ids,
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
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    assets_summary: bool | Unset = UNSET,
    business_roles: list[MemberBusinessRole] | Unset = UNSET,
    member_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> GetBusinessMembersResponse200:
    """Get business members

     Get all members of the specified business.
    The return response will include the member's business_role and assets they have access to if
    assets_summary=TRUE

    Args:
        business_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        assets_summary (bool | Unset):  Default: False.
        business_roles (list[MemberBusinessRole] | Unset):
        member_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBusinessMembersResponse200
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            client=client,
            fetch_system_users=fetch_system_users,
            assets_summary=assets_summary,
            business_roles=business_roles,
            member_ids=member_ids,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )
    )


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    assets_summary: bool | Unset = UNSET,
    business_roles: list[MemberBusinessRole] | Unset = UNSET,
    member_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | GetBusinessMembersResponse200]:
    """Get business members

     Get all members of the specified business.
    The return response will include the member's business_role and assets they have access to if
    assets_summary=TRUE

    Args:
        business_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        assets_summary (bool | Unset):  Default: False.
        business_roles (list[MemberBusinessRole] | Unset):
        member_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetBusinessMembersResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        fetch_system_users=fetch_system_users,
        assets_summary=assets_summary,
        business_roles=business_roles,
        member_ids=member_ids,
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
    *,
    client: AuthenticatedClient,
    fetch_system_users: bool | Unset = UNSET,
    assets_summary: bool | Unset = UNSET,
    business_roles: list[MemberBusinessRole] | Unset = UNSET,
    member_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> GetBusinessMembersResponse200:
    """Get business members

     Get all members of the specified business.
    The return response will include the member's business_role and assets they have access to if
    assets_summary=TRUE

    Args:
        business_id (str):
        fetch_system_users (bool | Unset):  Default: False.
        assets_summary (bool | Unset):  Default: False.
        business_roles (list[MemberBusinessRole] | Unset):
        member_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBusinessMembersResponse200
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            fetch_system_users=fetch_system_users,
            assets_summary=assets_summary,
            business_roles=business_roles,
            member_ids=member_ids,
            start_index=start_index,
            bookmark=bookmark,
            page_size=page_size,
        )
    )
