import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.granularity import Granularity
from ...models.pinterest_lib_error import PinterestLibError
from ...models.template_based_report import TemplateBasedReport
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
    template_id: str,
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = None if start_date is None else start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = None if end_date is None else end_date.isoformat()
    params["end_date"] = json_end_date

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = None if granularity is None else granularity.value

    params["granularity"] = json_granularity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/templates/{path_parameter(template_id)}/reports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinterestLibError | TemplateBasedReport | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else TemplateBasedReport.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 201:
        _response_201 = response.json()
        response_201 = (
            tolerate_null("response_201")
            if _response_201 is None
            else TemplateBasedReport.from_dict(_response_201)
        )

        return response_201

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
) -> Response[PinterestLibError | TemplateBasedReport]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: PinterestLibError | TemplateBasedReport | None
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
    response: Response[PinterestLibError | TemplateBasedReport],
) -> TemplateBasedReport:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(TemplateBasedReport, response.parsed)


def sync_detailed(
    ad_account_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
) -> Response[PinterestLibError | TemplateBasedReport]:
    """Create async request for an analytics report using a template


      This takes a template ID and an optional custom timeframe and
      constructs an asynchronous report based on the template. It returns
      a token that you can use to download the report when it is ready.

    Args:
        ad_account_id (str):
        template_id (str):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        granularity (Granularity | Unset): Specifies the time interval at which analytics data is
            broken down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | TemplateBasedReport]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        template_id=template_id,
        start_date=start_date,
        end_date=end_date,
        granularity=granularity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
) -> TemplateBasedReport:
    """Create async request for an analytics report using a template


      This takes a template ID and an optional custom timeframe and
      constructs an asynchronous report based on the template. It returns
      a token that you can use to download the report when it is ready.

    Args:
        ad_account_id (str):
        template_id (str):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        granularity (Granularity | Unset): Specifies the time interval at which analytics data is
            broken down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TemplateBasedReport
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            template_id=template_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            granularity=granularity,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
) -> Response[PinterestLibError | TemplateBasedReport]:
    """Create async request for an analytics report using a template


      This takes a template ID and an optional custom timeframe and
      constructs an asynchronous report based on the template. It returns
      a token that you can use to download the report when it is ready.

    Args:
        ad_account_id (str):
        template_id (str):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        granularity (Granularity | Unset): Specifies the time interval at which analytics data is
            broken down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinterestLibError | TemplateBasedReport]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        template_id=template_id,
        start_date=start_date,
        end_date=end_date,
        granularity=granularity,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    template_id: str,
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    granularity: Granularity | Unset = UNSET,
) -> TemplateBasedReport:
    """Create async request for an analytics report using a template


      This takes a template ID and an optional custom timeframe and
      constructs an asynchronous report based on the template. It returns
      a token that you can use to download the report when it is ready.

    Args:
        ad_account_id (str):
        template_id (str):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        granularity (Granularity | Unset): Specifies the time interval at which analytics data is
            broken down. Determines how metrics are grouped within the requested date range.
            **Note:** The `HOUR` enum no longer provides data for conversion metrics, but it still
            returns data for non-conversion metrics. All other enums are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TemplateBasedReport
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            template_id=template_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            granularity=granularity,
        )
    )
