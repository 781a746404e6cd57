from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_create_request import CampaignCreateRequest
from ...models.campaign_create_response import CampaignCreateResponse
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: list[CampaignCreateRequest],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/campaigns",
    }

    if body is None:
        _kwargs["json"] = None
    else:
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = None if body_item_data is None else body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignCreateResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else CampaignCreateResponse.from_dict(_response_200)
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
) -> Response[CampaignCreateResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: CampaignCreateResponse | Error | None
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


def _success_body(response: Response[CampaignCreateResponse | Error]) -> CampaignCreateResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(CampaignCreateResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: list[CampaignCreateRequest],
) -> Response[CampaignCreateResponse | Error]:
    """Create campaigns

     Create multiple new campaigns. Every campaign has its own campaign_id and houses one or more ad
    groups, which contain one or more ads.
    For more, see <a href="https://help.pinterest.com/en/business/article/set-up-your-campaign/">Set up
    your campaign</a>. <p/>
    <strong>Note:</strong>
    - The values for 'lifetime_spend_cap' and 'daily_spend_cap' are microcurrency amounts based on the
    currency field set in the advertiser's profile. (e.g. USD) <p/>
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

    Args:
        ad_account_id (str):
        body (list[CampaignCreateRequest]):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCreateResponse | Error]: the answer for every status; `parsed` is
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
    body: list[CampaignCreateRequest],
) -> CampaignCreateResponse:
    """Create campaigns

     Create multiple new campaigns. Every campaign has its own campaign_id and houses one or more ad
    groups, which contain one or more ads.
    For more, see <a href="https://help.pinterest.com/en/business/article/set-up-your-campaign/">Set up
    your campaign</a>. <p/>
    <strong>Note:</strong>
    - The values for 'lifetime_spend_cap' and 'daily_spend_cap' are microcurrency amounts based on the
    currency field set in the advertiser's profile. (e.g. USD) <p/>
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

    Args:
        ad_account_id (str):
        body (list[CampaignCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCreateResponse
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
    body: list[CampaignCreateRequest],
) -> Response[CampaignCreateResponse | Error]:
    """Create campaigns

     Create multiple new campaigns. Every campaign has its own campaign_id and houses one or more ad
    groups, which contain one or more ads.
    For more, see <a href="https://help.pinterest.com/en/business/article/set-up-your-campaign/">Set up
    your campaign</a>. <p/>
    <strong>Note:</strong>
    - The values for 'lifetime_spend_cap' and 'daily_spend_cap' are microcurrency amounts based on the
    currency field set in the advertiser's profile. (e.g. USD) <p/>
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

    Args:
        ad_account_id (str):
        body (list[CampaignCreateRequest]):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignCreateResponse | Error]: the answer for every status; `parsed` is
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
    body: list[CampaignCreateRequest],
) -> CampaignCreateResponse:
    """Create campaigns

     Create multiple new campaigns. Every campaign has its own campaign_id and houses one or more ad
    groups, which contain one or more ads.
    For more, see <a href="https://help.pinterest.com/en/business/article/set-up-your-campaign/">Set up
    your campaign</a>. <p/>
    <strong>Note:</strong>
    - The values for 'lifetime_spend_cap' and 'daily_spend_cap' are microcurrency amounts based on the
    currency field set in the advertiser's profile. (e.g. USD) <p/>
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

    Args:
        ad_account_id (str):
        body (list[CampaignCreateRequest]):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignCreateResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
