from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audience_insight_type import AudienceInsightType
from ...models.audience_insights_response import AudienceInsightsResponse
from ...models.error import Error
from ...types import UNSET, Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    audience_insight_type: AudienceInsightType,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_audience_insight_type = (
        None if audience_insight_type is None else audience_insight_type.value
    )
    params["audience_insight_type"] = json_audience_insight_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/audience_insights",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AudienceInsightsResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AudienceInsightsResponse.from_dict(_response_200)
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
) -> Response[AudienceInsightsResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AudienceInsightsResponse | Error | None
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


def _success_body(response: Response[AudienceInsightsResponse | Error]) -> AudienceInsightsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AudienceInsightsResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    audience_insight_type: AudienceInsightType,
) -> Response[AudienceInsightsResponse | Error]:
    """Get audience insights

     Get Audience Insights for an ad account. The response will return insights for 3 types of audiences:
    the
    ad account's engaged audience on Pinterest, the ad account's total audience on Pinterest and
    Pinterest's
    total audience.<p/>
    <a href="https://help.pinterest.com/en/business/article/audience-insights" target="_blank">Learn
    more about Audience Insights</a>.

    Args:
        ad_account_id (str):
        audience_insight_type (AudienceInsightType):  Example: YOUR_TOTAL_AUDIENCE.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceInsightsResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        audience_insight_type=audience_insight_type,
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
    audience_insight_type: AudienceInsightType,
) -> AudienceInsightsResponse:
    """Get audience insights

     Get Audience Insights for an ad account. The response will return insights for 3 types of audiences:
    the
    ad account's engaged audience on Pinterest, the ad account's total audience on Pinterest and
    Pinterest's
    total audience.<p/>
    <a href="https://help.pinterest.com/en/business/article/audience-insights" target="_blank">Learn
    more about Audience Insights</a>.

    Args:
        ad_account_id (str):
        audience_insight_type (AudienceInsightType):  Example: YOUR_TOTAL_AUDIENCE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceInsightsResponse
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            audience_insight_type=audience_insight_type,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    audience_insight_type: AudienceInsightType,
) -> Response[AudienceInsightsResponse | Error]:
    """Get audience insights

     Get Audience Insights for an ad account. The response will return insights for 3 types of audiences:
    the
    ad account's engaged audience on Pinterest, the ad account's total audience on Pinterest and
    Pinterest's
    total audience.<p/>
    <a href="https://help.pinterest.com/en/business/article/audience-insights" target="_blank">Learn
    more about Audience Insights</a>.

    Args:
        ad_account_id (str):
        audience_insight_type (AudienceInsightType):  Example: YOUR_TOTAL_AUDIENCE.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AudienceInsightsResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        audience_insight_type=audience_insight_type,
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
    audience_insight_type: AudienceInsightType,
) -> AudienceInsightsResponse:
    """Get audience insights

     Get Audience Insights for an ad account. The response will return insights for 3 types of audiences:
    the
    ad account's engaged audience on Pinterest, the ad account's total audience on Pinterest and
    Pinterest's
    total audience.<p/>
    <a href="https://help.pinterest.com/en/business/article/audience-insights" target="_blank">Learn
    more about Audience Insights</a>.

    Args:
        ad_account_id (str):
        audience_insight_type (AudienceInsightType):  Example: YOUR_TOTAL_AUDIENCE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AudienceInsightsResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            audience_insight_type=audience_insight_type,
        )
    )
