from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogs_product_group_pins_list_response_200 import (
    CatalogsProductGroupPinsListResponse200,
)
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
    product_group_id: str,
    *,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params["ad_account_id"] = ad_account_id

    params["pin_metrics"] = pin_metrics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/catalogs/product_groups/{path_parameter(product_group_id)}/products",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogsProductGroupPinsListResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else CatalogsProductGroupPinsListResponse200.from_dict(_response_200)
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

    if response.status_code == 401:
        _response_401 = response.json()
        response_401 = (
            tolerate_null("response_401")
            if _response_401 is None
            else Error.from_dict(_response_401)
        )

        return response_401

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
) -> Response[CatalogsProductGroupPinsListResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: CatalogsProductGroupPinsListResponse200 | Error | None
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
    response: Response[CatalogsProductGroupPinsListResponse200 | Error],
) -> CatalogsProductGroupPinsListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(CatalogsProductGroupPinsListResponse200, response.parsed)


def sync_detailed(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> Response[CatalogsProductGroupPinsListResponse200 | Error]:
    """List products by product group

     Get a list of product pins for a given Catalogs Product Group Id owned by the "operation
    user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        product_group_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsProductGroupPinsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        product_group_id=product_group_id,
        bookmark=bookmark,
        page_size=page_size,
        ad_account_id=ad_account_id,
        pin_metrics=pin_metrics,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> CatalogsProductGroupPinsListResponse200:
    """List products by product group

     Get a list of product pins for a given Catalogs Product Group Id owned by the "operation
    user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        product_group_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsProductGroupPinsListResponse200
    """

    return _success_body(
        sync_detailed(
            product_group_id=product_group_id,
            client=client,
            bookmark=bookmark,
            page_size=page_size,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )
    )


async def asyncio_detailed(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> Response[CatalogsProductGroupPinsListResponse200 | Error]:
    """List products by product group

     Get a list of product pins for a given Catalogs Product Group Id owned by the "operation
    user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        product_group_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsProductGroupPinsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        product_group_id=product_group_id,
        bookmark=bookmark,
        page_size=page_size,
        ad_account_id=ad_account_id,
        pin_metrics=pin_metrics,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> CatalogsProductGroupPinsListResponse200:
    """List products by product group

     Get a list of product pins for a given Catalogs Product Group Id owned by the "operation
    user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        product_group_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsProductGroupPinsListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            product_group_id=product_group_id,
            client=client,
            bookmark=bookmark,
            page_size=page_size,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )
    )
