from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.page_visit_conversion_tags_get_order import PageVisitConversionTagsGetOrder
from ...models.page_visit_conversion_tags_get_response_200 import (
    PageVisitConversionTagsGetResponse200,
)
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
    page_size: int | Unset = UNSET,
    order: PageVisitConversionTagsGetOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = None if order is None else order.value

    params["order"] = json_order

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/conversion_tags/page_visit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | PageVisitConversionTagsGetResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else PageVisitConversionTagsGetResponse200.from_dict(_response_200)
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
) -> Response[Error | PageVisitConversionTagsGetResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | PageVisitConversionTagsGetResponse200 | None
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
    response: Response[Error | PageVisitConversionTagsGetResponse200],
) -> PageVisitConversionTagsGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(PageVisitConversionTagsGetResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    order: PageVisitConversionTagsGetOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | PageVisitConversionTagsGetResponse200]:
    """Get page visit conversion tags

     Get all page visit conversion tag events for an ad account.

    Args:
        ad_account_id (str):
        page_size (int | Unset):  Default: 25.
        order (PageVisitConversionTagsGetOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PageVisitConversionTagsGetResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        page_size=page_size,
        order=order,
        bookmark=bookmark,
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
    page_size: int | Unset = UNSET,
    order: PageVisitConversionTagsGetOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> PageVisitConversionTagsGetResponse200:
    """Get page visit conversion tags

     Get all page visit conversion tag events for an ad account.

    Args:
        ad_account_id (str):
        page_size (int | Unset):  Default: 25.
        order (PageVisitConversionTagsGetOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageVisitConversionTagsGetResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    order: PageVisitConversionTagsGetOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | PageVisitConversionTagsGetResponse200]:
    """Get page visit conversion tags

     Get all page visit conversion tag events for an ad account.

    Args:
        ad_account_id (str):
        page_size (int | Unset):  Default: 25.
        order (PageVisitConversionTagsGetOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | PageVisitConversionTagsGetResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        page_size=page_size,
        order=order,
        bookmark=bookmark,
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
    page_size: int | Unset = UNSET,
    order: PageVisitConversionTagsGetOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> PageVisitConversionTagsGetResponse200:
    """Get page visit conversion tags

     Get all page visit conversion tag events for an ad account.

    Args:
        ad_account_id (str):
        page_size (int | Unset):  Default: 25.
        order (PageVisitConversionTagsGetOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageVisitConversionTagsGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )
    )
