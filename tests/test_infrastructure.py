"""The test harness itself: the network guard, cassette scrubbing, vcr settings and Prism."""

from __future__ import annotations

import asyncio
import contextlib
import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr  # type: ignore[import-untyped]
from vcr.request import Request  # type: ignore[import-untyped]

from scripts.prism import PRISM_BIN, PrismError, default_spec_path, running_prism
from tests._network_guard import (
    LOOPBACK_ADDRESSES,
    LOOPBACK_NAMES,
    NetworkAccessDenied,
    NetworkGuard,
)
from tests._vcr_scrub import PLACEHOLDER, scrub_body, scrub_request, scrub_response
from tests.conftest import ROOT, cassette_dir_for, record_mode_from_env

pytest_plugins = ["pytester"]

FAKE_TOKEN = "pina_FAKE_TOKEN_0123456789"
FAKE_REFRESH_TOKEN = "pinr_FAKE_REFRESH_0123456789"
FAKE_CLIENT_ID = "1234567"
FAKE_CLIENT_SECRET = "FAKE_CLIENT_SECRET_abcdef"
BASIC_CREDENTIAL = "MTIzNDU2NzpGQUtFX0NMSUVOVF9TRUNSRVRfYWJjZGVm"  # base64 of id:secret
DOCUMENTATION_ADDRESS = "203.0.113.1"  # TEST-NET-3: never routed


# -- a small local HTTP server ----------------------------------------------------------------


class _TokenEndpoint(http.server.BaseHTTPRequestHandler):
    """Answers like Pinterest's token endpoint, with fake credentials."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._answer()

    def do_GET(self) -> None:
        self._answer()

    def _answer(self) -> None:
        body = json.dumps(
            {
                "access_token": FAKE_TOKEN,
                "refresh_token": FAKE_REFRESH_TOKEN,
                "token_type": "bearer",
                "expires_in": 2592000,
                "scope": "boards:read pins:read",
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Set-Cookie", f"session={FAKE_TOKEN}; HttpOnly")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def local_server() -> Iterator[str]:
    """Base URL of an HTTP server on 127.0.0.1 that answers like the token endpoint."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _TokenEndpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def guard(network_guard: NetworkGuard, monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    """The session's guard, allowing loopback only even while cassettes are being recorded."""
    monkeypatch.setattr(network_guard, "allowed_names", set(LOOPBACK_NAMES))
    monkeypatch.setattr(network_guard, "allowed_addresses", set(LOOPBACK_ADDRESSES))
    return network_guard


