from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.targeting_option_response_type_0_item import TargetingOptionResponseType0Item
from ...models.targeting_options_get_public_targeting_type import (
    TargetingOptionsGetPublicTargetingType,
)
from ...types import (
    UNSET,
    Response,
    Unset,
    is_strict_parsing,
    path_parameter,
    strict_parsing,
    tolerate_null,
    tolerate_unparseable_body,
)


def _get_kwargs(
    targeting_type: TargetingOptionsGetPublicTargetingType,
    *,
    client_id: str | Unset = UNSET,
    oauth_signature: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["client_id"] = client_id

    params["oauth_signature"] = oauth_signature

    params["timestamp"] = timestamp

    params["ad_account_id"] = ad_account_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/resources/targeting/{path_parameter(targeting_type)}",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[TargetingOptionResponseType0Item] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[TargetingOptionResponseType0Item] | None:
            if data is None:
                return data
            if not is_strict_parsing():
                # A member that matches exactly wins over one that only tolerates the data (an unknown
                # enum value, unknown fields), whatever the order of the members.
                with strict_parsing():
                    try:
                        return _parse_response_200(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass

            try:
                if not isinstance(data, list):
                    raise TypeError()
                _componentsschemas_targeting_option_response_type_0 = data
                componentsschemas_targeting_option_response_type_0: list[
                    TargetingOptionResponseType0Item
                ]
                if _componentsschemas_targeting_option_response_type_0 is None:
                    componentsschemas_targeting_option_response_type_0 = tolerate_null(
                        "/components/schemas/TargetingOptionResponse_type_0"
                    )
                else:
                    componentsschemas_targeting_option_response_type_0 = []
                    for (
                        componentsschemas_targeting_option_response_type_0_item_data
                    ) in _componentsschemas_targeting_option_response_type_0:
                        _componentsschemas_targeting_option_response_type_0_item = (
                            componentsschemas_targeting_option_response_type_0_item_data
                        )
                        componentsschemas_targeting_option_response_type_0_item = (
                            tolerate_null("/components/schemas/TargetingOptionResponse_type_0_item")
                            if _componentsschemas_targeting_option_response_type_0_item is None
                            else TargetingOptionResponseType0Item.from_dict(
                                _componentsschemas_targeting_option_response_type_0_item
                            )
                        )

                        componentsschemas_targeting_option_response_type_0.append(
                            componentsschemas_targeting_option_response_type_0_item
                        )

                return componentsschemas_targeting_option_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TargetingOptionResponseType0Item] | None, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | list[TargetingOptionResponseType0Item] | None]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | list[TargetingOptionResponseType0Item] | None
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
    response: Response[Error | list[TargetingOptionResponseType0Item] | None],
) -> list[TargetingOptionResponseType0Item] | None:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    return cast(list[TargetingOptionResponseType0Item] | None, response.parsed)


