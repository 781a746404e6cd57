from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bid_floor import BidFloor
from ...models.bid_floor_request import BidFloorRequest
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: BidFloorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/bid_floor",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BidFloor | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BidFloor.from_dict(_response_200)
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
) -> Response[BidFloor | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BidFloor | Error | None
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


def _success_body(response: Response[BidFloor | Error]) -> BidFloor:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BidFloor, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: BidFloorRequest,
) -> Response[BidFloor | Error]:
    """Get bid floors

     List bid floors for your campaign configuration. Bid floors are given in microcurrency values based
    on the currency in the bid floor specification. <p/>
    <p>Microcurrency is used to track very small transactions, based on the currency set in the
    advertiser’s profile.</p>
    <p>A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser’s
    profile.</p>
    <p><strong>Equivalency equations</strong>, using dollars as an example currency:</p>
    <ul>
      <li>$1 = 1,000,000 microdollars</li>
      <li>1 microdollar = $0.000001 </li>
    </ul>
    <p><strong>To convert between currency and microcurrency</strong>, using dollars as an example
    currency:</p>
    <ul>
      <li>To convert dollars to microdollars, mutiply dollars by 1,000,000</li>
      <li>To convert microdollars to dollars, divide microdollars by 1,000,000</li>
    </ul>
    For more on bid floors see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/set-your-bid"> Set your bid</a>.

    Args:
        ad_account_id (str):
        body (BidFloorRequest):  Example: {'targeting_spec': {'GEO': ['BE-VOV'], 'LOCATION':
            ['US'], 'LOCALE': ['cs'], 'AGE_BUCKET': ['25-34'], 'AUDIENCE_INCLUDE': ['2542620905473'],
            'SHOPPING_RETARGETING': [{'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0,
            6]}, {'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0, 6]}], 'GENDER':
            ['male'], 'TARGETING_STRATEGY': ['CHOOSE_YOUR_OWN'], 'APPTYPE': ['iphone'],
            'AUDIENCE_EXCLUDE': ['2542620905475'], 'INTEREST': ['925056443165']}, 'bid_floor_specs':
            [{'billable_event': 'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD',
            'countries': ['US', 'US'], 'optimization_goal_metadata': {'frequency_goal_metadata':
            {'timerange': 'DAY', 'frequency': 5}, 'conversion_tag_v3_goal_metadata':
            {'attribution_windows': {'view_window_days': 1, 'click_window_days': 0,
            'engagement_window_days': 6}, 'conversion_tag_id': '123456789', 'learning_mode_type':
            'ACTIVE', 'conversion_event': 'PAGE_VISIT', 'is_roas_optimized': True,
            'cpa_goal_value_in_micro_currency': '123456789'}, 'scrollup_goal_metadata':
            {'scrollup_goal_value_in_micro_currency': '123456789'}}}, {'billable_event':
            'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD', 'countries': ['US', 'US'],
            'optimization_goal_metadata': {'frequency_goal_metadata': {'timerange': 'DAY',
            'frequency': 5}, 'conversion_tag_v3_goal_metadata': {'attribution_windows':
            {'view_window_days': 1, 'click_window_days': 0, 'engagement_window_days': 6},
            'conversion_tag_id': '123456789', 'learning_mode_type': 'ACTIVE', 'conversion_event':
            'PAGE_VISIT', 'is_roas_optimized': True, 'cpa_goal_value_in_micro_currency': '123456789'},
            'scrollup_goal_metadata': {'scrollup_goal_value_in_micro_currency': '123456789'}}}]}.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BidFloor | Error]: the answer for every status; `parsed` is
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
    body: BidFloorRequest,
) -> BidFloor:
    """Get bid floors

     List bid floors for your campaign configuration. Bid floors are given in microcurrency values based
    on the currency in the bid floor specification. <p/>
    <p>Microcurrency is used to track very small transactions, based on the currency set in the
    advertiser’s profile.</p>
    <p>A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser’s
    profile.</p>
    <p><strong>Equivalency equations</strong>, using dollars as an example currency:</p>
    <ul>
      <li>$1 = 1,000,000 microdollars</li>
      <li>1 microdollar = $0.000001 </li>
    </ul>
    <p><strong>To convert between currency and microcurrency</strong>, using dollars as an example
    currency:</p>
    <ul>
      <li>To convert dollars to microdollars, mutiply dollars by 1,000,000</li>
      <li>To convert microdollars to dollars, divide microdollars by 1,000,000</li>
    </ul>
    For more on bid floors see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/set-your-bid"> Set your bid</a>.

    Args:
        ad_account_id (str):
        body (BidFloorRequest):  Example: {'targeting_spec': {'GEO': ['BE-VOV'], 'LOCATION':
            ['US'], 'LOCALE': ['cs'], 'AGE_BUCKET': ['25-34'], 'AUDIENCE_INCLUDE': ['2542620905473'],
            'SHOPPING_RETARGETING': [{'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0,
            6]}, {'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0, 6]}], 'GENDER':
            ['male'], 'TARGETING_STRATEGY': ['CHOOSE_YOUR_OWN'], 'APPTYPE': ['iphone'],
            'AUDIENCE_EXCLUDE': ['2542620905475'], 'INTEREST': ['925056443165']}, 'bid_floor_specs':
            [{'billable_event': 'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD',
            'countries': ['US', 'US'], 'optimization_goal_metadata': {'frequency_goal_metadata':
            {'timerange': 'DAY', 'frequency': 5}, 'conversion_tag_v3_goal_metadata':
            {'attribution_windows': {'view_window_days': 1, 'click_window_days': 0,
            'engagement_window_days': 6}, 'conversion_tag_id': '123456789', 'learning_mode_type':
            'ACTIVE', 'conversion_event': 'PAGE_VISIT', 'is_roas_optimized': True,
            'cpa_goal_value_in_micro_currency': '123456789'}, 'scrollup_goal_metadata':
            {'scrollup_goal_value_in_micro_currency': '123456789'}}}, {'billable_event':
            'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD', 'countries': ['US', 'US'],
            'optimization_goal_metadata': {'frequency_goal_metadata': {'timerange': 'DAY',
            'frequency': 5}, 'conversion_tag_v3_goal_metadata': {'attribution_windows':
            {'view_window_days': 1, 'click_window_days': 0, 'engagement_window_days': 6},
            'conversion_tag_id': '123456789', 'learning_mode_type': 'ACTIVE', 'conversion_event':
            'PAGE_VISIT', 'is_roas_optimized': True, 'cpa_goal_value_in_micro_currency': '123456789'},
            'scrollup_goal_metadata': {'scrollup_goal_value_in_micro_currency': '123456789'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BidFloor
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
    body: BidFloorRequest,
) -> Response[BidFloor | Error]:
    """Get bid floors

     List bid floors for your campaign configuration. Bid floors are given in microcurrency values based
    on the currency in the bid floor specification. <p/>
    <p>Microcurrency is used to track very small transactions, based on the currency set in the
    advertiser’s profile.</p>
    <p>A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser’s
    profile.</p>
    <p><strong>Equivalency equations</strong>, using dollars as an example currency:</p>
    <ul>
      <li>$1 = 1,000,000 microdollars</li>
      <li>1 microdollar = $0.000001 </li>
    </ul>
    <p><strong>To convert between currency and microcurrency</strong>, using dollars as an example
    currency:</p>
    <ul>
      <li>To convert dollars to microdollars, mutiply dollars by 1,000,000</li>
      <li>To convert microdollars to dollars, divide microdollars by 1,000,000</li>
    </ul>
    For more on bid floors see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/set-your-bid"> Set your bid</a>.

    Args:
        ad_account_id (str):
        body (BidFloorRequest):  Example: {'targeting_spec': {'GEO': ['BE-VOV'], 'LOCATION':
            ['US'], 'LOCALE': ['cs'], 'AGE_BUCKET': ['25-34'], 'AUDIENCE_INCLUDE': ['2542620905473'],
            'SHOPPING_RETARGETING': [{'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0,
            6]}, {'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0, 6]}], 'GENDER':
            ['male'], 'TARGETING_STRATEGY': ['CHOOSE_YOUR_OWN'], 'APPTYPE': ['iphone'],
            'AUDIENCE_EXCLUDE': ['2542620905475'], 'INTEREST': ['925056443165']}, 'bid_floor_specs':
            [{'billable_event': 'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD',
            'countries': ['US', 'US'], 'optimization_goal_metadata': {'frequency_goal_metadata':
            {'timerange': 'DAY', 'frequency': 5}, 'conversion_tag_v3_goal_metadata':
            {'attribution_windows': {'view_window_days': 1, 'click_window_days': 0,
            'engagement_window_days': 6}, 'conversion_tag_id': '123456789', 'learning_mode_type':
            'ACTIVE', 'conversion_event': 'PAGE_VISIT', 'is_roas_optimized': True,
            'cpa_goal_value_in_micro_currency': '123456789'}, 'scrollup_goal_metadata':
            {'scrollup_goal_value_in_micro_currency': '123456789'}}}, {'billable_event':
            'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD', 'countries': ['US', 'US'],
            'optimization_goal_metadata': {'frequency_goal_metadata': {'timerange': 'DAY',
            'frequency': 5}, 'conversion_tag_v3_goal_metadata': {'attribution_windows':
            {'view_window_days': 1, 'click_window_days': 0, 'engagement_window_days': 6},
            'conversion_tag_id': '123456789', 'learning_mode_type': 'ACTIVE', 'conversion_event':
            'PAGE_VISIT', 'is_roas_optimized': True, 'cpa_goal_value_in_micro_currency': '123456789'},
            'scrollup_goal_metadata': {'scrollup_goal_value_in_micro_currency': '123456789'}}}]}.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BidFloor | Error]: the answer for every status; `parsed` is
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
    body: BidFloorRequest,
) -> BidFloor:
    """Get bid floors

     List bid floors for your campaign configuration. Bid floors are given in microcurrency values based
    on the currency in the bid floor specification. <p/>
    <p>Microcurrency is used to track very small transactions, based on the currency set in the
    advertiser’s profile.</p>
    <p>A microcurrency unit is 10^(-6) of the standard unit of currency selected in the advertiser’s
    profile.</p>
    <p><strong>Equivalency equations</strong>, using dollars as an example currency:</p>
    <ul>
      <li>$1 = 1,000,000 microdollars</li>
      <li>1 microdollar = $0.000001 </li>
    </ul>
    <p><strong>To convert between currency and microcurrency</strong>, using dollars as an example
    currency:</p>
    <ul>
      <li>To convert dollars to microdollars, mutiply dollars by 1,000,000</li>
      <li>To convert microdollars to dollars, divide microdollars by 1,000,000</li>
    </ul>
    For more on bid floors see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/set-your-bid"> Set your bid</a>.

    Args:
        ad_account_id (str):
        body (BidFloorRequest):  Example: {'targeting_spec': {'GEO': ['BE-VOV'], 'LOCATION':
            ['US'], 'LOCALE': ['cs'], 'AGE_BUCKET': ['25-34'], 'AUDIENCE_INCLUDE': ['2542620905473'],
            'SHOPPING_RETARGETING': [{'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0,
            6]}, {'lookback_window': 30, 'exclusion_window': 14, 'tag_types': [0, 6]}], 'GENDER':
            ['male'], 'TARGETING_STRATEGY': ['CHOOSE_YOUR_OWN'], 'APPTYPE': ['iphone'],
            'AUDIENCE_EXCLUDE': ['2542620905475'], 'INTEREST': ['925056443165']}, 'bid_floor_specs':
            [{'billable_event': 'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD',
            'countries': ['US', 'US'], 'optimization_goal_metadata': {'frequency_goal_metadata':
            {'timerange': 'DAY', 'frequency': 5}, 'conversion_tag_v3_goal_metadata':
            {'attribution_windows': {'view_window_days': 1, 'click_window_days': 0,
            'engagement_window_days': 6}, 'conversion_tag_id': '123456789', 'learning_mode_type':
            'ACTIVE', 'conversion_event': 'PAGE_VISIT', 'is_roas_optimized': True,
            'cpa_goal_value_in_micro_currency': '123456789'}, 'scrollup_goal_metadata':
            {'scrollup_goal_value_in_micro_currency': '123456789'}}}, {'billable_event':
            'CLICKTHROUGH', 'creative_type': 'REGULAR', 'currency': 'USD', 'countries': ['US', 'US'],
            'optimization_goal_metadata': {'frequency_goal_metadata': {'timerange': 'DAY',
            'frequency': 5}, 'conversion_tag_v3_goal_metadata': {'attribution_windows':
            {'view_window_days': 1, 'click_window_days': 0, 'engagement_window_days': 6},
            'conversion_tag_id': '123456789', 'learning_mode_type': 'ACTIVE', 'conversion_event':
            'PAGE_VISIT', 'is_roas_optimized': True, 'cpa_goal_value_in_micro_currency': '123456789'},
            'scrollup_goal_metadata': {'scrollup_goal_value_in_micro_currency': '123456789'}}}]}.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BidFloor
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
