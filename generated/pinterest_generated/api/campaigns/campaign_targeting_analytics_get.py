import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ads_analytics_campaign_targeting_type import AdsAnalyticsCampaignTargetingType
from ...models.campaign_targeting_analytics_get_click_window_days import (
    CampaignTargetingAnalyticsGetClickWindowDays,
)
from ...models.campaign_targeting_analytics_get_columns_item import (
    CampaignTargetingAnalyticsGetColumnsItem,
)
from ...models.campaign_targeting_analytics_get_conversion_report_time import (
    CampaignTargetingAnalyticsGetConversionReportTime,
)
from ...models.campaign_targeting_analytics_get_engagement_window_days import (
    CampaignTargetingAnalyticsGetEngagementWindowDays,
)
from ...models.campaign_targeting_analytics_get_view_window_days import (
    CampaignTargetingAnalyticsGetViewWindowDays,
)
from ...models.conversion_report_attribution_type import ConversionReportAttributionType
from ...models.error import Error
from ...models.granularity import Granularity
from ...models.metrics_response import MetricsResponse
from ...models.reporting_time_zone import ReportingTimeZone
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
    campaign_ids: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
    targeting_types: list[AdsAnalyticsCampaignTargetingType],
    columns: list[CampaignTargetingAnalyticsGetColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignTargetingAnalyticsGetClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignTargetingAnalyticsGetEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignTargetingAnalyticsGetViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignTargetingAnalyticsGetConversionReportTime | Unset = UNSET,
    attribution_types: list[ConversionReportAttributionType] | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_campaign_ids = campaign_ids

    params["campaign_ids"] = json_campaign_ids

    json_start_date = None if start_date is None else start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = None if end_date is None else end_date.isoformat()
    params["end_date"] = json_end_date

    if targeting_types is None:
        json_targeting_types = None
    else:
        json_targeting_types = []
        for targeting_types_item_data in targeting_types:
            targeting_types_item = (
                None if targeting_types_item_data is None else targeting_types_item_data.value
            )
            json_targeting_types.append(targeting_types_item)

    if isinstance(json_targeting_types, list):
        params["targeting_types"] = ",".join(str(item) for item in json_targeting_types)

    if columns is None:
        json_columns = None
    else:
        json_columns = []
        for columns_item_data in columns:
            columns_item = None if columns_item_data is None else columns_item_data.value
            json_columns.append(columns_item)

    if isinstance(json_columns, list):
        params["columns"] = ",".join(str(item) for item in json_columns)

    json_granularity = None if granularity is None else granularity.value
    params["granularity"] = json_granularity

    json_click_window_days: int | Unset = UNSET
    if not isinstance(click_window_days, Unset):
        json_click_window_days = None if click_window_days is None else click_window_days.value

    params["click_window_days"] = json_click_window_days

    json_engagement_window_days: int | Unset = UNSET
    if not isinstance(engagement_window_days, Unset):
        json_engagement_window_days = (
            None if engagement_window_days is None else engagement_window_days.value
        )

    params["engagement_window_days"] = json_engagement_window_days

    json_view_window_days: int | Unset = UNSET
    if not isinstance(view_window_days, Unset):
        json_view_window_days = None if view_window_days is None else view_window_days.value

    params["view_window_days"] = json_view_window_days

    json_conversion_report_time: str | Unset = UNSET
    if not isinstance(conversion_report_time, Unset):
        json_conversion_report_time = (
            None if conversion_report_time is None else conversion_report_time.value
        )

    params["conversion_report_time"] = json_conversion_report_time

    json_attribution_types: list[str] | Unset = UNSET
    if not isinstance(attribution_types, Unset):
        if attribution_types is None:
            json_attribution_types = None
        else:
            json_attribution_types = []
            for attribution_types_item_data in attribution_types:
                attribution_types_item = (
                    None
                    if attribution_types_item_data is None
                    else attribution_types_item_data.value
                )
                json_attribution_types.append(attribution_types_item)

    if isinstance(json_attribution_types, list):
        params["attribution_types"] = ",".join(str(item) for item in json_attribution_types)

    json_reporting_timezone: str | Unset = UNSET
    if not isinstance(reporting_timezone, Unset):
        json_reporting_timezone = None if reporting_timezone is None else reporting_timezone.value

    params["reporting_timezone"] = json_reporting_timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/campaigns/targeting_analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MetricsResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else MetricsResponse.from_dict(_response_200)
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
) -> Response[Error | MetricsResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | MetricsResponse | None
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


def _success_body(response: Response[Error | MetricsResponse]) -> MetricsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(MetricsResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
    targeting_types: list[AdsAnalyticsCampaignTargetingType],
    columns: list[CampaignTargetingAnalyticsGetColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignTargetingAnalyticsGetClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignTargetingAnalyticsGetEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignTargetingAnalyticsGetViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignTargetingAnalyticsGetConversionReportTime | Unset = UNSET,
    attribution_types: list[ConversionReportAttributionType] | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> Response[Error | MetricsResponse]:
    """Get targeting analytics for campaigns

     Get targeting analytics for one or more campaigns.
    For the requested account and metrics, the response will include the requested metric information
    (e.g. SPEND_IN_DOLLAR) for the requested target type (e.g. "age_bucket") for applicable values (e.g.
    "45-49"). <p/>
    - The token's user_account must either be the Owner of the specified ad account, or have one
    of the necessary roles granted to them via
    <a href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        campaign_ids (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):
        targeting_types (list[AdsAnalyticsCampaignTargetingType]):
        columns (list[CampaignTargetingAnalyticsGetColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignTargetingAnalyticsGetClickWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetClickWindowDays.VALUE_30.
        engagement_window_days (CampaignTargetingAnalyticsGetEngagementWindowDays | Unset):
            Default: CampaignTargetingAnalyticsGetEngagementWindowDays.VALUE_30.
        view_window_days (CampaignTargetingAnalyticsGetViewWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetViewWindowDays.VALUE_1.
        conversion_report_time (CampaignTargetingAnalyticsGetConversionReportTime | Unset):
            Default: CampaignTargetingAnalyticsGetConversionReportTime.TIME_OF_AD_ACTION.
        attribution_types (list[ConversionReportAttributionType] | Unset):
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_ids=campaign_ids,
        start_date=start_date,
        end_date=end_date,
        targeting_types=targeting_types,
        columns=columns,
        granularity=granularity,
        click_window_days=click_window_days,
        engagement_window_days=engagement_window_days,
        view_window_days=view_window_days,
        conversion_report_time=conversion_report_time,
        attribution_types=attribution_types,
        reporting_timezone=reporting_timezone,
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
    campaign_ids: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
    targeting_types: list[AdsAnalyticsCampaignTargetingType],
    columns: list[CampaignTargetingAnalyticsGetColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignTargetingAnalyticsGetClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignTargetingAnalyticsGetEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignTargetingAnalyticsGetViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignTargetingAnalyticsGetConversionReportTime | Unset = UNSET,
    attribution_types: list[ConversionReportAttributionType] | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> MetricsResponse:
    """Get targeting analytics for campaigns

     Get targeting analytics for one or more campaigns.
    For the requested account and metrics, the response will include the requested metric information
    (e.g. SPEND_IN_DOLLAR) for the requested target type (e.g. "age_bucket") for applicable values (e.g.
    "45-49"). <p/>
    - The token's user_account must either be the Owner of the specified ad account, or have one
    of the necessary roles granted to them via
    <a href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        campaign_ids (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):
        targeting_types (list[AdsAnalyticsCampaignTargetingType]):
        columns (list[CampaignTargetingAnalyticsGetColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignTargetingAnalyticsGetClickWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetClickWindowDays.VALUE_30.
        engagement_window_days (CampaignTargetingAnalyticsGetEngagementWindowDays | Unset):
            Default: CampaignTargetingAnalyticsGetEngagementWindowDays.VALUE_30.
        view_window_days (CampaignTargetingAnalyticsGetViewWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetViewWindowDays.VALUE_1.
        conversion_report_time (CampaignTargetingAnalyticsGetConversionReportTime | Unset):
            Default: CampaignTargetingAnalyticsGetConversionReportTime.TIME_OF_AD_ACTION.
        attribution_types (list[ConversionReportAttributionType] | Unset):
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetricsResponse
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_ids=campaign_ids,
            start_date=start_date,
            end_date=end_date,
            targeting_types=targeting_types,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            attribution_types=attribution_types,
            reporting_timezone=reporting_timezone,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
    targeting_types: list[AdsAnalyticsCampaignTargetingType],
    columns: list[CampaignTargetingAnalyticsGetColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignTargetingAnalyticsGetClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignTargetingAnalyticsGetEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignTargetingAnalyticsGetViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignTargetingAnalyticsGetConversionReportTime | Unset = UNSET,
    attribution_types: list[ConversionReportAttributionType] | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> Response[Error | MetricsResponse]:
    """Get targeting analytics for campaigns

     Get targeting analytics for one or more campaigns.
    For the requested account and metrics, the response will include the requested metric information
    (e.g. SPEND_IN_DOLLAR) for the requested target type (e.g. "age_bucket") for applicable values (e.g.
    "45-49"). <p/>
    - The token's user_account must either be the Owner of the specified ad account, or have one
    of the necessary roles granted to them via
    <a href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        campaign_ids (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):
        targeting_types (list[AdsAnalyticsCampaignTargetingType]):
        columns (list[CampaignTargetingAnalyticsGetColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignTargetingAnalyticsGetClickWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetClickWindowDays.VALUE_30.
        engagement_window_days (CampaignTargetingAnalyticsGetEngagementWindowDays | Unset):
            Default: CampaignTargetingAnalyticsGetEngagementWindowDays.VALUE_30.
        view_window_days (CampaignTargetingAnalyticsGetViewWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetViewWindowDays.VALUE_1.
        conversion_report_time (CampaignTargetingAnalyticsGetConversionReportTime | Unset):
            Default: CampaignTargetingAnalyticsGetConversionReportTime.TIME_OF_AD_ACTION.
        attribution_types (list[ConversionReportAttributionType] | Unset):
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MetricsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_ids=campaign_ids,
        start_date=start_date,
        end_date=end_date,
        targeting_types=targeting_types,
        columns=columns,
        granularity=granularity,
        click_window_days=click_window_days,
        engagement_window_days=engagement_window_days,
        view_window_days=view_window_days,
        conversion_report_time=conversion_report_time,
        attribution_types=attribution_types,
        reporting_timezone=reporting_timezone,
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
    campaign_ids: list[str],
    start_date: datetime.date,
    end_date: datetime.date,
    targeting_types: list[AdsAnalyticsCampaignTargetingType],
    columns: list[CampaignTargetingAnalyticsGetColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignTargetingAnalyticsGetClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignTargetingAnalyticsGetEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignTargetingAnalyticsGetViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignTargetingAnalyticsGetConversionReportTime | Unset = UNSET,
    attribution_types: list[ConversionReportAttributionType] | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> MetricsResponse:
    """Get targeting analytics for campaigns

     Get targeting analytics for one or more campaigns.
    For the requested account and metrics, the response will include the requested metric information
    (e.g. SPEND_IN_DOLLAR) for the requested target type (e.g. "age_bucket") for applicable values (e.g.
    "45-49"). <p/>
    - The token's user_account must either be the Owner of the specified ad account, or have one
    of the necessary roles granted to them via
    <a href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        campaign_ids (list[str]):
        start_date (datetime.date):
        end_date (datetime.date):
        targeting_types (list[AdsAnalyticsCampaignTargetingType]):
        columns (list[CampaignTargetingAnalyticsGetColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignTargetingAnalyticsGetClickWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetClickWindowDays.VALUE_30.
        engagement_window_days (CampaignTargetingAnalyticsGetEngagementWindowDays | Unset):
            Default: CampaignTargetingAnalyticsGetEngagementWindowDays.VALUE_30.
        view_window_days (CampaignTargetingAnalyticsGetViewWindowDays | Unset):  Default:
            CampaignTargetingAnalyticsGetViewWindowDays.VALUE_1.
        conversion_report_time (CampaignTargetingAnalyticsGetConversionReportTime | Unset):
            Default: CampaignTargetingAnalyticsGetConversionReportTime.TIME_OF_AD_ACTION.
        attribution_types (list[ConversionReportAttributionType] | Unset):
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MetricsResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_ids=campaign_ids,
            start_date=start_date,
            end_date=end_date,
            targeting_types=targeting_types,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            attribution_types=attribution_types,
            reporting_timezone=reporting_timezone,
        )
    )
