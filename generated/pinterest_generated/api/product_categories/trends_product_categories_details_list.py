from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pinterest_lib_error import PinterestLibError
from ...models.product_categories_engagement_type import ProductCategoriesEngagementType
from ...models.product_category_detail_lookback_window import ProductCategoryDetailLookbackWindow
from ...models.product_category_details import ProductCategoryDetails
from ...models.product_category_enum import ProductCategoryEnum
from ...models.product_category_region import ProductCategoryRegion
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    product_categories: list[ProductCategoryEnum],
    region: ProductCategoryRegion,
    lookback_window: ProductCategoryDetailLookbackWindow | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if product_categories is None:
        json_product_categories = None
    else:
        json_product_categories = []
        for product_categories_item_data in product_categories:
            product_categories_item = (
                None if product_categories_item_data is None else product_categories_item_data.value
            )
            json_product_categories.append(product_categories_item)

    params["product_categories"] = json_product_categories

    json_region = None if region is None else region.value
    params["region"] = json_region

    json_lookback_window: int | Unset = UNSET
    if not isinstance(lookback_window, Unset):
        json_lookback_window = None if lookback_window is None else lookback_window.value

    params["lookback_window"] = json_lookback_window

    json_engagement_type: str | Unset = UNSET
    if not isinstance(engagement_type, Unset):
        json_engagement_type = None if engagement_type is None else engagement_type.value

    params["engagement_type"] = json_engagement_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trends/product_categories/details",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinterestLibError | list[ProductCategoryDetails] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[ProductCategoryDetails]
        if _response_200 is None:
            response_200 = tolerate_null("response_200")
        else:
            response_200 = []
            for response_200_item_data in _response_200:
                _response_200_item = response_200_item_data
                response_200_item = (
                    tolerate_null("response_200_item")
                    if _response_200_item is None
                    else ProductCategoryDetails.from_dict(_response_200_item)
                )

                response_200.append(response_200_item)

        return response_200

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
) -> Response[PinterestLibError | list[ProductCategoryDetails]]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: PinterestLibError | list[ProductCategoryDetails] | None
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
    response: Response[PinterestLibError | list[ProductCategoryDetails]],
) -> list[ProductCategoryDetails]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(list[ProductCategoryDetails], response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    product_categories: list[ProductCategoryEnum],
    region: ProductCategoryRegion,
    lookback_window: ProductCategoryDetailLookbackWindow | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> Response[PinterestLibError | list[ProductCategoryDetails]]:
    """Get product category details

       Enables advertisers to retrieve demographic information, related pins, and trend lines for
    specified product categories

    Args:
        product_categories (list[ProductCategoryEnum]):
        region (ProductCategoryRegion):
        lookback_window (ProductCategoryDetailLookbackWindow | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[ProductCategoryDetails]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        product_categories=product_categories,
        region=region,
        lookback_window=lookback_window,
        engagement_type=engagement_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    product_categories: list[ProductCategoryEnum],
    region: ProductCategoryRegion,
    lookback_window: ProductCategoryDetailLookbackWindow | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> list[ProductCategoryDetails]:
    """Get product category details

       Enables advertisers to retrieve demographic information, related pins, and trend lines for
    specified product categories

    Args:
        product_categories (list[ProductCategoryEnum]):
        region (ProductCategoryRegion):
        lookback_window (ProductCategoryDetailLookbackWindow | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ProductCategoryDetails]
    """

    return _success_body(
        sync_detailed(
            client=client,
            product_categories=product_categories,
            region=region,
            lookback_window=lookback_window,
            engagement_type=engagement_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    product_categories: list[ProductCategoryEnum],
    region: ProductCategoryRegion,
    lookback_window: ProductCategoryDetailLookbackWindow | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> Response[PinterestLibError | list[ProductCategoryDetails]]:
    """Get product category details

       Enables advertisers to retrieve demographic information, related pins, and trend lines for
    specified product categories

    Args:
        product_categories (list[ProductCategoryEnum]):
        region (ProductCategoryRegion):
        lookback_window (ProductCategoryDetailLookbackWindow | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[ProductCategoryDetails]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        product_categories=product_categories,
        region=region,
        lookback_window=lookback_window,
        engagement_type=engagement_type,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    product_categories: list[ProductCategoryEnum],
    region: ProductCategoryRegion,
    lookback_window: ProductCategoryDetailLookbackWindow | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> list[ProductCategoryDetails]:
    """Get product category details

       Enables advertisers to retrieve demographic information, related pins, and trend lines for
    specified product categories

    Args:
        product_categories (list[ProductCategoryEnum]):
        region (ProductCategoryRegion):
        lookback_window (ProductCategoryDetailLookbackWindow | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[ProductCategoryDetails]
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            product_categories=product_categories,
            region=region,
            lookback_window=lookback_window,
            engagement_type=engagement_type,
        )
    )
