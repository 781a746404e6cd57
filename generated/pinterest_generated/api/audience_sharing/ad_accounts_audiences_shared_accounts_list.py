from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ad_accounts_audiences_shared_accounts_list_response_200 import (
    AdAccountsAudiencesSharedAccountsListResponse200,
)
from ...models.audience_account_type import AudienceAccountType
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
    audience_id: str,
    account_type: AudienceAccountType,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["audience_id"] = audience_id

    json_account_type = None if account_type is None else account_type.value
    params["account_type"] = json_account_type

    params["page_size"] = page_size

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/audiences/shared/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdAccountsAudiencesSharedAccountsListResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AdAccountsAudiencesSharedAccountsListResponse200.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else Error.from_dict(_response_400)
        )

        return response_400

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
) -> Response[AdAccountsAudiencesSharedAccountsListResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AdAccountsAudiencesSharedAccountsListResponse200 | Error | None
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
    response: Response[AdAccountsAudiencesSharedAccountsListResponse200 | Error],
) -> AdAccountsAudiencesSharedAccountsListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AdAccountsAudiencesSharedAccountsListResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    audience_id: str,
    account_type: AudienceAccountType,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[AdAccountsAudiencesSharedAccountsListResponse200 | Error]:
    """List accounts with access to an audience owned by an ad account

     List all ad accounts and/or businesses that have access to a specific audience. The audience must be
    owned by the requesting ad account.

    Args:
        ad_account_id (str):
        audience_id (str):
        account_type (AudienceAccountType):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdAccountsAudiencesSharedAccountsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        audience_id=audience_id,
        account_type=account_type,
        page_size=page_size,
        bookmark=bookmark,
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
    audience_id: str,
    account_type: AudienceAccountType,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> AdAccountsAudiencesSharedAccountsListResponse200:
    """List accounts with access to an audience owned by an ad account

     List all ad accounts and/or businesses that have access to a specific audience. The audience must be
    owned by the requesting ad account.

    Args:
        ad_account_id (str):
        audience_id (str):
        account_type (AudienceAccountType):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdAccountsAudiencesSharedAccountsListResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            audience_id=audience_id,
            account_type=account_type,
            page_size=page_size,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    audience_id: str,
    account_type: AudienceAccountType,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[AdAccountsAudiencesSharedAccountsListResponse200 | Error]:
    """List accounts with access to an audience owned by an ad account

     List all ad accounts and/or businesses that have access to a specific audience. The audience must be
    owned by the requesting ad account.

    Args:
        ad_account_id (str):
        audience_id (str):
        account_type (AudienceAccountType):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdAccountsAudiencesSharedAccountsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        audience_id=audience_id,
        account_type=account_type,
        page_size=page_size,
        bookmark=bookmark,
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
    audience_id: str,
    account_type: AudienceAccountType,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> AdAccountsAudiencesSharedAccountsListResponse200:
    """List accounts with access to an audience owned by an ad account

     List all ad accounts and/or businesses that have access to a specific audience. The audience must be
    owned by the requesting ad account.

    Args:
        ad_account_id (str):
        audience_id (str):
        account_type (AudienceAccountType):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdAccountsAudiencesSharedAccountsListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            audience_id=audience_id,
            account_type=account_type,
            page_size=page_size,
            bookmark=bookmark,
        )
    )
