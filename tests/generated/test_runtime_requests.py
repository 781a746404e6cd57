"""What the generated client sends: query serialisation, request bodies, auth and timeouts.

Every test goes through a real `httpx` request to an `httpx.MockTransport`.
"""

from __future__ import annotations

import asyncio
import datetime
import json
from collections.abc import Callable, Generator

import httpx
import pytest

from pinterest_generated.api.ad_accounts import ad_account_analytics
from pinterest_generated.api.ad_groups import ad_groups_update
from pinterest_generated.api.boards import board_sections_delete, boards_get
from pinterest_generated.client import DEFAULT_TIMEOUT, AuthenticatedClient
from pinterest_generated.models.ad_account_analytics_columns_item import (
    AdAccountAnalyticsColumnsItem,
)
from pinterest_generated.models.ad_group_update_request import AdGroupUpdateRequest
from pinterest_generated.models.granularity import Granularity

BASE_URL = "http://127.0.0.1/v5"
BOARD = {"id": "549755885175", "name": "Summer recipes"}


def recording_client(
    answer: Callable[[httpx.Request], httpx.Response], token: str = "token-1"
) -> tuple[AuthenticatedClient, list[httpx.Request]]:
    """Give a client whose requests are answered by `answer` and collected in the list."""
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return answer(request)

    client = AuthenticatedClient(
        base_url=BASE_URL, token=token, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    return client, requests


def board_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=BOARD)


def test_explode_false_array_query_parameter_is_one_comma_joined_value() -> None:
    client, requests = recording_client(lambda request: httpx.Response(200, json=[]))

    ad_account_analytics.sync(
        "549755885175",
        client=client,
        start_date=datetime.date(2024, 5, 1),
        end_date=datetime.date(2024, 5, 7),
        columns=[
            AdAccountAnalyticsColumnsItem.SPEND_IN_DOLLAR,
            AdAccountAnalyticsColumnsItem.TOTAL_IMPRESSION,
        ],
        granularity=Granularity.DAY,
    )

    params = requests[0].url.params
    assert params.get_list("columns") == ["SPEND_IN_DOLLAR,TOTAL_IMPRESSION"]
    assert params["start_date"] == "2024-05-01"


def test_update_body_holds_only_the_fields_the_caller_set() -> None:
    client, requests = recording_client(lambda request: httpx.Response(200, json={"items": []}))

    ad_groups_update.sync_detailed(
        "549755885175",
        client=client,
        body=[AdGroupUpdateRequest(id="2680059592705", name="Spring sale")],
    )

    assert json.loads(requests[0].content) == [{"id": "2680059592705", "name": "Spring sale"}]
    assert "promotion_id" not in AdGroupUpdateRequest(id="1").to_dict()


def test_a_token_changed_between_two_requests_is_used_by_the_second() -> None:
    client, requests = recording_client(board_answer, token="token-1")

    boards_get.sync("1", client=client)
    client.token = "token-2"
    boards_get.sync("1", client=client)

    assert [r.headers["Authorization"] for r in requests] == ["Bearer token-1", "Bearer token-2"]


def test_token_is_applied_to_a_handed_in_httpx_client() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=BOARD)

    client = AuthenticatedClient(base_url="http://unused.invalid", token="token-1")
    client.set_httpx_client(httpx.Client(base_url=BASE_URL, transport=httpx.MockTransport(handler)))

    boards_get.sync("1", client=client)
    client.token = "token-2"
    boards_get.sync("1", client=client)

    assert [str(r.url) for r in requests] == [f"{BASE_URL}/boards/1"] * 2
    assert [r.headers["Authorization"] for r in requests] == ["Bearer token-1", "Bearer token-2"]


def test_a_caller_supplied_auth_flow_replaces_the_bearer_token() -> None:
    class SignedAuth(httpx.Auth):
        def auth_flow(
            self, request: httpx.Request
        ) -> Generator[httpx.Request, httpx.Response, None]:
            request.headers["Authorization"] = "Signed abc"
            yield request

    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=BOARD)

    client = AuthenticatedClient(
        base_url=BASE_URL,
        token="ignored",
        auth=SignedAuth(),
        httpx_args={"transport": httpx.MockTransport(handler)},
    )

    boards_get.sync("1", client=client)

    assert requests[0].headers["Authorization"] == "Signed abc"


def test_with_headers_leaves_the_original_client_unchanged() -> None:
    client, requests = recording_client(board_answer)
    boards_get.sync("1", client=client)  # the original's httpx client exists already

    copy = client.with_headers({"X-Extra": "1"})
    boards_get.sync("1", client=copy)
    boards_get.sync("1", client=client)

    assert [r.headers.get("X-Extra") for r in requests] == [None, "1", None]


def test_a_timeout_is_set_by_default_and_can_be_overridden() -> None:
    default = AuthenticatedClient(base_url=BASE_URL, token="t")
    custom = AuthenticatedClient(base_url=BASE_URL, token="t", timeout=httpx.Timeout(3.0))

    assert default.get_httpx_client().timeout == DEFAULT_TIMEOUT
    assert default.get_async_httpx_client().timeout == DEFAULT_TIMEOUT
    assert DEFAULT_TIMEOUT.read is not None and DEFAULT_TIMEOUT.connect is not None
    assert custom.get_httpx_client().timeout == httpx.Timeout(3.0)


def test_the_default_timeout_reaches_the_request() -> None:
    client, requests = recording_client(board_answer)

    boards_get.sync("1", client=client)

    assert requests[0].extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


def test_async_variant_reads_the_current_token_too() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=BOARD)

    client = AuthenticatedClient(
        base_url=BASE_URL, token="token-1", httpx_args={"transport": httpx.MockTransport(handler)}
    )

    async def two_calls() -> None:
        await boards_get.asyncio("1", client=client)
        client.token = "token-2"
        board = await boards_get.asyncio("1", client=client)
        assert board.name == "Summer recipes"

    asyncio.run(two_calls())

    assert [r.headers["Authorization"] for r in requests] == ["Bearer token-1", "Bearer token-2"]


@pytest.mark.parametrize(
    ("section_id", "sent_path"),
    [
        ("..", "/v5/boards/B1/sections/%2E%2E"),
        (".", "/v5/boards/B1/sections/%2E"),
        ("../../pins/P1", "/v5/boards/B1/sections/..%2F..%2Fpins%2FP1"),
        ("a.b", "/v5/boards/B1/sections/a.b"),
    ],
)
def test_a_path_parameter_cannot_climb_to_another_path(section_id: str, sent_path: str) -> None:
    client, requests = recording_client(lambda request: httpx.Response(204))

    board_sections_delete.sync_detailed("B1", section_id, client=client)

    assert requests[0].method == "DELETE"
    assert requests[0].url.raw_path.decode() == sent_path