def sync_detailed(
    targeting_type: TargetingOptionsGetPublicTargetingType,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    oauth_signature: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | list[TargetingOptionResponseType0Item] | None]:
    """Get targeting options

     <p>You can use targeting values in ads placement to define your intended audience. </p> <p>Targeting
    metrics are organized around targeting specifications.</p> <p>For more information on ads targeting,
    see <a class="reference external" href="https://help.pinterest.com/en/business/article/audience-
    targeting" target="_blank">Audience targeting</a>.</p>
    <p><b>Sample return:</b></p> <pre class="literal-block"> [{&quot;36313&quot;: &quot;Australia:
    Moreton Bay - North&quot;, &quot;124735&quot;: &quot;Canada: North Battleford&quot;,
    &quot;36109&quot;: &quot;Australia: Murray&quot;, &quot;36108&quot;: &quot;Australia: Mid North
    Coast&quot;, &quot;36101&quot;: &quot;Australia: Capital Region&quot;, &quot;811&quot;: &quot;U.S.:
    Reno&quot;, &quot;36103&quot;: &quot;Australia: Central West&quot;, &quot;36102&quot;:
    &quot;Australia: Central Coast&quot;, &quot;36105&quot;: &quot;Australia: Far West and Orana&quot;,
    &quot;36104&quot;: &quot;Australia: Coffs Harbour - Grafton&quot;, &quot;36107&quot;:
    &quot;Australia: Illawarra&quot;, &quot;36106&quot;: &quot;Australia: Hunter Valley Exc
    Newcastle&quot;, &quot;554017&quot;: &quot;New Zealand: Wanganui&quot;, &quot;554016&quot;:
    &quot;New Zealand: Marlborough&quot;, &quot;554015&quot;: &quot;New Zealand: Gisborne&quot;,
    &quot;554014&quot;: &quot;New Zealand: Tararua&quot;, &quot;554013&quot;: &quot;New Zealand:
    Invercargill&quot;, &quot;GR&quot;: &quot;Greece&quot;, &quot;554011&quot;: &quot;New Zealand:
    Whangarei&quot;, &quot;554010&quot;: &quot;New Zealand: Far North&quot;, &quot;717&quot;:
    &quot;U.S.: Quincy-Hannibal-Keokuk&quot;, &quot;716&quot;: &quot;U.S.: Baton Rouge&quot;,...}]
    </pre>

    Args:
        targeting_type (TargetingOptionsGetPublicTargetingType): Public ad targeting type with
            external names Example: APPTYPE.
        client_id (str | Unset):  Example: 1094834.
        oauth_signature (str | Unset):  Example: 8209f.
        timestamp (str | Unset):  Example: 1618338184277.
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TargetingOptionResponseType0Item] | None]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        targeting_type=targeting_type,
        client_id=client_id,
        oauth_signature=oauth_signature,
        timestamp=timestamp,
        ad_account_id=ad_account_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


def sync(
    targeting_type: TargetingOptionsGetPublicTargetingType,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    oauth_signature: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> list[TargetingOptionResponseType0Item] | None:
    """Get targeting options

     <p>You can use targeting values in ads placement to define your intended audience. </p> <p>Targeting
    metrics are organized around targeting specifications.</p> <p>For more information on ads targeting,
    see <a class="reference external" href="https://help.pinterest.com/en/business/article/audience-
    targeting" target="_blank">Audience targeting</a>.</p>
    <p><b>Sample return:</b></p> <pre class="literal-block"> [{&quot;36313&quot;: &quot;Australia:
    Moreton Bay - North&quot;, &quot;124735&quot;: &quot;Canada: North Battleford&quot;,
    &quot;36109&quot;: &quot;Australia: Murray&quot;, &quot;36108&quot;: &quot;Australia: Mid North
    Coast&quot;, &quot;36101&quot;: &quot;Australia: Capital Region&quot;, &quot;811&quot;: &quot;U.S.:
    Reno&quot;, &quot;36103&quot;: &quot;Australia: Central West&quot;, &quot;36102&quot;:
    &quot;Australia: Central Coast&quot;, &quot;36105&quot;: &quot;Australia: Far West and Orana&quot;,
    &quot;36104&quot;: &quot;Australia: Coffs Harbour - Grafton&quot;, &quot;36107&quot;:
    &quot;Australia: Illawarra&quot;, &quot;36106&quot;: &quot;Australia: Hunter Valley Exc
    Newcastle&quot;, &quot;554017&quot;: &quot;New Zealand: Wanganui&quot;, &quot;554016&quot;:
    &quot;New Zealand: Marlborough&quot;, &quot;554015&quot;: &quot;New Zealand: Gisborne&quot;,
    &quot;554014&quot;: &quot;New Zealand: Tararua&quot;, &quot;554013&quot;: &quot;New Zealand:
    Invercargill&quot;, &quot;GR&quot;: &quot;Greece&quot;, &quot;554011&quot;: &quot;New Zealand:
    Whangarei&quot;, &quot;554010&quot;: &quot;New Zealand: Far North&quot;, &quot;717&quot;:
    &quot;U.S.: Quincy-Hannibal-Keokuk&quot;, &quot;716&quot;: &quot;U.S.: Baton Rouge&quot;,...}]
    </pre>

    Args:
        targeting_type (TargetingOptionsGetPublicTargetingType): Public ad targeting type with
            external names Example: APPTYPE.
        client_id (str | Unset):  Example: 1094834.
        oauth_signature (str | Unset):  Example: 8209f.
        timestamp (str | Unset):  Example: 1618338184277.
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TargetingOptionResponseType0Item] | None
    """

    return _success_body(
        sync_detailed(
            targeting_type=targeting_type,
            client=client,
            client_id=client_id,
            oauth_signature=oauth_signature,
            timestamp=timestamp,
            ad_account_id=ad_account_id,
        )
    )


async def asyncio_detailed(
    targeting_type: TargetingOptionsGetPublicTargetingType,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    oauth_signature: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> Response[Error | list[TargetingOptionResponseType0Item] | None]:
    """Get targeting options

     <p>You can use targeting values in ads placement to define your intended audience. </p> <p>Targeting
    metrics are organized around targeting specifications.</p> <p>For more information on ads targeting,
    see <a class="reference external" href="https://help.pinterest.com/en/business/article/audience-
    targeting" target="_blank">Audience targeting</a>.</p>
    <p><b>Sample return:</b></p> <pre class="literal-block"> [{&quot;36313&quot;: &quot;Australia:
    Moreton Bay - North&quot;, &quot;124735&quot;: &quot;Canada: North Battleford&quot;,
    &quot;36109&quot;: &quot;Australia: Murray&quot;, &quot;36108&quot;: &quot;Australia: Mid North
    Coast&quot;, &quot;36101&quot;: &quot;Australia: Capital Region&quot;, &quot;811&quot;: &quot;U.S.:
    Reno&quot;, &quot;36103&quot;: &quot;Australia: Central West&quot;, &quot;36102&quot;:
    &quot;Australia: Central Coast&quot;, &quot;36105&quot;: &quot;Australia: Far West and Orana&quot;,
    &quot;36104&quot;: &quot;Australia: Coffs Harbour - Grafton&quot;, &quot;36107&quot;:
    &quot;Australia: Illawarra&quot;, &quot;36106&quot;: &quot;Australia: Hunter Valley Exc
    Newcastle&quot;, &quot;554017&quot;: &quot;New Zealand: Wanganui&quot;, &quot;554016&quot;:
    &quot;New Zealand: Marlborough&quot;, &quot;554015&quot;: &quot;New Zealand: Gisborne&quot;,
    &quot;554014&quot;: &quot;New Zealand: Tararua&quot;, &quot;554013&quot;: &quot;New Zealand:
    Invercargill&quot;, &quot;GR&quot;: &quot;Greece&quot;, &quot;554011&quot;: &quot;New Zealand:
    Whangarei&quot;, &quot;554010&quot;: &quot;New Zealand: Far North&quot;, &quot;717&quot;:
    &quot;U.S.: Quincy-Hannibal-Keokuk&quot;, &quot;716&quot;: &quot;U.S.: Baton Rouge&quot;,...}]
    </pre>

    Args:
        targeting_type (TargetingOptionsGetPublicTargetingType): Public ad targeting type with
            external names Example: APPTYPE.
        client_id (str | Unset):  Example: 1094834.
        oauth_signature (str | Unset):  Example: 8209f.
        timestamp (str | Unset):  Example: 1618338184277.
        ad_account_id (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TargetingOptionResponseType0Item] | None]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        targeting_type=targeting_type,
        client_id=client_id,
        oauth_signature=oauth_signature,
        timestamp=timestamp,
        ad_account_id=ad_account_id,
    )

    response = await client.get_async_httpx_client().request(
        **kwargs,
        auth=client.request_auth(),
    )

    return _build_response(client=client, response=response)


