from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_metrics_get_report_type import DeliveryMetricsGetReportType
from ...models.delivery_metrics_response import DeliveryMetricsResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    report_type: DeliveryMetricsGetReportType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_report_type: str | Unset = UNSET
    if not isinstance(report_type, Unset):
        json_report_type = None if report_type is None else report_type.value

    params["report_type"] = json_report_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/delivery_metrics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryMetricsResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else DeliveryMetricsResponse.from_dict(_response_200)
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
) -> Response[DeliveryMetricsResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: DeliveryMetricsResponse | Error | None
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


def _success_body(response: Response[DeliveryMetricsResponse | Error]) -> DeliveryMetricsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(DeliveryMetricsResponse, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    report_type: DeliveryMetricsGetReportType | Unset = UNSET,
) -> Response[DeliveryMetricsResponse | Error]:
    """Get available metrics' definitions

     Get the definitions for ads and organic metrics available across both synchronous and asynchronous
    report endpoints.
    The `display_name` attribute will match how the metric is named in our native tools like Ads
    Manager.
    See <a href='/docs/api-features/analytics-overview/'>Organic Analytics</a> and <a href='/docs/api-
    features/ads-reporting/'>Ads Analytics</a> for more information.

    Args:
        report_type (DeliveryMetricsGetReportType | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryMetricsResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        report_type=report_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    report_type: DeliveryMetricsGetReportType | Unset = UNSET,
) -> DeliveryMetricsResponse:
    """Get available metrics' definitions

     Get the definitions for ads and organic metrics available across both synchronous and asynchronous
    report endpoints.
    The `display_name` attribute will match how the metric is named in our native tools like Ads
    Manager.
    See <a href='/docs/api-features/analytics-overview/'>Organic Analytics</a> and <a href='/docs/api-
    features/ads-reporting/'>Ads Analytics</a> for more information.

    Args:
        report_type (DeliveryMetricsGetReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryMetricsResponse
    """

    return _success_body(
        sync_detailed(
            client=client,
            report_type=report_type,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    report_type: DeliveryMetricsGetReportType | Unset = UNSET,
) -> Response[DeliveryMetricsResponse | Error]:
    """Get available metrics' definitions

     Get the definitions for ads and organic metrics available across both synchronous and asynchronous
    report endpoints.
    The `display_name` attribute will match how the metric is named in our native tools like Ads
    Manager.
    See <a href='/docs/api-features/analytics-overview/'>Organic Analytics</a> and <a href='/docs/api-
    features/ads-reporting/'>Ads Analytics</a> for more information.

    Args:
        report_type (DeliveryMetricsGetReportType | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryMetricsResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        report_type=report_type,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    report_type: DeliveryMetricsGetReportType | Unset = UNSET,
) -> DeliveryMetricsResponse:
    """Get available metrics' definitions

     Get the definitions for ads and organic metrics available across both synchronous and asynchronous
    report endpoints.
    The `display_name` attribute will match how the metric is named in our native tools like Ads
    Manager.
    See <a href='/docs/api-features/analytics-overview/'>Organic Analytics</a> and <a href='/docs/api-
    features/ads-reporting/'>Ads Analytics</a> for more information.

    Args:
        report_type (DeliveryMetricsGetReportType | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryMetricsResponse
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            report_type=report_type,
        )
    )
