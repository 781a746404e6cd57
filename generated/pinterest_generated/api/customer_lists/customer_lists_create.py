from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_list import CustomerList
from ...models.customer_list_request import CustomerListRequest
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: CustomerListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/customer_lists",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerList | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else CustomerList.from_dict(_response_200)
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
) -> Response[CustomerList | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: CustomerList | Error | None
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


def _success_body(response: Response[CustomerList | Error]) -> CustomerList:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(CustomerList, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerListRequest,
) -> Response[CustomerList | Error]:
    """Create customer lists

     <p>Create a customer list from your records(hashed or plain-text email addresses, or hashed MAIDs or
    IDFAs).</p>
    <p>A customer list is one of the four types of Pinterest audiences: for more information, see <a
    href="https://help.pinterest.com/en/business/article/audience-targeting" target="_blank">Audience
    targeting</a>
    or the <a href="/docs/api-features/targeting-overview/" target="_blank">Audiences</a> section of the
    ads management guide.<p/>
    <p><b>Please review our <u><a href="https://help.pinterest.com/en/business/article/audience-
    targeting#section-13341" target="_blank">requirements</a></u> for what type of information is
    allowed when uploading a customer list.</b></p>
    <p>When you create a customer list, the system scans the list for existing Pinterest accounts;
    the list must include at least 100 Pinterest accounts. Your original list will be deleted when the
    matching process
    is complete. The filtered list – containing only the Pinterest accounts that were included in your
    starting
    list – is what will be used to create the audience.</p>
    <p>To use your customer list after creating it, convert it into a customer list audience by passing
    the `CUSTOMER_LIST` audience type at the <a
    href="https://developer.pinterest.com/docs/api/v5/audiences-create" target="blank">create audience
    endpoint</a>.</p>

    Args:
        ad_account_id (str):
        body (CustomerListRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerList | Error]: the answer for every status; `parsed` is
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
    body: CustomerListRequest,
) -> CustomerList:
    """Create customer lists

     <p>Create a customer list from your records(hashed or plain-text email addresses, or hashed MAIDs or
    IDFAs).</p>
    <p>A customer list is one of the four types of Pinterest audiences: for more information, see <a
    href="https://help.pinterest.com/en/business/article/audience-targeting" target="_blank">Audience
    targeting</a>
    or the <a href="/docs/api-features/targeting-overview/" target="_blank">Audiences</a> section of the
    ads management guide.<p/>
    <p><b>Please review our <u><a href="https://help.pinterest.com/en/business/article/audience-
    targeting#section-13341" target="_blank">requirements</a></u> for what type of information is
    allowed when uploading a customer list.</b></p>
    <p>When you create a customer list, the system scans the list for existing Pinterest accounts;
    the list must include at least 100 Pinterest accounts. Your original list will be deleted when the
    matching process
    is complete. The filtered list – containing only the Pinterest accounts that were included in your
    starting
    list – is what will be used to create the audience.</p>
    <p>To use your customer list after creating it, convert it into a customer list audience by passing
    the `CUSTOMER_LIST` audience type at the <a
    href="https://developer.pinterest.com/docs/api/v5/audiences-create" target="blank">create audience
    endpoint</a>.</p>

    Args:
        ad_account_id (str):
        body (CustomerListRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerList
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
    body: CustomerListRequest,
) -> Response[CustomerList | Error]:
    """Create customer lists

     <p>Create a customer list from your records(hashed or plain-text email addresses, or hashed MAIDs or
    IDFAs).</p>
    <p>A customer list is one of the four types of Pinterest audiences: for more information, see <a
    href="https://help.pinterest.com/en/business/article/audience-targeting" target="_blank">Audience
    targeting</a>
    or the <a href="/docs/api-features/targeting-overview/" target="_blank">Audiences</a> section of the
    ads management guide.<p/>
    <p><b>Please review our <u><a href="https://help.pinterest.com/en/business/article/audience-
    targeting#section-13341" target="_blank">requirements</a></u> for what type of information is
    allowed when uploading a customer list.</b></p>
    <p>When you create a customer list, the system scans the list for existing Pinterest accounts;
    the list must include at least 100 Pinterest accounts. Your original list will be deleted when the
    matching process
    is complete. The filtered list – containing only the Pinterest accounts that were included in your
    starting
    list – is what will be used to create the audience.</p>
    <p>To use your customer list after creating it, convert it into a customer list audience by passing
    the `CUSTOMER_LIST` audience type at the <a
    href="https://developer.pinterest.com/docs/api/v5/audiences-create" target="blank">create audience
    endpoint</a>.</p>

    Args:
        ad_account_id (str):
        body (CustomerListRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerList | Error]: the answer for every status; `parsed` is
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
    body: CustomerListRequest,
) -> CustomerList:
    """Create customer lists

     <p>Create a customer list from your records(hashed or plain-text email addresses, or hashed MAIDs or
    IDFAs).</p>
    <p>A customer list is one of the four types of Pinterest audiences: for more information, see <a
    href="https://help.pinterest.com/en/business/article/audience-targeting" target="_blank">Audience
    targeting</a>
    or the <a href="/docs/api-features/targeting-overview/" target="_blank">Audiences</a> section of the
    ads management guide.<p/>
    <p><b>Please review our <u><a href="https://help.pinterest.com/en/business/article/audience-
    targeting#section-13341" target="_blank">requirements</a></u> for what type of information is
    allowed when uploading a customer list.</b></p>
    <p>When you create a customer list, the system scans the list for existing Pinterest accounts;
    the list must include at least 100 Pinterest accounts. Your original list will be deleted when the
    matching process
    is complete. The filtered list – containing only the Pinterest accounts that were included in your
    starting
    list – is what will be used to create the audience.</p>
    <p>To use your customer list after creating it, convert it into a customer list audience by passing
    the `CUSTOMER_LIST` audience type at the <a
    href="https://developer.pinterest.com/docs/api/v5/audiences-create" target="blank">create audience
    endpoint</a>.</p>

    Args:
        ad_account_id (str):
        body (CustomerListRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerList
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
