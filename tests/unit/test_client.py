"""PinterestSDKClient: settings resolved per client, credentials, errors, and 0.2.7's faults."""

from __future__ import annotations

import asyncio
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
from pinterest._config import resolve_settings
from pinterest.client import PinterestSDKClient
from pinterest.utils.sdk_exceptions import (
    AuthenticationError,
    ConfigurationError,
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
EMPTY_PAGE: dict[str, object] = {"items": [], "bookmark": None}

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


@pytest.mark.parametrize(
    ("argument", "value"),
    [
        ("access_token", ACCESS_TOKEN + "\n"),
        ("access_token", " " + ACCESS_TOKEN),
        ("access_token", "plain-token\twith-tab"),
        ("refresh_token", REFRESH_TOKEN + "\r\n"),
        ("app_secret", APP_SECRET + "\n"),
        ("app_secret", APP_SECRET + "\x00"),
        ("access_token", ACCESS_TOKEN + "\u00e9"),
    ],
)
def test_credentials_with_whitespace_or_control_characters_are_refused(
    argument: str, value: str
) -> None:
    arguments = {"refresh_token": REFRESH_TOKEN, "app_id": APP_ID, "app_secret": APP_SECRET}
    arguments[argument] = value
    variable = {
        "access_token": "PINTEREST_ACCESS_TOKEN",
        "refresh_token": "PINTEREST_REFRESH_ACCESS_TOKEN",
        "app_secret": "PINTEREST_APP_SECRET",
    }[argument]
    others = {key: given for key, given in arguments.items() if key != argument}

    with pytest.raises(ConfigurationError, match=argument) as caught:
        PinterestSDKClient(api_uri=API, **arguments)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=argument) as from_environment:
        resolve_settings(others | {"api_uri": API}, environ={variable: value})

    for text in (str(caught.value), str(from_environment.value), caught.value.message or ""):
        assert value.strip() not in text


@pytest.mark.parametrize(
    ("api_uri", "problem"),
    [
        ("htps://me:s3cretPassw0rd@api.pinterest.com/v5", "https:// or http://"),
        ("https://me:s3cretPassw0rd@api.pinterest.com/v5", "credentials"),
        ("https://:s3cretPassw0rd@api.pinterest.com/v5", "credentials"),
        ("https:///v5?key=s3cretPassw0rd", "no host"),
        ("https://api.pinterest.com/v5?key=s3cretPassw0rd", "query"),
        ("https://api.pinterest.com/v5?", "query"),
        ("https://api.pinterest.com/v5#s3cretPassw0rd", "fragment"),
        ("https://api.pinterest.com/v5/../s3cretPassw0rd", "'..'"),
        ("https://api.pinterest.com/./v5", "'.'"),
        ("https://api.pinterest.com:99999/s3cretPassw0rd", "not a valid URL"),
        ("https://api.pinterest.com/v5\n", "whitespace"),
    ],
)
def test_a_malformed_api_uri_is_named_without_echoing_it(api_uri: str, problem: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        PinterestSDKClient(access_token=ACCESS_TOKEN, api_uri=api_uri)

    text = str(caught.value)
    assert "api_uri" in text and problem in text
    assert "s3cretPassw0rd" not in text and api_uri.strip() not in text


def test_an_api_uri_query_would_have_dropped_the_request_path() -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError, match="api_uri"):
        PinterestSDKClient(
            access_token=ACCESS_TOKEN, api_uri=f"{API}?x=1", transport=recorder.transport
        )
    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN, api_uri=f"{API}/", transport=recorder.transport
    )

    list_boards(client)

    assert recorder.requests[0].url.path == "/v5/boards"


@pytest.mark.parametrize(
    "timeout", [-1, 0, 0.0, "abc", "5", [1], float("nan"), float("inf"), True, httpx.Timeout(-1)]
)
def test_unusable_timeouts_are_refused_naming_timeout(timeout: object) -> None:
    from pinterest import request_options

    with pytest.raises(ConfigurationError, match="timeout"):
        PinterestSDKClient(access_token=ACCESS_TOKEN, api_uri=API, timeout=timeout)  # type: ignore[arg-type]
    with (
        pytest.raises(ValueError, match="timeout"),
        request_options(timeout=timeout),  # type: ignore[arg-type]
    ):
        pass


