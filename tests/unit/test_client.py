"""PinterestSDKClient: settings resolved per client, credentials, errors, and 0.2.7's faults."""

from __future__ import annotations

import base64
import json
import logging
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs

import httpx
import pytest

from pinterest import _api
from pinterest import client as client_module
from pinterest._config import ConfigurationError, resolve_settings
from pinterest.client import PinterestSDKClient
from pinterest.utils.sdk_exceptions import (
    AuthenticationError,
    NetworkError,
    NotFoundError,
    SdkException,
    ServerError,
)
from pinterest_generated.api.boards import boards_list
from tests._fakes import (
    ACCESS_TOKEN,
    APP_ID,
    APP_SECRET,
    NEW_ACCESS_TOKEN,
    NEW_REFRESH_TOKEN,
    REFRESH_TOKEN,
    SECRETS,
)

ROOT = Path(__file__).resolve().parents[2]
API = "http://127.0.0.1:9/v5"
EMPTY_PAGE = {"items": [], "bookmark": None}

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No PINTEREST_* variable, an empty working directory, no default client."""
    for name in list(__import__("os").environ):
        if name.startswith("PINTEREST_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    PinterestSDKClient._reset_default_client()
    client_module._default_overrides.clear()
    yield
    PinterestSDKClient._reset_default_client()
    client_module._default_overrides.clear()


class Recorder:
    """A MockTransport handler that records requests and answers from a function."""

    def __init__(self, answer: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer or (lambda request: httpx.Response(200, json=EMPTY_PAGE))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answer(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def list_boards(client: PinterestSDKClient) -> object:
    return _api.call(client, boards_list.sync)


def test_environment_set_after_import_is_used_by_the_next_client(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PINTEREST_ACCESS_TOKEN", ACCESS_TOKEN)
    monkeypatch.setenv("PINTEREST_API_URI", "http://127.0.0.1:9/first")
    first = PinterestSDKClient()
    monkeypatch.setenv("PINTEREST_API_URI", "http://127.0.0.1:9/second")
    recorder = Recorder()
    second = PinterestSDKClient(transport=recorder.transport)

    list_boards(second)

    assert first.api_uri == "http://127.0.0.1:9/first"
    assert str(recorder.requests[0].url).startswith("http://127.0.0.1:9/second/boards")
    assert recorder.requests[0].headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"


def test_set_default_refresh_token_is_used_with_credentials_in_the_right_places(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PINTEREST_API_URI", API)

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(200, json={"access_token": NEW_ACCESS_TOKEN, "expires_in": 3600})
        return httpx.Response(200, json=EMPTY_PAGE)

    recorder = Recorder(answer)
    PinterestSDKClient.set_default_refresh_token(REFRESH_TOKEN, APP_ID, APP_SECRET)
    default = PinterestSDKClient.create_default_client()
    default._transport = recorder.transport

    list_boards(default)

    token_request, boards_request = recorder.requests
    assert token_request.url.path == "/v5/oauth/token"
    basic = base64.b64encode(f"{APP_ID}:{APP_SECRET}".encode()).decode()
    assert token_request.headers["Authorization"] == f"Basic {basic}"
    form = parse_qs(token_request.content.decode())
    assert form["grant_type"] == ["refresh_token"]
    assert form["refresh_token"] == [REFRESH_TOKEN]
    assert boards_request.headers["Authorization"] == f"Bearer {NEW_ACCESS_TOKEN}"


def test_constructor_passes_refresh_credentials_in_the_right_order() -> None:
    recorder = Recorder(
        lambda request: (
            httpx.Response(200, json={"access_token": NEW_ACCESS_TOKEN})
            if request.url.path.endswith("/oauth/token")
            else httpx.Response(200, json=EMPTY_PAGE)
        )
    )
    client = PinterestSDKClient(
        refresh_token=REFRESH_TOKEN,
        app_id=APP_ID,
        app_secret=APP_SECRET,
        api_uri=API,
        transport=recorder.transport,
    )

    list_boards(client)

    basic = base64.b64decode(recorder.requests[0].headers["Authorization"].split()[1]).decode()
    assert basic == f"{APP_ID}:{APP_SECRET}"
    assert parse_qs(recorder.requests[0].content.decode())["refresh_token"] == [REFRESH_TOKEN]


def test_expired_token_is_refreshed_on_401_and_rotated_refresh_token_is_handed_over() -> None:
    rotated: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/token"):
            return httpx.Response(
                200,
                json={"access_token": NEW_ACCESS_TOKEN, "refresh_token": NEW_REFRESH_TOKEN},
            )
        if request.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}":
            return httpx.Response(401, json={"code": 2, "message": "Authentication failed."})
        return httpx.Response(200, json=EMPTY_PAGE)

    recorder = Recorder(answer)
    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN,
        refresh_token=REFRESH_TOKEN,
        app_id=APP_ID,
        app_secret=APP_SECRET,
        api_uri=API,
        on_refresh_token=rotated.append,
        transport=recorder.transport,
    )

    list_boards(client)
    list_boards(client)

    paths = [request.url.path for request in recorder.requests]
    assert paths == ["/v5/boards", "/v5/oauth/token", "/v5/boards", "/v5/boards"]
    assert rotated == [NEW_REFRESH_TOKEN]
    assert client.access_token == NEW_ACCESS_TOKEN
    second_refresh = parse_qs(recorder.requests[1].content.decode())
    assert second_refresh["refresh_token"] == [REFRESH_TOKEN]


def test_explicit_arguments_win_over_environment_which_wins_over_config_json(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps({"access_token": "from-config", "api_uri": "http://127.0.0.1:9/config"})
    )
    assert resolve_settings().access_token == "from-config"

    monkeypatch.setenv("PINTEREST_ACCESS_TOKEN", "from-env")
    settings = resolve_settings()
    assert (settings.access_token, settings.api_uri) == ("from-env", "http://127.0.0.1:9/config")

    assert resolve_settings({"access_token": "explicit"}).access_token == "explicit"


def test_config_json_is_not_looked_for_in_other_folders(tmp_path: Path) -> None:
    sibling = tmp_path / "some-other-program"
    sibling.mkdir()
    (sibling / "config.json").write_text(json.dumps({"access_token": "not-ours"}))

    assert resolve_settings().access_token is None
    with pytest.raises(ConfigurationError, match="no credentials"):
        PinterestSDKClient()


def test_config_file_variable_names_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "settings" / "pinterest.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"ACCESS_TOKEN": "from-named-file"}))
    monkeypatch.setenv("PINTEREST_CONFIG_FILE", str(path))

    assert resolve_settings().access_token == "from-named-file"

    monkeypatch.setenv("PINTEREST_CONFIG_FILE", str(tmp_path / "missing.json"))
    with pytest.raises(ConfigurationError, match="PINTEREST_CONFIG_FILE"):
        resolve_settings()


def test_broken_config_json_names_the_file_and_not_its_content(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"access_token": "' + ACCESS_TOKEN + '",')

    with pytest.raises(ConfigurationError) as caught:
        resolve_settings()

    assert "config.json" in str(caught.value)
    assert ACCESS_TOKEN not in str(caught.value)


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"access_token": 123}, "access_token"),
        ({"access_token": " "}, "access_token"),
        ({"access_token": ACCESS_TOKEN, "api_uri": "ftp://example.com"}, "api_uri"),
        ({"access_token": ACCESS_TOKEN, "api_uri": "api.pinterest.com/v5"}, "api_uri"),
        ({"access_token": ACCESS_TOKEN, "pool_threads": 0}, "pool_threads"),
        ({"access_token": ACCESS_TOKEN, "max_retries": -1}, "max_retries"),
        ({"access_token": ACCESS_TOKEN, "timeout": 0}, "timeout"),
        ({"access_token": ACCESS_TOKEN, "header_name": "X-A"}, "header_value"),
        ({"refresh_token": REFRESH_TOKEN}, "app_id"),
    ],
)
def test_bad_arguments_fail_before_any_request_naming_the_argument(
    arguments: dict[str, object], named: str
) -> None:
    with pytest.raises(ConfigurationError, match=named) as caught:
        PinterestSDKClient(**arguments)  # type: ignore[arg-type]

    assert all(secret not in str(caught.value) for secret in SECRETS)


def test_header_and_cookie_are_sent_with_every_request() -> None:
    recorder = Recorder()
    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN,
        header_name="X-Test",
        header_value="yes",
        cookie="a=b",
        api_uri=API,
        transport=recorder.transport,
    )

    list_boards(client)

    assert recorder.requests[0].headers["X-Test"] == "yes"
    assert recorder.requests[0].headers["Cookie"] == "a=b"


def test_repr_and_debug_mode_never_show_the_token(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("PINTEREST_DEBUG", "true")
    recorder = Recorder()
    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN, api_uri=API, transport=recorder.transport
    )

    with caplog.at_level(logging.DEBUG):
        list_boards(client)

    output = capsys.readouterr()
    assert ACCESS_TOKEN not in repr(client) + str(client) + repr(client._settings)
    assert ACCESS_TOKEN not in output.out + output.err
    assert ACCESS_TOKEN not in caplog.text
    assert any(record.name.startswith("pinterest") for record in caplog.records)


def test_http_errors_raise_the_matching_sdk_exception() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("bookmark") == "missing":
            return httpx.Response(
                404,
                json={"code": 40, "message": "Board not found."},
                headers={"x-pinterest-rid": "rid-1"},
            )
        return httpx.Response(502, text="<html><title>Bad Gateway</title></html>")

    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN, api_uri=API, max_retries=0, transport=Recorder(answer).transport
    )

    with pytest.raises(NotFoundError) as not_found:
        _api.call(client, boards_list.sync, bookmark="missing")
    with pytest.raises(ServerError) as bad_gateway:
        list_boards(client)

    assert (not_found.value.status, not_found.value.code) == (404, 40)
    assert not_found.value.message == "Board not found."
    assert not_found.value.request_id == "rid-1"
    assert bad_gateway.value.status == 502
    assert "Bad Gateway" in str(bad_gateway.value.body)


def test_network_failure_raises_a_network_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN, api_uri=API, max_retries=0, transport=Recorder(refuse).transport
    )

    with pytest.raises(NetworkError) as caught:
        list_boards(client)
    assert isinstance(caught.value, SdkException)


def test_refresh_failure_raises_authentication_error_without_secrets() -> None:
    recorder = Recorder(
        lambda request: httpx.Response(
            400, json={"code": 1, "message": f"Invalid refresh token {REFRESH_TOKEN}"}
        )
    )
    client = PinterestSDKClient(
        refresh_token=REFRESH_TOKEN,
        app_id=APP_ID,
        app_secret=APP_SECRET,
        api_uri=API,
        transport=recorder.transport,
    )

    with pytest.raises(AuthenticationError) as caught:
        list_boards(client)

    text = str(caught.value) + repr(caught.value)
    assert all(secret not in text for secret in SECRETS)


def test_a_given_client_is_kept_and_default_client_is_not_created(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client = PinterestSDKClient(access_token=ACCESS_TOKEN, api_uri=API)

    assert client_module.resolve_client(client) is client
    assert client_module.default_sdk_client is None
    with pytest.raises(TypeError, match="client"):
        client_module.resolve_client("not a client")  # type: ignore[arg-type]


def test_importing_the_sdk_has_no_side_effects_and_loads_nothing_heavy(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text("this is not JSON")
    script = (
        "import os, sys\n"
        "before = dict(os.environ)\n"
        "import pinterest, pinterest.client, pinterest.utils.bookmark\n"
        "import pinterest.utils.base_model, pinterest.utils.sdk_exceptions\n"
        "heavy = sorted(m for m in sys.modules\n"
        "               if m.split('.')[0] in ('httpx', 'httpcore', 'attrs', 'attr')\n"
        "               or m.startswith('pinterest_generated'))\n"
        "print(heavy, dict(os.environ) == before)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{ROOT / 'generated'}:{ROOT}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.strip() == "[] True"
