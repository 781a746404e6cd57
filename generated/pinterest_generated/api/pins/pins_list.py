from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.creative_type import CreativeType
from ...models.pins_list_pin_filter import PinsListPinFilter
from ...models.pins_list_pin_type import PinsListPinType
from ...models.pins_list_response_200 import PinsListResponse200
from ...models.pinterest_lib_error import PinterestLibError
from ...types import UNSET, Response, Unset, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    pin_filter: PinsListPinFilter | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
    include_protected_pins: bool | Unset = UNSET,
    pin_type: PinsListPinType | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_pin_filter: str | Unset = UNSET
    if not isinstance(pin_filter, Unset):
        json_pin_filter = None if pin_filter is None else pin_filter.value

    params["pin_filter"] = json_pin_filter

    params["pin_metrics"] = pin_metrics

    params["include_protected_pins"] = include_protected_pins

    json_pin_type: str | Unset = UNSET
    if not isinstance(pin_type, Unset):
        json_pin_type = None if pin_type is None else pin_type.value

    params["pin_type"] = json_pin_type

    json_creative_types: list[str] | Unset = UNSET
    if not isinstance(creative_types, Unset):
        if creative_types is None:
            json_creative_types = None
        else:
            json_creative_types = []
            for creative_types_item_data in creative_types:
                creative_types_item = (
                    None if creative_types_item_data is None else creative_types_item_data.value
                )
                json_creative_types.append(creative_types_item)

    params["creative_types"] = json_creative_types

    params["ad_account_id"] = ad_account_id

    params["bookmark"] = bookmark

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pins",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PinsListResponse200 | PinterestLibError | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else PinsListResponse200.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400 = (
            tolerate_null("response_400")
            if _response_400 is None
            else PinterestLibError.from_dict(_response_400)
        )

        return response_400

    if response.status_code == 401:
        _response_401 = response.json()
        response_401 = (
            tolerate_null("response_401")
            if _response_401 is None
            else PinterestLibError.from_dict(_response_401)
        )

        return response_401

    if response.status_code == 403:
        _response_403 = response.json()
        response_403 = (
            tolerate_null("response_403")
            if _response_403 is None
            else PinterestLibError.from_dict(_response_403)
        )

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404 = (
            tolerate_null("response_404")
            if _response_404 is None
            else PinterestLibError.from_dict(_response_404)
        )

        return response_404

    if response.status_code == 429:
        _response_429 = response.json()
        response_429 = (
            tolerate_null("response_429")
            if _response_429 is None
            else PinterestLibError.from_dict(_response_429)
        )

        return response_429

    _response_default = response.json()
    response_default = (
        tolerate_null("response_default")
        if _response_default is None
        else PinterestLibError.from_dict(_response_default)
    )

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PinsListResponse200 | PinterestLibError]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: PinsListResponse200 | PinterestLibError | None
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
    response: Response[PinsListResponse200 | PinterestLibError],
) -> PinsListResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(PinsListResponse200, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    pin_filter: PinsListPinFilter | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
    include_protected_pins: bool | Unset = UNSET,
    pin_type: PinsListPinType | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PinsListResponse200 | PinterestLibError]:
    """List Pins


        Get a list of the Pins owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.
        - All Pins owned by the "operation user_account" are included, regardless of who owns the board
    they are on.

        Optional: Business Access: Specify an `ad_account_id` to use the owner of that ad_account as the
    "operation user_account".

        Disclaimer: There are known performance issues when filtering by field `creative_type` and
    including protected pins.
        If your request is timing out in this scenario, we encourage you to use [GET List Pins on
    Board](/docs/api/v5/#operation/boards/list_pins).

    Args:
        pin_filter (PinsListPinFilter | Unset):
        pin_metrics (bool | Unset):  Default: False.
        include_protected_pins (bool | Unset):  Default: False.
        pin_type (PinsListPinType | Unset):
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinsListResponse200 | PinterestLibError]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        pin_filter=pin_filter,
        pin_metrics=pin_metrics,
        include_protected_pins=include_protected_pins,
        pin_type=pin_type,
        creative_types=creative_types,
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    pin_filter: PinsListPinFilter | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
    include_protected_pins: bool | Unset = UNSET,
    pin_type: PinsListPinType | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PinsListResponse200:
    """List Pins


        Get a list of the Pins owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.
        - All Pins owned by the "operation user_account" are included, regardless of who owns the board
    they are on.

        Optional: Business Access: Specify an `ad_account_id` to use the owner of that ad_account as the
    "operation user_account".

        Disclaimer: There are known performance issues when filtering by field `creative_type` and
    including protected pins.
        If your request is timing out in this scenario, we encourage you to use [GET List Pins on
    Board](/docs/api/v5/#operation/boards/list_pins).

    Args:
        pin_filter (PinsListPinFilter | Unset):
        pin_metrics (bool | Unset):  Default: False.
        include_protected_pins (bool | Unset):  Default: False.
        pin_type (PinsListPinType | Unset):
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinsListResponse200
    """

    return _success_body(
        sync_detailed(
            client=client,
            pin_filter=pin_filter,
            pin_metrics=pin_metrics,
            include_protected_pins=include_protected_pins,
            pin_type=pin_type,
            creative_types=creative_types,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    pin_filter: PinsListPinFilter | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
    include_protected_pins: bool | Unset = UNSET,
    pin_type: PinsListPinType | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[PinsListResponse200 | PinterestLibError]:
    """List Pins


        Get a list of the Pins owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.
        - All Pins owned by the "operation user_account" are included, regardless of who owns the board
    they are on.

        Optional: Business Access: Specify an `ad_account_id` to use the owner of that ad_account as the
    "operation user_account".

        Disclaimer: There are known performance issues when filtering by field `creative_type` and
    including protected pins.
        If your request is timing out in this scenario, we encourage you to use [GET List Pins on
    Board](/docs/api/v5/#operation/boards/list_pins).

    Args:
        pin_filter (PinsListPinFilter | Unset):
        pin_metrics (bool | Unset):  Default: False.
        include_protected_pins (bool | Unset):  Default: False.
        pin_type (PinsListPinType | Unset):
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PinsListResponse200 | PinterestLibError]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        pin_filter=pin_filter,
        pin_metrics=pin_metrics,
        include_protected_pins=include_protected_pins,
        pin_type=pin_type,
        creative_types=creative_types,
        ad_account_id=ad_account_id,
        bookmark=bookmark,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    pin_filter: PinsListPinFilter | Unset = UNSET,
    pin_metrics: bool | Unset = UNSET,
    include_protected_pins: bool | Unset = UNSET,
    pin_type: PinsListPinType | Unset = UNSET,
    creative_types: list[CreativeType] | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
    bookmark: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> PinsListResponse200:
    """List Pins


        Get a list of the Pins owned by the "operation user_account".
        - By default, the "operation user_account" is the token user_account.
        - All Pins owned by the "operation user_account" are included, regardless of who owns the board
    they are on.

        Optional: Business Access: Specify an `ad_account_id` to use the owner of that ad_account as the
    "operation user_account".

        Disclaimer: There are known performance issues when filtering by field `creative_type` and
    including protected pins.
        If your request is timing out in this scenario, we encourage you to use [GET List Pins on
    Board](/docs/api/v5/#operation/boards/list_pins).

    Args:
        pin_filter (PinsListPinFilter | Unset):
        pin_metrics (bool | Unset):  Default: False.
        include_protected_pins (bool | Unset):  Default: False.
        pin_type (PinsListPinType | Unset):
        creative_types (list[CreativeType] | Unset):
        ad_account_id (str | Unset):
        bookmark (str | Unset):
        page_size (int | Unset):  Default: 25.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PinsListResponse200
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            pin_filter=pin_filter,
            pin_metrics=pin_metrics,
            include_protected_pins=include_protected_pins,
            pin_type=pin_type,
            creative_types=creative_types,
            ad_account_id=ad_account_id,
            bookmark=bookmark,
            page_size=page_size,
        )
    )