@pytest.mark.parametrize("max_retries", [-1, "3", 1.5, True])
def test_unusable_max_retries_in_request_options_are_refused(max_retries: object) -> None:
    from pinterest import request_options

    with (
        pytest.raises(ValueError, match="max_retries"),
        request_options(max_retries=max_retries),  # type: ignore[arg-type]
    ):
        pass


def test_usable_timeouts_reach_the_request() -> None:
    from pinterest import request_options

    recorder = Recorder()
    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN,
        api_uri=API,
        timeout=httpx.Timeout(4.0, pool=None),
        transport=recorder.transport,
    )

    list_boards(client)
    with request_options(timeout=2):
        list_boards(client)

    first, second = (request.extensions["timeout"] for request in recorder.requests)
    assert first == {"connect": 4.0, "read": 4.0, "write": 4.0, "pool": None}
    assert second == {"connect": 2, "read": 2, "write": 2, "pool": 2}


@pytest.mark.parametrize("name", ["Authorization", "authorization", " AUTHORIZATION "])
def test_header_name_cannot_replace_the_authorization_header(name: str) -> None:
    with pytest.raises(ConfigurationError, match="header_name"):
        PinterestSDKClient(
            access_token=ACCESS_TOKEN, api_uri=API, header_name=name, header_value="Bearer other"
        )


@pytest.mark.parametrize(
    ("arguments", "named"),
    [
        ({"header_name": "X-A", "header_value": "a\r\nX-Injected: 1"}, "header_value"),
        ({"header_name": "X-A\n", "header_value": "a"}, "header_name"),
        ({"cookie": "a=b\nc"}, "cookie"),
    ],
)
def test_headers_with_line_breaks_are_refused(arguments: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigurationError, match=named):
        PinterestSDKClient(access_token=ACCESS_TOKEN, api_uri=API, **arguments)  # type: ignore[arg-type]


# -- config.json --------------------------------------------------------------------------


@pytest.mark.parametrize("value", [[ACCESS_TOKEN], {"token": ACCESS_TOKEN}])
def test_config_json_values_that_are_not_scalars_are_refused_without_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: object
) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"access_token": value}))

    with pytest.raises(ConfigurationError, match="access_token") as caught:
        resolve_settings()
    monkeypatch.setenv("PINTEREST_JSON_ENV_VARIABLES", json.dumps({"PINTEREST_APP_ID": value}))
    (tmp_path / "config.json").unlink()
    with pytest.raises(ConfigurationError, match="PINTEREST_APP_ID") as from_variable:
        resolve_settings()

    assert ACCESS_TOKEN not in str(caught.value) + str(from_variable.value)


@pytest.mark.parametrize(
    ("debug", "expected"),
    [
        (True, True),
        (False, False),
        ("yes", True),
        ("On", True),
        ("1", True),
        ("off", False),
        ("no", False),
        ("0", False),
        (1, True),
        (0, False),
    ],
)
def test_config_json_debug_is_a_boolean_or_a_known_word(
    tmp_path: Path, debug: object, expected: bool
) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"debug": debug}))

    assert resolve_settings().debug is expected


@pytest.mark.parametrize("debug", ["maybe", "enabled", 2])
def test_an_unknown_debug_value_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, debug: object
) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"debug": debug}))
    with pytest.raises(ConfigurationError, match="debug"):
        resolve_settings()

    (tmp_path / "config.json").unlink()
    monkeypatch.setenv("PINTEREST_DEBUG", str(debug))
    with pytest.raises(ConfigurationError, match="PINTEREST_DEBUG"):
        resolve_settings()


def test_config_json_accepts_prefixed_keys_and_setting_names(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps(
            {
                "PINTEREST_ACCESS_TOKEN": "from-prefixed-key",
                "refresh_token": "from-setting-name",
                "app_id": 1484362,
                "PINTEREST_APP_SECRET": "secret-from-prefixed-key",
                "pinterest_api_uri": "http://127.0.0.1:9/prefixed",
                "log_file": None,
            }
        )
    )

    settings = resolve_settings()

    assert settings.access_token == "from-prefixed-key"
    assert settings.refresh_token == "from-setting-name"
    assert settings.app_id == "1484362"
    assert settings.app_secret == "secret-from-prefixed-key"
    assert settings.api_uri == "http://127.0.0.1:9/prefixed"
    assert settings.log_file is None


