from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ad_account import AdAccount
from ...models.ad_account_create import AdAccountCreate
from ...models.pinterest_lib_error import PinterestLibError
from ...types import Response, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    body: AdAccountCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ad_accounts",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdAccount | PinterestLibError | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AdAccount.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 201:
        _response_201 = response.json()
        response_201 = (
            tolerate_null("response_201")
            if _response_201 is None
            else AdAccount.from_dict(_response_201)
        )

        return response_201

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else PinterestLibError.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 401:
        _response_401 = response.json()
        response_401 = (
            tolerate_null("response_401")
            if _response_401 is None
            else PinterestLibError.from_dict(_response_401)
        )

        return response_401

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else PinterestLibError.from_dict(_response_403)
        )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else PinterestLibError.from_dict(_response_404)
        )

        return response_404

    if response.status_code == 429:
        _response_429 = response.json()
        response_429 = (
            tolerate_null("response_429")
            if _response_429 is None
            else PinterestLibError.from_dict(_response_429)
        )

        return response_429

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else PinterestLibError.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdAccount | PinterestLibError]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AdAccount | PinterestLibError | None
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


def _success_body(response: Response[AdAccount | PinterestLibError]) -> AdAccount:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AdAccount, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdAccountCreate,
) -> Response[AdAccount | PinterestLibError]:
    """Create ad account

     Create a new ad account. Different ad accounts can support different currencies, payment methods,
    etc.
    An ad account is needed to create campaigns, ad groups, and ads; other accounts (your employees or
    partners) can be assigned business access and appropriate roles to access an ad account.

    You can set up up to 50 ad accounts per user. (The user must have a business account to create an ad
    account.)
    For more, see [Create an advertiser account](https://help.pinterest.com/en/business/article/create-
    an-advertiser-account).

    Args:
        body (AdAccountCreate): Resource create operation model.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdAccount | PinterestLibError]: the answer for every status; `parsed` is
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
    body: AdAccountCreate,
) -> AdAccount:
    """Create ad account

     Create a new ad account. Different ad accounts can support different currencies, payment methods,
    etc.
    An ad account is needed to create campaigns, ad groups, and ads; other accounts (your employees or
    partners) can be assigned business access and appropriate roles to access an ad account.

    You can set up up to 50 ad accounts per user. (The user must have a business account to create an ad
    account.)
    For more, see [Create an advertiser account](https://help.pinterest.com/en/business/article/create-
    an-advertiser-account).

    Args:
        body (AdAccountCreate): Resource create operation model.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdAccount
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
    body: AdAccountCreate,
) -> Response[AdAccount | PinterestLibError]:
    """Create ad account

     Create a new ad account. Different ad accounts can support different currencies, payment methods,
    etc.
    An ad account is needed to create campaigns, ad groups, and ads; other accounts (your employees or
    partners) can be assigned business access and appropriate roles to access an ad account.

    You can set up up to 50 ad accounts per user. (The user must have a business account to create an ad
    account.)
    For more, see [Create an advertiser account](https://help.pinterest.com/en/business/article/create-
    an-advertiser-account).

    Args:
        body (AdAccountCreate): Resource create operation model.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdAccount | PinterestLibError]: the answer for every status; `parsed` is
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
    body: AdAccountCreate,
) -> AdAccount:
    """Create ad account

     Create a new ad account. Different ad accounts can support different currencies, payment methods,
    etc.
    An ad account is needed to create campaigns, ad groups, and ads; other accounts (your employees or
    partners) can be assigned business access and appropriate roles to access an ad account.

    You can set up up to 50 ad accounts per user. (The user must have a business account to create an ad
    account.)
    For more, see [Create an advertiser account](https://help.pinterest.com/en/business/article/create-
    an-advertiser-account).

    Args:
        body (AdAccountCreate): Resource create operation model.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdAccount
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
