from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.keywords_get_response_200 import KeywordsGetResponse200
from ...models.match_type import MatchType
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
    campaign_id: str | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    match_types: list[MatchType] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["campaign_id"] = campaign_id

    params["ad_group_id"] = ad_group_id

    json_ad_group_ids: list[str] | Unset = UNSET
    if not isinstance(ad_group_ids, Unset):
        json_ad_group_ids = ad_group_ids

    params["ad_group_ids"] = json_ad_group_ids

    json_match_types: list[str] | Unset = UNSET
    if not isinstance(match_types, Unset):
        if match_types is None:
            json_match_types = None
        else:
            json_match_types = []
            for match_types_item_data in match_types:
                match_types_item = (
                    None if match_types_item_data is None else match_types_item_data.value
                )
                json_match_types.append(match_types_item)

    params["match_types"] = json_match_types

    params["page_size"] = page_size

    params["bookmark"] = bookmark

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/keywords",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KeywordsGetResponse200 | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else KeywordsGetResponse200.from_dict(_response_200)
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
) -> Response[Error | KeywordsGetResponse200]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | KeywordsGetResponse200 | None
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


def _success_body(response: Response[Error | KeywordsGetResponse200]) -> KeywordsGetResponse200:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(KeywordsGetResponse200, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_id: str | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    match_types: list[MatchType] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | KeywordsGetResponse200]:
    """Get keywords

     <p>Get a list of keywords based on the filters provided. If no filter is provided, it will default
    to the ad_account_id filter, which means it will only return keywords that specifically have
    parent_id set to the ad_account_id. Note: Keywords can have ad_account_ids, campaign_ids, and
    ad_group_ids set as their parent_ids. Keywords created through Ads Manager will have their parent_id
    set to an ad_group_id, not ad_account_id.</p>
    <p>For more information, see <a target="_blank"
    href="https://help.pinterest.com/en/business/article/keyword-targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>

    Args:
        ad_account_id (str):
        campaign_id (str | Unset):
        ad_group_id (str | Unset):
        ad_group_ids (list[str] | Unset):
        match_types (list[MatchType] | Unset):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeywordsGetResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_id=campaign_id,
        ad_group_id=ad_group_id,
        ad_group_ids=ad_group_ids,
        match_types=match_types,
        page_size=page_size,
        bookmark=bookmark,
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
    campaign_id: str | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    match_types: list[MatchType] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> KeywordsGetResponse200:
    """Get keywords

     <p>Get a list of keywords based on the filters provided. If no filter is provided, it will default
    to the ad_account_id filter, which means it will only return keywords that specifically have
    parent_id set to the ad_account_id. Note: Keywords can have ad_account_ids, campaign_ids, and
    ad_group_ids set as their parent_ids. Keywords created through Ads Manager will have their parent_id
    set to an ad_group_id, not ad_account_id.</p>
    <p>For more information, see <a target="_blank"
    href="https://help.pinterest.com/en/business/article/keyword-targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>

    Args:
        ad_account_id (str):
        campaign_id (str | Unset):
        ad_group_id (str | Unset):
        ad_group_ids (list[str] | Unset):
        match_types (list[MatchType] | Unset):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeywordsGetResponse200
    """

    return _success_body(
        sync_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_id=campaign_id,
            ad_group_id=ad_group_id,
            ad_group_ids=ad_group_ids,
            match_types=match_types,
            page_size=page_size,
            bookmark=bookmark,
        )
    )


async def asyncio_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    campaign_id: str | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    match_types: list[MatchType] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> Response[Error | KeywordsGetResponse200]:
    """Get keywords

     <p>Get a list of keywords based on the filters provided. If no filter is provided, it will default
    to the ad_account_id filter, which means it will only return keywords that specifically have
    parent_id set to the ad_account_id. Note: Keywords can have ad_account_ids, campaign_ids, and
    ad_group_ids set as their parent_ids. Keywords created through Ads Manager will have their parent_id
    set to an ad_group_id, not ad_account_id.</p>
    <p>For more information, see <a target="_blank"
    href="https://help.pinterest.com/en/business/article/keyword-targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>

    Args:
        ad_account_id (str):
        campaign_id (str | Unset):
        ad_group_id (str | Unset):
        ad_group_ids (list[str] | Unset):
        match_types (list[MatchType] | Unset):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeywordsGetResponse200]: the answer for every status; `parsed` is
        the documented model, or None when the body is not what the description says.
    """

    kwargs = _get_kwargs(
        ad_account_id=ad_account_id,
        campaign_id=campaign_id,
        ad_group_id=ad_group_id,
        ad_group_ids=ad_group_ids,
        match_types=match_types,
        page_size=page_size,
        bookmark=bookmark,
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
    campaign_id: str | Unset = UNSET,
    ad_group_id: str | Unset = UNSET,
    ad_group_ids: list[str] | Unset = UNSET,
    match_types: list[MatchType] | Unset = UNSET,
    page_size: int | Unset = UNSET,
    bookmark: str | Unset = UNSET,
) -> KeywordsGetResponse200:
    """Get keywords

     <p>Get a list of keywords based on the filters provided. If no filter is provided, it will default
    to the ad_account_id filter, which means it will only return keywords that specifically have
    parent_id set to the ad_account_id. Note: Keywords can have ad_account_ids, campaign_ids, and
    ad_group_ids set as their parent_ids. Keywords created through Ads Manager will have their parent_id
    set to an ad_group_id, not ad_account_id.</p>
    <p>For more information, see <a target="_blank"
    href="https://help.pinterest.com/en/business/article/keyword-targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>

    Args:
        ad_account_id (str):
        campaign_id (str | Unset):
        ad_group_id (str | Unset):
        ad_group_ids (list[str] | Unset):
        match_types (list[MatchType] | Unset):
        page_size (int | Unset):  Default: 25.
        bookmark (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeywordsGetResponse200
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            campaign_id=campaign_id,
            ad_group_id=ad_group_id,
            ad_group_ids=ad_group_ids,
            match_types=match_types,
            page_size=page_size,
            bookmark=bookmark,
        )
    )
