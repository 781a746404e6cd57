from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    promotion_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/promotions/{path_parameter(promotion_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
    promotion_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete promotion by id

     Delete a promotion within Pinterest.

    Args:
        ad_account_id (str):
        promotion_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        promotion_id=promotion_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    promotion_id: str,
    *,
    client: AuthenticatedClient,
) -> Any:
    """Delete promotion by id

     Delete a promotion within Pinterest.

    Args:
        ad_account_id (str):
        promotion_id (str):

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
            promotion_id=promotion_id,
            client=client,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    promotion_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error]:
    """Delete promotion by id

     Delete a promotion within Pinterest.

    Args:
        ad_account_id (str):
        promotion_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        promotion_id=promotion_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    promotion_id: str,
    *,
    client: AuthenticatedClient,
) -> Any:
    """Delete promotion by id

     Delete a promotion within Pinterest.

    Args:
        ad_account_id (str):
        promotion_id (str):

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
            promotion_id=promotion_id,
            client=client,
        )
    )
