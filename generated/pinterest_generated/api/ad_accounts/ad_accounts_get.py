from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ad_account import AdAccount
from ...models.pinterest_lib_error import PinterestLibError
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdAccount | PinterestLibError | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else AdAccount.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else PinterestLibError.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 401:
        _response_401 = response.json()
        response_401 = (
            tolerate_null("response_401")
            if _response_401 is None
            else PinterestLibError.from_dict(_response_401)
        )

        return response_401

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else PinterestLibError.from_dict(_response_403)
        )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else PinterestLibError.from_dict(_response_404)
        )

        return response_404

    if response.status_code == 429:
        _response_429 = response.json()
        response_429 = (
            tolerate_null("response_429")
            if _response_429 is None
            else PinterestLibError.from_dict(_response_429)
        )

        return response_429

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else PinterestLibError.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdAccount | PinterestLibError]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: AdAccount | PinterestLibError | None
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


def _success_body(response: Response[AdAccount | PinterestLibError]) -> AdAccount:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(AdAccount, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AdAccount | PinterestLibError]:
    """Get ad account

     Get an ad account

    Args:
        ad_account_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdAccount | PinterestLibError]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
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
) -> AdAccount:
    """Get ad account

     Get an ad account

    Args:
        ad_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdAccount
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AdAccount | PinterestLibError]:
    """Get ad account

     Get an ad account

    Args:
        ad_account_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdAccount | PinterestLibError]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
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
) -> AdAccount:
    """Get ad account

     Get an ad account

    Args:
        ad_account_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdAccount
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
        )
    )
