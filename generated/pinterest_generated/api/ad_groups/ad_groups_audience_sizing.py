from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ad_group_audience_sizing_request import AdGroupAudienceSizingRequest
from ...models.ad_group_audience_sizing_response import AdGroupAudienceSizingResponse
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: AdGroupAudienceSizingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/ad_groups/audience_sizing",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdGroupAudienceSizingResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AdGroupAudienceSizingResponse.from_dict(_response_200)
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

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else Error.from_dict(_response_403)
        )

        return response_403

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdGroupAudienceSizingResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AdGroupAudienceSizingResponse | Error | None
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
    response: Response[AdGroupAudienceSizingResponse | Error],
) -> AdGroupAudienceSizingResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AdGroupAudienceSizingResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: AdGroupAudienceSizingRequest,
) -> Response[AdGroupAudienceSizingResponse | Error]:
    """Get audience sizing

     Get potential audience size for an ad group with given targeting criteria.
    Potential audience size estimates the number of people you may be able to reach per month with your
    campaign.
    It is based on historical advertising data and the targeting criteria you select.
    It does not guarantee results or take into account factors such as bid, budget, schedule,
    seasonality or product experiments.

    Args:
        ad_account_id (str):
        body (AdGroupAudienceSizingRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdGroupAudienceSizingResponse | Error]: the answer for every status; `parsed` is
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
    body: AdGroupAudienceSizingRequest,
) -> AdGroupAudienceSizingResponse:
    """Get audience sizing

     Get potential audience size for an ad group with given targeting criteria.
    Potential audience size estimates the number of people you may be able to reach per month with your
    campaign.
    It is based on historical advertising data and the targeting criteria you select.
    It does not guarantee results or take into account factors such as bid, budget, schedule,
    seasonality or product experiments.

    Args:
        ad_account_id (str):
        body (AdGroupAudienceSizingRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdGroupAudienceSizingResponse
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
    body: AdGroupAudienceSizingRequest,
) -> Response[AdGroupAudienceSizingResponse | Error]:
    """Get audience sizing

     Get potential audience size for an ad group with given targeting criteria.
    Potential audience size estimates the number of people you may be able to reach per month with your
    campaign.
    It is based on historical advertising data and the targeting criteria you select.
    It does not guarantee results or take into account factors such as bid, budget, schedule,
    seasonality or product experiments.

    Args:
        ad_account_id (str):
        body (AdGroupAudienceSizingRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdGroupAudienceSizingResponse | Error]: the answer for every status; `parsed` is
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
    body: AdGroupAudienceSizingRequest,
) -> AdGroupAudienceSizingResponse:
    """Get audience sizing

     Get potential audience size for an ad group with given targeting criteria.
    Potential audience size estimates the number of people you may be able to reach per month with your
    campaign.
    It is based on historical advertising data and the targeting criteria you select.
    It does not guarantee results or take into account factors such as bid, budget, schedule,
    seasonality or product experiments.

    Args:
        ad_account_id (str):
        body (AdGroupAudienceSizingRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdGroupAudienceSizingResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
