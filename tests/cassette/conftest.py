"""Fixtures for cassette tests: a client that needs no server on replay, and strict parsing.

On replay (the default) every request is answered from `cassettes/cassette/<module>/`, and the
client points at `REPLAY_BASE_URL`, where nothing has to listen. Requests are matched on
method, path (without the `/v5` prefix), query and body, never on host or port, so a cassette
recorded against the local mock and one recorded against api.pinterest.com replay alike.

With `PINTEREST_RECORD=1` a test whose cassette does not exist yet sends its requests to
`PINTEREST_RECORD_API_URI` (for example `https://api.pinterest.com/v5`, with the
contributor's own `PINTEREST_ACCESS_TOKEN`), or to the session's Prism mock when that variable
is unset (with the fake credentials of `tests/_fakes.py`). See docs/cassettes.md.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from vcr import VCR  # type: ignore[import-untyped]
from vcr.cassette import Cassette  # type: ignore[import-untyped]

from pinterest.client import PinterestSDKClient
from tests import _fakes
from tests.cassette._support import (
    RECORD_API_URI_ENV_VAR,
    REPLAY_BASE_URL,
    match_api_path,
)
from tests.conftest import record_mode_from_env

MATCH_ON = ("method", "api_path", "query", "body")
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
HANDWRITTEN_MODULE_PREFIX = "test_handwritten_"
HANDWRITTEN_CASSETTE_PREFIX = "handwritten_"


def pytest_recording_configure(config: pytest.Config, vcr: VCR) -> None:
    vcr.register_matcher("api_path", match_api_path)


def holds_handwritten_cassettes(request: pytest.FixtureRequest) -> bool:
    """Whether the test's module replays hand-written cassettes (`test_handwritten_*.py`)."""
    return Path(str(request.node.path)).name.startswith(HANDWRITTEN_MODULE_PREFIX)


@pytest.fixture
def vcr_config(request: pytest.FixtureRequest, vcr_config: dict[str, Any]) -> dict[str, Any]:
    """The repository's vcrpy settings, matching requests without host and port.

    Hand-written cassettes are only replayed, never recorded over, and their answers are
    replayed as written: vcrpy runs the `before_record_response` scrubber over answers it
    loads too, which would turn the tokens of a hand-written token answer into `REDACTED`.
    They hold placeholders only (test_cassettes_hold_no_secrets.py checks it).
    """
    config = {**vcr_config, "match_on": MATCH_ON}
    if holds_handwritten_cassettes(request):
        config.update(record_mode="none", before_record_response=None)
    return config


@pytest.fixture
def default_cassette_name(request: pytest.FixtureRequest, default_cassette_name: str) -> str:
    """pytest-recording's name; `handwritten_<test name without test_>` for hand-written ones."""
    if holds_handwritten_cassettes(request):
        name: str = request.node.name
        return HANDWRITTEN_CASSETTE_PREFIX + name.removeprefix("test_")
    return default_cassette_name


@pytest.fixture(scope="module", autouse=True)
def mock_started_before_any_cassette(request: pytest.FixtureRequest) -> None:
    """Start the session's Prism before a cassette opens when it is to be recorded against.

    Started inside a test, its readiness probe would be recorded into that test's cassette.
    """
    cli_mode = request.config.getoption("--record-mode", default=None)
    if (cli_mode if cli_mode is not None else record_mode_from_env()) == "none":
        return
    if not os.environ.get(RECORD_API_URI_ENV_VAR, "").strip():
        request.getfixturevalue("prism_base_url")


@pytest.fixture
def live(request: pytest.FixtureRequest, vcr_config: dict[str, Any]) -> bool:
    """Whether this test's requests go to a server (they are recorded) instead of a cassette."""
    mode = vcr_config["record_mode"]
    if mode == "none":
        return False
    if mode == "once":
        folder = Path(str(request.getfixturevalue("vcr_cassette_dir")))
        name = str(request.getfixturevalue("default_cassette_name"))
        return not (folder / f"{name}.yaml").exists()
    return True


@pytest.fixture
def api_base_url(request: pytest.FixtureRequest, live: bool) -> str:
    """Where requests go: nowhere real on replay, else the chosen server or the session Prism."""
    if not live:
        return REPLAY_BASE_URL
    configured = os.environ.get(RECORD_API_URI_ENV_VAR, "").strip()
    if configured:
        return configured
    return str(request.getfixturevalue("prism_base_url"))


@pytest.fixture
def answered_by_mock(live: bool, api_base_url: str, vcr: Cassette | None) -> bool:
    """Whether the answers come from a local mock (Prism) rather than the real API.

    A mock answers writes with the description's examples instead of what was written, so a
    few assertions about updates depend on it. On replay the cassette's first request says
    which server recorded it.
    """
    if live:
        host = urlsplit(api_base_url).hostname or ""
    else:
        assert vcr is not None, "answered_by_mock needs @pytest.mark.vcr"
        assert vcr.requests, "the cassette is empty or missing: record it (docs/cassettes.md)"
        host = str(vcr.requests[0].host)
    return host in LOOPBACK_HOSTS


def access_token_for(live: bool, mock: bool) -> str:
    """Give the token to send: the contributor's own for the real API, else a fake."""
    if live and not mock:
        token = os.environ.get("PINTEREST_ACCESS_TOKEN", "").strip()
        if not token:
            pytest.fail("recording against the real API needs PINTEREST_ACCESS_TOKEN")
        return token
    return _fakes.ACCESS_TOKEN


@pytest.fixture
def client(live: bool, api_base_url: str, answered_by_mock: bool) -> Iterator[PinterestSDKClient]:
    """A client for the server (or cassette) of this test; it never retries."""
    # No retries: a retried request would be a second interaction in the cassette.
    with PinterestSDKClient(
        access_token=access_token_for(live, answered_by_mock),
        api_uri=api_base_url,
        max_retries=0,
    ) as sdk_client:
        yield sdk_client


@pytest.fixture
def strict_parsing_on() -> Iterator[None]:
    """Parse every answer strictly: a difference from the description fails the test."""
    from pinterest_generated.types import strict_parsing

    with strict_parsing():
        yield
