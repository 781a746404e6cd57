from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_quality_score import EventQualityScore
from ...models.ingestion_source_options import IngestionSourceOptions
from ...models.lookback_period_options import LookbackPeriodOptions
from ...models.pinterest_lib_error import PinterestLibError
from ...models.source_platform_options import SourcePlatformOptions
from ...types import (
    UNSET,
    Response,
    Unset,
    path_parameter,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    ad_account_id: str,
    *,
    lookback_period: LookbackPeriodOptions,
    source_platform: SourcePlatformOptions | Unset = UNSET,
    ingestion_source: IngestionSourceOptions | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_lookback_period = None if lookback_period is None else lookback_period.value
    params["lookback_period"] = json_lookback_period

    json_source_platform: str | Unset = UNSET
    if not isinstance(source_platform, Unset):
        json_source_platform = None if source_platform is None else source_platform.value

    params["source_platform"] = json_source_platform

    json_ingestion_source: str | Unset = UNSET
    if not isinstance(ingestion_source, Unset):
        json_ingestion_source = None if ingestion_source is None else ingestion_source.value

    params["ingestion_source"] = json_ingestion_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/conversion_eqs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinterestLibError | list[EventQualityScore] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[EventQualityScore]
        if _response_200 is None:
            response_200 = tolerate_null("response_200")
        else:
            response_200 = []
            for response_200_item_data in _response_200:
                _response_200_item = response_200_item_data
                response_200_item = (
                    tolerate_null("response_200_item")
                    if _response_200_item is None
                    else EventQualityScore.from_dict(_response_200_item)
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
) -> Response[PinterestLibError | list[EventQualityScore]]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: PinterestLibError | list[EventQualityScore] | None
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
    response: Response[PinterestLibError | list[EventQualityScore]],
) -> list[EventQualityScore]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(list[EventQualityScore], response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    lookback_period: LookbackPeriodOptions,
    source_platform: SourcePlatformOptions | Unset = UNSET,
    ingestion_source: IngestionSourceOptions | Unset = UNSET,
) -> Response[PinterestLibError | list[EventQualityScore]]:
    """Get event quality score (EQS)

     Get the Event Quality Score (EQS) of your conversion signals.

    [Event Quality Score](https://help.pinterest.com/en/business/article/eqs) indicates how effective
    the customer information and event insights (metadata) passed with your web, app and offline
    conversion events may be at matching to a Pinterest user.

    Args:
        ad_account_id (str):
        lookback_period (LookbackPeriodOptions): Days in lookback window in the GET Conversion EQS
            response.
        source_platform (SourcePlatformOptions | Unset): List of source platforms for a conversion
            event.
        ingestion_source (IngestionSourceOptions | Unset): List of ingestion sources for a
            conversion event.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[EventQualityScore]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        lookback_period=lookback_period,
        source_platform=source_platform,
        ingestion_source=ingestion_source,
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
    lookback_period: LookbackPeriodOptions,
    source_platform: SourcePlatformOptions | Unset = UNSET,
    ingestion_source: IngestionSourceOptions | Unset = UNSET,
) -> list[EventQualityScore]:
    """Get event quality score (EQS)

     Get the Event Quality Score (EQS) of your conversion signals.

    [Event Quality Score](https://help.pinterest.com/en/business/article/eqs) indicates how effective
    the customer information and event insights (metadata) passed with your web, app and offline
    conversion events may be at matching to a Pinterest user.

    Args:
        ad_account_id (str):
        lookback_period (LookbackPeriodOptions): Days in lookback window in the GET Conversion EQS
            response.
        source_platform (SourcePlatformOptions | Unset): List of source platforms for a conversion
            event.
        ingestion_source (IngestionSourceOptions | Unset): List of ingestion sources for a
            conversion event.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventQualityScore]
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            lookback_period=lookback_period,
            source_platform=source_platform,
            ingestion_source=ingestion_source,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    lookback_period: LookbackPeriodOptions,
    source_platform: SourcePlatformOptions | Unset = UNSET,
    ingestion_source: IngestionSourceOptions | Unset = UNSET,
) -> Response[PinterestLibError | list[EventQualityScore]]:
    """Get event quality score (EQS)

     Get the Event Quality Score (EQS) of your conversion signals.

    [Event Quality Score](https://help.pinterest.com/en/business/article/eqs) indicates how effective
    the customer information and event insights (metadata) passed with your web, app and offline
    conversion events may be at matching to a Pinterest user.

    Args:
        ad_account_id (str):
        lookback_period (LookbackPeriodOptions): Days in lookback window in the GET Conversion EQS
            response.
        source_platform (SourcePlatformOptions | Unset): List of source platforms for a conversion
            event.
        ingestion_source (IngestionSourceOptions | Unset): List of ingestion sources for a
            conversion event.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | list[EventQualityScore]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        lookback_period=lookback_period,
        source_platform=source_platform,
        ingestion_source=ingestion_source,
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
    lookback_period: LookbackPeriodOptions,
    source_platform: SourcePlatformOptions | Unset = UNSET,
    ingestion_source: IngestionSourceOptions | Unset = UNSET,
) -> list[EventQualityScore]:
    """Get event quality score (EQS)

     Get the Event Quality Score (EQS) of your conversion signals.

    [Event Quality Score](https://help.pinterest.com/en/business/article/eqs) indicates how effective
    the customer information and event insights (metadata) passed with your web, app and offline
    conversion events may be at matching to a Pinterest user.

    Args:
        ad_account_id (str):
        lookback_period (LookbackPeriodOptions): Days in lookback window in the GET Conversion EQS
            response.
        source_platform (SourcePlatformOptions | Unset): List of source platforms for a conversion
            event.
        ingestion_source (IngestionSourceOptions | Unset): List of ingestion sources for a
            conversion event.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[EventQualityScore]
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            lookback_period=lookback_period,
            source_platform=source_platform,
            ingestion_source=ingestion_source,
        )
    )
