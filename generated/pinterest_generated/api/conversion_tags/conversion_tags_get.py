from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversion_tag import ConversionTag
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    conversion_tag_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/conversion_tags/{path_parameter(conversion_tag_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversionTag | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else ConversionTag.from_dict(_response_200)
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
) -> Response[ConversionTag | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: ConversionTag | Error | None
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


def _success_body(response: Response[ConversionTag | Error]) -> ConversionTag:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(ConversionTag, response.parsed)


def sync_detailed(
    ad_account_id: str,
    conversion_tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConversionTag | Error]:
    """Get conversion tag

     Get information about an existing conversion tag.

    Args:
        ad_account_id (str):
        conversion_tag_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionTag | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        conversion_tag_id=conversion_tag_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    conversion_tag_id: str,
    *,
    client: AuthenticatedClient,
) -> ConversionTag:
    """Get conversion tag

     Get information about an existing conversion tag.

    Args:
        ad_account_id (str):
        conversion_tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionTag
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            conversion_tag_id=conversion_tag_id,
            client=client,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    conversion_tag_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ConversionTag | Error]:
    """Get conversion tag

     Get information about an existing conversion tag.

    Args:
        ad_account_id (str):
        conversion_tag_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversionTag | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        conversion_tag_id=conversion_tag_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    conversion_tag_id: str,
    *,
    client: AuthenticatedClient,
) -> ConversionTag:
    """Get conversion tag

     Get information about an existing conversion tag.

    Args:
        ad_account_id (str):
        conversion_tag_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversionTag
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            conversion_tag_id=conversion_tag_id,
            client=client,
        )
    )
