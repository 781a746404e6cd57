from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.business_partner_asset_access_get_asset_type import (
    BusinessPartnerAssetAccessGetAssetType,
)
from ...models.business_partner_asset_access_get_response_200 import (
    BusinessPartnerAssetAccessGetResponse200,
)
from ...models.error import Error
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
    partner_id: str,
    *,
    partner_type: PartnerType | Unset = UNSET,
    asset_type: BusinessPartnerAssetAccessGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_partner_type: str | Unset = UNSET
    if not isinstance(partner_type, Unset):
        json_partner_type = None if partner_type is None else partner_type.value

    params["partner_type"] = json_partner_type

    json_asset_type: str | Unset = UNSET
    if not isinstance(asset_type, Unset):
        json_asset_type = None if asset_type is None else asset_type.value

    params["asset_type"] = json_asset_type

    params["start_index"] = start_index

    params["page_size"] = page_size

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/businesses/{path_parameter(business_id)}/partners/{path_parameter(partner_id)}/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BusinessPartnerAssetAccessGetResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BusinessPartnerAssetAccessGetResponse200.from_dict(_response_200)
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
) -> Response[BusinessPartnerAssetAccessGetResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BusinessPartnerAssetAccessGetResponse200 | Error | None
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
    response: Response[BusinessPartnerAssetAccessGetResponse200 | Error],
) -> BusinessPartnerAssetAccessGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BusinessPartnerAssetAccessGetResponse200, response.parsed)


def sync_detailed(
    business_id: str,
    partner_id: str,
    *,
    client: AuthenticatedClient,
    partner_type: PartnerType | Unset = UNSET,
    asset_type: BusinessPartnerAssetAccessGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[BusinessPartnerAssetAccessGetResponse200 | Error]:
    """Get assets assigned to a partner or assets assigned by a partner

     Can be used to get the business assets your partner has granted you access to or the business assets
    you have
    granted your partner access to. If you specify:
    - partner_type=INTERNAL, you will retrieve your business assets that the partner has access to.
    - partner_type=EXTERNAL, you will retrieve the partner's business assets that the partner has
    granted you access to.

    Args:
        business_id (str):
        partner_id (str):
        partner_type (PartnerType | Unset):  Default: PartnerType.INTERNAL. Example: INTERNAL.
        asset_type (BusinessPartnerAssetAccessGetAssetType | Unset):  Default:
            BusinessPartnerAssetAccessGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessPartnerAssetAccessGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        partner_id=partner_id,
        partner_type=partner_type,
        asset_type=asset_type,
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
    partner_id: str,
    *,
    client: AuthenticatedClient,
    partner_type: PartnerType | Unset = UNSET,
    asset_type: BusinessPartnerAssetAccessGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> BusinessPartnerAssetAccessGetResponse200:
    """Get assets assigned to a partner or assets assigned by a partner

     Can be used to get the business assets your partner has granted you access to or the business assets
    you have
    granted your partner access to. If you specify:
    - partner_type=INTERNAL, you will retrieve your business assets that the partner has access to.
    - partner_type=EXTERNAL, you will retrieve the partner's business assets that the partner has
    granted you access to.

    Args:
        business_id (str):
        partner_id (str):
        partner_type (PartnerType | Unset):  Default: PartnerType.INTERNAL. Example: INTERNAL.
        asset_type (BusinessPartnerAssetAccessGetAssetType | Unset):  Default:
            BusinessPartnerAssetAccessGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessPartnerAssetAccessGetResponse200
    """

    return _success_body(
        sync_detailed(
            business_id=business_id,
            partner_id=partner_id,
            client=client,
            partner_type=partner_type,
            asset_type=asset_type,
            start_index=start_index,
            page_size=page_size,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    business_id: str,
    partner_id: str,
    *,
    client: AuthenticatedClient,
    partner_type: PartnerType | Unset = UNSET,
    asset_type: BusinessPartnerAssetAccessGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[BusinessPartnerAssetAccessGetResponse200 | Error]:
    """Get assets assigned to a partner or assets assigned by a partner

     Can be used to get the business assets your partner has granted you access to or the business assets
    you have
    granted your partner access to. If you specify:
    - partner_type=INTERNAL, you will retrieve your business assets that the partner has access to.
    - partner_type=EXTERNAL, you will retrieve the partner's business assets that the partner has
    granted you access to.

    Args:
        business_id (str):
        partner_id (str):
        partner_type (PartnerType | Unset):  Default: PartnerType.INTERNAL. Example: INTERNAL.
        asset_type (BusinessPartnerAssetAccessGetAssetType | Unset):  Default:
            BusinessPartnerAssetAccessGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BusinessPartnerAssetAccessGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        business_id=business_id,
        partner_id=partner_id,
        partner_type=partner_type,
        asset_type=asset_type,
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
    partner_id: str,
    *,
    client: AuthenticatedClient,
    partner_type: PartnerType | Unset = UNSET,
    asset_type: BusinessPartnerAssetAccessGetAssetType | Unset = UNSET,
    start_index: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> BusinessPartnerAssetAccessGetResponse200:
    """Get assets assigned to a partner or assets assigned by a partner

     Can be used to get the business assets your partner has granted you access to or the business assets
    you have
    granted your partner access to. If you specify:
    - partner_type=INTERNAL, you will retrieve your business assets that the partner has access to.
    - partner_type=EXTERNAL, you will retrieve the partner's business assets that the partner has
    granted you access to.

    Args:
        business_id (str):
        partner_id (str):
        partner_type (PartnerType | Unset):  Default: PartnerType.INTERNAL. Example: INTERNAL.
        asset_type (BusinessPartnerAssetAccessGetAssetType | Unset):  Default:
            BusinessPartnerAssetAccessGetAssetType.AD_ACCOUNT. Example: AD_ACCOUNT.
        start_index (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BusinessPartnerAssetAccessGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            business_id=business_id,
            partner_id=partner_id,
            client=client,
            partner_type=partner_type,
            asset_type=asset_type,
            start_index=start_index,
            page_size=page_size,
            bookmark=bookmark,
        )
    )
