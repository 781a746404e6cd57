import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.top_video_pins_analytics_response import TopVideoPinsAnalyticsResponse
from ...models.user_account_analytics_top_video_pins_app_types import (
    UserAccountAnalyticsTopVideoPinsAppTypes,
)
from ...models.user_account_analytics_top_video_pins_content_type import (
    UserAccountAnalyticsTopVideoPinsContentType,
)
from ...models.user_account_analytics_top_video_pins_created_in_last_n_days import (
    UserAccountAnalyticsTopVideoPinsCreatedInLastNDays,
)
from ...models.user_account_analytics_top_video_pins_from_claimed_content import (
    UserAccountAnalyticsTopVideoPinsFromClaimedContent,
)
from ...models.user_account_analytics_top_video_pins_metric_types_item import (
    UserAccountAnalyticsTopVideoPinsMetricTypesItem,
)
from ...models.user_account_analytics_top_video_pins_pin_format import (
    UserAccountAnalyticsTopVideoPinsPinFormat,
)
from ...models.user_account_analytics_top_video_pins_sort_by import (
    UserAccountAnalyticsTopVideoPinsSortBy,
)
from ...models.user_account_analytics_top_video_pins_source import (
    UserAccountAnalyticsTopVideoPinsSource,
)
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    sort_by: UserAccountAnalyticsTopVideoPinsSortBy,
    from_claimed_content: UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsTopVideoPinsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsTopVideoPinsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsTopVideoPinsContentType | Unset = UNSET,
    source: UserAccountAnalyticsTopVideoPinsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset = UNSET,
    num_of_pins: int | Unset = UNSET,
    created_in_last_n_days: UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = None if start_date is None else start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = None if end_date is None else end_date.isoformat()
    params["end_date"] = json_end_date

    json_sort_by = None if sort_by is None else sort_by.value
    params["sort_by"] = json_sort_by

    json_from_claimed_content: str | Unset = UNSET
    if not isinstance(from_claimed_content, Unset):
        json_from_claimed_content = (
            None if from_claimed_content is None else from_claimed_content.value
        )

    params["from_claimed_content"] = json_from_claimed_content

    json_pin_format: str | Unset = UNSET
    if not isinstance(pin_format, Unset):
        json_pin_format = None if pin_format is None else pin_format.value

    params["pin_format"] = json_pin_format

    json_app_types: str | Unset = UNSET
    if not isinstance(app_types, Unset):
        json_app_types = None if app_types is None else app_types.value

    params["app_types"] = json_app_types

    json_content_type: str | Unset = UNSET
    if not isinstance(content_type, Unset):
        json_content_type = None if content_type is None else content_type.value

    params["content_type"] = json_content_type

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = None if source is None else source.value

    params["source"] = json_source

    json_metric_types: list[str] | Unset = UNSET
    if not isinstance(metric_types, Unset):
        if metric_types is None:
            json_metric_types = None
        else:
            json_metric_types = []
            for metric_types_item_data in metric_types:
                metric_types_item = (
                    None if metric_types_item_data is None else metric_types_item_data.value
                )
                json_metric_types.append(metric_types_item)

    if isinstance(json_metric_types, list):
        params["metric_types"] = ",".join(str(item) for item in json_metric_types)

    params["num_of_pins"] = num_of_pins

    json_created_in_last_n_days: int | Unset = UNSET
    if not isinstance(created_in_last_n_days, Unset):
        json_created_in_last_n_days = (
            None if created_in_last_n_days is None else created_in_last_n_days.value
        )

    params["created_in_last_n_days"] = json_created_in_last_n_days

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user_account/analytics/top_video_pins",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | TopVideoPinsAnalyticsResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else TopVideoPinsAnalyticsResponse.from_dict(_response_200)
        )

        return response_200

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
) -> Response[Error | TopVideoPinsAnalyticsResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | TopVideoPinsAnalyticsResponse | None
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
    response: Response[Error | TopVideoPinsAnalyticsResponse],
) -> TopVideoPinsAnalyticsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(TopVideoPinsAnalyticsResponse, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    sort_by: UserAccountAnalyticsTopVideoPinsSortBy,
    from_claimed_content: UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsTopVideoPinsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsTopVideoPinsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsTopVideoPinsContentType | Unset = UNSET,
    source: UserAccountAnalyticsTopVideoPinsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset = UNSET,
    num_of_pins: int | Unset = UNSET,
    created_in_last_n_days: UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | TopVideoPinsAnalyticsResponse]:
    """Get user account top video pins analytics

     Gets analytics data about a user's top video pins (limited to the top 50).
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        sort_by (UserAccountAnalyticsTopVideoPinsSortBy):
        from_claimed_content (UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset):
            Default: UserAccountAnalyticsTopVideoPinsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsTopVideoPinsPinFormat | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsPinFormat.ALL.
        app_types (UserAccountAnalyticsTopVideoPinsAppTypes | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsAppTypes.ALL.
        content_type (UserAccountAnalyticsTopVideoPinsContentType | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsContentType.ALL.
        source (UserAccountAnalyticsTopVideoPinsSource | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsSource.ALL.
        metric_types (list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset):
        num_of_pins (int | Unset):  Default: 10.
        created_in_last_n_days (UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopVideoPinsAnalyticsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        sort_by=sort_by,
        from_claimed_content=from_claimed_content,
        pin_format=pin_format,
        app_types=app_types,
        content_type=content_type,
        source=source,
        metric_types=metric_types,
        num_of_pins=num_of_pins,
        created_in_last_n_days=created_in_last_n_days,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    sort_by: UserAccountAnalyticsTopVideoPinsSortBy,
    from_claimed_content: UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsTopVideoPinsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsTopVideoPinsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsTopVideoPinsContentType | Unset = UNSET,
    source: UserAccountAnalyticsTopVideoPinsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset = UNSET,
    num_of_pins: int | Unset = UNSET,
    created_in_last_n_days: UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> TopVideoPinsAnalyticsResponse:
    """Get user account top video pins analytics

     Gets analytics data about a user's top video pins (limited to the top 50).
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        sort_by (UserAccountAnalyticsTopVideoPinsSortBy):
        from_claimed_content (UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset):
            Default: UserAccountAnalyticsTopVideoPinsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsTopVideoPinsPinFormat | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsPinFormat.ALL.
        app_types (UserAccountAnalyticsTopVideoPinsAppTypes | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsAppTypes.ALL.
        content_type (UserAccountAnalyticsTopVideoPinsContentType | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsContentType.ALL.
        source (UserAccountAnalyticsTopVideoPinsSource | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsSource.ALL.
        metric_types (list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset):
        num_of_pins (int | Unset):  Default: 10.
        created_in_last_n_days (UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TopVideoPinsAnalyticsResponse
    """

    return _success_body(
        sync_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            sort_by=sort_by,
            from_claimed_content=from_claimed_content,
            pin_format=pin_format,
            app_types=app_types,
            content_type=content_type,
            source=source,
            metric_types=metric_types,
            num_of_pins=num_of_pins,
            created_in_last_n_days=created_in_last_n_days,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    sort_by: UserAccountAnalyticsTopVideoPinsSortBy,
    from_claimed_content: UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsTopVideoPinsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsTopVideoPinsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsTopVideoPinsContentType | Unset = UNSET,
    source: UserAccountAnalyticsTopVideoPinsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset = UNSET,
    num_of_pins: int | Unset = UNSET,
    created_in_last_n_days: UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | TopVideoPinsAnalyticsResponse]:
    """Get user account top video pins analytics

     Gets analytics data about a user's top video pins (limited to the top 50).
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        sort_by (UserAccountAnalyticsTopVideoPinsSortBy):
        from_claimed_content (UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset):
            Default: UserAccountAnalyticsTopVideoPinsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsTopVideoPinsPinFormat | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsPinFormat.ALL.
        app_types (UserAccountAnalyticsTopVideoPinsAppTypes | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsAppTypes.ALL.
        content_type (UserAccountAnalyticsTopVideoPinsContentType | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsContentType.ALL.
        source (UserAccountAnalyticsTopVideoPinsSource | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsSource.ALL.
        metric_types (list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset):
        num_of_pins (int | Unset):  Default: 10.
        created_in_last_n_days (UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | TopVideoPinsAnalyticsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        sort_by=sort_by,
        from_claimed_content=from_claimed_content,
        pin_format=pin_format,
        app_types=app_types,
        content_type=content_type,
        source=source,
        metric_types=metric_types,
        num_of_pins=num_of_pins,
        created_in_last_n_days=created_in_last_n_days,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    sort_by: UserAccountAnalyticsTopVideoPinsSortBy,
    from_claimed_content: UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsTopVideoPinsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsTopVideoPinsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsTopVideoPinsContentType | Unset = UNSET,
    source: UserAccountAnalyticsTopVideoPinsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset = UNSET,
    num_of_pins: int | Unset = UNSET,
    created_in_last_n_days: UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> TopVideoPinsAnalyticsResponse:
    """Get user account top video pins analytics

     Gets analytics data about a user's top video pins (limited to the top 50).
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        sort_by (UserAccountAnalyticsTopVideoPinsSortBy):
        from_claimed_content (UserAccountAnalyticsTopVideoPinsFromClaimedContent | Unset):
            Default: UserAccountAnalyticsTopVideoPinsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsTopVideoPinsPinFormat | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsPinFormat.ALL.
        app_types (UserAccountAnalyticsTopVideoPinsAppTypes | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsAppTypes.ALL.
        content_type (UserAccountAnalyticsTopVideoPinsContentType | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsContentType.ALL.
        source (UserAccountAnalyticsTopVideoPinsSource | Unset):  Default:
            UserAccountAnalyticsTopVideoPinsSource.ALL.
        metric_types (list[UserAccountAnalyticsTopVideoPinsMetricTypesItem] | Unset):
        num_of_pins (int | Unset):  Default: 10.
        created_in_last_n_days (UserAccountAnalyticsTopVideoPinsCreatedInLastNDays | Unset):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TopVideoPinsAnalyticsResponse
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            sort_by=sort_by,
            from_claimed_content=from_claimed_content,
            pin_format=pin_format,
            app_types=app_types,
            content_type=content_type,
            source=source,
            metric_types=metric_types,
            num_of_pins=num_of_pins,
            created_in_last_n_days=created_in_last_n_days,
            ad_account_id=ad_account_id,
        )
    )
