from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
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
    feed_id: str,
    *,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/catalogs/feeds/{path_parameter(feed_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else Error.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else Error.from_dict(_response_403)
        )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else Error.from_dict(_response_404)
        )

        return response_404

    if response.status_code == 409:
        _response_409 = response.json()
        response_409 = (
            tolerate_null("response_409")
            if _response_409 is None
            else Error.from_dict(_response_409)
        )

        return response_409

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Any | Error | None
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


def _success_body(response: Response[Any | Error]) -> Any:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    return cast(Any, response.parsed)


def sync_detailed(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete feed

     Delete a feed owned by the "operating user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        feed_id=feed_id,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Any:
    """Delete feed

     Delete a feed owned by the "operating user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return _success_body(
        sync_detailed(
            feed_id=feed_id,
            client=client,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete feed

     Delete a feed owned by the "operating user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        feed_id=feed_id,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Any:
    """Delete feed

     Delete a feed owned by the "operating user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return _success_body(
        await asyncio_detailed(
            feed_id=feed_id,
            client=client,
            ad_account_id=ad_account_id,
        )
    )
