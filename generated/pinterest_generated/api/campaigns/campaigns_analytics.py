import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaigns_analytics_click_window_days import CampaignsAnalyticsClickWindowDays
from ...models.campaigns_analytics_columns_item import CampaignsAnalyticsColumnsItem
from ...models.campaigns_analytics_conversion_report_time import (
    CampaignsAnalyticsConversionReportTime,
)
from ...models.campaigns_analytics_engagement_window_days import (
    CampaignsAnalyticsEngagementWindowDays,
)
from ...models.campaigns_analytics_response_item import CampaignsAnalyticsResponseItem
from ...models.campaigns_analytics_view_window_days import CampaignsAnalyticsViewWindowDays
from ...models.error import Error
from ...models.granularity import Granularity
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
    start_date: datetime.date,
    end_date: datetime.date,
    campaign_ids: list[str],
    columns: list[CampaignsAnalyticsColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignsAnalyticsClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignsAnalyticsEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignsAnalyticsViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignsAnalyticsConversionReportTime | Unset = UNSET,
    aggregate_report_rows: bool | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = None if start_date is None else start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = None if end_date is None else end_date.isoformat()
    params["end_date"] = json_end_date

    json_campaign_ids = campaign_ids

    params["campaign_ids"] = json_campaign_ids

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

    params["aggregate_report_rows"] = aggregate_report_rows

    json_reporting_timezone: str | Unset = UNSET
    if not isinstance(reporting_timezone, Unset):
        json_reporting_timezone = None if reporting_timezone is None else reporting_timezone.value

    params["reporting_timezone"] = json_reporting_timezone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/campaigns/analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CampaignsAnalyticsResponseItem] | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: list[CampaignsAnalyticsResponseItem]
        if _response_200 is None:
            response_200 = tolerate_null("response_200")
        else:
            response_200 = []
            for componentsschemas_campaigns_analytics_response_item_data in _response_200:
                _componentsschemas_campaigns_analytics_response_item = (
                    componentsschemas_campaigns_analytics_response_item_data
                )
                componentsschemas_campaigns_analytics_response_item = (
                    tolerate_null("/components/schemas/CampaignsAnalyticsResponse_item")
                    if _componentsschemas_campaigns_analytics_response_item is None
                    else CampaignsAnalyticsResponseItem.from_dict(
                        _componentsschemas_campaigns_analytics_response_item
                    )
                )

                response_200.append(componentsschemas_campaigns_analytics_response_item)

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
) -> Response[Error | list[CampaignsAnalyticsResponseItem]]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | list[CampaignsAnalyticsResponseItem] | None
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
    response: Response[Error | list[CampaignsAnalyticsResponseItem]],
) -> list[CampaignsAnalyticsResponseItem]:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(list[CampaignsAnalyticsResponseItem], response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    campaign_ids: list[str],
    columns: list[CampaignsAnalyticsColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignsAnalyticsClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignsAnalyticsEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignsAnalyticsViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignsAnalyticsConversionReportTime | Unset = UNSET,
    aggregate_report_rows: bool | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> Response[Error | list[CampaignsAnalyticsResponseItem]]:
    """Get campaign analytics

     Get analytics for the specified campaigns in the specified <code>ad_account_id</code>, filtered by
    the specified options.
    - The token's user_account must either be the Owner of the specified ad account, or have one of the
    necessary roles granted to them via <a href="https://help.pinterest.com/en/business/article/share-
    and-manage-access-to-your-ad-accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        campaign_ids (list[str]):
        columns (list[CampaignsAnalyticsColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignsAnalyticsClickWindowDays | Unset):  Default:
            CampaignsAnalyticsClickWindowDays.VALUE_30.
        engagement_window_days (CampaignsAnalyticsEngagementWindowDays | Unset):  Default:
            CampaignsAnalyticsEngagementWindowDays.VALUE_30.
        view_window_days (CampaignsAnalyticsViewWindowDays | Unset):  Default:
            CampaignsAnalyticsViewWindowDays.VALUE_1.
        conversion_report_time (CampaignsAnalyticsConversionReportTime | Unset):  Default:
            CampaignsAnalyticsConversionReportTime.TIME_OF_AD_ACTION.
        aggregate_report_rows (bool | Unset):  Default: False.
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignsAnalyticsResponseItem]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        start_date=start_date,
        end_date=end_date,
        campaign_ids=campaign_ids,
        columns=columns,
        granularity=granularity,
        click_window_days=click_window_days,
        engagement_window_days=engagement_window_days,
        view_window_days=view_window_days,
        conversion_report_time=conversion_report_time,
        aggregate_report_rows=aggregate_report_rows,
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
    start_date: datetime.date,
    end_date: datetime.date,
    campaign_ids: list[str],
    columns: list[CampaignsAnalyticsColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignsAnalyticsClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignsAnalyticsEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignsAnalyticsViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignsAnalyticsConversionReportTime | Unset = UNSET,
    aggregate_report_rows: bool | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> list[CampaignsAnalyticsResponseItem]:
    """Get campaign analytics

     Get analytics for the specified campaigns in the specified <code>ad_account_id</code>, filtered by
    the specified options.
    - The token's user_account must either be the Owner of the specified ad account, or have one of the
    necessary roles granted to them via <a href="https://help.pinterest.com/en/business/article/share-
    and-manage-access-to-your-ad-accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        campaign_ids (list[str]):
        columns (list[CampaignsAnalyticsColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignsAnalyticsClickWindowDays | Unset):  Default:
            CampaignsAnalyticsClickWindowDays.VALUE_30.
        engagement_window_days (CampaignsAnalyticsEngagementWindowDays | Unset):  Default:
            CampaignsAnalyticsEngagementWindowDays.VALUE_30.
        view_window_days (CampaignsAnalyticsViewWindowDays | Unset):  Default:
            CampaignsAnalyticsViewWindowDays.VALUE_1.
        conversion_report_time (CampaignsAnalyticsConversionReportTime | Unset):  Default:
            CampaignsAnalyticsConversionReportTime.TIME_OF_AD_ACTION.
        aggregate_report_rows (bool | Unset):  Default: False.
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CampaignsAnalyticsResponseItem]
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            campaign_ids=campaign_ids,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            aggregate_report_rows=aggregate_report_rows,
            reporting_timezone=reporting_timezone,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    campaign_ids: list[str],
    columns: list[CampaignsAnalyticsColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignsAnalyticsClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignsAnalyticsEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignsAnalyticsViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignsAnalyticsConversionReportTime | Unset = UNSET,
    aggregate_report_rows: bool | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> Response[Error | list[CampaignsAnalyticsResponseItem]]:
    """Get campaign analytics

     Get analytics for the specified campaigns in the specified <code>ad_account_id</code>, filtered by
    the specified options.
    - The token's user_account must either be the Owner of the specified ad account, or have one of the
    necessary roles granted to them via <a href="https://help.pinterest.com/en/business/article/share-
    and-manage-access-to-your-ad-accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        campaign_ids (list[str]):
        columns (list[CampaignsAnalyticsColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignsAnalyticsClickWindowDays | Unset):  Default:
            CampaignsAnalyticsClickWindowDays.VALUE_30.
        engagement_window_days (CampaignsAnalyticsEngagementWindowDays | Unset):  Default:
            CampaignsAnalyticsEngagementWindowDays.VALUE_30.
        view_window_days (CampaignsAnalyticsViewWindowDays | Unset):  Default:
            CampaignsAnalyticsViewWindowDays.VALUE_1.
        conversion_report_time (CampaignsAnalyticsConversionReportTime | Unset):  Default:
            CampaignsAnalyticsConversionReportTime.TIME_OF_AD_ACTION.
        aggregate_report_rows (bool | Unset):  Default: False.
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CampaignsAnalyticsResponseItem]]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        start_date=start_date,
        end_date=end_date,
        campaign_ids=campaign_ids,
        columns=columns,
        granularity=granularity,
        click_window_days=click_window_days,
        engagement_window_days=engagement_window_days,
        view_window_days=view_window_days,
        conversion_report_time=conversion_report_time,
        aggregate_report_rows=aggregate_report_rows,
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
    start_date: datetime.date,
    end_date: datetime.date,
    campaign_ids: list[str],
    columns: list[CampaignsAnalyticsColumnsItem],
    granularity: Granularity,
    click_window_days: CampaignsAnalyticsClickWindowDays | Unset = UNSET,
    engagement_window_days: CampaignsAnalyticsEngagementWindowDays | Unset = UNSET,
    view_window_days: CampaignsAnalyticsViewWindowDays | Unset = UNSET,
    conversion_report_time: CampaignsAnalyticsConversionReportTime | Unset = UNSET,
    aggregate_report_rows: bool | Unset = UNSET,
    reporting_timezone: ReportingTimeZone | Unset = UNSET,
) -> list[CampaignsAnalyticsResponseItem]:
    """Get campaign analytics

     Get analytics for the specified campaigns in the specified <code>ad_account_id</code>, filtered by
    the specified options.
    - The token's user_account must either be the Owner of the specified ad account, or have one of the
    necessary roles granted to them via <a href="https://help.pinterest.com/en/business/article/share-
    and-manage-access-to-your-ad-accounts">Business Access</a>: Admin, Analyst, Campaign Manager.
    - If granularity is not HOUR, you can pull data from up to 90 days before the current date in UTC
    time, with a maximum time range of 90 days.
    - If granularity is HOUR, you can pull data from up to 8 days before the current date in UTC time,
    with a maximum time range of 3 days.

    Args:
        ad_account_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        campaign_ids (list[str]):
        columns (list[CampaignsAnalyticsColumnsItem]):
        granularity (Granularity): Specifies the time interval at which analytics data is broken
            down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.
        click_window_days (CampaignsAnalyticsClickWindowDays | Unset):  Default:
            CampaignsAnalyticsClickWindowDays.VALUE_30.
        engagement_window_days (CampaignsAnalyticsEngagementWindowDays | Unset):  Default:
            CampaignsAnalyticsEngagementWindowDays.VALUE_30.
        view_window_days (CampaignsAnalyticsViewWindowDays | Unset):  Default:
            CampaignsAnalyticsViewWindowDays.VALUE_1.
        conversion_report_time (CampaignsAnalyticsConversionReportTime | Unset):  Default:
            CampaignsAnalyticsConversionReportTime.TIME_OF_AD_ACTION.
        aggregate_report_rows (bool | Unset):  Default: False.
        reporting_timezone (ReportingTimeZone | Unset): [Closed beta](/docs/getting-started/using-
            beta-and-restricted-features/) Specify the timezone to be applied for the reporting.
            Example: PINTEREST_TIME_ZONE.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[CampaignsAnalyticsResponseItem]
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            campaign_ids=campaign_ids,
            columns=columns,
            granularity=granularity,
            click_window_days=click_window_days,
            engagement_window_days=engagement_window_days,
            view_window_days=view_window_days,
            conversion_report_time=conversion_report_time,
            aggregate_report_rows=aggregate_report_rows,
            reporting_timezone=reporting_timezone,
        )
    )
