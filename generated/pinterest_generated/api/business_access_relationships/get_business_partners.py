from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_business_partners_response_200 import GetBusinessPartnersResponse200
from ...models.partner_type import PartnerType
from ...types import (
    UNSET,
    Response,
    Unset,
    path_parameter,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    business_id: str,
    *,
    assets_summary: bool | Unset = UNSET,
    partner_type: PartnerType | Unset = UNSET,
    partner_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["assets_summary"] = assets_summary

    json_partner_type: str | Unset = UNSET
    if not isinstance(partner_type, Unset):
        json_partner_type = None if partner_type is None else partner_type.value

    params["partner_type"] = json_partner_type

    params["partner_ids"] = partner_ids

    params["start_index"] = start_index

    params["page_size"] = page_size

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/businesses/{path_parameter(business_id)}/partners",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetBusinessPartnersResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else GetBusinessPartnersResponse200.from_dict(_response_200)
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
) -> Response[Error | GetBusinessPartnersResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | GetBusinessPartnersResponse200 | None
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
    response: Response[Error | GetBusinessPartnersResponse200],
) -> GetBusinessPartnersResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(GetBusinessPartnersResponse200, response.parsed)


def sync_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    assets_summary: bool | Unset = UNSET,
    partner_type: PartnerType | Unset = UNSET,
    partner_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | GetBusinessPartnersResponse200]:
    """Get business partners

     Get all partners of the specified business.

    If the assets_summary=TRUE and:
    - partner_type=INTERNAL, the business assets returned are your business assets the partner has
    access to.
    - partner_type=EXTERNAL, the business assets returned are your partner's business assets the partner
    has granted you
      access to.

    Args:
        business_id (str):
        assets_summary (bool | Unset):  Default: False.
        partner_type (PartnerType | Unset):  Example: INTERNAL.
        partner_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetBusinessPartnersResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        assets_summary=assets_summary,
        partner_type=partner_type,
        partner_ids=partner_ids,
        start_index=start_index,
        page_size=page_size,
        bookmark=bookmark,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    business_id: str,
    *,
    client: AuthenticatedClient,
    assets_summary: bool | Unset = UNSET,
    partner_type: PartnerType | Unset = UNSET,
    partner_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> GetBusinessPartnersResponse200:
    """Get business partners

     Get all partners of the specified business.

    If the assets_summary=TRUE and:
    - partner_type=INTERNAL, the business assets returned are your business assets the partner has
    access to.
    - partner_type=EXTERNAL, the business assets returned are your partner's business assets the partner
    has granted you
      access to.

    Args:
        business_id (str):
        assets_summary (bool | Unset):  Default: False.
        partner_type (PartnerType | Unset):  Example: INTERNAL.
        partner_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBusinessPartnersResponse200
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            client=client,
            assets_summary=assets_summary,
            partner_type=partner_type,
            partner_ids=partner_ids,
            start_index=start_index,
            page_size=page_size,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    business_id: str,
    *,
    client: AuthenticatedClient,
    assets_summary: bool | Unset = UNSET,
    partner_type: PartnerType | Unset = UNSET,
    partner_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | GetBusinessPartnersResponse200]:
    """Get business partners

     Get all partners of the specified business.

    If the assets_summary=TRUE and:
    - partner_type=INTERNAL, the business assets returned are your business assets the partner has
    access to.
    - partner_type=EXTERNAL, the business assets returned are your partner's business assets the partner
    has granted you
      access to.

    Args:
        business_id (str):
        assets_summary (bool | Unset):  Default: False.
        partner_type (PartnerType | Unset):  Example: INTERNAL.
        partner_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetBusinessPartnersResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        assets_summary=assets_summary,
        partner_type=partner_type,
        partner_ids=partner_ids,
        start_index=start_index,
        page_size=page_size,
        bookmark=bookmark,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    business_id: str,
    *,
    client: AuthenticatedClient,
    assets_summary: bool | Unset = UNSET,
    partner_type: PartnerType | Unset = UNSET,
    partner_ids: str | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> GetBusinessPartnersResponse200:
    """Get business partners

     Get all partners of the specified business.

    If the assets_summary=TRUE and:
    - partner_type=INTERNAL, the business assets returned are your business assets the partner has
    access to.
    - partner_type=EXTERNAL, the business assets returned are your partner's business assets the partner
    has granted you
      access to.

    Args:
        business_id (str):
        assets_summary (bool | Unset):  Default: False.
        partner_type (PartnerType | Unset):  Example: INTERNAL.
        partner_ids (str | Unset):
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetBusinessPartnersResponse200
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            client=client,
            assets_summary=assets_summary,
            partner_type=partner_type,
            partner_ids=partner_ids,
            start_index=start_index,
            page_size=page_size,
            bookmark=bookmark,
        )
    )
