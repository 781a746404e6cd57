from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.catalogs_creative_assets_items_batch import CatalogsCreativeAssetsItemsBatch
from ...models.catalogs_hotel_items_batch import CatalogsHotelItemsBatch
from ...models.catalogs_retail_items_batch import CatalogsRetailItemsBatch
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
    batch_id: str,
    *,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/catalogs/items/batch/{path_parameter(batch_id)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CatalogsCreativeAssetsItemsBatch
    | CatalogsHotelItemsBatch
    | CatalogsRetailItemsBatch
    | Error
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch:
            if data is None:
                return cast(
                    CatalogsCreativeAssetsItemsBatch
                    | CatalogsHotelItemsBatch
                    | CatalogsRetailItemsBatch,
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
                    _componentsschemas_catalogs_items_batch_type_2 = data
                    componentsschemas_catalogs_items_batch_type_2 = (
                        tolerate_null("/components/schemas/CatalogsItemsBatch_type_2")
                        if _componentsschemas_catalogs_items_batch_type_2 is None
                        else CatalogsCreativeAssetsItemsBatch.from_dict(
                            _componentsschemas_catalogs_items_batch_type_2
                        )
                    )

                    return componentsschemas_catalogs_items_batch_type_2
                if discriminator == "HOTEL":
                    _componentsschemas_catalogs_items_batch_type_1 = data
                    componentsschemas_catalogs_items_batch_type_1 = (
                        tolerate_null("/components/schemas/CatalogsItemsBatch_type_1")
                        if _componentsschemas_catalogs_items_batch_type_1 is None
                        else CatalogsHotelItemsBatch.from_dict(
                            _componentsschemas_catalogs_items_batch_type_1
                        )
                    )

                    return componentsschemas_catalogs_items_batch_type_1
                if discriminator == "RETAIL":
                    _componentsschemas_catalogs_items_batch_type_0 = data
                    componentsschemas_catalogs_items_batch_type_0 = (
                        tolerate_null("/components/schemas/CatalogsItemsBatch_type_0")
                        if _componentsschemas_catalogs_items_batch_type_0 is None
                        else CatalogsRetailItemsBatch.from_dict(
                            _componentsschemas_catalogs_items_batch_type_0
                        )
                    )

                    return componentsschemas_catalogs_items_batch_type_0
                tolerate_unknown_discriminator("catalog_type", discriminator)

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_items_batch_type_0 = data
                componentsschemas_catalogs_items_batch_type_0 = (
                    tolerate_null("/components/schemas/CatalogsItemsBatch_type_0")
                    if _componentsschemas_catalogs_items_batch_type_0 is None
                    else CatalogsRetailItemsBatch.from_dict(
                        _componentsschemas_catalogs_items_batch_type_0
                    )
                )

                return componentsschemas_catalogs_items_batch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _componentsschemas_catalogs_items_batch_type_1 = data
                componentsschemas_catalogs_items_batch_type_1 = (
                    tolerate_null("/components/schemas/CatalogsItemsBatch_type_1")
                    if _componentsschemas_catalogs_items_batch_type_1 is None
                    else CatalogsHotelItemsBatch.from_dict(
                        _componentsschemas_catalogs_items_batch_type_1
                    )
                )

                return componentsschemas_catalogs_items_batch_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _componentsschemas_catalogs_items_batch_type_2 = data
            componentsschemas_catalogs_items_batch_type_2 = (
                tolerate_null("/components/schemas/CatalogsItemsBatch_type_2")
                if _componentsschemas_catalogs_items_batch_type_2 is None
                else CatalogsCreativeAssetsItemsBatch.from_dict(
                    _componentsschemas_catalogs_items_batch_type_2
                )
            )

            return componentsschemas_catalogs_items_batch_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

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

    if response.status_code == 405:
        _response_405 = response.json()
        response_405 = (
            tolerate_null("response_405")
            if _response_405 is None
            else Error.from_dict(_response_405)
        )

        return response_405

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
    CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch | Error
]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: (
        CatalogsCreativeAssetsItemsBatch
        | CatalogsHotelItemsBatch
        | CatalogsRetailItemsBatch
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
        CatalogsCreativeAssetsItemsBatch
        | CatalogsHotelItemsBatch
        | CatalogsRetailItemsBatch
        | Error
    ],
) -> CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(
        CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch,
        response.parsed,
    )


def sync_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Response[
    CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch | Error
]:
    """Get item batch status

     Get a single catalogs items batch owned by the "operating user_account". <a href="/docs/api-
    features/shopping-overview/#Update%20items%20in%20batch" target="_blank">See detailed documentation
    here.</a>
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Args:
        batch_id (str):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch:
    """Get item batch status

     Get a single catalogs items batch owned by the "operating user_account". <a href="/docs/api-
    features/shopping-overview/#Update%20items%20in%20batch" target="_blank">See detailed documentation
    here.</a>
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Args:
        batch_id (str):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch
    """

    return _success_body(
        sync_detailed(
            batch_id=batch_id,
            client=client,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> Response[
    CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch | Error
]:
    """Get item batch status

     Get a single catalogs items batch owned by the "operating user_account". <a href="/docs/api-
    features/shopping-overview/#Update%20items%20in%20batch" target="_blank">See detailed documentation
    here.</a>
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Args:
        batch_id (str):
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        batch_id=batch_id,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    batch_id: str,
    *,
    client: AuthenticatedClient,
    ad_account_id: str | Unset = UNSET,
) -> CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch:
    """Get item batch status

     Get a single catalogs items batch owned by the "operating user_account". <a href="/docs/api-
    features/shopping-overview/#Update%20items%20in%20batch" target="_blank">See detailed documentation
    here.</a>
    - By default, the "operation user_account" is the token user_account.

    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account: Owner, Admin, Catalogs
    Manager.

    Args:
        batch_id (str):
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CatalogsCreativeAssetsItemsBatch | CatalogsHotelItemsBatch | CatalogsRetailItemsBatch
    """

    return _success_body(
        await asyncio_detailed(
            batch_id=batch_id,
            client=client,
            ad_account_id=ad_account_id,
        )
    )
