from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogs_creative_assets_product_group import CatalogsCreativeAssetsProductGroup
from ...models.catalogs_creative_assets_product_group_update_request import (
    CatalogsCreativeAssetsProductGroupUpdateRequest,
)
from ...models.catalogs_hotel_product_group import CatalogsHotelProductGroup
from ...models.catalogs_hotel_product_group_update_request import (
    CatalogsHotelProductGroupUpdateRequest,
)
from ...models.catalogs_product_group_update_request import CatalogsProductGroupUpdateRequest
from ...models.catalogs_retail_product_group import CatalogsRetailProductGroup
from ...models.catalogs_retail_product_group_update_request import (
    CatalogsRetailProductGroupUpdateRequest,
)
from ...models.error import Error
from ...types import (
    UNSET,
    Response,
    Unset,
    is_strict_parsing,
    path_parameter,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_discriminator,
    tolerate_unparseable_body,
)


def _get_kwargs(
    product_group_id: str,
    *,
    body: CatalogsCreativeAssetsProductGroupUpdateRequest
    | CatalogsHotelProductGroupUpdateRequest
    | CatalogsProductGroupUpdateRequest
    | CatalogsRetailProductGroupUpdateRequest,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": f"/catalogs/product_groups/{path_parameter(product_group_id)}",
        "params": params,
    }

    if (
        isinstance(body, CatalogsProductGroupUpdateRequest)
        or isinstance(body, CatalogsRetailProductGroupUpdateRequest)
        or isinstance(body, CatalogsHotelProductGroupUpdateRequest)
    ):
        _kwargs["json"] = None if body is None else body.to_dict()
    else:
        _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CatalogsCreativeAssetsProductGroup
    | CatalogsHotelProductGroup
    | CatalogsRetailProductGroup
    | Error
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CatalogsCreativeAssetsProductGroup
            | CatalogsHotelProductGroup
            | CatalogsRetailProductGroup
        ):
            if data is None:
                return cast(
                    CatalogsCreativeAssetsProductGroup
                    | CatalogsHotelProductGroup
                    | CatalogsRetailProductGroup,
                    tolerate_null("response_200"),
                )
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_response_200(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
            if isinstance(data, dict):
                discriminator = data.get("catalog_type")
                if discriminator == "CREATIVE_ASSETS":
                    _componentsschemas_catalogs_vertical_product_group_type_2 = data
                    componentsschemas_catalogs_vertical_product_group_type_2 = (
                        tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_2")
                        if _componentsschemas_catalogs_vertical_product_group_type_2 is None
                        else CatalogsCreativeAssetsProductGroup.from_dict(
                            _componentsschemas_catalogs_vertical_product_group_type_2
                        )
                    )

                    return componentsschemas_catalogs_vertical_product_group_type_2
                if discriminator == "HOTEL":
                    _componentsschemas_catalogs_vertical_product_group_type_1 = data
                    componentsschemas_catalogs_vertical_product_group_type_1 = (
                        tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_1")
                        if _componentsschemas_catalogs_vertical_product_group_type_1 is None
                        else CatalogsHotelProductGroup.from_dict(
                            _componentsschemas_catalogs_vertical_product_group_type_1
                        )
                    )

                    return componentsschemas_catalogs_vertical_product_group_type_1
                if discriminator == "RETAIL":
                    _componentsschemas_catalogs_vertical_product_group_type_0 = data
                    componentsschemas_catalogs_vertical_product_group_type_0 = (
                        tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_0")
                        if _componentsschemas_catalogs_vertical_product_group_type_0 is None
                        else CatalogsRetailProductGroup.from_dict(
                            _componentsschemas_catalogs_vertical_product_group_type_0
                        )
                    )

                    return componentsschemas_catalogs_vertical_product_group_type_0
                tolerate_unknown_discriminator("catalog_type", discriminator)

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_vertical_product_group_type_0 = data
                componentsschemas_catalogs_vertical_product_group_type_0 = (
                    tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_0")
                    if _componentsschemas_catalogs_vertical_product_group_type_0 is None
                    else CatalogsRetailProductGroup.from_dict(
                        _componentsschemas_catalogs_vertical_product_group_type_0
                    )
                )

                return componentsschemas_catalogs_vertical_product_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_vertical_product_group_type_1 = data
                componentsschemas_catalogs_vertical_product_group_type_1 = (
                    tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_1")
                    if _componentsschemas_catalogs_vertical_product_group_type_1 is None
                    else CatalogsHotelProductGroup.from_dict(
                        _componentsschemas_catalogs_vertical_product_group_type_1
                    )
                )

                return componentsschemas_catalogs_vertical_product_group_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_vertical_product_group_type_2 = data
            componentsschemas_catalogs_vertical_product_group_type_2 = (
                tolerate_null("/components/schemas/CatalogsVerticalProductGroup_type_2")
                if _componentsschemas_catalogs_vertical_product_group_type_2 is None
                else CatalogsCreativeAssetsProductGroup.from_dict(
                    _componentsschemas_catalogs_vertical_product_group_type_2
                )
            )

            return componentsschemas_catalogs_vertical_product_group_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else Error.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 401:
        _response_401 = response.json()
        response_401 = (
            tolerate_null("response_401")
            if _response_401 is None
            else Error.from_dict(_response_401)
        )

        return response_401

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

    if response.status_code == 409:
        _response_409 = response.json()
        response_409 = (
            tolerate_null("response_409")
            if _response_409 is None
            else Error.from_dict(_response_409)
        )

        return response_409

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CatalogsCreativeAssetsProductGroup
    | CatalogsHotelProductGroup
    | CatalogsRetailProductGroup
    | Error
]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: (
        CatalogsCreativeAssetsProductGroup
        | CatalogsHotelProductGroup
        | CatalogsRetailProductGroup
        | Error
        | None
    )
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
    response: Response[
        CatalogsCreativeAssetsProductGroup
        | CatalogsHotelProductGroup
        | CatalogsRetailProductGroup
        | Error
    ],
) -> CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(
        CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup,
        response.parsed,
    )


