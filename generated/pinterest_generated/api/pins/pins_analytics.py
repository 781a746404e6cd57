import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pin_analytics_response import PinAnalyticsResponse
from ...models.pins_analytics_app_types import PinsAnalyticsAppTypes
from ...models.pins_analytics_metric_types_item_type_0 import PinsAnalyticsMetricTypesItemType0
from ...models.pins_analytics_metric_types_item_type_1 import PinsAnalyticsMetricTypesItemType1
from ...models.pins_analytics_split_field import PinsAnalyticsSplitField
from ...types import (
    UNSET,
    Response,
    Unset,
    path_parameter,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    pin_id: str,
    *,
    start_date: datetime.date,
    end_date: datetime.date,
    app_types: PinsAnalyticsAppTypes | Unset = UNSET,
    metric_types: list[PinsAnalyticsMetricTypesItemType0 | PinsAnalyticsMetricTypesItemType1],
    split_field: PinsAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = None if start_date is None else start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = None if end_date is None else end_date.isoformat()
    params["end_date"] = json_end_date

    json_app_types: str | Unset = UNSET
    if not isinstance(app_types, Unset):
        json_app_types = None if app_types is None else app_types.value

    params["app_types"] = json_app_types

    if metric_types is None:
        json_metric_types = None
    else:
        json_metric_types = []
        for metric_types_item_data in metric_types:
            metric_types_item: str
            if isinstance(metric_types_item_data, PinsAnalyticsMetricTypesItemType0):
                metric_types_item = (
                    None if metric_types_item_data is None else metric_types_item_data.value
                )
            else:
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
        "url": f"/pins/{path_parameter(pin_id)}/analytics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PinAnalyticsResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else PinAnalyticsResponse.from_dict(_response_200)
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

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else Error.from_dict(_response_404)
        )

        return response_404

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | PinAnalyticsResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | PinAnalyticsResponse | None
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


def _success_body(response: Response[Error | PinAnalyticsResponse]) -> PinAnalyticsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(PinAnalyticsResponse, response.parsed)


def sync_detailed(
    pin_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    app_types: PinsAnalyticsAppTypes | Unset = UNSET,
    metric_types: list[PinsAnalyticsMetricTypesItemType0 | PinsAnalyticsMetricTypesItemType1],
    split_field: PinsAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | PinAnalyticsResponse]:
    """Get Pin analytics

     Get analytics for a Pin owned by the "operation user_account" - or on a group board that has been
    shared with this account.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href="/docs/api/v5/#operation/ad_accounts/list">List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Admin, Analyst.
    - For Pins on secret boards: Admin.

    If Pin was created before <code>2023-03-20</code> lifetime metrics will only be available for Video
    and Idea Pin formats. Lifetime metrics are available for all Pin formats since then.

    Args:
        pin_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        app_types (PinsAnalyticsAppTypes | Unset):  Default: PinsAnalyticsAppTypes.ALL.
        metric_types (list[PinsAnalyticsMetricTypesItemType0 |
            PinsAnalyticsMetricTypesItemType1]):
        split_field (PinsAnalyticsSplitField | Unset):  Default: PinsAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PinAnalyticsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        pin_id=pin_id,
        start_date=start_date,
        end_date=end_date,
        app_types=app_types,
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
    pin_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    app_types: PinsAnalyticsAppTypes | Unset = UNSET,
    metric_types: list[PinsAnalyticsMetricTypesItemType0 | PinsAnalyticsMetricTypesItemType1],
    split_field: PinsAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> PinAnalyticsResponse:
    """Get Pin analytics

     Get analytics for a Pin owned by the "operation user_account" - or on a group board that has been
    shared with this account.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href="/docs/api/v5/#operation/ad_accounts/list">List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Admin, Analyst.
    - For Pins on secret boards: Admin.

    If Pin was created before <code>2023-03-20</code> lifetime metrics will only be available for Video
    and Idea Pin formats. Lifetime metrics are available for all Pin formats since then.

    Args:
        pin_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        app_types (PinsAnalyticsAppTypes | Unset):  Default: PinsAnalyticsAppTypes.ALL.
        metric_types (list[PinsAnalyticsMetricTypesItemType0 |
            PinsAnalyticsMetricTypesItemType1]):
        split_field (PinsAnalyticsSplitField | Unset):  Default: PinsAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinAnalyticsResponse
    """

    return _success_body(
        sync_detailed(
            pin_id=pin_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            app_types=app_types,
            metric_types=metric_types,
            split_field=split_field,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    pin_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    app_types: PinsAnalyticsAppTypes | Unset = UNSET,
    metric_types: list[PinsAnalyticsMetricTypesItemType0 | PinsAnalyticsMetricTypesItemType1],
    split_field: PinsAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | PinAnalyticsResponse]:
    """Get Pin analytics

     Get analytics for a Pin owned by the "operation user_account" - or on a group board that has been
    shared with this account.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href="/docs/api/v5/#operation/ad_accounts/list">List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Admin, Analyst.
    - For Pins on secret boards: Admin.

    If Pin was created before <code>2023-03-20</code> lifetime metrics will only be available for Video
    and Idea Pin formats. Lifetime metrics are available for all Pin formats since then.

    Args:
        pin_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        app_types (PinsAnalyticsAppTypes | Unset):  Default: PinsAnalyticsAppTypes.ALL.
        metric_types (list[PinsAnalyticsMetricTypesItemType0 |
            PinsAnalyticsMetricTypesItemType1]):
        split_field (PinsAnalyticsSplitField | Unset):  Default: PinsAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PinAnalyticsResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        pin_id=pin_id,
        start_date=start_date,
        end_date=end_date,
        app_types=app_types,
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
    pin_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date,
    end_date: datetime.date,
    app_types: PinsAnalyticsAppTypes | Unset = UNSET,
    metric_types: list[PinsAnalyticsMetricTypesItemType0 | PinsAnalyticsMetricTypesItemType1],
    split_field: PinsAnalyticsSplitField | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> PinAnalyticsResponse:
    """Get Pin analytics

     Get analytics for a Pin owned by the "operation user_account" - or on a group board that has been
    shared with this account.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href="/docs/api/v5/#operation/ad_accounts/list">List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Admin, Analyst.
    - For Pins on secret boards: Admin.

    If Pin was created before <code>2023-03-20</code> lifetime metrics will only be available for Video
    and Idea Pin formats. Lifetime metrics are available for all Pin formats since then.

    Args:
        pin_id (str):
        start_date (datetime.date):
        end_date (datetime.date):
        app_types (PinsAnalyticsAppTypes | Unset):  Default: PinsAnalyticsAppTypes.ALL.
        metric_types (list[PinsAnalyticsMetricTypesItemType0 |
            PinsAnalyticsMetricTypesItemType1]):
        split_field (PinsAnalyticsSplitField | Unset):  Default: PinsAnalyticsSplitField.NO_SPLIT.
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinAnalyticsResponse
    """

    return _success_body(
        await asyncio_detailed(
            pin_id=pin_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            app_types=app_types,
            metric_types=metric_types,
            split_field=split_field,
            ad_account_id=ad_account_id,
        )
    )
