from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pin import Pin
from ...models.pins_save_body import PinsSaveBody
from ...types import (
    UNSET,
    Response,
    Unset,
    path_parameter,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    pin_id: str,
    *,
    body: PinsSaveBody,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/pins/{path_parameter(pin_id)}/save",
        "params": params,
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Pin | None:
    if response.status_code == 201:
        _response_201 = response.json()
        response_201 = (
            tolerate_null("response_201") if _response_201 is None else Pin.from_dict(_response_201)
        )

        return response_201

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

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Pin]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | Pin | None
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


def _success_body(response: Response[Error | Pin]) -> Pin:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(Pin, response.parsed)


def sync_detailed(
    pin_id: str,
    *,
    client: AuthenticatedClient,
    body: PinsSaveBody,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | Pin]:
    """Save Pin

     Save a Pin on a board or board section owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
    - For Pins on secret boards: Owner, Admin.

    - Any Pin type can be saved: image Pin, video Pin, Idea Pin, product Pin, etc.
    - Any public Pin can be saved given a pin ID.

    Args:
        pin_id (str):
        ad_account_id (str | Unset):
        body (PinsSaveBody):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Pin]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        pin_id=pin_id,
        body=body,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    pin_id: str,
    *,
    client: AuthenticatedClient,
    body: PinsSaveBody,
    ad_account_id: str | Unset = UNSET,
) -> Pin:
    """Save Pin

     Save a Pin on a board or board section owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
    - For Pins on secret boards: Owner, Admin.

    - Any Pin type can be saved: image Pin, video Pin, Idea Pin, product Pin, etc.
    - Any public Pin can be saved given a pin ID.

    Args:
        pin_id (str):
        ad_account_id (str | Unset):
        body (PinsSaveBody):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Pin
    """

    return _success_body(
        sync_detailed(
            pin_id=pin_id,
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    pin_id: str,
    *,
    client: AuthenticatedClient,
    body: PinsSaveBody,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | Pin]:
    """Save Pin

     Save a Pin on a board or board section owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
    - For Pins on secret boards: Owner, Admin.

    - Any Pin type can be saved: image Pin, video Pin, Idea Pin, product Pin, etc.
    - Any public Pin can be saved given a pin ID.

    Args:
        pin_id (str):
        ad_account_id (str | Unset):
        body (PinsSaveBody):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Pin]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        pin_id=pin_id,
        body=body,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    pin_id: str,
    *,
    client: AuthenticatedClient,
    body: PinsSaveBody,
    ad_account_id: str | Unset = UNSET,
) -> Pin:
    """Save Pin

     Save a Pin on a board or board section owned by the "operation user_account".
    - By default, the "operation user_account" is the token user_account.
    Optional: Business Access: Specify an <code>ad_account_id</code> (obtained via <a
    href='/docs/api/v5/#operation/ad_accounts/list'>List ad accounts</a>) to use the owner of that
    ad_account as the "operation user_account". In order to do this, the token user_account must have
    one of the following <a href="https://help.pinterest.com/en/business/article/share-and-manage-
    access-to-your-ad-accounts">Business Access</a> roles on the ad_account:

    - For Pins on public or protected boards: Owner, Admin, Analyst, Campaign Manager.
    - For Pins on secret boards: Owner, Admin.

    - Any Pin type can be saved: image Pin, video Pin, Idea Pin, product Pin, etc.
    - Any public Pin can be saved given a pin ID.

    Args:
        pin_id (str):
        ad_account_id (str | Unset):
        body (PinsSaveBody):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Pin
    """

    return _success_body(
        await asyncio_detailed(
            pin_id=pin_id,
            client=client,
            body=body,
            ad_account_id=ad_account_id,
        )
    )
