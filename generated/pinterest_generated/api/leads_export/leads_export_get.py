from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.leads_export_response_data import LeadsExportResponseData
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    leads_export_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/leads_export/{path_parameter(leads_export_id)}",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LeadsExportResponseData | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else LeadsExportResponseData.from_dict(_response_200)
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
) -> Response[Error | LeadsExportResponseData]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | LeadsExportResponseData | None
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


def _success_body(response: Response[Error | LeadsExportResponseData]) -> LeadsExportResponseData:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(LeadsExportResponseData, response.parsed)


def sync_detailed(
    ad_account_id: str,
    leads_export_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | LeadsExportResponseData]:
    """Get the lead export from the lead export create call

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>

    Get the export of leads collected from a lead ad. This returns a URL to a list of lead export given
    a lead_export_id token returned from the create a lead export call. You can use the URL to download
    the report.

    Note: Lead ad data will be available up to 30 days after the lead has been submitted.

    For more, see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/lead-ads">Lead ads</a>.

    Args:
        ad_account_id (str):
        leads_export_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LeadsExportResponseData]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        leads_export_id=leads_export_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    ad_account_id: str,
    leads_export_id: str,
    *,
    client: AuthenticatedClient,
) -> LeadsExportResponseData:
    """Get the lead export from the lead export create call

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>

    Get the export of leads collected from a lead ad. This returns a URL to a list of lead export given
    a lead_export_id token returned from the create a lead export call. You can use the URL to download
    the report.

    Note: Lead ad data will be available up to 30 days after the lead has been submitted.

    For more, see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/lead-ads">Lead ads</a>.

    Args:
        ad_account_id (str):
        leads_export_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeadsExportResponseData
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            leads_export_id=leads_export_id,
            client=client,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    leads_export_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | LeadsExportResponseData]:
    """Get the lead export from the lead export create call

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>

    Get the export of leads collected from a lead ad. This returns a URL to a list of lead export given
    a lead_export_id token returned from the create a lead export call. You can use the URL to download
    the report.

    Note: Lead ad data will be available up to 30 days after the lead has been submitted.

    For more, see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/lead-ads">Lead ads</a>.

    Args:
        ad_account_id (str):
        leads_export_id (str):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LeadsExportResponseData]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        leads_export_id=leads_export_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    ad_account_id: str,
    leads_export_id: str,
    *,
    client: AuthenticatedClient,
) -> LeadsExportResponseData:
    """Get the lead export from the lead export create call

     <strong>This feature is currently in beta and not available to all apps, if you're interested in
    joining the beta, please reach out to your Pinterest account manager.</strong>

    Get the export of leads collected from a lead ad. This returns a URL to a list of lead export given
    a lead_export_id token returned from the create a lead export call. You can use the URL to download
    the report.

    Note: Lead ad data will be available up to 30 days after the lead has been submitted.

    For more, see <a class="reference external"
    href="https://help.pinterest.com/en/business/article/lead-ads">Lead ads</a>.

    Args:
        ad_account_id (str):
        leads_export_id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LeadsExportResponseData
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            leads_export_id=leads_export_id,
            client=client,
        )
    )
