from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogs_creative_assets_available_filter_values import (
    CatalogsCreativeAssetsAvailableFilterValues,
)
from ...models.catalogs_hotel_available_filter_values import CatalogsHotelAvailableFilterValues
from ...models.catalogs_locale import CatalogsLocale
from ...models.catalogs_retail_available_filter_values import CatalogsRetailAvailableFilterValues
from ...models.country import Country
from ...models.error import Error
from ...types import (
    UNSET,
    Response,
    Unset,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unknown_discriminator,
    tolerate_unparseable_body,
)


def _get_kwargs(
    *,
    catalog_id: str,
    feed_id: str | Unset = UNSET,
    country: Country | Unset = UNSET,
    language: CatalogsLocale | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["catalog_id"] = catalog_id

    params["feed_id"] = feed_id

    json_country: str | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = None if country is None else country.value

    params["country"] = json_country

    json_language: str | Unset = UNSET
    if not isinstance(language, Unset):
        json_language = None if language is None else language.value

    params["language"] = json_language

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/catalogs/available_filter_values",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CatalogsCreativeAssetsAvailableFilterValues
    | CatalogsHotelAvailableFilterValues
    | CatalogsRetailAvailableFilterValues
    | Error
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CatalogsCreativeAssetsAvailableFilterValues
            | CatalogsHotelAvailableFilterValues
            | CatalogsRetailAvailableFilterValues
        ):
            if data is None:
                return cast(
                    CatalogsCreativeAssetsAvailableFilterValues
                    | CatalogsHotelAvailableFilterValues
                    | CatalogsRetailAvailableFilterValues,
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
                    _componentsschemas_catalogs_available_filter_values_type_2 = data
                    componentsschemas_catalogs_available_filter_values_type_2 = (
                        tolerate_null("/components/schemas/CatalogsAvailableFilterValues_type_2")
                        if _componentsschemas_catalogs_available_filter_values_type_2 is None
                        else CatalogsCreativeAssetsAvailableFilterValues.from_dict(
                            _componentsschemas_catalogs_available_filter_values_type_2
                        )
                    )

                    return componentsschemas_catalogs_available_filter_values_type_2
                if discriminator == "HOTEL":
                    _componentsschemas_catalogs_available_filter_values_type_1 = data
                    componentsschemas_catalogs_available_filter_values_type_1 = (
                        tolerate_null("/components/schemas/CatalogsAvailableFilterValues_type_1")
                        if _componentsschemas_catalogs_available_filter_values_type_1 is None
                        else CatalogsHotelAvailableFilterValues.from_dict(
                            _componentsschemas_catalogs_available_filter_values_type_1
                        )
                    )

                    return componentsschemas_catalogs_available_filter_values_type_1
                if discriminator == "RETAIL":
                    _componentsschemas_catalogs_available_filter_values_type_0 = data
                    componentsschemas_catalogs_available_filter_values_type_0 = (
                        tolerate_null("/components/schemas/CatalogsAvailableFilterValues_type_0")
                        if _componentsschemas_catalogs_available_filter_values_type_0 is None
                        else CatalogsRetailAvailableFilterValues.from_dict(
                            _componentsschemas_catalogs_available_filter_values_type_0
                        )
                    )

                    return componentsschemas_catalogs_available_filter_values_type_0
                tolerate_unknown_discriminator("catalog_type", discriminator)

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_available_filter_values_type_0 = data
                componentsschemas_catalogs_available_filter_values_type_0 = (
                    tolerate_null("/components/schemas/CatalogsAvailableFilterValues_type_0")
                    if _componentsschemas_catalogs_available_filter_values_type_0 is None
                    else CatalogsRetailAvailableFilterValues.from_dict(
                        _componentsschemas_catalogs_available_filter_values_type_0
                    )
                )

                return componentsschemas_catalogs_available_filter_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_available_filter_values_type_1 = data
                componentsschemas_catalogs_available_filter_values_type_1 = (
                    tolerate_null("/components/schemas/CatalogsAvailableFilterValues_type_1")
                    if _componentsschemas_catalogs_available_filter_values_type_1 is None
                    else CatalogsHotelAvailableFilterValues.from_dict(
                        _componentsschemas_catalogs_available_filter_values_type_1
                    )
                )

                return componentsschemas_catalogs_available_filter_values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_available_filter_values_type_2 = data
            componentsschemas_catalogs_available_filter_values_type_2 = (
                tolerate_null("/components/schemas/CatalogsAvailableFilterValues_type_2")
                if _componentsschemas_catalogs_available_filter_values_type_2 is None
                else CatalogsCreativeAssetsAvailableFilterValues.from_dict(
                    _componentsschemas_catalogs_available_filter_values_type_2
                )
            )

            return componentsschemas_catalogs_available_filter_values_type_2

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
    CatalogsCreativeAssetsAvailableFilterValues
    | CatalogsHotelAvailableFilterValues
    | CatalogsRetailAvailableFilterValues
    | Error
]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: (
        CatalogsCreativeAssetsAvailableFilterValues
        | CatalogsHotelAvailableFilterValues
        | CatalogsRetailAvailableFilterValues
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
        CatalogsCreativeAssetsAvailableFilterValues
        | CatalogsHotelAvailableFilterValues
        | CatalogsRetailAvailableFilterValues
        | Error
    ],
) -> (
    CatalogsCreativeAssetsAvailableFilterValues
    | CatalogsHotelAvailableFilterValues
    | CatalogsRetailAvailableFilterValues
):
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(
        CatalogsCreativeAssetsAvailableFilterValues
        | CatalogsHotelAvailableFilterValues
        | CatalogsRetailAvailableFilterValues,
        response.parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    catalog_id: str,
    feed_id: str | Unset = UNSET,
    country: Country | Unset = UNSET,
    language: CatalogsLocale | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[
    CatalogsCreativeAssetsAvailableFilterValues
    | CatalogsHotelAvailableFilterValues
    | CatalogsRetailAvailableFilterValues
    | Error
]:
    """List available filter values

     Get the available filter attributes and values associated with a given feed or catalog owned by the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    - <code>country</code>, <code>language</code>, and <code>feed_id</code> are only used in retail
    catalogs.
    - Note: It is not guaranteed that all available filter values will be returned. Instead this
    endpoint will return values from a sample of up to 1000 items.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        catalog_id (str):
        feed_id (str | Unset):
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        language (CatalogsLocale | Unset):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsAvailableFilterValues | CatalogsHotelAvailableFilterValues | CatalogsRetailAvailableFilterValues | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        feed_id=feed_id,
        country=country,
        language=language,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    catalog_id: str,
    feed_id: str | Unset = UNSET,
    country: Country | Unset = UNSET,
    language: CatalogsLocale | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> (
    CatalogsCreativeAssetsAvailableFilterValues
    | CatalogsHotelAvailableFilterValues
    | CatalogsRetailAvailableFilterValues
):
    """List available filter values

     Get the available filter attributes and values associated with a given feed or catalog owned by the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    - <code>country</code>, <code>language</code>, and <code>feed_id</code> are only used in retail
    catalogs.
    - Note: It is not guaranteed that all available filter values will be returned. Instead this
    endpoint will return values from a sample of up to 1000 items.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        catalog_id (str):
        feed_id (str | Unset):
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        language (CatalogsLocale | Unset):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsAvailableFilterValues | CatalogsHotelAvailableFilterValues | CatalogsRetailAvailableFilterValues
    """

    return _success_body(
        sync_detailed(
            client=client,
            catalog_id=catalog_id,
            feed_id=feed_id,
            country=country,
            language=language,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    catalog_id: str,
    feed_id: str | Unset = UNSET,
    country: Country | Unset = UNSET,
    language: CatalogsLocale | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[
    CatalogsCreativeAssetsAvailableFilterValues
    | CatalogsHotelAvailableFilterValues
    | CatalogsRetailAvailableFilterValues
    | Error
]:
    """List available filter values

     Get the available filter attributes and values associated with a given feed or catalog owned by the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    - <code>country</code>, <code>language</code>, and <code>feed_id</code> are only used in retail
    catalogs.
    - Note: It is not guaranteed that all available filter values will be returned. Instead this
    endpoint will return values from a sample of up to 1000 items.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        catalog_id (str):
        feed_id (str | Unset):
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        language (CatalogsLocale | Unset):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsAvailableFilterValues | CatalogsHotelAvailableFilterValues | CatalogsRetailAvailableFilterValues | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        catalog_id=catalog_id,
        feed_id=feed_id,
        country=country,
        language=language,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    catalog_id: str,
    feed_id: str | Unset = UNSET,
    country: Country | Unset = UNSET,
    language: CatalogsLocale | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> (
    CatalogsCreativeAssetsAvailableFilterValues
    | CatalogsHotelAvailableFilterValues
    | CatalogsRetailAvailableFilterValues
):
    """List available filter values

     Get the available filter attributes and values associated with a given feed or catalog owned by the
    "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    - <code>country</code>, <code>language</code>, and <code>feed_id</code> are only used in retail
    catalogs.
    - Note: It is not guaranteed that all available filter values will be returned. Instead this
    endpoint will return values from a sample of up to 1000 items.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    <a href='/docs/api-features/shopping-overview/'>Learn more</a>

    Args:
        catalog_id (str):
        feed_id (str | Unset):
        country (Country | Unset): Country ID from ISO 3166-1 alpha-2.
        language (CatalogsLocale | Unset):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsAvailableFilterValues | CatalogsHotelAvailableFilterValues | CatalogsRetailAvailableFilterValues
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            catalog_id=catalog_id,
            feed_id=feed_id,
            country=country,
            language=language,
            ad_account_id=ad_account_id,
        )
    )