async def asyncio(
    targeting_type: TargetingOptionsGetPublicTargetingType,
    *,
    client: AuthenticatedClient,
    client_id: str | Unset = UNSET,
    oauth_signature: str | Unset = UNSET,
    timestamp: str | Unset = UNSET,
    ad_account_id: str | Unset = UNSET,
) -> list[TargetingOptionResponseType0Item] | None:
    """Get targeting options

     <p>You can use targeting values in ads placement to define your intended audience. </p> <p>Targeting
    metrics are organized around targeting specifications.</p> <p>For more information on ads targeting,
    see <a class="reference external" href="https://help.pinterest.com/en/business/article/audience-
    targeting" target="_blank">Audience targeting</a>.</p>
    <p><b>Sample return:</b></p> <pre class="literal-block"> [{&quot;36313&quot;: &quot;Australia:
    Moreton Bay - North&quot;, &quot;124735&quot;: &quot;Canada: North Battleford&quot;,
    &quot;36109&quot;: &quot;Australia: Murray&quot;, &quot;36108&quot;: &quot;Australia: Mid North
    Coast&quot;, &quot;36101&quot;: &quot;Australia: Capital Region&quot;, &quot;811&quot;: &quot;U.S.:
    Reno&quot;, &quot;36103&quot;: &quot;Australia: Central West&quot;, &quot;36102&quot;:
    &quot;Australia: Central Coast&quot;, &quot;36105&quot;: &quot;Australia: Far West and Orana&quot;,
    &quot;36104&quot;: &quot;Australia: Coffs Harbour - Grafton&quot;, &quot;36107&quot;:
    &quot;Australia: Illawarra&quot;, &quot;36106&quot;: &quot;Australia: Hunter Valley Exc
    Newcastle&quot;, &quot;554017&quot;: &quot;New Zealand: Wanganui&quot;, &quot;554016&quot;:
    &quot;New Zealand: Marlborough&quot;, &quot;554015&quot;: &quot;New Zealand: Gisborne&quot;,
    &quot;554014&quot;: &quot;New Zealand: Tararua&quot;, &quot;554013&quot;: &quot;New Zealand:
    Invercargill&quot;, &quot;GR&quot;: &quot;Greece&quot;, &quot;554011&quot;: &quot;New Zealand:
    Whangarei&quot;, &quot;554010&quot;: &quot;New Zealand: Far North&quot;, &quot;717&quot;:
    &quot;U.S.: Quincy-Hannibal-Keokuk&quot;, &quot;716&quot;: &quot;U.S.: Baton Rouge&quot;,...}]
    </pre>

    Args:
        targeting_type (TargetingOptionsGetPublicTargetingType): Public ad targeting type with
            external names Example: APPTYPE.
        client_id (str | Unset):  Example: 1094834.
        oauth_signature (str | Unset):  Example: 8209f.
        timestamp (str | Unset):  Example: 1618338184277.
        ad_account_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        list[TargetingOptionResponseType0Item] | None
    """

    return _success_body(
        await asyncio_detailed(
            targeting_type=targeting_type,
            client=client,
            client_id=client_id,
            oauth_signature=oauth_signature,
            timestamp=timestamp,
            ad_account_id=ad_account_id,
        )
    )
