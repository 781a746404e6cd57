"""A fake Pinterest API for the ads unit tests: canned answers by route, every request recorded."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

import pinterest.client
from pinterest.client import PinterestSDKClient

API_PREFIX = "/v5"
ACCESS_TOKEN = "access-token-for-tests-0001"


@dataclass
class Sent:
    """One request the SDK sent."""

    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    headers: httpx.Headers
    url: httpx.URL


class FakeApi:
    """Answers requests from a queue per `(method, path)`; the last answer of a queue repeats.

    A request with no route fails the test with a 599 answer and is recorded all the same.
    """

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], list[tuple[int, Any]]] = {}
        self.sent: list[Sent] = []

    def on(self, method: str, path: str, *answers: Any, status: int = 200) -> FakeApi:
        queue = self.routes.setdefault((method.upper(), path), [])
        for answer in answers:
            queue.append(answer if isinstance(answer, tuple) else (status, answer))
        return self

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.startswith(API_PREFIX):
            path = path[len(API_PREFIX) :]
        query: dict[str, list[str]] = {}
        for key, value in request.url.params.multi_items():
            query.setdefault(key, []).append(value)
        content = request.read()
        body = json.loads(content) if content else None
        self.sent.append(Sent(request.method, path, query, body, request.headers, request.url))
        queue = self.routes.get((request.method, path))
        if not queue:
            return httpx.Response(599, json={"code": 0, "message": f"no route {path}"})
        status, answer = queue[0] if len(queue) == 1 else queue.pop(0)
        if isinstance(answer, bytes):
            return httpx.Response(status, content=answer)
        return httpx.Response(status, json=answer)

    def client(self) -> PinterestSDKClient:
        return PinterestSDKClient(
            access_token=ACCESS_TOKEN,
            max_retries=0,
            transport=httpx.MockTransport(self.handler),
        )


def fake_default_client(monkeypatch: pytest.MonkeyPatch) -> FakeApi:
    """Put a fake API behind the *default* client, to prove that a call did not go there."""
    other = FakeApi()
    monkeypatch.setattr(pinterest.client, "default_sdk_client", other.client())
    return other


def campaign_json(campaign_id: str = "c1", **fields: Any) -> dict[str, Any]:
    data = {
        "id": campaign_id,
        "ad_account_id": "549755885175",
        "name": "Summer",
        "status": "ACTIVE",
        "objective_type": "AWARENESS",
        "lifetime_spend_cap": 1000000,
        "daily_spend_cap": 20000,
    }
    data.update(fields)
    return data


def ad_group_json(ad_group_id: str = "g1", **fields: Any) -> dict[str, Any]:
    data = {
        "id": ad_group_id,
        "ad_account_id": "549755885175",
        "campaign_id": "c1",
        "name": "Group",
        "status": "ACTIVE",
        "billable_event": "IMPRESSION",
        "auto_targeting_enabled": True,
    }
    data.update(fields)
    return data


def ad_json(ad_id: str = "a1", **fields: Any) -> dict[str, Any]:
    data = {
        "id": ad_id,
        "ad_account_id": "549755885175",
        "ad_group_id": "g1",
        "campaign_id": "c1",
        "pin_id": "p1",
        "creative_type": "REGULAR",
        "status": "ACTIVE",
    }
    data.update(fields)
    return data
