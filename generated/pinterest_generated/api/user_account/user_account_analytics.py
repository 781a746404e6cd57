import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_response import AnalyticsResponse
from ...models.error import Error
from ...models.user_account_analytics_app_types import UserAccountAnalyticsAppTypes
from ...models.user_account_analytics_content_type import UserAccountAnalyticsContentType
from ...models.user_account_analytics_from_claimed_content import (
    UserAccountAnalyticsFromClaimedContent,
)
from ...models.user_account_analytics_metric_types_item import UserAccountAnalyticsMetricTypesItem
from ...models.user_account_analytics_pin_format import UserAccountAnalyticsPinFormat
from ...models.user_account_analytics_source import UserAccountAnalyticsSource
from ...models.user_account_analytics_split_field import UserAccountAnalyticsSplitField
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    from_claimed_content: UserAccountAnalyticsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsContentType | Unset = UNSET,
    source: UserAccountAnalyticsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsMetricTypesItem] | Unset = UNSET,
    split_field: UserAccountAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = None if start_date is None else start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = None if end_date is None else end_date.isoformat()
    params["end_date"] = json_end_date

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

    json_split_field: str | Unset = UNSET
    if not isinstance(split_field, Unset):
        json_split_field = None if split_field is None else split_field.value

    params["split_field"] = json_split_field

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user_account/analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyticsResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AnalyticsResponse.from_dict(_response_200)
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
) -> Response[AnalyticsResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AnalyticsResponse | Error | None
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


def _success_body(response: Response[AnalyticsResponse | Error]) -> AnalyticsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AnalyticsResponse, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    from_claimed_content: UserAccountAnalyticsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsContentType | Unset = UNSET,
    source: UserAccountAnalyticsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsMetricTypesItem] | Unset = UNSET,
    split_field: UserAccountAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[AnalyticsResponse | Error]:
    """Get user account analytics

     Get analytics for the "operation user_account"
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        from_claimed_content (UserAccountAnalyticsFromClaimedContent | Unset):  Default:
            UserAccountAnalyticsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsPinFormat | Unset):  Default:
            UserAccountAnalyticsPinFormat.ALL.
        app_types (UserAccountAnalyticsAppTypes | Unset):  Default:
            UserAccountAnalyticsAppTypes.ALL.
        content_type (UserAccountAnalyticsContentType | Unset):  Default:
            UserAccountAnalyticsContentType.ALL.
        source (UserAccountAnalyticsSource | Unset):  Default: UserAccountAnalyticsSource.ALL.
        metric_types (list[UserAccountAnalyticsMetricTypesItem] | Unset):
        split_field (UserAccountAnalyticsSplitField | Unset):  Default:
            UserAccountAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        from_claimed_content=from_claimed_content,
        pin_format=pin_format,
        app_types=app_types,
        content_type=content_type,
        source=source,
        metric_types=metric_types,
        split_field=split_field,
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
    from_claimed_content: UserAccountAnalyticsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsContentType | Unset = UNSET,
    source: UserAccountAnalyticsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsMetricTypesItem] | Unset = UNSET,
    split_field: UserAccountAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> AnalyticsResponse:
    """Get user account analytics

     Get analytics for the "operation user_account"
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        from_claimed_content (UserAccountAnalyticsFromClaimedContent | Unset):  Default:
            UserAccountAnalyticsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsPinFormat | Unset):  Default:
            UserAccountAnalyticsPinFormat.ALL.
        app_types (UserAccountAnalyticsAppTypes | Unset):  Default:
            UserAccountAnalyticsAppTypes.ALL.
        content_type (UserAccountAnalyticsContentType | Unset):  Default:
            UserAccountAnalyticsContentType.ALL.
        source (UserAccountAnalyticsSource | Unset):  Default: UserAccountAnalyticsSource.ALL.
        metric_types (list[UserAccountAnalyticsMetricTypesItem] | Unset):
        split_field (UserAccountAnalyticsSplitField | Unset):  Default:
            UserAccountAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsResponse
    """

    return _success_body(
        sync_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            from_claimed_content=from_claimed_content,
            pin_format=pin_format,
            app_types=app_types,
            content_type=content_type,
            source=source,
            metric_types=metric_types,
            split_field=split_field,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    from_claimed_content: UserAccountAnalyticsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsContentType | Unset = UNSET,
    source: UserAccountAnalyticsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsMetricTypesItem] | Unset = UNSET,
    split_field: UserAccountAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[AnalyticsResponse | Error]:
    """Get user account analytics

     Get analytics for the "operation user_account"
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        from_claimed_content (UserAccountAnalyticsFromClaimedContent | Unset):  Default:
            UserAccountAnalyticsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsPinFormat | Unset):  Default:
            UserAccountAnalyticsPinFormat.ALL.
        app_types (UserAccountAnalyticsAppTypes | Unset):  Default:
            UserAccountAnalyticsAppTypes.ALL.
        content_type (UserAccountAnalyticsContentType | Unset):  Default:
            UserAccountAnalyticsContentType.ALL.
        source (UserAccountAnalyticsSource | Unset):  Default: UserAccountAnalyticsSource.ALL.
        metric_types (list[UserAccountAnalyticsMetricTypesItem] | Unset):
        split_field (UserAccountAnalyticsSplitField | Unset):  Default:
            UserAccountAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyticsResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        from_claimed_content=from_claimed_content,
        pin_format=pin_format,
        app_types=app_types,
        content_type=content_type,
        source=source,
        metric_types=metric_types,
        split_field=split_field,
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
    from_claimed_content: UserAccountAnalyticsFromClaimedContent | Unset = UNSET,
    pin_format: UserAccountAnalyticsPinFormat | Unset = UNSET,
    app_types: UserAccountAnalyticsAppTypes | Unset = UNSET,
    content_type: UserAccountAnalyticsContentType | Unset = UNSET,
    source: UserAccountAnalyticsSource | Unset = UNSET,
    metric_types: list[UserAccountAnalyticsMetricTypesItem] | Unset = UNSET,
    split_field: UserAccountAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> AnalyticsResponse:
    """Get user account analytics

     Get analytics for the "operation user_account"
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an ad_account_id to use the owner of that ad_account as the
    "operation user_account".

    Args:
        start_date (datetime.date):
        end_date (datetime.date):
        from_claimed_content (UserAccountAnalyticsFromClaimedContent | Unset):  Default:
            UserAccountAnalyticsFromClaimedContent.BOTH.
        pin_format (UserAccountAnalyticsPinFormat | Unset):  Default:
            UserAccountAnalyticsPinFormat.ALL.
        app_types (UserAccountAnalyticsAppTypes | Unset):  Default:
            UserAccountAnalyticsAppTypes.ALL.
        content_type (UserAccountAnalyticsContentType | Unset):  Default:
            UserAccountAnalyticsContentType.ALL.
        source (UserAccountAnalyticsSource | Unset):  Default: UserAccountAnalyticsSource.ALL.
        metric_types (list[UserAccountAnalyticsMetricTypesItem] | Unset):
        split_field (UserAccountAnalyticsSplitField | Unset):  Default:
            UserAccountAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyticsResponse
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            from_claimed_content=from_claimed_content,
            pin_format=pin_format,
            app_types=app_types,
            content_type=content_type,
            source=source,
            metric_types=metric_types,
            split_field=split_field,
            ad_account_id=ad_account_id,
        )
    )
