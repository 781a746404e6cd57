from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_msot_events import ConversionMSOTEvents
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: ConversionMSOTEvents,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/msot/events",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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

    if response.status_code == 429:
        _response_429 = response.json()
        response_429 = (
            tolerate_null("response_429")
            if _response_429 is None
            else Error.from_dict(_response_429)
        )

        return response_429

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Any | Error | None
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


def _success_body(response: Response[Any | Error]) -> Any:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    return cast(Any, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversionMSOTEvents,
) -> Response[Any | Error]:
    """Send Measurement Source Of Truth (MSOT) attributed conversion events

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>
    <br>
    <p>Advertisers or their measurement partners can send attributed MSOT conversion events to Pinterest
    based on their <code>ad_account_id</code>. The request body should be a JSON object.</p>
    - These events will NOT be used in Reporting.

    Args:
        ad_account_id (str):
        body (ConversionMSOTEvents): Object containing the MSOT conversion events.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        body=body,
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
    body: ConversionMSOTEvents,
) -> Any:
    """Send Measurement Source Of Truth (MSOT) attributed conversion events

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>
    <br>
    <p>Advertisers or their measurement partners can send attributed MSOT conversion events to Pinterest
    based on their <code>ad_account_id</code>. The request body should be a JSON object.</p>
    - These events will NOT be used in Reporting.

    Args:
        ad_account_id (str):
        body (ConversionMSOTEvents): Object containing the MSOT conversion events.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversionMSOTEvents,
) -> Response[Any | Error]:
    """Send Measurement Source Of Truth (MSOT) attributed conversion events

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>
    <br>
    <p>Advertisers or their measurement partners can send attributed MSOT conversion events to Pinterest
    based on their <code>ad_account_id</code>. The request body should be a JSON object.</p>
    - These events will NOT be used in Reporting.

    Args:
        ad_account_id (str):
        body (ConversionMSOTEvents): Object containing the MSOT conversion events.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        body=body,
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
    body: ConversionMSOTEvents,
) -> Any:
    """Send Measurement Source Of Truth (MSOT) attributed conversion events

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>
    <br>
    <p>Advertisers or their measurement partners can send attributed MSOT conversion events to Pinterest
    based on their <code>ad_account_id</code>. The request body should be a JSON object.</p>
    - These events will NOT be used in Reporting.

    Args:
        ad_account_id (str):
        body (ConversionMSOTEvents): Object containing the MSOT conversion events.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
