from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.age_bucket_list_item import AgeBucketListItem
from ...models.error import Error
from ...models.gender_list_item import GenderListItem
from ...models.l1_interest_list_item import L1InterestListItem
from ...models.trend_type import TrendType
from ...models.trending_keywords_response import TrendingKeywordsResponse
from ...models.trends_supported_region import TrendsSupportedRegion
from ...types import (
    UNSET,
    Response,
    Unset,
    path_parameter,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    region: TrendsSupportedRegion,
    trend_type: TrendType,
    *,
    interests: list[L1InterestListItem] | Unset = UNSET,
    genders: list[GenderListItem] | Unset = UNSET,
    ages: list[AgeBucketListItem] | Unset = UNSET,
    include_keywords: list[str] | Unset = UNSET,
    normalize_against_group: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_prediction: bool | Unset = UNSET,
    include_demographics: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_interests: list[str] | Unset = UNSET
    if not isinstance(interests, Unset):
        if interests is None:
            json_interests = None
        else:
            json_interests = []
            for componentsschemas_l1_interest_list_item_data in interests:
                componentsschemas_l1_interest_list_item = (
                    None
                    if componentsschemas_l1_interest_list_item_data is None
                    else componentsschemas_l1_interest_list_item_data.value
                )
                json_interests.append(componentsschemas_l1_interest_list_item)

    params["interests"] = json_interests

    json_genders: list[str] | Unset = UNSET
    if not isinstance(genders, Unset):
        if genders is None:
            json_genders = None
        else:
            json_genders = []
            for componentsschemas_gender_list_item_data in genders:
                componentsschemas_gender_list_item = (
                    None
                    if componentsschemas_gender_list_item_data is None
                    else componentsschemas_gender_list_item_data.value
                )
                json_genders.append(componentsschemas_gender_list_item)

    params["genders"] = json_genders

    json_ages: list[str] | Unset = UNSET
    if not isinstance(ages, Unset):
        if ages is None:
            json_ages = None
        else:
            json_ages = []
            for componentsschemas_age_bucket_list_item_data in ages:
                componentsschemas_age_bucket_list_item = (
                    None
                    if componentsschemas_age_bucket_list_item_data is None
                    else componentsschemas_age_bucket_list_item_data.value
                )
                json_ages.append(componentsschemas_age_bucket_list_item)

    params["ages"] = json_ages

    json_include_keywords: list[str] | Unset = UNSET
    if not isinstance(include_keywords, Unset):
        json_include_keywords = include_keywords

    params["include_keywords"] = json_include_keywords

    params["normalize_against_group"] = normalize_against_group

    params["limit"] = limit

    params["include_prediction"] = include_prediction

    params["include_demographics"] = include_demographics

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/trends/keywords/{path_parameter(region)}/top/{path_parameter(trend_type)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TrendingKeywordsResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else TrendingKeywordsResponse.from_dict(_response_200)
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

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | TrendingKeywordsResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | TrendingKeywordsResponse | None
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


def _success_body(response: Response[Error | TrendingKeywordsResponse]) -> TrendingKeywordsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(TrendingKeywordsResponse, response.parsed)


def sync_detailed(
    region: TrendsSupportedRegion,
    trend_type: TrendType,
    *,
    client: AuthenticatedClient,
    interests: list[L1InterestListItem] | Unset = UNSET,
    genders: list[GenderListItem] | Unset = UNSET,
    ages: list[AgeBucketListItem] | Unset = UNSET,
    include_keywords: list[str] | Unset = UNSET,
    normalize_against_group: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_prediction: bool | Unset = UNSET,
    include_demographics: bool | Unset = UNSET,
) -> Response[Error | TrendingKeywordsResponse]:
    """List trending keywords

     <p>Get the top trending search keywords among the Pinterest user audience.</p> <p>Trending keywords
    can be used to inform ad targeting, budget strategy, and creative decisions about which products and
    Pins will resonate with your audience.</p> <p>Geographic, demographic and interest-based filters are
    available to narrow down to the top trends among a specific audience. Multiple trend types are
    supported that can be used to identify newly-popular, evergreen or seasonal keywords.</p> <p>For an
    interactive way to explore this data, please visit <a
    href="https://trends.pinterest.com">trends.pinterest.com</a>.

    Args:
        region (TrendsSupportedRegion):  Example: GB+IE.
        trend_type (TrendType):  Example: monthly.
        interests (list[L1InterestListItem] | Unset):  Example: ['beauty', 'womens_fashion'].
        genders (list[GenderListItem] | Unset):  Example: ['female', 'unknown'].
        ages (list[AgeBucketListItem] | Unset):  Example: ['35-44', '50-54'].
        include_keywords (list[str] | Unset):  Example: ['recipes', 'dessert'].
        normalize_against_group (bool | Unset):  Default: False. Example: True.
        limit (int | Unset):  Default: 50.
        include_prediction (bool | Unset):  Default: False. Example: True.
        include_demographics (bool | Unset):  Default: False. Example: True.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrendingKeywordsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        region=region,
        trend_type=trend_type,
        interests=interests,
        genders=genders,
        ages=ages,
        include_keywords=include_keywords,
        normalize_against_group=normalize_against_group,
        limit=limit,
        include_prediction=include_prediction,
        include_demographics=include_demographics,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    region: TrendsSupportedRegion,
    trend_type: TrendType,
    *,
    client: AuthenticatedClient,
    interests: list[L1InterestListItem] | Unset = UNSET,
    genders: list[GenderListItem] | Unset = UNSET,
    ages: list[AgeBucketListItem] | Unset = UNSET,
    include_keywords: list[str] | Unset = UNSET,
    normalize_against_group: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_prediction: bool | Unset = UNSET,
    include_demographics: bool | Unset = UNSET,
) -> TrendingKeywordsResponse:
    """List trending keywords

     <p>Get the top trending search keywords among the Pinterest user audience.</p> <p>Trending keywords
    can be used to inform ad targeting, budget strategy, and creative decisions about which products and
    Pins will resonate with your audience.</p> <p>Geographic, demographic and interest-based filters are
    available to narrow down to the top trends among a specific audience. Multiple trend types are
    supported that can be used to identify newly-popular, evergreen or seasonal keywords.</p> <p>For an
    interactive way to explore this data, please visit <a
    href="https://trends.pinterest.com">trends.pinterest.com</a>.

    Args:
        region (TrendsSupportedRegion):  Example: GB+IE.
        trend_type (TrendType):  Example: monthly.
        interests (list[L1InterestListItem] | Unset):  Example: ['beauty', 'womens_fashion'].
        genders (list[GenderListItem] | Unset):  Example: ['female', 'unknown'].
        ages (list[AgeBucketListItem] | Unset):  Example: ['35-44', '50-54'].
        include_keywords (list[str] | Unset):  Example: ['recipes', 'dessert'].
        normalize_against_group (bool | Unset):  Default: False. Example: True.
        limit (int | Unset):  Default: 50.
        include_prediction (bool | Unset):  Default: False. Example: True.
        include_demographics (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrendingKeywordsResponse
    """

    return _success_body(
        sync_detailed(
            region=region,
            trend_type=trend_type,
            client=client,
            interests=interests,
            genders=genders,
            ages=ages,
            include_keywords=include_keywords,
            normalize_against_group=normalize_against_group,
            limit=limit,
            include_prediction=include_prediction,
            include_demographics=include_demographics,
        )
    )


async def asyncio_detailed(
    region: TrendsSupportedRegion,
    trend_type: TrendType,
    *,
    client: AuthenticatedClient,
    interests: list[L1InterestListItem] | Unset = UNSET,
    genders: list[GenderListItem] | Unset = UNSET,
    ages: list[AgeBucketListItem] | Unset = UNSET,
    include_keywords: list[str] | Unset = UNSET,
    normalize_against_group: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_prediction: bool | Unset = UNSET,
    include_demographics: bool | Unset = UNSET,
) -> Response[Error | TrendingKeywordsResponse]:
    """List trending keywords

     <p>Get the top trending search keywords among the Pinterest user audience.</p> <p>Trending keywords
    can be used to inform ad targeting, budget strategy, and creative decisions about which products and
    Pins will resonate with your audience.</p> <p>Geographic, demographic and interest-based filters are
    available to narrow down to the top trends among a specific audience. Multiple trend types are
    supported that can be used to identify newly-popular, evergreen or seasonal keywords.</p> <p>For an
    interactive way to explore this data, please visit <a
    href="https://trends.pinterest.com">trends.pinterest.com</a>.

    Args:
        region (TrendsSupportedRegion):  Example: GB+IE.
        trend_type (TrendType):  Example: monthly.
        interests (list[L1InterestListItem] | Unset):  Example: ['beauty', 'womens_fashion'].
        genders (list[GenderListItem] | Unset):  Example: ['female', 'unknown'].
        ages (list[AgeBucketListItem] | Unset):  Example: ['35-44', '50-54'].
        include_keywords (list[str] | Unset):  Example: ['recipes', 'dessert'].
        normalize_against_group (bool | Unset):  Default: False. Example: True.
        limit (int | Unset):  Default: 50.
        include_prediction (bool | Unset):  Default: False. Example: True.
        include_demographics (bool | Unset):  Default: False. Example: True.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TrendingKeywordsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        region=region,
        trend_type=trend_type,
        interests=interests,
        genders=genders,
        ages=ages,
        include_keywords=include_keywords,
        normalize_against_group=normalize_against_group,
        limit=limit,
        include_prediction=include_prediction,
        include_demographics=include_demographics,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    region: TrendsSupportedRegion,
    trend_type: TrendType,
    *,
    client: AuthenticatedClient,
    interests: list[L1InterestListItem] | Unset = UNSET,
    genders: list[GenderListItem] | Unset = UNSET,
    ages: list[AgeBucketListItem] | Unset = UNSET,
    include_keywords: list[str] | Unset = UNSET,
    normalize_against_group: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_prediction: bool | Unset = UNSET,
    include_demographics: bool | Unset = UNSET,
) -> TrendingKeywordsResponse:
    """List trending keywords

     <p>Get the top trending search keywords among the Pinterest user audience.</p> <p>Trending keywords
    can be used to inform ad targeting, budget strategy, and creative decisions about which products and
    Pins will resonate with your audience.</p> <p>Geographic, demographic and interest-based filters are
    available to narrow down to the top trends among a specific audience. Multiple trend types are
    supported that can be used to identify newly-popular, evergreen or seasonal keywords.</p> <p>For an
    interactive way to explore this data, please visit <a
    href="https://trends.pinterest.com">trends.pinterest.com</a>.

    Args:
        region (TrendsSupportedRegion):  Example: GB+IE.
        trend_type (TrendType):  Example: monthly.
        interests (list[L1InterestListItem] | Unset):  Example: ['beauty', 'womens_fashion'].
        genders (list[GenderListItem] | Unset):  Example: ['female', 'unknown'].
        ages (list[AgeBucketListItem] | Unset):  Example: ['35-44', '50-54'].
        include_keywords (list[str] | Unset):  Example: ['recipes', 'dessert'].
        normalize_against_group (bool | Unset):  Default: False. Example: True.
        limit (int | Unset):  Default: 50.
        include_prediction (bool | Unset):  Default: False. Example: True.
        include_demographics (bool | Unset):  Default: False. Example: True.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TrendingKeywordsResponse
    """

    return _success_body(
        await asyncio_detailed(
            region=region,
            trend_type=trend_type,
            client=client,
            interests=interests,
            genders=genders,
            ages=ages,
            include_keywords=include_keywords,
            normalize_against_group=normalize_against_group,
            limit=limit,
            include_prediction=include_prediction,
            include_demographics=include_demographics,
        )
    )
