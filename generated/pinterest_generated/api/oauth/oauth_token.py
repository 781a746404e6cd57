from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.oauth_access_token_request import OauthAccessTokenRequest
from ...models.oauth_access_token_response import OauthAccessTokenResponse
from ...types import Response, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    body: OauthAccessTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OauthAccessTokenResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else OauthAccessTokenResponse.from_dict(_response_200)
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
) -> Response[Error | OauthAccessTokenResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | OauthAccessTokenResponse | None
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


def _success_body(response: Response[Error | OauthAccessTokenResponse]) -> OauthAccessTokenResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(OauthAccessTokenResponse, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: OauthAccessTokenRequest,
) -> Response[Error | OauthAccessTokenResponse]:
    """Generate OAuth access token

     Generate a new OAuth access token using an authorization code; or refresh an existing one using a
    continuous refresh token.

    Follow the complete steps for <a href='/docs/getting-started/set-up-authentication-and-
    authorization/' target='blank'>requesting and refreshing tokens</a>.

    <strong>Note:</strong> If your app was created <strong>before September 25, 2025</strong>, make sure
    to set the <code>continuous_refresh</code> parameter to <code>true</code> to use the continuous
    refresh token (60-day expiration, refreshable indefinitely). Pinterest no longer supports the legacy
    refresh token (365-day expiration, hard limit).

    Disregard this note if your app was activated on or after September 25, 2025. You are automatically
    using the continuous refresh token.

    Use <a href='/docs/developer-tools/token-debugger/' target='blank'>Token Debugger</a> to validate
    and inspect your access token.

    Args:
        body (OauthAccessTokenRequest): Describes the valid schema for possible OAuth access token
            requests.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthAccessTokenResponse]: the answer for every status; `parsed` is
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
    body: OauthAccessTokenRequest,
) -> OauthAccessTokenResponse:
    """Generate OAuth access token

     Generate a new OAuth access token using an authorization code; or refresh an existing one using a
    continuous refresh token.

    Follow the complete steps for <a href='/docs/getting-started/set-up-authentication-and-
    authorization/' target='blank'>requesting and refreshing tokens</a>.

    <strong>Note:</strong> If your app was created <strong>before September 25, 2025</strong>, make sure
    to set the <code>continuous_refresh</code> parameter to <code>true</code> to use the continuous
    refresh token (60-day expiration, refreshable indefinitely). Pinterest no longer supports the legacy
    refresh token (365-day expiration, hard limit).

    Disregard this note if your app was activated on or after September 25, 2025. You are automatically
    using the continuous refresh token.

    Use <a href='/docs/developer-tools/token-debugger/' target='blank'>Token Debugger</a> to validate
    and inspect your access token.

    Args:
        body (OauthAccessTokenRequest): Describes the valid schema for possible OAuth access token
            requests.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OauthAccessTokenResponse
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
    body: OauthAccessTokenRequest,
) -> Response[Error | OauthAccessTokenResponse]:
    """Generate OAuth access token

     Generate a new OAuth access token using an authorization code; or refresh an existing one using a
    continuous refresh token.

    Follow the complete steps for <a href='/docs/getting-started/set-up-authentication-and-
    authorization/' target='blank'>requesting and refreshing tokens</a>.

    <strong>Note:</strong> If your app was created <strong>before September 25, 2025</strong>, make sure
    to set the <code>continuous_refresh</code> parameter to <code>true</code> to use the continuous
    refresh token (60-day expiration, refreshable indefinitely). Pinterest no longer supports the legacy
    refresh token (365-day expiration, hard limit).

    Disregard this note if your app was activated on or after September 25, 2025. You are automatically
    using the continuous refresh token.

    Use <a href='/docs/developer-tools/token-debugger/' target='blank'>Token Debugger</a> to validate
    and inspect your access token.

    Args:
        body (OauthAccessTokenRequest): Describes the valid schema for possible OAuth access token
            requests.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | OauthAccessTokenResponse]: the answer for every status; `parsed` is
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
    body: OauthAccessTokenRequest,
) -> OauthAccessTokenResponse:
    """Generate OAuth access token

     Generate a new OAuth access token using an authorization code; or refresh an existing one using a
    continuous refresh token.

    Follow the complete steps for <a href='/docs/getting-started/set-up-authentication-and-
    authorization/' target='blank'>requesting and refreshing tokens</a>.

    <strong>Note:</strong> If your app was created <strong>before September 25, 2025</strong>, make sure
    to set the <code>continuous_refresh</code> parameter to <code>true</code> to use the continuous
    refresh token (60-day expiration, refreshable indefinitely). Pinterest no longer supports the legacy
    refresh token (365-day expiration, hard limit).

    Disregard this note if your app was activated on or after September 25, 2025. You are automatically
    using the continuous refresh token.

    Use <a href='/docs/developer-tools/token-debugger/' target='blank'>Token Debugger</a> to validate
    and inspect your access token.

    Args:
        body (OauthAccessTokenRequest): Describes the valid schema for possible OAuth access token
            requests.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OauthAccessTokenResponse
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
