from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.detailed_error import DetailedError
from ...models.error import Error
from ...models.integration_logs_request import IntegrationLogsRequest
from ...models.integration_logs_success_response import IntegrationLogsSuccessResponse
from ...types import (
    Response,
    is_strict_parsing,
    strict_parsing,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    *,
    body: IntegrationLogsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integrations/logs",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DetailedError | Error | IntegrationLogsSuccessResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else IntegrationLogsSuccessResponse.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> DetailedError | Error:
            if data is None:
                return cast(DetailedError | Error, tolerate_null("response_400"))
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_response_400(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _response_400_type_0 = data
                response_400_type_0 = (
                    tolerate_null("response_400_type_0")
                    if _response_400_type_0 is None
                    else Error.from_dict(_response_400_type_0)
                )

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            _response_400_type_1 = data
            response_400_type_1 = (
                tolerate_null("response_400_type_1")
                if _response_400_type_1 is None
                else DetailedError.from_dict(_response_400_type_1)
            )

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

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
) -> Response[DetailedError | Error | IntegrationLogsSuccessResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: DetailedError | Error | IntegrationLogsSuccessResponse | None
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
    response: Response[DetailedError | Error | IntegrationLogsSuccessResponse],
) -> IntegrationLogsSuccessResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(IntegrationLogsSuccessResponse, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: IntegrationLogsRequest,
) -> Response[DetailedError | Error | IntegrationLogsSuccessResponse]:
    """Receives batched logs from integration applications.

     This endpoint receives batched logs from integration applications on partner platforms.
    Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

    Args:
        body (IntegrationLogsRequest): Batch of logs sent from an integration application.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | Error | Error | IntegrationLogsSuccessResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: IntegrationLogsRequest,
) -> IntegrationLogsSuccessResponse:
    """Receives batched logs from integration applications.

     This endpoint receives batched logs from integration applications on partner platforms.
    Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

    Args:
        body (IntegrationLogsRequest): Batch of logs sent from an integration application.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationLogsSuccessResponse
    """

    return _success_body(
        sync_detailed(
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: IntegrationLogsRequest,
) -> Response[DetailedError | Error | IntegrationLogsSuccessResponse]:
    """Receives batched logs from integration applications.

     This endpoint receives batched logs from integration applications on partner platforms.
    Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

    Args:
        body (IntegrationLogsRequest): Batch of logs sent from an integration application.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DetailedError | Error | Error | IntegrationLogsSuccessResponse]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: IntegrationLogsRequest,
) -> IntegrationLogsSuccessResponse:
    """Receives batched logs from integration applications.

     This endpoint receives batched logs from integration applications on partner platforms.
    Note: If you're interested in joining the beta, please reach out to your Pinterest account manager.

    Args:
        body (IntegrationLogsRequest): Batch of logs sent from an integration application.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationLogsSuccessResponse
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