def test_unknown_config_json_keys_give_one_warning_naming_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps({"acess_token": ACCESS_TOKEN, "access_token": ACCESS_TOKEN, "timeout": 5})
    )

    with caplog.at_level(logging.WARNING, logger="pinterest"):
        resolve_settings()
        resolve_settings()

    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].name == "pinterest"
    message = warnings[0].getMessage()
    assert "'acess_token'" in message and "'timeout'" in message
    assert "'access_token'," not in message.split("known keys")[0]
    assert ACCESS_TOKEN not in caplog.text


# -- asynchronous calls through generated_client() ----------------------------------------


def test_async_calls_use_the_clients_transport_headers_retries_and_timeout() -> None:
    answers = iter(
        [
            httpx.Response(503, headers={"Retry-After": "0"}),
            httpx.Response(200, json=EMPTY_PAGE),
        ]
    )
    recorder = Recorder(lambda request: next(answers))
    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN,
        api_uri=API,
        header_name="X-Test",
        header_value="yes",
        timeout=7.0,
        transport=recorder.transport,
    )

    async def list_async() -> object:
        async with client:
            return await boards_list.asyncio_detailed(client=client.generated_client())

    response = asyncio.run(list_async())

    assert getattr(response, "status_code", None) == 200
    assert len(recorder.requests) == 2  # the 503 was retried
    for request in recorder.requests:
        assert str(request.url) == f"{API}/boards"
        assert request.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"
        assert request.headers["X-Test"] == "yes"
        assert request.extensions["timeout"] == httpx.Timeout(7.0).as_dict()


class SyncOnlyTransport(httpx.BaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=EMPTY_PAGE)


def test_a_sync_only_transport_makes_async_calls_fail_instead_of_reaching_the_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> httpx.Response:
        raise AssertionError("an async call reached the default network transport")

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", no_network)
    transport = SyncOnlyTransport()
    client = PinterestSDKClient(access_token=ACCESS_TOKEN, api_uri=API, transport=transport)

    with pytest.raises(ConfigurationError, match="async_transport"):
        asyncio.run(boards_list.asyncio_detailed(client=client.generated_client()))
    list_boards(client)

    assert len(transport.requests) == 1


def test_async_transport_serves_async_calls() -> None:
    sync_recorder, async_recorder = Recorder(), Recorder()
    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN,
        api_uri=API,
        transport=sync_recorder.transport,
        async_transport=async_recorder.transport,
    )

    asyncio.run(boards_list.asyncio_detailed(client=client.generated_client()))
    list_boards(client)

    assert len(sync_recorder.requests) == len(async_recorder.requests) == 1
    with pytest.raises(ConfigurationError, match="async_transport"):
        PinterestSDKClient(
            access_token=ACCESS_TOKEN,
            api_uri=API,
            async_transport=SyncOnlyTransport(),  # type: ignore[arg-type]
        )


def test_an_async_only_transport_makes_sync_calls_fail_instead_of_reaching_the_network() -> None:
    class AsyncOnlyTransport(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, json=EMPTY_PAGE)

    client = PinterestSDKClient(
        access_token=ACCESS_TOKEN, api_uri=API, async_transport=AsyncOnlyTransport()
    )

    response = asyncio.run(boards_list.asyncio_detailed(client=client.generated_client()))
    with pytest.raises(ConfigurationError, match="pass transport="):
        list_boards(client)

    assert response.status_code == 200


def test_debug_setting_shows_request_lines_without_the_token(tmp_path: Path) -> None:
    script = (
        "import httpx\n"
        "from pinterest import _api\n"
        "from pinterest.client import PinterestSDKClient\n"
        "from pinterest_generated.api.boards import boards_list\n"
        "answer = lambda request: httpx.Response(200, json={'items': [], 'bookmark': None})\n"
        "client = PinterestSDKClient(transport=httpx.MockTransport(answer))\n"
        "_api.call(client, boards_list.sync)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={
            "PYTHONPATH": f"{ROOT / 'generated'}:{ROOT}",
            "PATH": "/usr/bin:/bin",
            "PINTEREST_DEBUG": "true",
            "PINTEREST_ACCESS_TOKEN": ACCESS_TOKEN,
            "PINTEREST_API_URI": API,
        },
        capture_output=True,
        text=True,
        check=True,
    )

    assert "/boards" in result.stderr
    assert ACCESS_TOKEN not in result.stderr + result.stdout
