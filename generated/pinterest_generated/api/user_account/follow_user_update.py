from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.follow_user_request import FollowUserRequest
from ...models.user_summary import UserSummary
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    username: str,
    *,
    body: FollowUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/user_account/following/{path_parameter(username)}",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UserSummary | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else UserSummary.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else Error.from_dict(_response_404)
        )

        return response_404

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | UserSummary]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | UserSummary | None
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


def _success_body(response: Response[Error | UserSummary]) -> UserSummary:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(UserSummary, response.parsed)


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: FollowUserRequest,
) -> Response[Error | UserSummary]:
    """Follow user

     <strong>This endpoint is currently in beta and not available to all apps. <a href='/docs/getting-
    started/using-beta-and-restricted-features/'>Learn more</a>.</strong>

    Use this request, as a signed-in user, to follow another user.

    Args:
        username (str):  Example: username.
        body (FollowUserRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserSummary]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: FollowUserRequest,
) -> UserSummary:
    """Follow user

     <strong>This endpoint is currently in beta and not available to all apps. <a href='/docs/getting-
    started/using-beta-and-restricted-features/'>Learn more</a>.</strong>

    Use this request, as a signed-in user, to follow another user.

    Args:
        username (str):  Example: username.
        body (FollowUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserSummary
    """

    return _success_body(
        sync_detailed(
            username=username,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: FollowUserRequest,
) -> Response[Error | UserSummary]:
    """Follow user

     <strong>This endpoint is currently in beta and not available to all apps. <a href='/docs/getting-
    started/using-beta-and-restricted-features/'>Learn more</a>.</strong>

    Use this request, as a signed-in user, to follow another user.

    Args:
        username (str):  Example: username.
        body (FollowUserRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserSummary]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: FollowUserRequest,
) -> UserSummary:
    """Follow user

     <strong>This endpoint is currently in beta and not available to all apps. <a href='/docs/getting-
    started/using-beta-and-restricted-features/'>Learn more</a>.</strong>

    Use this request, as a signed-in user, to follow another user.

    Args:
        username (str):  Example: username.
        body (FollowUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserSummary
    """

    return _success_body(
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    )
