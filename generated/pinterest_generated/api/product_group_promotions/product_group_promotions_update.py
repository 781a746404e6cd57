from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product_group_promotion_response import ProductGroupPromotionResponse
from ...models.product_group_promotion_update_request import ProductGroupPromotionUpdateRequest
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: ProductGroupPromotionUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/product_group_promotions",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProductGroupPromotionResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else ProductGroupPromotionResponse.from_dict(_response_200)
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
) -> Response[Error | ProductGroupPromotionResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | ProductGroupPromotionResponse | None
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
    response: Response[Error | ProductGroupPromotionResponse],
) -> ProductGroupPromotionResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(ProductGroupPromotionResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: ProductGroupPromotionUpdateRequest,
) -> Response[Error | ProductGroupPromotionResponse]:
    """Update product group promotions

     Update multiple existing Product Group Promotions (by product_group_id)

    Args:
        ad_account_id (str):
        body (ProductGroupPromotionUpdateRequest):  Example: {'product_group_promotion':
            [{'catalog_product_group_id': '1234123', 'slideshow_collections_description':
            'Description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123123',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592705'},
            {'catalog_product_group_id': '1231231', 'slideshow_collections_description': 'Other
            description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123124',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592706'}],
            'ad_group_id': '26823439592705'}.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductGroupPromotionResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        body=body,
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
    body: ProductGroupPromotionUpdateRequest,
) -> ProductGroupPromotionResponse:
    """Update product group promotions

     Update multiple existing Product Group Promotions (by product_group_id)

    Args:
        ad_account_id (str):
        body (ProductGroupPromotionUpdateRequest):  Example: {'product_group_promotion':
            [{'catalog_product_group_id': '1234123', 'slideshow_collections_description':
            'Description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123123',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592705'},
            {'catalog_product_group_id': '1231231', 'slideshow_collections_description': 'Other
            description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123124',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592706'}],
            'ad_group_id': '26823439592705'}.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductGroupPromotionResponse
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: ProductGroupPromotionUpdateRequest,
) -> Response[Error | ProductGroupPromotionResponse]:
    """Update product group promotions

     Update multiple existing Product Group Promotions (by product_group_id)

    Args:
        ad_account_id (str):
        body (ProductGroupPromotionUpdateRequest):  Example: {'product_group_promotion':
            [{'catalog_product_group_id': '1234123', 'slideshow_collections_description':
            'Description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123123',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592705'},
            {'catalog_product_group_id': '1231231', 'slideshow_collections_description': 'Other
            description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123124',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592706'}],
            'ad_group_id': '26823439592705'}.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductGroupPromotionResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        body=body,
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
    body: ProductGroupPromotionUpdateRequest,
) -> ProductGroupPromotionResponse:
    """Update product group promotions

     Update multiple existing Product Group Promotions (by product_group_id)

    Args:
        ad_account_id (str):
        body (ProductGroupPromotionUpdateRequest):  Example: {'product_group_promotion':
            [{'catalog_product_group_id': '1234123', 'slideshow_collections_description':
            'Description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123123',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592705'},
            {'catalog_product_group_id': '1231231', 'slideshow_collections_description': 'Other
            description', 'creative_type': 'REGULAR', 'collections_hero_pin_id': '123124',
            'catalog_product_group_name': 'ProductGroupName', 'collections_hero_destination_url':
            'http://www.pinterest.com', 'tracking_url': 'https://www.pinterest.com',
            'slideshow_collections_title': 'Title', 'status': 'ACTIVE', 'id': '2680059592706'}],
            'ad_group_id': '26823439592705'}.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductGroupPromotionResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
