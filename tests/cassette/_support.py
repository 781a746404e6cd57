"""Helpers shared by the cassette tests: request matching without host, and seen requests."""

from __future__ import annotations

import httpx
from vcr.request import Request  # type: ignore[import-untyped]

RECORD_API_URI_ENV_VAR = "PINTEREST_RECORD_API_URI"
REPLAY_BASE_URL = "http://127.0.0.1:4010"
# Prism serves the API's paths without the `/v5` of the API's server URL.
API_PATH_PREFIX = "/v5"


def api_path(path: str) -> str:
    """Give a request path without the API's `/v5` prefix: `/v5/boards` -> `/boards`."""
    if path == API_PATH_PREFIX or path.startswith(API_PATH_PREFIX + "/"):
        path = path[len(API_PATH_PREFIX) :]
    return path or "/"


def match_api_path(first: Request, second: Request) -> None:
    """vcrpy matcher: the same API path, whichever server (and `/v5` prefix) was used."""
    if api_path(first.path) != api_path(second.path):
        raise AssertionError(f"{first.path} != {second.path}")


class SeenRequests(httpx.BaseTransport):
    """Sends through a plain HTTP transport (which vcrpy answers) and keeps every request."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()
