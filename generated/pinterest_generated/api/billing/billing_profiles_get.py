from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_profiles_get_response_200 import BillingProfilesGetResponse200
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
    ad_account_id: str,
    *,
    is_active: bool,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_active"] = is_active

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/billing_profiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingProfilesGetResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BillingProfilesGetResponse200.from_dict(_response_200)
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
) -> Response[BillingProfilesGetResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BillingProfilesGetResponse200 | Error | None
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
    response: Response[BillingProfilesGetResponse200 | Error],
) -> BillingProfilesGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BillingProfilesGetResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    is_active: bool,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BillingProfilesGetResponse200 | Error]:
    """Get billing profiles

     Get billing profiles in the advertiser account.

    <strong>This endpoint might not be available to all apps. <a href='/docs/getting-started/using-beta-
    and-restricted-features/'>Learn more</a>.</strong>

    Args:
        ad_account_id (str):
        is_active (bool):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingProfilesGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        is_active=is_active,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    is_active: bool,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BillingProfilesGetResponse200:
    """Get billing profiles

     Get billing profiles in the advertiser account.

    <strong>This endpoint might not be available to all apps. <a href='/docs/getting-started/using-beta-
    and-restricted-features/'>Learn more</a>.</strong>

    Args:
        ad_account_id (str):
        is_active (bool):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingProfilesGetResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            is_active=is_active,
            bookmark=bookmark,
            page_size=page_size,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    is_active: bool,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[BillingProfilesGetResponse200 | Error]:
    """Get billing profiles

     Get billing profiles in the advertiser account.

    <strong>This endpoint might not be available to all apps. <a href='/docs/getting-started/using-beta-
    and-restricted-features/'>Learn more</a>.</strong>

    Args:
        ad_account_id (str):
        is_active (bool):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingProfilesGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        is_active=is_active,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    is_active: bool,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> BillingProfilesGetResponse200:
    """Get billing profiles

     Get billing profiles in the advertiser account.

    <strong>This endpoint might not be available to all apps. <a href='/docs/getting-started/using-beta-
    and-restricted-features/'>Learn more</a>.</strong>

    Args:
        ad_account_id (str):
        is_active (bool):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingProfilesGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            is_active=is_active,
            bookmark=bookmark,
            page_size=page_size,
        )
    )
