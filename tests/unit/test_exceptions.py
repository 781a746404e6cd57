"""The exception tree, the mapping from answers to exceptions, and their text."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pinterest._logging import register_secret
from pinterest.utils.sdk_exceptions import (
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkItemError,
    BulkOperationError,
    ConflictError,
    NetworkError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SdkException,
    ServerError,
    SpamRejectedError,
    UnexpectedResponseError,
    error_from_response,
    error_from_transport,
    is_spam_rejection,
    parse_error_body,
)


def answer(status: int, body: Any = None, headers: dict[str, str] | None = None) -> httpx.Response:
    if isinstance(body, (bytes, str)):
        return httpx.Response(status, content=body, headers=headers)
    return httpx.Response(status, json=body, headers=headers)


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (422, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
        (520, ServerError),
        (418, UnexpectedResponseError),
        (302, UnexpectedResponseError),
        (200, UnexpectedResponseError),
    ],
)
def test_each_status_maps_to_its_class(status: int, error_class: type[SdkException]) -> None:
    error = error_from_response(answer(status, {"code": 5, "message": "m"}))

    assert type(error) is error_class
    assert error.status == status


def test_json_error_body_gives_code_message_request_id_and_one_line() -> None:
    response = answer(
        404, {"code": 8, "message": "Board not found."}, {"x-pinterest-rid": "123abc"}
    )

    error = error_from_response(response)

    assert (error.code, error.message, error.request_id) == (8, "Board not found.", "123abc")
    assert error.response is response
    assert error.reason == "Not Found"
    assert error.body == '{"code":8,"message":"Board not found."}'
    assert error.headers is not None and error.headers["x-pinterest-rid"] == "123abc"
    assert str(error) == ("NotFoundError: status 404, code 8, Board not found., request id 123abc")
    assert repr(error) == "NotFoundError(status=404, code=8, request_id='123abc')"
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"code": 3, "message": "scope"}', (3, "scope")),
        (b'{"code": "12", "message": 5}', (12, None)),
        (b'{"code": true}', (None, None)),
        (b"", (None, "empty body")),
        (b"   ", (None, "empty body")),
        (b'{"code": 1, "mess', (None, "unreadable JSON body (17 bytes)")),
        (b"<html><title> Bad\n Gateway </title></html>", (None, "HTML body: Bad Gateway")),
        (b"<!DOCTYPE html><p>x</p>", (None, "HTML body")),
        (b"upstream connect error", (None, "non-JSON body: upstream connect error")),
        (b"[1, 2]", (None, "unexpected JSON body (list)")),
        (b"\xff\xfe\x00", (None, "non-JSON body: \ufffd\ufffd\x00")),
    ],
)
def test_parse_error_body_survives_every_body(
    content: bytes, expected: tuple[int | None, str | None]
) -> None:
    assert parse_error_body(content) == expected


def test_unreadable_body_keeps_status_body_and_reason() -> None:
    error = error_from_response(answer(502, "<html><title>502 Bad Gateway</title></html>"))

    assert type(error) is ServerError
    assert error.code is None
    assert error.message == "HTML body: 502 Bad Gateway"
    assert error.body == "<html><title>502 Bad Gateway</title></html>"


def test_long_messages_are_shortened_in_the_text() -> None:
    error = error_from_response(answer(400, {"code": 1, "message": "x" * 1000}))

    assert len(str(error)) < 400
    assert error.message == "x" * 1000


def test_rate_limit_error_carries_retry_after_and_the_limits() -> None:
    headers = {
        "Retry-After": "30",
        "X-RateLimit-Limit": "10, 10;w=60",
        "X-RateLimit-Remaining": "0",
    }

    error = error_from_response(answer(429, {"code": 8, "message": "slow down"}, headers))

    assert isinstance(error, RateLimitError) and not isinstance(error, SpamRejectedError)
    assert error.retry_after == 30.0
    assert error.rate_limit is not None and error.rate_limit.remaining == 0
    assert str(error).endswith("retry after 30 s")


@pytest.mark.parametrize(
    ("status", "code", "message", "spam"),
    [
        (429, 9, "Sorry! You've hit a block (Pins) we have in place to combat spam.", True),
        (429, 9, None, True),
        (429, None, "Request flagged as SPAM", True),
        (429, 8, "This request exceeded a rate limit.", False),
        (429, None, None, False),
        (400, 9, "spam", False),
    ],
)
def test_spam_detection(status: int, code: int | None, message: str | None, spam: bool) -> None:
    assert is_spam_rejection(status, code, message) is spam
    if status == 429:
        body = {"code": code, "message": message}
        assert isinstance(error_from_response(answer(429, body)), SpamRejectedError) is spam


def test_text_never_shows_a_token_or_a_registered_secret() -> None:
    register_secret("my-app-secret-value-123")
    error = error_from_response(
        answer(400, {"code": 1, "message": "bad token pina_ABCDEF123456 my-app-secret-value-123"})
    )

    assert "pina_ABCDEF123456" not in str(error)
    assert "my-app-secret-value-123" not in str(error)
    assert "[REDACTED]" in str(error)


def test_0_2_7_constructor_and_attributes_still_work() -> None:
    error = SdkException(status=400, reason="Bad Request", body="details")

    assert (error.status, error.reason, error.body, error.headers) == (
        400,
        "Bad Request",
        "details",
        None,
    )
    assert (error.code, error.message, error.request_id, error.response) == (None,) * 4
    assert str(error) == "SdkException: status 400, Bad Request"

    class Urllib3Response:
        status = 503
        reason = "Service Unavailable"
        data = b"down"

        def getheaders(self) -> dict[str, str]:
            return {"x-pinterest-rid": "r1"}

    legacy = SdkException(http_resp=Urllib3Response())
    assert (legacy.status, legacy.reason, legacy.body, legacy.request_id) == (
        503,
        "Service Unavailable",
        b"down",
        "r1",
    )
    assert str(SdkException()) == "SdkException: no details"


def test_from_response_replaces_the_message() -> None:
    error = UnexpectedResponseError.from_response(answer(200, b"{}"), "body is not a Board")

    assert error.status == 200
    assert error.message == "body is not a Board"


def test_tree() -> None:
    for error_class in (
        BadRequestError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        ConflictError,
        RateLimitError,
        ServerError,
        UnexpectedResponseError,
        BulkOperationError,
        NetworkError,
    ):
        assert issubclass(error_class, SdkException)
    assert issubclass(SpamRejectedError, RateLimitError)
    assert issubclass(ApiTimeoutError, NetworkError)


def test_error_from_transport() -> None:
    request = httpx.Request("GET", "https://api.example.test/v5/boards?bookmark=b")
    timeout = error_from_transport(httpx.ReadTimeout("timed out", request=request))
    refused = error_from_transport(httpx.ConnectError("[Errno 111] Connection refused"))

    assert type(timeout) is ApiTimeoutError
    assert str(timeout) == "ApiTimeoutError: ReadTimeout during GET /v5/boards: timed out"
    assert isinstance(timeout.__cause__, httpx.ReadTimeout)
    assert type(refused) is NetworkError
    assert refused.status is None
    assert "Connection refused" in str(refused)


def test_bulk_errors_from_items_of_both_shapes() -> None:
    items: list[Any] = [
        {"data": {"id": "1"}, "exceptions": []},
        {"exceptions": [{"code": 2625, "message": "bad bid"}, {"code": 1, "message": "x"}]},
        {"exceptions": {"code": 7, "message": "single"}},
    ]

    error = BulkOperationError.from_items(items)

    assert error is not None
    assert error.errors == [
        BulkItemError(1, 2625, "bad bid"),
        BulkItemError(1, 1, "x"),
        BulkItemError(2, 7, "single"),
    ]
    assert error.code is None  # the items disagree
    assert "3 item(s) failed; item 1: bad bid" in str(error)
    assert BulkOperationError.from_items([{"exceptions": None}, {}]) is None
    same = BulkOperationError([BulkItemError(0, 4, "a")])
    assert same.code == 4


ECHOED_TOKEN = "pina_BREAKER_FAKE_TOKEN_123456789"
ECHOED_SECRET = "registered-app-secret-0badc0ffee"


@pytest.mark.parametrize(
    "body",
    [
        {"code": 2, "message": f"Authentication failed for Bearer {ECHOED_TOKEN}"},
        {"code": 1, "message": f"secret {ECHOED_SECRET} is wrong"},
        f"<html><title>token {ECHOED_TOKEN} refused</title></html>",
        f"plain text: {ECHOED_SECRET} and access_token={ECHOED_TOKEN}",
        f'{{"message": "bad", "echo": {{"access_token": "{ECHOED_SECRET}"}}}}',
    ],
)
def test_message_body_and_reason_never_hold_an_echoed_credential(body: Any) -> None:
    register_secret(ECHOED_SECRET)

    error = error_from_response(answer(401, body))
    legacy = SdkException(status=400, reason=f"echo {ECHOED_TOKEN}", body=f"x {ECHOED_SECRET}")

    for text in (error.message, error.body, str(error), legacy.reason, legacy.body):
        assert isinstance(text, str)
        assert ECHOED_TOKEN not in text and ECHOED_SECRET not in text
    assert "[REDACTED]" in str(error.body)


def test_bulk_item_messages_never_hold_an_echoed_credential() -> None:
    items = [{"exceptions": [{"code": 5, "message": f"token {ECHOED_TOKEN} cannot"}]}]

    error = BulkOperationError.from_items(items)

    assert error is not None and error.errors[0].message == "token [REDACTED] cannot"


@pytest.mark.parametrize("empty", [[], {}, [{}], None])
def test_an_empty_exceptions_value_is_no_failure(empty: object) -> None:
    items = [{"data": {"id": "1"}, "exceptions": empty}]

    assert BulkOperationError.from_items(items) is None
