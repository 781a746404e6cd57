from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead_subscription import LeadSubscription
from ...models.lead_subscription_post_params_create import LeadSubscriptionPostParamsCreate
from ...models.pinterest_lib_error import PinterestLibError
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: LeadSubscriptionPostParamsCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/leads/subscriptions",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LeadSubscription | PinterestLibError | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else LeadSubscription.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else PinterestLibError.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else PinterestLibError.from_dict(_response_403)
        )

        return response_403

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else PinterestLibError.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LeadSubscription | PinterestLibError]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: LeadSubscription | PinterestLibError | None
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


def _success_body(response: Response[LeadSubscription | PinterestLibError]) -> LeadSubscription:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(LeadSubscription, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: LeadSubscriptionPostParamsCreate,
) -> Response[LeadSubscription | PinterestLibError]:
    """Create lead ads subscription

     Create a lead ads webhook subscription.
    Subscriptions allow Pinterest to deliver lead data from Ads Manager directly to the subscriber.
    Subscriptions can exist for a specific lead form or at ad account level.
      - Only requests for the OWNER or ADMIN of the ad_account will be allowed.
      - Advertisers can set up multiple integrations using ad_account_id + lead_form_id but only one
    integration per unique records.
      - For data security, egress lead data is encrypted with AES-256-GCM.

    Args:
        ad_account_id (str):
        body (LeadSubscriptionPostParamsCreate):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeadSubscription | PinterestLibError]: the answer for every status; `parsed` is
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
    body: LeadSubscriptionPostParamsCreate,
) -> LeadSubscription:
    """Create lead ads subscription

     Create a lead ads webhook subscription.
    Subscriptions allow Pinterest to deliver lead data from Ads Manager directly to the subscriber.
    Subscriptions can exist for a specific lead form or at ad account level.
      - Only requests for the OWNER or ADMIN of the ad_account will be allowed.
      - Advertisers can set up multiple integrations using ad_account_id + lead_form_id but only one
    integration per unique records.
      - For data security, egress lead data is encrypted with AES-256-GCM.

    Args:
        ad_account_id (str):
        body (LeadSubscriptionPostParamsCreate):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeadSubscription
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
    body: LeadSubscriptionPostParamsCreate,
) -> Response[LeadSubscription | PinterestLibError]:
    """Create lead ads subscription

     Create a lead ads webhook subscription.
    Subscriptions allow Pinterest to deliver lead data from Ads Manager directly to the subscriber.
    Subscriptions can exist for a specific lead form or at ad account level.
      - Only requests for the OWNER or ADMIN of the ad_account will be allowed.
      - Advertisers can set up multiple integrations using ad_account_id + lead_form_id but only one
    integration per unique records.
      - For data security, egress lead data is encrypted with AES-256-GCM.

    Args:
        ad_account_id (str):
        body (LeadSubscriptionPostParamsCreate):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LeadSubscription | PinterestLibError]: the answer for every status; `parsed` is
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
    body: LeadSubscriptionPostParamsCreate,
) -> LeadSubscription:
    """Create lead ads subscription

     Create a lead ads webhook subscription.
    Subscriptions allow Pinterest to deliver lead data from Ads Manager directly to the subscriber.
    Subscriptions can exist for a specific lead form or at ad account level.
      - Only requests for the OWNER or ADMIN of the ad_account will be allowed.
      - Advertisers can set up multiple integrations using ad_account_id + lead_form_id but only one
    integration per unique records.
      - For data security, egress lead data is encrypted with AES-256-GCM.

    Args:
        ad_account_id (str):
        body (LeadSubscriptionPostParamsCreate):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeadSubscription
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
