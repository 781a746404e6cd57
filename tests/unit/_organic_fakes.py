"""A fake Pinterest API for the Organic unit tests: answers in order, every request recorded."""

from __future__ import annotations

import json
from typing import Any

import httpx

from pinterest.client import PinterestSDKClient

API = "http://127.0.0.1/v5"
TOKEN = "organic-test-token"


class FakeApi:
    """Answers requests in the order given and records every request it saw."""

    def __init__(self, *answers: tuple[int, Any]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if not self.answers:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        status, body = self.answers.pop(0)
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    def client(self) -> PinterestSDKClient:
        return PinterestSDKClient(
            access_token=TOKEN,
            api_uri=API,
            max_retries=0,
            transport=httpx.MockTransport(self),
        )

    def seen(self) -> list[tuple[str, str, dict[str, list[str]], Any]]:
        """Give (method, path, query, JSON body) of every request."""
        result = []
        for request in self.requests:
            query: dict[str, list[str]] = {}
            for key, value in request.url.params.multi_items():
                query.setdefault(key, []).append(value)
            body = json.loads(request.content) if request.content else None
            result.append((request.method, request.url.path, query, body))
        return result
