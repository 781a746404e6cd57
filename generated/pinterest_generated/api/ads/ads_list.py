from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ads_list_entity_statuses_item import AdsListEntityStatusesItem
from ...models.ads_list_order import AdsListOrder
from ...models.ads_list_response_200 import AdsListResponse200
from ...models.error import Error
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
    campaign_ids: list[str] | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    ad_ids: list[str] | Unset = UNSET,
    entity_statuses: list[AdsListEntityStatusesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: AdsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_campaign_ids: list[str] | Unset = UNSET
    if not isinstance(campaign_ids, Unset):
        json_campaign_ids = campaign_ids

    params["campaign_ids"] = json_campaign_ids

    json_ad_group_ids: list[str] | Unset = UNSET
    if not isinstance(ad_group_ids, Unset):
        json_ad_group_ids = ad_group_ids

    params["ad_group_ids"] = json_ad_group_ids

    json_ad_ids: list[str] | Unset = UNSET
    if not isinstance(ad_ids, Unset):
        json_ad_ids = ad_ids

    params["ad_ids"] = json_ad_ids

    json_entity_statuses: list[str] | Unset = UNSET
    if not isinstance(entity_statuses, Unset):
        if entity_statuses is None:
            json_entity_statuses = None
        else:
            json_entity_statuses = []
            for entity_statuses_item_data in entity_statuses:
                entity_statuses_item = (
                    None if entity_statuses_item_data is None else entity_statuses_item_data.value
                )
                json_entity_statuses.append(entity_statuses_item)

    params["entity_statuses"] = json_entity_statuses

    params["page_size"] = page_size

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = None if order is None else order.value

    params["order"] = json_order

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/ads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdsListResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AdsListResponse200.from_dict(_response_200)
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

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdsListResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AdsListResponse200 | Error | None
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


def _success_body(response: Response[AdsListResponse200 | Error]) -> AdsListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AdsListResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str] | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    ad_ids: list[str] | Unset = UNSET,
    entity_statuses: list[AdsListEntityStatusesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: AdsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[AdsListResponse200 | Error]:
    """List ads

     List ads that meet the filters provided:
      - Listed campaign ids or ad group ids or ad ids
      - Listed entity statuses <p/>
    If no filter is provided, all ads in the ad account are returned. <p/>
    <strong>Note:</strong><p/>
    Provide only campaign_id or ad_group_id or ad_id. Do not provide more than one type. <p/>
    Review status is provided for each ad; if review_status is REJECTED, the rejected_reasons field will
    contain additional information.
    For more, see <a href="https://policy.pinterest.com/en/advertising-guidelines">Pinterest advertising
    standards</a>.

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        ad_group_ids (list[str] | Unset):
        ad_ids (list[str] | Unset):
        entity_statuses (list[AdsListEntityStatusesItem] | Unset):
        page_size (int | Unset):  Default: 25.
        order (AdsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_ids=campaign_ids,
        ad_group_ids=ad_group_ids,
        ad_ids=ad_ids,
        entity_statuses=entity_statuses,
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
    campaign_ids: list[str] | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    ad_ids: list[str] | Unset = UNSET,
    entity_statuses: list[AdsListEntityStatusesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: AdsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> AdsListResponse200:
    """List ads

     List ads that meet the filters provided:
      - Listed campaign ids or ad group ids or ad ids
      - Listed entity statuses <p/>
    If no filter is provided, all ads in the ad account are returned. <p/>
    <strong>Note:</strong><p/>
    Provide only campaign_id or ad_group_id or ad_id. Do not provide more than one type. <p/>
    Review status is provided for each ad; if review_status is REJECTED, the rejected_reasons field will
    contain additional information.
    For more, see <a href="https://policy.pinterest.com/en/advertising-guidelines">Pinterest advertising
    standards</a>.

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        ad_group_ids (list[str] | Unset):
        ad_ids (list[str] | Unset):
        entity_statuses (list[AdsListEntityStatusesItem] | Unset):
        page_size (int | Unset):  Default: 25.
        order (AdsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdsListResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_ids=campaign_ids,
            ad_group_ids=ad_group_ids,
            ad_ids=ad_ids,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str] | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    ad_ids: list[str] | Unset = UNSET,
    entity_statuses: list[AdsListEntityStatusesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: AdsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[AdsListResponse200 | Error]:
    """List ads

     List ads that meet the filters provided:
      - Listed campaign ids or ad group ids or ad ids
      - Listed entity statuses <p/>
    If no filter is provided, all ads in the ad account are returned. <p/>
    <strong>Note:</strong><p/>
    Provide only campaign_id or ad_group_id or ad_id. Do not provide more than one type. <p/>
    Review status is provided for each ad; if review_status is REJECTED, the rejected_reasons field will
    contain additional information.
    For more, see <a href="https://policy.pinterest.com/en/advertising-guidelines">Pinterest advertising
    standards</a>.

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        ad_group_ids (list[str] | Unset):
        ad_ids (list[str] | Unset):
        entity_statuses (list[AdsListEntityStatusesItem] | Unset):
        page_size (int | Unset):  Default: 25.
        order (AdsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdsListResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_ids=campaign_ids,
        ad_group_ids=ad_group_ids,
        ad_ids=ad_ids,
        entity_statuses=entity_statuses,
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
    campaign_ids: list[str] | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    ad_ids: list[str] | Unset = UNSET,
    entity_statuses: list[AdsListEntityStatusesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: AdsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> AdsListResponse200:
    """List ads

     List ads that meet the filters provided:
      - Listed campaign ids or ad group ids or ad ids
      - Listed entity statuses <p/>
    If no filter is provided, all ads in the ad account are returned. <p/>
    <strong>Note:</strong><p/>
    Provide only campaign_id or ad_group_id or ad_id. Do not provide more than one type. <p/>
    Review status is provided for each ad; if review_status is REJECTED, the rejected_reasons field will
    contain additional information.
    For more, see <a href="https://policy.pinterest.com/en/advertising-guidelines">Pinterest advertising
    standards</a>.

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        ad_group_ids (list[str] | Unset):
        ad_ids (list[str] | Unset):
        entity_statuses (list[AdsListEntityStatusesItem] | Unset):
        page_size (int | Unset):  Default: 25.
        order (AdsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdsListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_ids=campaign_ids,
            ad_group_ids=ad_group_ids,
            ad_ids=ad_ids,
            entity_statuses=entity_statuses,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )
    )