@pytest.fixture
def real_connect_calls(guard: NetworkGuard, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Addresses that reached the real `socket.connect` / `connect_ex` / `getaddrinfo`."""
    calls: list[Any] = []
    for owner, name in ((socket.socket, "connect"), (socket.socket, "connect_ex")):
        original = guard._originals[(owner, name)]

        def spy(sock: socket.socket, address: Any, _original: Any = original) -> Any:
            calls.append(address)
            return _original(sock, address)

        monkeypatch.setitem(guard._originals, (owner, name), spy)

    original_lookup = guard._originals[(socket, "getaddrinfo")]

    def lookup_spy(host: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(host)
        return original_lookup(host, *args, **kwargs)

    monkeypatch.setitem(guard._originals, (socket, "getaddrinfo"), lookup_spy)
    return calls


def _contains_denial(error: BaseException) -> bool:
    if isinstance(error, NetworkAccessDenied):
        return True
    if isinstance(error, BaseExceptionGroup):
        return any(_contains_denial(inner) for inner in error.exceptions)
    cause = error.__cause__ or error.__context__
    return cause is not None and _contains_denial(cause)


# -- network guard ----------------------------------------------------------------------------


def test_guard_refuses_a_non_loopback_address_before_connecting(
    guard: NetworkGuard, real_connect_calls: list[Any]
) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    started = time.monotonic()
    try:
        with guard.expect_refusal(), pytest.raises(NetworkAccessDenied, match="203"):
            sock.connect((DOCUMENTATION_ADDRESS, 80))
        with guard.expect_refusal(), pytest.raises(NetworkAccessDenied):
            sock.connect_ex((DOCUMENTATION_ADDRESS, 443))
    finally:
        sock.close()

    assert real_connect_calls == []
    assert time.monotonic() - started < 0.5


def test_guard_refuses_a_host_name_without_looking_it_up(
    guard: NetworkGuard, real_connect_calls: list[Any]
) -> None:
    with guard.expect_refusal(), pytest.raises(NetworkAccessDenied, match="pinterest"):
        socket.getaddrinfo("api.pinterest.com", 443)
    with guard.expect_refusal(), pytest.raises(NetworkAccessDenied):
        socket.create_connection(("api.pinterest.com", 443), timeout=1)
    with guard.expect_refusal(), pytest.raises(NetworkAccessDenied):
        socket.gethostbyname("example.com")

    assert real_connect_calls == []


def test_guard_refuses_udp_datagrams_to_other_hosts(guard: NetworkGuard) -> None:
    with (
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock,
        guard.expect_refusal(),
        pytest.raises(NetworkAccessDenied),
    ):
        sock.sendto(b"\x00", (DOCUMENTATION_ADDRESS, 53))


def test_guard_stops_httpx(guard: NetworkGuard, real_connect_calls: list[Any]) -> None:
    with guard.expect_refusal(), pytest.raises(NetworkAccessDenied):
        httpx.get(f"http://{DOCUMENTATION_ADDRESS}/v5/boards", timeout=5)
    with guard.expect_refusal(), pytest.raises(NetworkAccessDenied):
        httpx.get("https://api.pinterest.com/v5/boards", timeout=5)

    assert real_connect_calls == []


def test_guard_stops_async_httpx(guard: NetworkGuard) -> None:
    async def fetch(url: str) -> None:
        async with httpx.AsyncClient(timeout=5) as client:
            await client.get(url)

    for url in (f"http://{DOCUMENTATION_ADDRESS}/", "https://api.pinterest.com/v5/boards"):
        with guard.expect_refusal(), pytest.raises(BaseException) as raised:
            asyncio.run(fetch(url))
        assert _contains_denial(raised.value), raised.value


def test_guard_allows_loopback(local_server: str, real_connect_calls: list[Any]) -> None:
    port = int(local_server.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass

    assert httpx.get(f"{local_server}/oauth/token", timeout=5).status_code == 200
    assert httpx.get(f"http://localhost:{port}/", timeout=5).status_code == 200
    assert ("127.0.0.1", port) in real_connect_calls


def test_guard_allows_ipv6_loopback(guard: NetworkGuard) -> None:
    try:
        listener = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        listener.bind(("::1", 0))
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")
    with listener:
        listener.listen(1)
        port = listener.getsockname()[1]
        with socket.create_connection(("::1", port), timeout=5):
            pass


def test_guard_keeps_refusals_that_the_code_swallowed(guard: NetworkGuard) -> None:
    # What careless code under test might do:
    with contextlib.suppress(Exception):
        httpx.get(f"http://{DOCUMENTATION_ADDRESS}/", timeout=5)

    assert guard.take_refused() == [f"getaddrinfo {DOCUMENTATION_ADDRESS}:80"]


def test_guard_allows_hosts_named_for_recording() -> None:
    guard = NetworkGuard(allowed_names=["api.pinterest.com"])

    assert guard.is_allowed_host("api.pinterest.com")
    assert guard.is_allowed_host("API.Pinterest.com.")
    assert not guard.is_allowed_host("api.pinterest.com.evil.example")
    assert not guard.is_allowed_host(DOCUMENTATION_ADDRESS)


def test_a_swallowed_attempt_fails_the_test(pytester: pytest.Pytester, guard: NetworkGuard) -> None:
    pytester.makeconftest(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from tests.conftest import network_guard, pytest_configure, pytest_unconfigure\n"
    )
    pytester.makepyfile(
        test_swallow=(
            "import socket\n"
            "def test_swallows():\n"
            "    try:\n"
            f"        socket.create_connection(({DOCUMENTATION_ADDRESS!r}, 80), timeout=1)\n"
            "    except Exception:\n"
            "        pass\n"
        )
    )

    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")

    # pytest counts a failure in teardown as an error next to the passed call.
    result.assert_outcomes(passed=1, errors=1)
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*tried to reach the network*203.0.113.1:80*"])
    # The nested run put the outer guard back when it finished.
    with guard.expect_refusal(), pytest.raises(NetworkAccessDenied):
        socket.getaddrinfo(DOCUMENTATION_ADDRESS, 80)


# -- cassette scrubbing ----------------------------------------------------------------------


def test_scrub_request_replaces_bearer_token_and_keeps_scheme() -> None:
    request = Request(
        "GET",
        f"https://api.pinterest.com/v5/boards?access_token={FAKE_TOKEN}&page_size=25",
        None,
        {"Authorization": f"Bearer {FAKE_TOKEN}", "Accept": "application/json"},
    )

    scrubbed = scrub_request(request)

    assert scrubbed.headers["Authorization"] == f"Bearer {PLACEHOLDER}"
    assert scrubbed.headers["Accept"] == "application/json"
    assert scrubbed.uri == (
        f"https://api.pinterest.com/v5/boards?access_token={PLACEHOLDER}&page_size=25"
    )


def test_scrub_request_replaces_form_encoded_token_request() -> None:
    body = (
        f"grant_type=refresh_token&refresh_token={FAKE_REFRESH_TOKEN}"
        f"&client_id={FAKE_CLIENT_ID}&client_secret={FAKE_CLIENT_SECRET}&code=abc123"
    )
    request = Request(
        "POST",
        "https://api.pinterest.com/v5/oauth/token",
        body.encode(),
        {
            "Authorization": f"Basic {BASIC_CREDENTIAL}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )

    scrubbed = scrub_request(request)

    assert scrubbed.headers["Authorization"] == f"Basic {PLACEHOLDER}"
    assert (
        scrubbed.body
        == (
            f"grant_type=refresh_token&refresh_token={PLACEHOLDER}&client_id={PLACEHOLDER}"
            f"&client_secret={PLACEHOLDER}&code={PLACEHOLDER}"
        ).encode()
    )


def test_scrub_body_replaces_nested_json_secrets_and_keeps_the_rest() -> None:
    body = json.dumps(
        {
            "access_token": FAKE_TOKEN,
            "nested": {"refresh_token": FAKE_REFRESH_TOKEN, "client_id": FAKE_CLIENT_ID},
            "items": [{"client_secret": FAKE_CLIENT_SECRET, "name": "Basic recipes"}],
            "code": 2,
            "message": f"Authentication failed for {FAKE_TOKEN}",
            "header": f"Basic {BASIC_CREDENTIAL}",
        }
    ).encode()

    scrubbed = scrub_body(body, "application/json")

    assert isinstance(scrubbed, bytes)
    assert json.loads(scrubbed) == {
        "access_token": PLACEHOLDER,
        "nested": {"refresh_token": PLACEHOLDER, "client_id": PLACEHOLDER},
        "items": [{"client_secret": PLACEHOLDER, "name": "Basic recipes"}],
        "code": 2,
        "message": f"Authentication failed for {PLACEHOLDER}",
        "header": f"Basic {PLACEHOLDER}",
    }


def test_scrub_body_leaves_a_clean_body_byte_for_byte() -> None:
    body = b'{"items": [{"id": "1", "name": "Bearer bonds"}], "bookmark": null}'

    assert scrub_body(body, "application/json") is body


def test_scrub_response_replaces_token_endpoint_answer() -> None:
    body = json.dumps(
        {
            "access_token": FAKE_TOKEN,
            "refresh_token": FAKE_REFRESH_TOKEN,
            "token_type": "bearer",
            "expires_in": 2592000,
            "scope": "boards:read",
        }
    ).encode()
    response: dict[str, Any] = {
        "status": {"code": 200, "message": "OK"},
        "headers": {
            "Content-Type": ["application/json"],
            "Content-Length": [str(len(body))],
            "Set-Cookie": [f"session={FAKE_TOKEN}"],
        },
        "body": {"string": body},
    }

    scrubbed = scrub_response(response)

    recorded = scrubbed["body"]["string"]
    assert json.loads(recorded) == {
        "access_token": PLACEHOLDER,
        "refresh_token": PLACEHOLDER,
        "token_type": "bearer",
        "expires_in": 2592000,
        "scope": "boards:read",
    }
    assert scrubbed["headers"]["Set-Cookie"] == [PLACEHOLDER]
    assert scrubbed["headers"]["Content-Length"] == [str(len(recorded))]


def test_recorded_cassette_holds_no_credentials_and_replays(
    local_server: str, tmp_path: Path, vcr_config: dict[str, Any]
) -> None:
    cassette = tmp_path / "token.yaml"
    settings = {**vcr_config, "record_mode": "once"}

    def ask_for_token() -> httpx.Response:
        return httpx.post(
            f"{local_server}/oauth/token",
            data={
                "grant_type": "refresh_token",
                "refresh_token": FAKE_REFRESH_TOKEN,
                "client_id": FAKE_CLIENT_ID,
                "client_secret": FAKE_CLIENT_SECRET,
            },
            headers={"Authorization": f"Basic {BASIC_CREDENTIAL}"},
            timeout=5,
        )

    with vcr.use_cassette(str(cassette), **settings):
        live = ask_for_token()
    assert live.json()["access_token"] == FAKE_TOKEN  # the caller still sees the real answer

    text = cassette.read_text()
    for secret in (
        FAKE_TOKEN,
        FAKE_REFRESH_TOKEN,
        FAKE_CLIENT_SECRET,
        BASIC_CREDENTIAL,
        f"client_id={FAKE_CLIENT_ID}",
    ):
        assert secret not in text
    assert text.count(PLACEHOLDER) >= 6

    replay_settings = {**vcr_config, "record_mode": "none"}
    with vcr.use_cassette(str(cassette), **replay_settings) as replayed:
        answer = ask_for_token()
    assert replayed.play_count == 1
    assert answer.json()["access_token"] == PLACEHOLDER
    assert answer.json()["token_type"] == "bearer"


# -- vcr settings ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({}, "none"), ({"PINTEREST_RECORD": "0"}, "none"), ({"PINTEREST_RECORD": "1"}, "once")],
)
def test_record_mode_follows_pinterest_record(environ: dict[str, str], expected: str) -> None:
    assert record_mode_from_env(environ) == expected


def test_record_mode_rejects_unknown_values() -> None:
    with pytest.raises(pytest.UsageError, match="PINTEREST_RECORD"):
        record_mode_from_env({"PINTEREST_RECORD": "yes"})


def test_vcr_config_replays_only_by_default(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    monkeypatch.delenv("PINTEREST_RECORD", raising=False)
    if request.config.getoption("--record-mode", default=None) is not None:
        pytest.skip("--record-mode was given on the command line")

    config = request.getfixturevalue("vcr_config")

    assert config["record_mode"] == "none"
    assert config["before_record_request"] is scrub_request
    assert config["before_record_response"] is scrub_response
    assert config["decode_compressed_response"] is True


def test_cassettes_live_under_the_repository_cassettes_folder(vcr_cassette_dir: str) -> None:
    assert Path(vcr_cassette_dir) == ROOT / "cassettes" / "test_infrastructure"
    assert cassette_dir_for(ROOT / "tests" / "compat" / "test_x.py") == (
        ROOT / "cassettes" / "compat" / "test_x"
    )


# -- Prism ------------------------------------------------------------------------------------


@pytest.mark.prism
def test_prism_serves_paths_without_the_v5_prefix(prism_base_url: str) -> None:
    auth = {"Authorization": f"Bearer {FAKE_TOKEN}"}

    boards = httpx.get(f"{prism_base_url}/boards", headers=auth, timeout=30)
    prefixed = httpx.get(f"{prism_base_url}/v5/boards", headers=auth, timeout=30)

    assert boards.status_code == 200
    assert isinstance(boards.json()["items"], list)
    assert "sl-violations" not in boards.headers
    assert prefixed.status_code == 404
    assert prefixed.headers["content-type"] == "application/problem+json"
    assert prefixed.json()["type"].endswith("#NO_PATH_MATCHED_ERROR")


@pytest.mark.prism
def test_prism_reports_request_violations_in_a_header(prism_base_url: str) -> None:
    auth = {"Authorization": f"Bearer {FAKE_TOKEN}"}

    too_big = httpx.get(f"{prism_base_url}/boards?page_size=1000", headers=auth, timeout=30)
    anonymous = httpx.get(f"{prism_base_url}/boards", timeout=30)

    assert too_big.status_code == 400
    violations = json.loads(too_big.headers["sl-violations"])
    assert [v["location"] for v in violations] == [["request", "query", "page_size"]]
    assert violations[0]["severity"] == "Error"
    assert anonymous.status_code == 401
    assert json.loads(anonymous.headers["sl-violations"])[0]["code"] == 401


@pytest.mark.prism
def test_running_prism_reports_a_port_it_cannot_use() -> None:
    spec = default_spec_path()
    if spec is None or not PRISM_BIN.exists():
        pytest.skip("needs Prism (`npm ci`) and PINTEREST_OPENAPI_SPEC")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as occupied:
        occupied.bind(("127.0.0.1", 0))
        occupied.listen(1)
        port = occupied.getsockname()[1]
        with (
            pytest.raises(PrismError, match="exited with status"),
            running_prism(spec, port=port, startup_timeout=30),
        ):
            pass
