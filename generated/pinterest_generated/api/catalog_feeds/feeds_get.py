from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogs_creative_assets_feed import CatalogsCreativeAssetsFeed
from ...models.catalogs_hotel_feed import CatalogsHotelFeed
from ...models.catalogs_retail_feed import CatalogsRetailFeed
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
    feed_id: str,
    *,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/catalogs/feeds/{path_parameter(feed_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed:
            if data is None:
                return cast(
                    CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed,
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
                    _componentsschemas_catalogs_feed_type_2 = data
                    componentsschemas_catalogs_feed_type_2 = (
                        tolerate_null("/components/schemas/CatalogsFeed_type_2")
                        if _componentsschemas_catalogs_feed_type_2 is None
                        else CatalogsCreativeAssetsFeed.from_dict(
                            _componentsschemas_catalogs_feed_type_2
                        )
                    )

                    return componentsschemas_catalogs_feed_type_2
                if discriminator == "HOTEL":
                    _componentsschemas_catalogs_feed_type_1 = data
                    componentsschemas_catalogs_feed_type_1 = (
                        tolerate_null("/components/schemas/CatalogsFeed_type_1")
                        if _componentsschemas_catalogs_feed_type_1 is None
                        else CatalogsHotelFeed.from_dict(_componentsschemas_catalogs_feed_type_1)
                    )

                    return componentsschemas_catalogs_feed_type_1
                if discriminator == "RETAIL":
                    _componentsschemas_catalogs_feed_type_0 = data
                    componentsschemas_catalogs_feed_type_0 = (
                        tolerate_null("/components/schemas/CatalogsFeed_type_0")
                        if _componentsschemas_catalogs_feed_type_0 is None
                        else CatalogsRetailFeed.from_dict(_componentsschemas_catalogs_feed_type_0)
                    )

                    return componentsschemas_catalogs_feed_type_0
                tolerate_unknown_discriminator("catalog_type", discriminator)

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_feed_type_0 = data
                componentsschemas_catalogs_feed_type_0 = (
                    tolerate_null("/components/schemas/CatalogsFeed_type_0")
                    if _componentsschemas_catalogs_feed_type_0 is None
                    else CatalogsRetailFeed.from_dict(_componentsschemas_catalogs_feed_type_0)
                )

                return componentsschemas_catalogs_feed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_feed_type_1 = data
                componentsschemas_catalogs_feed_type_1 = (
                    tolerate_null("/components/schemas/CatalogsFeed_type_1")
                    if _componentsschemas_catalogs_feed_type_1 is None
                    else CatalogsHotelFeed.from_dict(_componentsschemas_catalogs_feed_type_1)
                )

                return componentsschemas_catalogs_feed_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_feed_type_2 = data
            componentsschemas_catalogs_feed_type_2 = (
                tolerate_null("/components/schemas/CatalogsFeed_type_2")
                if _componentsschemas_catalogs_feed_type_2 is None
                else CatalogsCreativeAssetsFeed.from_dict(_componentsschemas_catalogs_feed_type_2)
            )

            return componentsschemas_catalogs_feed_type_2

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
) -> Response[CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error | None
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
    response: Response[CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error],
) -> CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(
        CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed, response.parsed
    )


def sync_detailed(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Response[CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error]:
    """Get feed

     Get a single feed owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        feed_id=feed_id,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed:
    """Get feed

     Get a single feed owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed
    """

    return _success_body(
        sync_detailed(
            feed_id=feed_id,
            client=client,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Response[CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error]:
    """Get feed

     Get a single feed owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        feed_id=feed_id,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    feed_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed:
    """Get feed

     Get a single feed owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    For Retail partners, refer to <a href='https://help.pinterest.com/en/business/article/before-you-
    get-started-with-catalogs'>Before you get started with Catalogs</a>. For Hotel parterns, refer to <a
    href='/docs/api-features/shopping-overview/'>Pinterest API for shopping</a>.

    Args:
        feed_id (str):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsFeed | CatalogsHotelFeed | CatalogsRetailFeed
    """

    return _success_body(
        await asyncio_detailed(
            feed_id=feed_id,
            client=client,
            ad_account_id=ad_account_id,
        )
    )
