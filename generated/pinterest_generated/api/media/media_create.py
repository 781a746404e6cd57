from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.media_upload import MediaUpload
from ...models.media_upload_create import MediaUploadCreate
from ...models.pinterest_lib_error import PinterestLibError
from ...types import Response, tolerate_null, tolerate_unparseable_body


def _get_kwargs(
    *,
    body: MediaUploadCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/media",
    }

    _kwargs["json"] = None if body is None else body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MediaUpload | PinterestLibError | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200 = (
            tolerate_null("response_200")
            if _response_200 is None
            else MediaUpload.from_dict(_response_200)
        )

        return response_200

    if response.status_code == 201:
        _response_201 = response.json()
        response_201 = (
            tolerate_null("response_201")
            if _response_201 is None
            else MediaUpload.from_dict(_response_201)
        )

        return response_201

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
) -> Response[MediaUpload | PinterestLibError]:
    # Whatever the body holds (HTML from a proxy, nothing, truncated JSON), the caller gets the
    # status and the raw answer; `parsed` is None when the body is not what is documented.
    parsed: MediaUpload | PinterestLibError | None
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


def _success_body(response: Response[MediaUpload | PinterestLibError]) -> MediaUpload:
    if not response.is_success:
        raise errors.UnexpectedStatus(response.status_code, response.content, response.headers)
    if response.parsed is None:
        raise errors.UnparseableResponse(response.status_code, response.content, response.headers)
    return cast(MediaUpload, response.parsed)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MediaUploadCreate,
) -> Response[MediaUpload | PinterestLibError]:
    """Register media upload

     Register your intent to upload media.

    The response includes all of the information needed to upload the media to Pinterest.

    To upload the media, make an HTTP POST request (using `curl`, for example) to `upload_url` using the
    `Content-Type` header value. Send the media file's contents as the request's `file` parameter and
    also include all of the parameters from `upload_parameters`.

    **[Learn more](/docs/api-features/creating-boards-and-pins/#creating-video-pins)** about video Pin
    creation.

    Args:
        body (MediaUploadCreate): Resource create operation model.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MediaUpload | PinterestLibError]: the answer for every status; `parsed` is
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
    body: MediaUploadCreate,
) -> MediaUpload:
    """Register media upload

     Register your intent to upload media.

    The response includes all of the information needed to upload the media to Pinterest.

    To upload the media, make an HTTP POST request (using `curl`, for example) to `upload_url` using the
    `Content-Type` header value. Send the media file's contents as the request's `file` parameter and
    also include all of the parameters from `upload_parameters`.

    **[Learn more](/docs/api-features/creating-boards-and-pins/#creating-video-pins)** about video Pin
    creation.

    Args:
        body (MediaUploadCreate): Resource create operation model.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MediaUpload
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
    body: MediaUploadCreate,
) -> Response[MediaUpload | PinterestLibError]:
    """Register media upload

     Register your intent to upload media.

    The response includes all of the information needed to upload the media to Pinterest.

    To upload the media, make an HTTP POST request (using `curl`, for example) to `upload_url` using the
    `Content-Type` header value. Send the media file's contents as the request's `file` parameter and
    also include all of the parameters from `upload_parameters`.

    **[Learn more](/docs/api-features/creating-boards-and-pins/#creating-video-pins)** about video Pin
    creation.

    Args:
        body (MediaUploadCreate): Resource create operation model.

    Raises:
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MediaUpload | PinterestLibError]: the answer for every status; `parsed` is
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
    body: MediaUploadCreate,
) -> MediaUpload:
    """Register media upload

     Register your intent to upload media.

    The response includes all of the information needed to upload the media to Pinterest.

    To upload the media, make an HTTP POST request (using `curl`, for example) to `upload_url` using the
    `Content-Type` header value. Send the media file's contents as the request's `file` parameter and
    also include all of the parameters from `upload_parameters`.

    **[Learn more](/docs/api-features/creating-boards-and-pins/#creating-video-pins)** about video Pin
    creation.

    Args:
        body (MediaUploadCreate): Resource create operation model.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status other than 2xx.
        errors.UnparseableResponse: If a 2xx body is not what the description says.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MediaUpload
    """

    return _success_body(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
