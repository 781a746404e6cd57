from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogs_creative_assets_list_products_by_catalog_based_filter_request import (
    CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest,
)
from ...models.catalogs_hotel_list_products_by_catalog_based_filter_request import (
    CatalogsHotelListProductsByCatalogBasedFilterRequest,
)
from ...models.catalogs_list_products_by_feed_based_filter import (
    CatalogsListProductsByFeedBasedFilter,
)
from ...models.catalogs_retail_list_products_by_catalog_based_filter_request import (
    CatalogsRetailListProductsByCatalogBasedFilterRequest,
)
from ...models.error import Error
from ...models.products_by_product_group_filter_list_response_200 import (
    ProductsByProductGroupFilterListResponse200,
)
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    body: CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest
    | CatalogsHotelListProductsByCatalogBasedFilterRequest
    | CatalogsListProductsByFeedBasedFilter
    | CatalogsRetailListProductsByCatalogBasedFilterRequest,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params["ad_account_id"] = ad_account_id

    params["pin_metrics"] = pin_metrics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/catalogs/products/get_by_product_group_filters",
        "params": params,
    }

    if (
        isinstance(body, CatalogsListProductsByFeedBasedFilter)
        or isinstance(body, CatalogsRetailListProductsByCatalogBasedFilterRequest)
        or isinstance(body, CatalogsHotelListProductsByCatalogBasedFilterRequest)
    ):
        _kwargs["json"] = None if body is None else body.to_dict()
    else:
        _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProductsByProductGroupFilterListResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else ProductsByProductGroupFilterListResponse200.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 401:
        _response_401 = response.json()
        response_401 = (
            tolerate_null("response_401")
            if _response_401 is None
            else Error.from_dict(_response_401)
        )

        return response_401

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
) -> Response[Error | ProductsByProductGroupFilterListResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | ProductsByProductGroupFilterListResponse200 | None
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
    response: Response[Error | ProductsByProductGroupFilterListResponse200],
) -> ProductsByProductGroupFilterListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(ProductsByProductGroupFilterListResponse200, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest
    | CatalogsHotelListProductsByCatalogBasedFilterRequest
    | CatalogsListProductsByFeedBasedFilter
    | CatalogsRetailListProductsByCatalogBasedFilterRequest,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> Response[Error | ProductsByProductGroupFilterListResponse200]:
    """List products by filter

     List products Pins owned by the "operation user_account" that meet the criteria specified in the
    Catalogs Product Group Filter given in the request.
    - This endpoint has been implemented in POST to allow for complex filters. This specific POST
    endpoint is designed to be idempotent.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Note: This endpoint only supports RETAIL catalog at the moment.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.
        body (CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest |
            CatalogsHotelListProductsByCatalogBasedFilterRequest |
            CatalogsListProductsByFeedBasedFilter |
            CatalogsRetailListProductsByCatalogBasedFilterRequest): Request object to list products
            for a given product group filter.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductsByProductGroupFilterListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest
    | CatalogsHotelListProductsByCatalogBasedFilterRequest
    | CatalogsListProductsByFeedBasedFilter
    | CatalogsRetailListProductsByCatalogBasedFilterRequest,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> ProductsByProductGroupFilterListResponse200:
    """List products by filter

     List products Pins owned by the "operation user_account" that meet the criteria specified in the
    Catalogs Product Group Filter given in the request.
    - This endpoint has been implemented in POST to allow for complex filters. This specific POST
    endpoint is designed to be idempotent.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Note: This endpoint only supports RETAIL catalog at the moment.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.
        body (CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest |
            CatalogsHotelListProductsByCatalogBasedFilterRequest |
            CatalogsListProductsByFeedBasedFilter |
            CatalogsRetailListProductsByCatalogBasedFilterRequest): Request object to list products
            for a given product group filter.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductsByProductGroupFilterListResponse200
    """

    return _success_body(
        sync_detailed(
            client=client,
            body=body,
            bookmark=bookmark,
            page_size=page_size,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest
    | CatalogsHotelListProductsByCatalogBasedFilterRequest
    | CatalogsListProductsByFeedBasedFilter
    | CatalogsRetailListProductsByCatalogBasedFilterRequest,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> Response[Error | ProductsByProductGroupFilterListResponse200]:
    """List products by filter

     List products Pins owned by the "operation user_account" that meet the criteria specified in the
    Catalogs Product Group Filter given in the request.
    - This endpoint has been implemented in POST to allow for complex filters. This specific POST
    endpoint is designed to be idempotent.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Note: This endpoint only supports RETAIL catalog at the moment.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.
        body (CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest |
            CatalogsHotelListProductsByCatalogBasedFilterRequest |
            CatalogsListProductsByFeedBasedFilter |
            CatalogsRetailListProductsByCatalogBasedFilterRequest): Request object to list products
            for a given product group filter.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductsByProductGroupFilterListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
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
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest
    | CatalogsHotelListProductsByCatalogBasedFilterRequest
    | CatalogsListProductsByFeedBasedFilter
    | CatalogsRetailListProductsByCatalogBasedFilterRequest,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
) -> ProductsByProductGroupFilterListResponse200:
    """List products by filter

     List products Pins owned by the "operation user_account" that meet the criteria specified in the
    Catalogs Product Group Filter given in the request.
    - This endpoint has been implemented in POST to allow for complex filters. This specific POST
    endpoint is designed to be idempotent.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Note: This endpoint only supports RETAIL catalog at the moment.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        ad_account_id (str | Unset):
        pin_metrics (bool | Unset):  Default: False.
        body (CatalogsCreativeAssetsListProductsByCatalogBasedFilterRequest |
            CatalogsHotelListProductsByCatalogBasedFilterRequest |
            CatalogsListProductsByFeedBasedFilter |
            CatalogsRetailListProductsByCatalogBasedFilterRequest): Request object to list products
            for a given product group filter.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductsByProductGroupFilterListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
            bookmark=bookmark,
            page_size=page_size,
            ad_account_id=ad_account_id,
            pin_metrics=pin_metrics,
        )
    )
