from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_respond_invites_body import AuthRespondInvitesBody
from ...models.error import Error
from ...models.respond_to_invites_response_array import RespondToInvitesResponseArray
from ...types import Response, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    body: AuthRespondInvitesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/businesses/invites",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RespondToInvitesResponseArray | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else RespondToInvitesResponseArray.from_dict(_response_200)
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
) -> Response[Error | RespondToInvitesResponseArray]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | RespondToInvitesResponseArray | None
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
    response: Response[Error | RespondToInvitesResponseArray],
) -> RespondToInvitesResponseArray:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(RespondToInvitesResponseArray, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthRespondInvitesBody,
) -> Response[Error | RespondToInvitesResponseArray]:
    """Accept or decline an invite/request

     Accept or decline invites or requests.

    Args:
        body (AuthRespondInvitesBody): An object with a list of all the invites the user would
            like to respond to and the action to take.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RespondToInvitesResponseArray]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AuthRespondInvitesBody,
) -> RespondToInvitesResponseArray:
    """Accept or decline an invite/request

     Accept or decline invites or requests.

    Args:
        body (AuthRespondInvitesBody): An object with a list of all the invites the user would
            like to respond to and the action to take.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespondToInvitesResponseArray
    """

    return _success_body(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AuthRespondInvitesBody,
) -> Response[Error | RespondToInvitesResponseArray]:
    """Accept or decline an invite/request

     Accept or decline invites or requests.

    Args:
        body (AuthRespondInvitesBody): An object with a list of all the invites the user would
            like to respond to and the action to take.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RespondToInvitesResponseArray]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AuthRespondInvitesBody,
) -> RespondToInvitesResponseArray:
    """Accept or decline an invite/request

     Accept or decline invites or requests.

    Args:
        body (AuthRespondInvitesBody): An object with a list of all the invites the user would
            like to respond to and the action to take.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RespondToInvitesResponseArray
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