def sync_detailed(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsProductGroupUpdateRequest
    | CatalogsHotelProductGroupUpdateRequest
    | CatalogsProductGroupUpdateRequest
    | CatalogsRetailProductGroupUpdateRequest,
    ad_account_id: str | Unset = UNSET,
) -> Response[
    CatalogsCreativeAssetsProductGroup
    | CatalogsHotelProductGroup
    | CatalogsRetailProductGroup
    | Error
]:
    """Update single product group

     Update product group owned by the "operation user_account" to use in Catalogs.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.
    "Catalog-based product groups" can include items from all data sources (feeds and API) and are
    available to both non-retail catalogs with any data sources and retail catalogs with API-created
    items. If your catalog only contains retail items created via feeds, you should use the "retail
    feed-based" option.
    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
    If you require access, please reach out to your partner manager.

    Args:
        product_group_id (str):
        ad_account_id (str | Unset):
        body (CatalogsCreativeAssetsProductGroupUpdateRequest |
            CatalogsHotelProductGroupUpdateRequest | CatalogsProductGroupUpdateRequest |
            CatalogsRetailProductGroupUpdateRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        product_group_id=product_group_id,
        body=body,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsProductGroupUpdateRequest
    | CatalogsHotelProductGroupUpdateRequest
    | CatalogsProductGroupUpdateRequest
    | CatalogsRetailProductGroupUpdateRequest,
    ad_account_id: str | Unset = UNSET,
) -> CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup:
    """Update single product group

     Update product group owned by the "operation user_account" to use in Catalogs.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.
    "Catalog-based product groups" can include items from all data sources (feeds and API) and are
    available to both non-retail catalogs with any data sources and retail catalogs with API-created
    items. If your catalog only contains retail items created via feeds, you should use the "retail
    feed-based" option.
    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
    If you require access, please reach out to your partner manager.

    Args:
        product_group_id (str):
        ad_account_id (str | Unset):
        body (CatalogsCreativeAssetsProductGroupUpdateRequest |
            CatalogsHotelProductGroupUpdateRequest | CatalogsProductGroupUpdateRequest |
            CatalogsRetailProductGroupUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup
    """

    return _success_body(
        sync_detailed(
            product_group_id=product_group_id,
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsProductGroupUpdateRequest
    | CatalogsHotelProductGroupUpdateRequest
    | CatalogsProductGroupUpdateRequest
    | CatalogsRetailProductGroupUpdateRequest,
    ad_account_id: str | Unset = UNSET,
) -> Response[
    CatalogsCreativeAssetsProductGroup
    | CatalogsHotelProductGroup
    | CatalogsRetailProductGroup
    | Error
]:
    """Update single product group

     Update product group owned by the "operation user_account" to use in Catalogs.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.
    "Catalog-based product groups" can include items from all data sources (feeds and API) and are
    available to both non-retail catalogs with any data sources and retail catalogs with API-created
    items. If your catalog only contains retail items created via feeds, you should use the "retail
    feed-based" option.
    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
    If you require access, please reach out to your partner manager.

    Args:
        product_group_id (str):
        ad_account_id (str | Unset):
        body (CatalogsCreativeAssetsProductGroupUpdateRequest |
            CatalogsHotelProductGroupUpdateRequest | CatalogsProductGroupUpdateRequest |
            CatalogsRetailProductGroupUpdateRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        product_group_id=product_group_id,
        body=body,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    product_group_id: str,
    *,
    client: AuthenticatedClient,
    body: CatalogsCreativeAssetsProductGroupUpdateRequest
    | CatalogsHotelProductGroupUpdateRequest
    | CatalogsProductGroupUpdateRequest
    | CatalogsRetailProductGroupUpdateRequest,
    ad_account_id: str | Unset = UNSET,
) -> CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup:
    """Update single product group

     Update product group owned by the "operation user_account" to use in Catalogs.
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.
    "Catalog-based product groups" can include items from all data sources (feeds and API) and are
    available to both non-retail catalogs with any data sources and retail catalogs with API-created
    items. If your catalog only contains retail items created via feeds, you should use the "retail
    feed-based" option.
    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Note: Access to the Creative Assets catalog type is restricted to a specific group of users.
    If you require access, please reach out to your partner manager.

    Args:
        product_group_id (str):
        ad_account_id (str | Unset):
        body (CatalogsCreativeAssetsProductGroupUpdateRequest |
            CatalogsHotelProductGroupUpdateRequest | CatalogsProductGroupUpdateRequest |
            CatalogsRetailProductGroupUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsProductGroup | CatalogsHotelProductGroup | CatalogsRetailProductGroup
    """

    return _success_body(
        await asyncio_detailed(
            product_group_id=product_group_id,
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )
