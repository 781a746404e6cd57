from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_invites_invite_status_item import GetInvitesInviteStatusItem
from ...models.get_invites_response_200 import GetInvitesResponse200
from ...models.invite_type import InviteType
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
    is_member: bool | Unset = UNSET,
    invite_status: list[GetInvitesInviteStatusItem] | Unset = UNSET,
    invite_type: InviteType | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_member"] = is_member

    json_invite_status: list[str] | Unset = UNSET
    if not isinstance(invite_status, Unset):
        if invite_status is None:
            json_invite_status = None
        else:
            json_invite_status = []
            for invite_status_item_data in invite_status:
                invite_status_item = (
                    None if invite_status_item_data is None else invite_status_item_data.value
                )
                json_invite_status.append(invite_status_item)

    params["invite_status"] = json_invite_status

    json_invite_type: str | Unset = UNSET
    if not isinstance(invite_type, Unset):
        json_invite_type = None if invite_type is None else invite_type.value

    params["invite_type"] = json_invite_type

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/businesses/{path_parameter(business_id)}/invites",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetInvitesResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else GetInvitesResponse200.from_dict(_response_200)
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
) -> Response[Error | GetInvitesResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | GetInvitesResponse200 | None
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


def _success_body(response: Response[Error | GetInvitesResponse200]) -> GetInvitesResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(GetInvitesResponse200, response.parsed)


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    is_member: bool | Unset = UNSET,
    invite_status: list[GetInvitesInviteStatusItem] | Unset = UNSET,
    invite_type: InviteType | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | GetInvitesResponse200]:
    """Get invites/requests

     Get the membership/partnership invites and/or requests for the authorized user.

    Args:
        business_id (str):
        is_member (bool | Unset):  Default: True.
        invite_status (list[GetInvitesInviteStatusItem] | Unset):
        invite_type (InviteType | Unset): The type of invite. <br>'MEMBER_INVITE' is to invite a
            member to access your business assets. <br>'PARTNER INVITE' is to invite a partner to
            access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's
            business assets. Example: MEMBER_INVITE.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetInvitesResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        is_member=is_member,
        invite_status=invite_status,
        invite_type=invite_type,
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
    is_member: bool | Unset = UNSET,
    invite_status: list[GetInvitesInviteStatusItem] | Unset = UNSET,
    invite_type: InviteType | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> GetInvitesResponse200:
    """Get invites/requests

     Get the membership/partnership invites and/or requests for the authorized user.

    Args:
        business_id (str):
        is_member (bool | Unset):  Default: True.
        invite_status (list[GetInvitesInviteStatusItem] | Unset):
        invite_type (InviteType | Unset): The type of invite. <br>'MEMBER_INVITE' is to invite a
            member to access your business assets. <br>'PARTNER INVITE' is to invite a partner to
            access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's
            business assets. Example: MEMBER_INVITE.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInvitesResponse200
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            client=client,
            is_member=is_member,
            invite_status=invite_status,
            invite_type=invite_type,
            bookmark=bookmark,
            page_size=page_size,
        )
    )


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    is_member: bool | Unset = UNSET,
    invite_status: list[GetInvitesInviteStatusItem] | Unset = UNSET,
    invite_type: InviteType | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[Error | GetInvitesResponse200]:
    """Get invites/requests

     Get the membership/partnership invites and/or requests for the authorized user.

    Args:
        business_id (str):
        is_member (bool | Unset):  Default: True.
        invite_status (list[GetInvitesInviteStatusItem] | Unset):
        invite_type (InviteType | Unset): The type of invite. <br>'MEMBER_INVITE' is to invite a
            member to access your business assets. <br>'PARTNER INVITE' is to invite a partner to
            access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's
            business assets. Example: MEMBER_INVITE.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetInvitesResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        is_member=is_member,
        invite_status=invite_status,
        invite_type=invite_type,
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
    is_member: bool | Unset = UNSET,
    invite_status: list[GetInvitesInviteStatusItem] | Unset = UNSET,
    invite_type: InviteType | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> GetInvitesResponse200:
    """Get invites/requests

     Get the membership/partnership invites and/or requests for the authorized user.

    Args:
        business_id (str):
        is_member (bool | Unset):  Default: True.
        invite_status (list[GetInvitesInviteStatusItem] | Unset):
        invite_type (InviteType | Unset): The type of invite. <br>'MEMBER_INVITE' is to invite a
            member to access your business assets. <br>'PARTNER INVITE' is to invite a partner to
            access your business assets. <br>'PARTNER_REQUEST' is to request access a partner's
            business assets. Example: MEMBER_INVITE.
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetInvitesResponse200
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            is_member=is_member,
            invite_status=invite_status,
            invite_type=invite_type,
            bookmark=bookmark,
            page_size=page_size,
        )
    )
