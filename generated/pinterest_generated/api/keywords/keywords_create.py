from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.keywords_request import KeywordsRequest
from ...models.keywords_response import KeywordsResponse
from ...types import Response, path_parameter, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    ad_account_id: str,
    *,
    body: KeywordsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": f"/ad_accounts/{path_parameter(ad_account_id)}/keywords",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KeywordsResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else KeywordsResponse.from_dict(_response_200)
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
) -> Response[Error | KeywordsResponse]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: Error | KeywordsResponse | None
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


def _success_body(response: Response[Error | KeywordsResponse]) -> KeywordsResponse:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(KeywordsResponse, response.parsed)


def sync_detailed(
    ad_account_id: str,
    *,
    client: AuthenticatedClient,
    body: KeywordsRequest,
) -> Response[Error | KeywordsResponse]:
    """Create keywords

     <p>Create keywords for following entity types(advertiser, campaign, ad group or ad).</p> <p>For more
    information, see <a target="_blank" href="https://help.pinterest.com/en/business/article/keyword-
    targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a  target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>
    <p><b>Rate limit</b>: <a href="/docs/reference/rate-limits/">WRITE</a>.</p>

    Args:
        ad_account_id (str):
        body (KeywordsRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeywordsResponse]: the answer for every status; `parsed` is
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
    body: KeywordsRequest,
) -> KeywordsResponse:
    """Create keywords

     <p>Create keywords for following entity types(advertiser, campaign, ad group or ad).</p> <p>For more
    information, see <a target="_blank" href="https://help.pinterest.com/en/business/article/keyword-
    targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a  target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>
    <p><b>Rate limit</b>: <a href="/docs/reference/rate-limits/">WRITE</a>.</p>

    Args:
        ad_account_id (str):
        body (KeywordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeywordsResponse
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
    body: KeywordsRequest,
) -> Response[Error | KeywordsResponse]:
    """Create keywords

     <p>Create keywords for following entity types(advertiser, campaign, ad group or ad).</p> <p>For more
    information, see <a target="_blank" href="https://help.pinterest.com/en/business/article/keyword-
    targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a  target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>
    <p><b>Rate limit</b>: <a href="/docs/reference/rate-limits/">WRITE</a>.</p>

    Args:
        ad_account_id (str):
        body (KeywordsRequest):

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeywordsResponse]: the answer for every status; `parsed` is
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
    body: KeywordsRequest,
) -> KeywordsResponse:
    """Create keywords

     <p>Create keywords for following entity types(advertiser, campaign, ad group or ad).</p> <p>For more
    information, see <a target="_blank" href="https://help.pinterest.com/en/business/article/keyword-
    targeting">Keyword targeting</a>.</p>
    <p><b>Notes:</b></p> <ul style="list-style-type: square;"> <li>Advertisers and campaigns can only be
    assigned keywords with excluding ('_NEGATIVE').</li> <li>All keyword match types are available for
    ad groups.</li> </ul> <p>For more information on match types, see <a  target="_blank"
    href="/docs/api-features/targeting-overview/">match type enums</a>.</p>
    <p><b>Returns:</b></p> <ul style="list-style-type: square;"> <li><p>A successful call returns an
    object containing an array of new keyword objects and an empty &quot;errors&quot; object
    array.</p></li> <li><p>An unsuccessful call returns an empty keywords array, and, instead, inserts
    the entire object with nulled/negated properties into the &quot;errors&quot; object array:</p> <pre
    class="last literal-block"> { "keywords": [], "errors": [ { "data": { "archived": null,
    "match_type": "EXACT", "parent_type": null, "value": "foobar", "parent_id": null, "type": "keyword",
    "id": null }, "error_messages": [ "Advertisers and Campaigns only accept excluded targeting
    attributes." ] } } </pre></li> </ul>
    <p><b>Rate limit</b>: <a href="/docs/reference/rate-limits/">WRITE</a>.</p>

    Args:
        ad_account_id (str):
        body (KeywordsRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        KeywordsResponse
    """

    return _success_body(
        await asyncio_detailed(
            ad_account_id=ad_account_id,
            client=client,
            body=body,
        )
    )
