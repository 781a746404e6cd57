from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_api_response import ConversionApiResponse
from ...models.conversion_events import ConversionEvents
from ...models.detailed_error import DetailedError
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
    body: ConversionEvents,
    test: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["test"] = test

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/events",
        "params": params,
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionApiResponse | DetailedError | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else ConversionApiResponse.from_dict(_response_200)
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

    if response.status_code == 422:
        _response_422 = response.json()
        response_422 = (
            tolerate_null("response_422")
            if _response_422 is None
            else DetailedError.from_dict(_response_422)
        )

        return response_422

    if response.status_code == 429:
        _response_429 = response.json()
        response_429 = (
            tolerate_null("response_429")
            if _response_429 is None
            else Error.from_dict(_response_429)
        )

        return response_429

    if response.status_code == 503:
        _response_503 = response.json()
        response_503 = (
            tolerate_null("response_503")
            if _response_503 is None
            else Error.from_dict(_response_503)
        )

        return response_503

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversionApiResponse | DetailedError | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: ConversionApiResponse | DetailedError | Error | None
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
    response: Response[ConversionApiResponse | DetailedError | Error],
) -> ConversionApiResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(ConversionApiResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversionEvents,
    test: bool | Unset = UNSET,
) -> Response[ConversionApiResponse | DetailedError | Error]:
    """Send conversions

     The Pinterest API offers advertisers a way to send Pinterest their conversion information (including
    web conversions, in-app conversions, or even offline conversions) based on their
    <code>ad_account_id</code>. The request body should be a JSON object.
    - This endpoint requires an <code>access_token</code> be generated through Ads Manager. Review the
    <a href="/docs/api-features/conversion-overview/">Conversions Guide</a> for more details. (Note that
    the authorization header required is <code>Authorization: Bearer &lt;access_token&gt;</code>).
    - The token's <code>user_account</code> must either be the Owner of the specified ad account, or
    have one of the necessary roles granted to them via <a
    href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Audience, Campaign. (Note that the token can be used
    across multiple ad accounts under an user ID.)
    - This endpoint has a rate limit of 5,000 calls per minute per ad account.
    - If the merchant is submitting this information using both Pinterest conversion tags and the
    Pinterest API, Pinterest will remove duplicate information before reporting. (Note that events that
    took place offline cannot be deduplicated.)

    Args:
        ad_account_id (str):
        test (bool | Unset):
        body (ConversionEvents): A list of events (one or more) encapsulated by a data object.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionApiResponse | DetailedError | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        body=body,
        test=test,
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
    body: ConversionEvents,
    test: bool | Unset = UNSET,
) -> ConversionApiResponse:
    """Send conversions

     The Pinterest API offers advertisers a way to send Pinterest their conversion information (including
    web conversions, in-app conversions, or even offline conversions) based on their
    <code>ad_account_id</code>. The request body should be a JSON object.
    - This endpoint requires an <code>access_token</code> be generated through Ads Manager. Review the
    <a href="/docs/api-features/conversion-overview/">Conversions Guide</a> for more details. (Note that
    the authorization header required is <code>Authorization: Bearer &lt;access_token&gt;</code>).
    - The token's <code>user_account</code> must either be the Owner of the specified ad account, or
    have one of the necessary roles granted to them via <a
    href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Audience, Campaign. (Note that the token can be used
    across multiple ad accounts under an user ID.)
    - This endpoint has a rate limit of 5,000 calls per minute per ad account.
    - If the merchant is submitting this information using both Pinterest conversion tags and the
    Pinterest API, Pinterest will remove duplicate information before reporting. (Note that events that
    took place offline cannot be deduplicated.)

    Args:
        ad_account_id (str):
        test (bool | Unset):
        body (ConversionEvents): A list of events (one or more) encapsulated by a data object.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionApiResponse
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
            test=test,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversionEvents,
    test: bool | Unset = UNSET,
) -> Response[ConversionApiResponse | DetailedError | Error]:
    """Send conversions

     The Pinterest API offers advertisers a way to send Pinterest their conversion information (including
    web conversions, in-app conversions, or even offline conversions) based on their
    <code>ad_account_id</code>. The request body should be a JSON object.
    - This endpoint requires an <code>access_token</code> be generated through Ads Manager. Review the
    <a href="/docs/api-features/conversion-overview/">Conversions Guide</a> for more details. (Note that
    the authorization header required is <code>Authorization: Bearer &lt;access_token&gt;</code>).
    - The token's <code>user_account</code> must either be the Owner of the specified ad account, or
    have one of the necessary roles granted to them via <a
    href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Audience, Campaign. (Note that the token can be used
    across multiple ad accounts under an user ID.)
    - This endpoint has a rate limit of 5,000 calls per minute per ad account.
    - If the merchant is submitting this information using both Pinterest conversion tags and the
    Pinterest API, Pinterest will remove duplicate information before reporting. (Note that events that
    took place offline cannot be deduplicated.)

    Args:
        ad_account_id (str):
        test (bool | Unset):
        body (ConversionEvents): A list of events (one or more) encapsulated by a data object.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionApiResponse | DetailedError | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        body=body,
        test=test,
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
    body: ConversionEvents,
    test: bool | Unset = UNSET,
) -> ConversionApiResponse:
    """Send conversions

     The Pinterest API offers advertisers a way to send Pinterest their conversion information (including
    web conversions, in-app conversions, or even offline conversions) based on their
    <code>ad_account_id</code>. The request body should be a JSON object.
    - This endpoint requires an <code>access_token</code> be generated through Ads Manager. Review the
    <a href="/docs/api-features/conversion-overview/">Conversions Guide</a> for more details. (Note that
    the authorization header required is <code>Authorization: Bearer &lt;access_token&gt;</code>).
    - The token's <code>user_account</code> must either be the Owner of the specified ad account, or
    have one of the necessary roles granted to them via <a
    href="https://help.pinterest.com/en/business/article/share-and-manage-access-to-your-ad-
    accounts">Business Access</a>: Admin, Analyst, Audience, Campaign. (Note that the token can be used
    across multiple ad accounts under an user ID.)
    - This endpoint has a rate limit of 5,000 calls per minute per ad account.
    - If the merchant is submitting this information using both Pinterest conversion tags and the
    Pinterest API, Pinterest will remove duplicate information before reporting. (Note that events that
    took place offline cannot be deduplicated.)

    Args:
        ad_account_id (str):
        test (bool | Unset):
        body (ConversionEvents): A list of events (one or more) encapsulated by a data object.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionApiResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
            test=test,
        )
    )
