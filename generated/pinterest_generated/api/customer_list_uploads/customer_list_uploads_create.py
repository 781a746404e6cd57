from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_list_upload_create_request import CustomerListUploadCreateRequest
from ...models.customer_list_upload_create_response import CustomerListUploadCreateResponse
from ...models.error import Error
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    customer_list_id: str,
    *,
    body: CustomerListUploadCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/customer_lists/{path_parameter(customer_list_id)}/uploads",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerListUploadCreateResponse | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else CustomerListUploadCreateResponse.from_dict(_response_200)
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
) -> Response[CustomerListUploadCreateResponse | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: CustomerListUploadCreateResponse | Error | None
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
    response: Response[CustomerListUploadCreateResponse | Error],
) -> CustomerListUploadCreateResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(CustomerListUploadCreateResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    customer_list_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerListUploadCreateRequest,
) -> Response[CustomerListUploadCreateResponse | Error]:
    """Create customer list upload

     <a href="/docs/getting-started/using-beta-and-restricted-features/" target="_blank">Closed beta</a>

    <p>Create a customer list upload request for multipart S3 upload.</p>
    <p>Note: Each part must be at least 5mb; however the last part can be any size greater than 0.
    Clients with smaller files can request a single part count. This minimal part size restriction is
    defined by the AWS S3 API.</p>
    <p><b>Please review the <u><a href="/docs/api/v5/customer_lists-update/" target="_blank">update
    customer list endpoint</a></u> documentation for additional information.</b></p>

    Args:
        ad_account_id (str):
        customer_list_id (str):
        body (CustomerListUploadCreateRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerListUploadCreateResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        customer_list_id=customer_list_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    customer_list_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerListUploadCreateRequest,
) -> CustomerListUploadCreateResponse:
    """Create customer list upload

     <a href="/docs/getting-started/using-beta-and-restricted-features/" target="_blank">Closed beta</a>

    <p>Create a customer list upload request for multipart S3 upload.</p>
    <p>Note: Each part must be at least 5mb; however the last part can be any size greater than 0.
    Clients with smaller files can request a single part count. This minimal part size restriction is
    defined by the AWS S3 API.</p>
    <p><b>Please review the <u><a href="/docs/api/v5/customer_lists-update/" target="_blank">update
    customer list endpoint</a></u> documentation for additional information.</b></p>

    Args:
        ad_account_id (str):
        customer_list_id (str):
        body (CustomerListUploadCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerListUploadCreateResponse
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            customer_list_id=customer_list_id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    customer_list_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerListUploadCreateRequest,
) -> Response[CustomerListUploadCreateResponse | Error]:
    """Create customer list upload

     <a href="/docs/getting-started/using-beta-and-restricted-features/" target="_blank">Closed beta</a>

    <p>Create a customer list upload request for multipart S3 upload.</p>
    <p>Note: Each part must be at least 5mb; however the last part can be any size greater than 0.
    Clients with smaller files can request a single part count. This minimal part size restriction is
    defined by the AWS S3 API.</p>
    <p><b>Please review the <u><a href="/docs/api/v5/customer_lists-update/" target="_blank">update
    customer list endpoint</a></u> documentation for additional information.</b></p>

    Args:
        ad_account_id (str):
        customer_list_id (str):
        body (CustomerListUploadCreateRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerListUploadCreateResponse | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        customer_list_id=customer_list_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    customer_list_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomerListUploadCreateRequest,
) -> CustomerListUploadCreateResponse:
    """Create customer list upload

     <a href="/docs/getting-started/using-beta-and-restricted-features/" target="_blank">Closed beta</a>

    <p>Create a customer list upload request for multipart S3 upload.</p>
    <p>Note: Each part must be at least 5mb; however the last part can be any size greater than 0.
    Clients with smaller files can request a single part count. This minimal part size restriction is
    defined by the AWS S3 API.</p>
    <p><b>Please review the <u><a href="/docs/api/v5/customer_lists-update/" target="_blank">update
    customer list endpoint</a></u> documentation for additional information.</b></p>

    Args:
        ad_account_id (str):
        customer_list_id (str):
        body (CustomerListUploadCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerListUploadCreateResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            customer_list_id=customer_list_id,
            client=client,
            body=body,
        )
    )
