import datetime
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_invoices_get_document_type import BillingInvoicesGetDocumentType
from ...models.billing_invoices_get_order import BillingInvoicesGetOrder
from ...models.billing_invoices_get_response_200 import BillingInvoicesGetResponse200
from ...models.billing_invoices_get_sort import BillingInvoicesGetSort
from ...models.billing_invoices_get_status import BillingInvoicesGetStatus
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
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: BillingInvoicesGetSort | Unset = UNSET,
    order: BillingInvoicesGetOrder | Unset = UNSET,
    status: BillingInvoicesGetStatus | Unset = UNSET,
    document_type: BillingInvoicesGetDocumentType | Unset = UNSET,
    start_due_date: datetime.date | Unset = UNSET,
    end_due_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = None if sort is None else sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = None if order is None else order.value

    params["order"] = json_order

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = None if status is None else status.value

    params["status"] = json_status

    json_document_type: str | Unset = UNSET
    if not isinstance(document_type, Unset):
        json_document_type = None if document_type is None else document_type.value

    params["document_type"] = json_document_type

    json_start_due_date: str | Unset = UNSET
    if not isinstance(start_due_date, Unset):
        json_start_due_date = None if start_due_date is None else start_due_date.isoformat()
    params["start_due_date"] = json_start_due_date

    json_end_due_date: str | Unset = UNSET
    if not isinstance(end_due_date, Unset):
        json_end_due_date = None if end_due_date is None else end_due_date.isoformat()
    params["end_due_date"] = json_end_due_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/billing_invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingInvoicesGetResponse200 | Error | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else BillingInvoicesGetResponse200.from_dict(_response_200)
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

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else Error.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingInvoicesGetResponse200 | Error]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: BillingInvoicesGetResponse200 | Error | None
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
    response: Response[BillingInvoicesGetResponse200 | Error],
) -> BillingInvoicesGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(BillingInvoicesGetResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: BillingInvoicesGetSort | Unset = UNSET,
    order: BillingInvoicesGetOrder | Unset = UNSET,
    status: BillingInvoicesGetStatus | Unset = UNSET,
    document_type: BillingInvoicesGetDocumentType | Unset = UNSET,
    start_due_date: datetime.date | Unset = UNSET,
    end_due_date: datetime.date | Unset = UNSET,
) -> Response[BillingInvoicesGetResponse200 | Error]:
    """Get billing invoices

     Get billing invoices in the advertiser account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        sort (BillingInvoicesGetSort | Unset):  Default: BillingInvoicesGetSort.DUE_DATE. Example:
            DUE_DATE.
        order (BillingInvoicesGetOrder | Unset):  Example: ASCENDING.
        status (BillingInvoicesGetStatus | Unset):  Example: OPEN.
        document_type (BillingInvoicesGetDocumentType | Unset):  Example: INVOICE.
        start_due_date (datetime.date | Unset):  Example: 2023-01-01.
        end_due_date (datetime.date | Unset):  Example: 2024-01-01.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingInvoicesGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
        document_type=document_type,
        start_due_date=start_due_date,
        end_due_date=end_due_date,
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
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: BillingInvoicesGetSort | Unset = UNSET,
    order: BillingInvoicesGetOrder | Unset = UNSET,
    status: BillingInvoicesGetStatus | Unset = UNSET,
    document_type: BillingInvoicesGetDocumentType | Unset = UNSET,
    start_due_date: datetime.date | Unset = UNSET,
    end_due_date: datetime.date | Unset = UNSET,
) -> BillingInvoicesGetResponse200:
    """Get billing invoices

     Get billing invoices in the advertiser account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        sort (BillingInvoicesGetSort | Unset):  Default: BillingInvoicesGetSort.DUE_DATE. Example:
            DUE_DATE.
        order (BillingInvoicesGetOrder | Unset):  Example: ASCENDING.
        status (BillingInvoicesGetStatus | Unset):  Example: OPEN.
        document_type (BillingInvoicesGetDocumentType | Unset):  Example: INVOICE.
        start_due_date (datetime.date | Unset):  Example: 2023-01-01.
        end_due_date (datetime.date | Unset):  Example: 2024-01-01.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingInvoicesGetResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            bookmark=bookmark,
            page_size=page_size,
            sort=sort,
            order=order,
            status=status,
            document_type=document_type,
            start_due_date=start_due_date,
            end_due_date=end_due_date,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: BillingInvoicesGetSort | Unset = UNSET,
    order: BillingInvoicesGetOrder | Unset = UNSET,
    status: BillingInvoicesGetStatus | Unset = UNSET,
    document_type: BillingInvoicesGetDocumentType | Unset = UNSET,
    start_due_date: datetime.date | Unset = UNSET,
    end_due_date: datetime.date | Unset = UNSET,
) -> Response[BillingInvoicesGetResponse200 | Error]:
    """Get billing invoices

     Get billing invoices in the advertiser account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        sort (BillingInvoicesGetSort | Unset):  Default: BillingInvoicesGetSort.DUE_DATE. Example:
            DUE_DATE.
        order (BillingInvoicesGetOrder | Unset):  Example: ASCENDING.
        status (BillingInvoicesGetStatus | Unset):  Example: OPEN.
        document_type (BillingInvoicesGetDocumentType | Unset):  Example: INVOICE.
        start_due_date (datetime.date | Unset):  Example: 2023-01-01.
        end_due_date (datetime.date | Unset):  Example: 2024-01-01.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingInvoicesGetResponse200 | Error]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
        sort=sort,
        order=order,
        status=status,
        document_type=document_type,
        start_due_date=start_due_date,
        end_due_date=end_due_date,
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
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort: BillingInvoicesGetSort | Unset = UNSET,
    order: BillingInvoicesGetOrder | Unset = UNSET,
    status: BillingInvoicesGetStatus | Unset = UNSET,
    document_type: BillingInvoicesGetDocumentType | Unset = UNSET,
    start_due_date: datetime.date | Unset = UNSET,
    end_due_date: datetime.date | Unset = UNSET,
) -> BillingInvoicesGetResponse200:
    """Get billing invoices

     Get billing invoices in the advertiser account.

    Args:
        ad_account_id (str):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.
        sort (BillingInvoicesGetSort | Unset):  Default: BillingInvoicesGetSort.DUE_DATE. Example:
            DUE_DATE.
        order (BillingInvoicesGetOrder | Unset):  Example: ASCENDING.
        status (BillingInvoicesGetStatus | Unset):  Example: OPEN.
        document_type (BillingInvoicesGetDocumentType | Unset):  Example: INVOICE.
        start_due_date (datetime.date | Unset):  Example: 2023-01-01.
        end_due_date (datetime.date | Unset):  Example: 2024-01-01.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingInvoicesGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            bookmark=bookmark,
            page_size=page_size,
            sort=sort,
            order=order,
            status=status,
            document_type=document_type,
            start_due_date=start_due_date,
            end_due_date=end_due_date,
        )
    )
