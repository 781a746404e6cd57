from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.age_trends_bucket import AgeTrendsBucket
from ...models.gender_bucket import GenderBucket
from ...models.pinterest_lib_error import PinterestLibError
from ...models.product_categories_engagement_type import ProductCategoriesEngagementType
from ...models.product_category_region import ProductCategoryRegion
from ...models.trending_product_category import TrendingProductCategory
from ...models.vertical_product_category import VerticalProductCategory
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    region: ProductCategoryRegion,
    verticals: list[VerticalProductCategory] | Unset = UNSET,
    ages: list[AgeTrendsBucket] | Unset = UNSET,
    genders: list[GenderBucket] | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_region = None if region is None else region.value
    params["region"] = json_region

    json_verticals: list[str] | Unset = UNSET
    if not isinstance(verticals, Unset):
        if verticals is None:
            json_verticals = None
        else:
            json_verticals = []
            for verticals_item_data in verticals:
                verticals_item = None if verticals_item_data is None else verticals_item_data.value
                json_verticals.append(verticals_item)

    params["verticals"] = json_verticals

    json_ages: list[str] | Unset = UNSET
    if not isinstance(ages, Unset):
        if ages is None:
            json_ages = None
        else:
            json_ages = []
            for ages_item_data in ages:
                ages_item = None if ages_item_data is None else ages_item_data.value
                json_ages.append(ages_item)

    params["ages"] = json_ages

    json_genders: list[str] | Unset = UNSET
    if not isinstance(genders, Unset):
        if genders is None:
            json_genders = None
        else:
            json_genders = []
            for genders_item_data in genders:
                genders_item = None if genders_item_data is None else genders_item_data.value
                json_genders.append(genders_item)

    params["genders"] = json_genders

    json_engagement_type: str | Unset = UNSET
    if not isinstance(engagement_type, Unset):
        json_engagement_type = None if engagement_type is None else engagement_type.value

    params["engagement_type"] = json_engagement_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trends/product_categories/trending",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinterestLibError | list[TrendingProductCategory] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[TrendingProductCategory]
        if _response_200 is None:
            response_200 = tolerate_null("response_200")
        else:
            response_200 = []
            for response_200_item_data in _response_200:
                _response_200_item = response_200_item_data
                response_200_item = (
                    tolerate_null("response_200_item")
                    if _response_200_item is None
                    else TrendingProductCategory.from_dict(_response_200_item)
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
) -> Response[PinterestLibError | list[TrendingProductCategory]]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: PinterestLibError | list[TrendingProductCategory] | None
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
    response: Response[PinterestLibError | list[TrendingProductCategory]],
) -> list[TrendingProductCategory]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(list[TrendingProductCategory], response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    region: ProductCategoryRegion,
    verticals: list[VerticalProductCategory] | Unset = UNSET,
    ages: list[AgeTrendsBucket] | Unset = UNSET,
    genders: list[GenderBucket] | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> Response[PinterestLibError | list[TrendingProductCategory]]:
    """Get a list of growing Shopping Product Categories

       Get a list of growing Shopping Product Categories in ranked order allowing filtering by engagement
    type, vertical, age, and gender.

    Args:
        region (ProductCategoryRegion):
        verticals (list[VerticalProductCategory] | Unset):
        ages (list[AgeTrendsBucket] | Unset):
        genders (list[GenderBucket] | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[TrendingProductCategory]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        region=region,
        verticals=verticals,
        ages=ages,
        genders=genders,
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
    region: ProductCategoryRegion,
    verticals: list[VerticalProductCategory] | Unset = UNSET,
    ages: list[AgeTrendsBucket] | Unset = UNSET,
    genders: list[GenderBucket] | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> list[TrendingProductCategory]:
    """Get a list of growing Shopping Product Categories

       Get a list of growing Shopping Product Categories in ranked order allowing filtering by engagement
    type, vertical, age, and gender.

    Args:
        region (ProductCategoryRegion):
        verticals (list[VerticalProductCategory] | Unset):
        ages (list[AgeTrendsBucket] | Unset):
        genders (list[GenderBucket] | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TrendingProductCategory]
    """

    return _success_body(
        sync_detailed(
            client=client,
            region=region,
            verticals=verticals,
            ages=ages,
            genders=genders,
            engagement_type=engagement_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    region: ProductCategoryRegion,
    verticals: list[VerticalProductCategory] | Unset = UNSET,
    ages: list[AgeTrendsBucket] | Unset = UNSET,
    genders: list[GenderBucket] | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> Response[PinterestLibError | list[TrendingProductCategory]]:
    """Get a list of growing Shopping Product Categories

       Get a list of growing Shopping Product Categories in ranked order allowing filtering by engagement
    type, vertical, age, and gender.

    Args:
        region (ProductCategoryRegion):
        verticals (list[VerticalProductCategory] | Unset):
        ages (list[AgeTrendsBucket] | Unset):
        genders (list[GenderBucket] | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[TrendingProductCategory]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        region=region,
        verticals=verticals,
        ages=ages,
        genders=genders,
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
    region: ProductCategoryRegion,
    verticals: list[VerticalProductCategory] | Unset = UNSET,
    ages: list[AgeTrendsBucket] | Unset = UNSET,
    genders: list[GenderBucket] | Unset = UNSET,
    engagement_type: ProductCategoriesEngagementType | Unset = UNSET,
) -> list[TrendingProductCategory]:
    """Get a list of growing Shopping Product Categories

       Get a list of growing Shopping Product Categories in ranked order allowing filtering by engagement
    type, vertical, age, and gender.

    Args:
        region (ProductCategoryRegion):
        verticals (list[VerticalProductCategory] | Unset):
        ages (list[AgeTrendsBucket] | Unset):
        genders (list[GenderBucket] | Unset):
        engagement_type (ProductCategoriesEngagementType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TrendingProductCategory]
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            region=region,
            verticals=verticals,
            ages=ages,
            genders=genders,
            engagement_type=engagement_type,
        )
    )
