from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification_post_body_type_0_item import NotificationPostBodyType0Item
from ...models.notification_post_body_type_1 import NotificationPostBodyType1
from ...models.notification_post_notification_response import NotificationPostNotificationResponse
from ...types import Response, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    body: list[NotificationPostBodyType0Item] | NotificationPostBodyType1,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications",
    }

    if isinstance(body, list):
        if body is None:
            _kwargs["json"] = None
        else:
            _kwargs["json"] = []
            for body_type_0_item_data in body:
                body_type_0_item = (
                    None if body_type_0_item_data is None else body_type_0_item_data.to_dict()
                )
                _kwargs["json"].append(body_type_0_item)

    else:
        _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | NotificationPostNotificationResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else NotificationPostNotificationResponse.from_dict(_response_200)
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
) -> Response[Error | NotificationPostNotificationResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | NotificationPostNotificationResponse | None
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
    response: Response[Error | NotificationPostNotificationResponse],
) -> NotificationPostNotificationResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(NotificationPostNotificationResponse, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[NotificationPostBodyType0Item] | NotificationPostBodyType1,
) -> Response[Error | NotificationPostNotificationResponse]:
    """Receive notifications from external partners.

     Used by third-party partners to send notifications to Pinterest. These notifications could be
    specific for your use-case or generic notification that are accepted by Pinterests' systems. This
    API is gated and you need to request access to this feature.

    Args:
        body (list[NotificationPostBodyType0Item] | NotificationPostBodyType1): Any valid JSON
            object

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationPostNotificationResponse]: the answer for every status; `parsed` is
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
    body: list[NotificationPostBodyType0Item] | NotificationPostBodyType1,
) -> NotificationPostNotificationResponse:
    """Receive notifications from external partners.

     Used by third-party partners to send notifications to Pinterest. These notifications could be
    specific for your use-case or generic notification that are accepted by Pinterests' systems. This
    API is gated and you need to request access to this feature.

    Args:
        body (list[NotificationPostBodyType0Item] | NotificationPostBodyType1): Any valid JSON
            object

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPostNotificationResponse
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
    body: list[NotificationPostBodyType0Item] | NotificationPostBodyType1,
) -> Response[Error | NotificationPostNotificationResponse]:
    """Receive notifications from external partners.

     Used by third-party partners to send notifications to Pinterest. These notifications could be
    specific for your use-case or generic notification that are accepted by Pinterests' systems. This
    API is gated and you need to request access to this feature.

    Args:
        body (list[NotificationPostBodyType0Item] | NotificationPostBodyType1): Any valid JSON
            object

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | NotificationPostNotificationResponse]: the answer for every status; `parsed` is
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
    body: list[NotificationPostBodyType0Item] | NotificationPostBodyType1,
) -> NotificationPostNotificationResponse:
    """Receive notifications from external partners.

     Used by third-party partners to send notifications to Pinterest. These notifications could be
    specific for your use-case or generic notification that are accepted by Pinterests' systems. This
    API is gated and you need to request access to this feature.

    Args:
        body (list[NotificationPostBodyType0Item] | NotificationPostBodyType1): Any valid JSON
            object

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPostNotificationResponse
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
