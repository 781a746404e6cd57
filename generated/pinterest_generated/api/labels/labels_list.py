from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.labels_list_entity_statuses_item import LabelsListEntityStatusesItem
from ...models.labels_list_label_types_item import LabelsListLabelTypesItem
from ...models.labels_list_response_200 import LabelsListResponse200
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
    label_ids: list[str] | Unset = UNSET,
    entity_statuses: list[LabelsListEntityStatusesItem] | Unset = UNSET,
    label_types: list[LabelsListLabelTypesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_campaign_ids: list[str] | Unset = UNSET
    if not isinstance(campaign_ids, Unset):
        json_campaign_ids = campaign_ids

    params["campaign_ids"] = json_campaign_ids

    json_label_ids: list[str] | Unset = UNSET
    if not isinstance(label_ids, Unset):
        json_label_ids = label_ids

    params["label_ids"] = json_label_ids

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

    json_label_types: list[str] | Unset = UNSET
    if not isinstance(label_types, Unset):
        if label_types is None:
            json_label_types = None
        else:
            json_label_types = []
            for label_types_item_data in label_types:
                label_types_item = (
                    None if label_types_item_data is None else label_types_item_data.value
                )
                json_label_types.append(label_types_item)

    params["label_types"] = json_label_types

    params["page_size"] = page_size

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/labels",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LabelsListResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else LabelsListResponse200.from_dict(_response_200)
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
) -> Response[Error | LabelsListResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | LabelsListResponse200 | None
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


def _success_body(response: Response[Error | LabelsListResponse200]) -> LabelsListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(LabelsListResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str] | Unset = UNSET,
    label_ids: list[str] | Unset = UNSET,
    entity_statuses: list[LabelsListEntityStatusesItem] | Unset = UNSET,
    label_types: list[LabelsListLabelTypesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | LabelsListResponse200]:
    """List labels

     <p>
      <a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank"
    target="blank">Closed beta</a>
      This endpoint is not available to all users.
    </p>
    <p>
      See a list of labels for assets that your account owns, and filter the list by different criteria.
    </p>

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        label_ids (list[str] | Unset):
        entity_statuses (list[LabelsListEntityStatusesItem] | Unset):
        label_types (list[LabelsListLabelTypesItem] | Unset):  Example: ['BRAND', 'CUSTOM'].
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LabelsListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_ids=campaign_ids,
        label_ids=label_ids,
        entity_statuses=entity_statuses,
        label_types=label_types,
        page_size=page_size,
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
    label_ids: list[str] | Unset = UNSET,
    entity_statuses: list[LabelsListEntityStatusesItem] | Unset = UNSET,
    label_types: list[LabelsListLabelTypesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> LabelsListResponse200:
    """List labels

     <p>
      <a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank"
    target="blank">Closed beta</a>
      This endpoint is not available to all users.
    </p>
    <p>
      See a list of labels for assets that your account owns, and filter the list by different criteria.
    </p>

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        label_ids (list[str] | Unset):
        entity_statuses (list[LabelsListEntityStatusesItem] | Unset):
        label_types (list[LabelsListLabelTypesItem] | Unset):  Example: ['BRAND', 'CUSTOM'].
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelsListResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_ids=campaign_ids,
            label_ids=label_ids,
            entity_statuses=entity_statuses,
            label_types=label_types,
            page_size=page_size,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_ids: list[str] | Unset = UNSET,
    label_ids: list[str] | Unset = UNSET,
    entity_statuses: list[LabelsListEntityStatusesItem] | Unset = UNSET,
    label_types: list[LabelsListLabelTypesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | LabelsListResponse200]:
    """List labels

     <p>
      <a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank"
    target="blank">Closed beta</a>
      This endpoint is not available to all users.
    </p>
    <p>
      See a list of labels for assets that your account owns, and filter the list by different criteria.
    </p>

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        label_ids (list[str] | Unset):
        entity_statuses (list[LabelsListEntityStatusesItem] | Unset):
        label_types (list[LabelsListLabelTypesItem] | Unset):  Example: ['BRAND', 'CUSTOM'].
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LabelsListResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_ids=campaign_ids,
        label_ids=label_ids,
        entity_statuses=entity_statuses,
        label_types=label_types,
        page_size=page_size,
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
    label_ids: list[str] | Unset = UNSET,
    entity_statuses: list[LabelsListEntityStatusesItem] | Unset = UNSET,
    label_types: list[LabelsListLabelTypesItem] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> LabelsListResponse200:
    """List labels

     <p>
      <a href="/docs/getting-started/using-beta-and-restricted-features/" target="blank"
    target="blank">Closed beta</a>
      This endpoint is not available to all users.
    </p>
    <p>
      See a list of labels for assets that your account owns, and filter the list by different criteria.
    </p>

    Args:
        ad_account_id (str):
        campaign_ids (list[str] | Unset):
        label_ids (list[str] | Unset):
        entity_statuses (list[LabelsListEntityStatusesItem] | Unset):
        label_types (list[LabelsListLabelTypesItem] | Unset):  Example: ['BRAND', 'CUSTOM'].
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LabelsListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_ids=campaign_ids,
            label_ids=label_ids,
            entity_statuses=entity_statuses,
            label_types=label_types,
            page_size=page_size,
            bookmark=bookmark,
        )
    )
