from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.user_website_summary import UserWebsiteSummary
from ...models.user_website_verify_request import UserWebsiteVerifyRequest
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    body: UserWebsiteVerifyRequest,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user_account/websites",
        "params": params,
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | UserWebsiteSummary | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else UserWebsiteSummary.from_dict(_response_200)
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
) -> Response[Error | UserWebsiteSummary]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | UserWebsiteSummary | None
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


def _success_body(response: Response[Error | UserWebsiteSummary]) -> UserWebsiteSummary:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(UserWebsiteSummary, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UserWebsiteVerifyRequest,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | UserWebsiteSummary]:
    """Verify website

     Verify a website as a signed-in user.

    Args:
        ad_account_id (str | Unset):
        body (UserWebsiteVerifyRequest): User website verification request

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWebsiteSummary]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UserWebsiteVerifyRequest,
    ad_account_id: str | Unset = UNSET,
) -> UserWebsiteSummary:
    """Verify website

     Verify a website as a signed-in user.

    Args:
        ad_account_id (str | Unset):
        body (UserWebsiteVerifyRequest): User website verification request

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserWebsiteSummary
    """

    return _success_body(
        sync_detailed(
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UserWebsiteVerifyRequest,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | UserWebsiteSummary]:
    """Verify website

     Verify a website as a signed-in user.

    Args:
        ad_account_id (str | Unset):
        body (UserWebsiteVerifyRequest): User website verification request

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | UserWebsiteSummary]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UserWebsiteVerifyRequest,
    ad_account_id: str | Unset = UNSET,
) -> UserWebsiteSummary:
    """Verify website

     Verify a website as a signed-in user.

    Args:
        ad_account_id (str | Unset):
        body (UserWebsiteVerifyRequest): User website verification request

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserWebsiteSummary
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )
