from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.featured_trend import FeaturedTrend
from ...models.interests_enum import InterestsEnum
from ...models.pinterest_lib_error import PinterestLibError
from ...models.product_category_region import ProductCategoryRegion
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    interest: InterestsEnum | Unset = UNSET,
    region: ProductCategoryRegion,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_interest: str | Unset = UNSET
    if not isinstance(interest, Unset):
        json_interest = None if interest is None else interest.value

    params["interest"] = json_interest

    json_region = None if region is None else region.value
    params["region"] = json_region

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/trends/topics/featured",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinterestLibError | list[FeaturedTrend] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[FeaturedTrend]
        if _response_200 is None:
            response_200 = tolerate_null("response_200")
        else:
            response_200 = []
            for response_200_item_data in _response_200:
                _response_200_item = response_200_item_data
                response_200_item = (
                    tolerate_null("response_200_item")
                    if _response_200_item is None
                    else FeaturedTrend.from_dict(_response_200_item)
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
) -> Response[PinterestLibError | list[FeaturedTrend]]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: PinterestLibError | list[FeaturedTrend] | None
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
    response: Response[PinterestLibError | list[FeaturedTrend]],
) -> list[FeaturedTrend]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(list[FeaturedTrend], response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    interest: InterestsEnum | Unset = UNSET,
    region: ProductCategoryRegion,
) -> Response[PinterestLibError | list[FeaturedTrend]]:
    """Get featured topics

       Enables advertisers to pull top five trending topics by interest and market, at full parity with
    the Pinterest Trends UI.

    Args:
        interest (InterestsEnum | Unset):
        region (ProductCategoryRegion):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[FeaturedTrend]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        interest=interest,
        region=region,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    interest: InterestsEnum | Unset = UNSET,
    region: ProductCategoryRegion,
) -> list[FeaturedTrend]:
    """Get featured topics

       Enables advertisers to pull top five trending topics by interest and market, at full parity with
    the Pinterest Trends UI.

    Args:
        interest (InterestsEnum | Unset):
        region (ProductCategoryRegion):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FeaturedTrend]
    """

    return _success_body(
        sync_detailed(
            client=client,
            interest=interest,
            region=region,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    interest: InterestsEnum | Unset = UNSET,
    region: ProductCategoryRegion,
) -> Response[PinterestLibError | list[FeaturedTrend]]:
    """Get featured topics

       Enables advertisers to pull top five trending topics by interest and market, at full parity with
    the Pinterest Trends UI.

    Args:
        interest (InterestsEnum | Unset):
        region (ProductCategoryRegion):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[FeaturedTrend]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        interest=interest,
        region=region,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    interest: InterestsEnum | Unset = UNSET,
    region: ProductCategoryRegion,
) -> list[FeaturedTrend]:
    """Get featured topics

       Enables advertisers to pull top five trending topics by interest and market, at full parity with
    the Pinterest Trends UI.

    Args:
        interest (InterestsEnum | Unset):
        region (ProductCategoryRegion):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[FeaturedTrend]
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            interest=interest,
            region=region,
        )
    )
