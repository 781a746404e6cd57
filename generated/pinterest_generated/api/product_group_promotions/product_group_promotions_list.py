from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product_group_promotions_list_entity_statuses_item import (
    ProductGroupPromotionsListEntityStatusesItem,
)
from ...models.product_group_promotions_list_order import ProductGroupPromotionsListOrder
from ...models.product_group_promotions_list_response_200 import (
    ProductGroupPromotionsListResponse200,
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
    product_group_promotion_ids: list[str] | Unset = UNSET,
    entity_statuses: list[ProductGroupPromotionsListEntityStatusesItem] | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: ProductGroupPromotionsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_product_group_promotion_ids: list[str] | Unset = UNSET
    if not isinstance(product_group_promotion_ids, Unset):
        json_product_group_promotion_ids = product_group_promotion_ids

    params["product_group_promotion_ids"] = json_product_group_promotion_ids

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

    params["ad_group_id"] = ad_group_id

    params["page_size"] = page_size

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = None if order is None else order.value

    params["order"] = json_order

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/product_group_promotions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ProductGroupPromotionsListResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else ProductGroupPromotionsListResponse200.from_dict(_response_200)
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
) -> Response[Error | ProductGroupPromotionsListResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | ProductGroupPromotionsListResponse200 | None
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
    response: Response[Error | ProductGroupPromotionsListResponse200],
) -> ProductGroupPromotionsListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(ProductGroupPromotionsListResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    product_group_promotion_ids: list[str] | Unset = UNSET,
    entity_statuses: list[ProductGroupPromotionsListEntityStatusesItem] | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: ProductGroupPromotionsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | ProductGroupPromotionsListResponse200]:
    """Get product group promotions

     List existing product group promotions associated with an ad account.

    Include either ad_group_id or product_group_promotion_ids in your request.

    <b>Note:</b> ad_group_ids and product_group_promotion_ids are mutually exclusive parameters.
    Only provide one. If multiple options are provided, product_group_promotion_ids takes precedence
    over ad_group_ids. If none are provided, the endpoint returns an error.

    Args:
        ad_account_id (str):
        product_group_promotion_ids (list[str] | Unset):
        entity_statuses (list[ProductGroupPromotionsListEntityStatusesItem] | Unset):
        ad_group_id (str | Unset):
        page_size (int | Unset):  Default: 25.
        order (ProductGroupPromotionsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductGroupPromotionsListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        product_group_promotion_ids=product_group_promotion_ids,
        entity_statuses=entity_statuses,
        ad_group_id=ad_group_id,
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
    product_group_promotion_ids: list[str] | Unset = UNSET,
    entity_statuses: list[ProductGroupPromotionsListEntityStatusesItem] | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: ProductGroupPromotionsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> ProductGroupPromotionsListResponse200:
    """Get product group promotions

     List existing product group promotions associated with an ad account.

    Include either ad_group_id or product_group_promotion_ids in your request.

    <b>Note:</b> ad_group_ids and product_group_promotion_ids are mutually exclusive parameters.
    Only provide one. If multiple options are provided, product_group_promotion_ids takes precedence
    over ad_group_ids. If none are provided, the endpoint returns an error.

    Args:
        ad_account_id (str):
        product_group_promotion_ids (list[str] | Unset):
        entity_statuses (list[ProductGroupPromotionsListEntityStatusesItem] | Unset):
        ad_group_id (str | Unset):
        page_size (int | Unset):  Default: 25.
        order (ProductGroupPromotionsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductGroupPromotionsListResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            product_group_promotion_ids=product_group_promotion_ids,
            entity_statuses=entity_statuses,
            ad_group_id=ad_group_id,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    product_group_promotion_ids: list[str] | Unset = UNSET,
    entity_statuses: list[ProductGroupPromotionsListEntityStatusesItem] | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: ProductGroupPromotionsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | ProductGroupPromotionsListResponse200]:
    """Get product group promotions

     List existing product group promotions associated with an ad account.

    Include either ad_group_id or product_group_promotion_ids in your request.

    <b>Note:</b> ad_group_ids and product_group_promotion_ids are mutually exclusive parameters.
    Only provide one. If multiple options are provided, product_group_promotion_ids takes precedence
    over ad_group_ids. If none are provided, the endpoint returns an error.

    Args:
        ad_account_id (str):
        product_group_promotion_ids (list[str] | Unset):
        entity_statuses (list[ProductGroupPromotionsListEntityStatusesItem] | Unset):
        ad_group_id (str | Unset):
        page_size (int | Unset):  Default: 25.
        order (ProductGroupPromotionsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ProductGroupPromotionsListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        product_group_promotion_ids=product_group_promotion_ids,
        entity_statuses=entity_statuses,
        ad_group_id=ad_group_id,
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
    product_group_promotion_ids: list[str] | Unset = UNSET,
    entity_statuses: list[ProductGroupPromotionsListEntityStatusesItem] | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    order: ProductGroupPromotionsListOrder | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> ProductGroupPromotionsListResponse200:
    """Get product group promotions

     List existing product group promotions associated with an ad account.

    Include either ad_group_id or product_group_promotion_ids in your request.

    <b>Note:</b> ad_group_ids and product_group_promotion_ids are mutually exclusive parameters.
    Only provide one. If multiple options are provided, product_group_promotion_ids takes precedence
    over ad_group_ids. If none are provided, the endpoint returns an error.

    Args:
        ad_account_id (str):
        product_group_promotion_ids (list[str] | Unset):
        entity_statuses (list[ProductGroupPromotionsListEntityStatusesItem] | Unset):
        ad_group_id (str | Unset):
        page_size (int | Unset):  Default: 25.
        order (ProductGroupPromotionsListOrder | Unset):  Example: ASCENDING.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProductGroupPromotionsListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            product_group_promotion_ids=product_group_promotion_ids,
            entity_statuses=entity_statuses,
            ad_group_id=ad_group_id,
            page_size=page_size,
            order=order,
            bookmark=bookmark,
        )
    )
