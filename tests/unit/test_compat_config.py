"""What 0.2.7 users relied on: `.env`, `pinterest.config`, `pinterest.version`, `obj._field`."""

from __future__ import annotations

import copy
import json
import logging
import os
import pickle
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pinterest
import pinterest.version
from pinterest import _config, config
from pinterest._config import parse_dotenv, read_dotenv_file, resolve_settings
from pinterest.ads.campaigns import Campaign
from pinterest.client import PinterestSDKClient
from pinterest.utils.base_model import PinterestBaseModel
from pinterest.utils.sdk_exceptions import ConfigurationError
from tests._fakes import ACCESS_TOKEN, APP_ID, APP_SECRET, REFRESH_TOKEN
from tests.unit.test_ads_support import FakeApi, campaign_json

ROOT = Path(__file__).resolve().parents[2]
API = "http://127.0.0.1:9/v5"
ACCOUNT = "549755885175"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No PINTEREST_* variable, an empty working directory, no default client."""
    for name in [name for name in os.environ if name.startswith("PINTEREST_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    PinterestSDKClient._reset_default_client()
    yield
    PinterestSDKClient._reset_default_client()


def pinterest_environment() -> dict[str, str]:
    return {name: value for name, value in os.environ.items() if name.startswith("PINTEREST_")}


# -- the .env parser -----------------------------------------------------------------------


def test_dotenv_parser_reads_the_common_forms() -> None:
    text = "\n".join(
        [
            "# a comment",
            "",
            "PLAIN=value",
            "export EXPORTED=yes",
            "  SPACED  =  around equals  ",
            "SINGLE='kept as written: \\n # not a comment'",
            'DOUBLE="line one\\nline two \\"quoted\\" \\\\ back\\\\slash \\q"',
            "COMMENTED=value # a comment",
            "HASH=a#b",
            "QUOTED_COMMENT='v' # a comment",
            "EMPTY=",
            "TWICE=first",
            "TWICE=second",
            "   # an indented comment",
        ]
    )

    values, unreadable = parse_dotenv(text)

    assert values == {
        "PLAIN": "value",
        "EXPORTED": "yes",
        "SPACED": "around equals",
        "SINGLE": "kept as written: \\n # not a comment",
        "DOUBLE": 'line one\nline two "quoted" \\ back\\slash \\q',
        "COMMENTED": "value",
        "HASH": "a#b",
        "QUOTED_COMMENT": "v",
        "EMPTY": "",
        "TWICE": "second",
    }
    assert unreadable == []


def test_dotenv_parser_names_the_lines_it_cannot_read() -> None:
    text = "\r\n".join(
        [
            "GOOD=1",
            "no equals sign",
            "OPEN='never closed",
            'OPEN2="never closed',
            "AFTER='quoted' trailing words",
            "1STARTS_WITH_DIGIT=x",
            "export",
            "LAST=2",
        ]
    )

    values, unreadable = parse_dotenv(text)

    assert values == {"GOOD": "1", "LAST": "2"}
    assert unreadable == [2, 3, 4, 5, 6, 7]


def test_dotenv_file_keeps_only_pinterest_variables_and_reads_a_byte_order_mark(
    tmp_path: Path,
) -> None:
    path = tmp_path / ".env"
    path.write_bytes(b"\xef\xbb\xbfPINTEREST_APP_ID=" + APP_ID.encode() + b"\nDATABASE_URL=x\n")

    assert read_dotenv_file(path) == {"PINTEREST_APP_ID": APP_ID}


def test_dotenv_file_that_is_not_utf8_is_refused_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"PINTEREST_ACCESS_TOKEN=\xff\xfe\n")

    with pytest.raises(ConfigurationError, match=r"\.env"):
        resolve_settings()


# -- .env as a settings layer --------------------------------------------------------------


def test_settings_come_from_arguments_then_environment_then_dotenv_then_config_json(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps(
            {"access_token": "from-config", "api_uri": f"{API}/config", "log_file": "config.log"}
        )
    )
    assert resolve_settings().access_token == "from-config"

    (tmp_path / ".env").write_text(
        "PINTEREST_ACCESS_TOKEN=from-dotenv\nPINTEREST_API_URI='http://127.0.0.1:9/dotenv'\n"
    )
    settings = resolve_settings()
    assert (settings.access_token, settings.api_uri, settings.log_file) == (
        "from-dotenv",
        f"{API[: -len('/v5')]}/dotenv",
        "config.log",
    )

    monkeypatch.setenv("PINTEREST_ACCESS_TOKEN", "from-env")
    settings = resolve_settings()
    assert (settings.access_token, settings.api_uri) == ("from-env", "http://127.0.0.1:9/dotenv")

    assert resolve_settings({"access_token": "explicit"}).access_token == "explicit"


def test_a_client_is_made_from_dotenv_alone_and_the_environment_is_left_alone(
    tmp_path: Path,
) -> None:
    (tmp_path / ".env").write_text(
        "# as 0.2.7's README shows it\n"
        f"PINTEREST_APP_ID={APP_ID}\n"
        f"export PINTEREST_APP_SECRET = {APP_SECRET}\n"
        f"PINTEREST_REFRESH_ACCESS_TOKEN='{REFRESH_TOKEN}'\n"
        f'PINTEREST_ACCESS_TOKEN="{ACCESS_TOKEN}"  # valid for thirty days\n'
        f"PINTEREST_API_URI={API}\n"
    )
    before = dict(os.environ)

    client = PinterestSDKClient()

    assert client.access_token == ACCESS_TOKEN
    assert client.api_uri == API
    assert dict(os.environ) == before


def test_dotenv_is_read_from_the_working_directory_only(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"PINTEREST_ACCESS_TOKEN={ACCESS_TOKEN}\n")
    below = tmp_path / "below"
    below.mkdir()
    os.chdir(below)

    assert resolve_settings().access_token is None


def test_dotenv_may_name_the_config_file_and_hold_json_variables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    named = tmp_path / "settings.json"
    named.write_text(json.dumps({"app_id": APP_ID}))
    json_variables = json.dumps({"PINTEREST_API_URI": f"{API}/json", "PINTEREST_DEBUG": "on"})
    (tmp_path / ".env").write_text(
        f"PINTEREST_CONFIG_FILE={named}\nPINTEREST_JSON_ENV_VARIABLES='{json_variables}'\n"
    )

    settings = resolve_settings()
    assert (settings.app_id, settings.api_uri, settings.debug) == (APP_ID, f"{API}/json", True)

    # The environment's JSON variables come before `.env`.
    monkeypatch.setenv("PINTEREST_JSON_ENV_VARIABLES", json.dumps({"PINTEREST_DEBUG": "off"}))
    assert resolve_settings().debug is False


def test_unreadable_dotenv_lines_are_reported_once_by_number_never_by_value(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / ".env").write_text(
        f"PINTEREST_APP_ID={APP_ID}\n"
        f"PINTEREST_ACCESS_TOKEN '{ACCESS_TOKEN}'\n"
        f"PINTEREST_APP_SECRET='{APP_SECRET}\n"
    )

    with caplog.at_level(logging.WARNING, logger="pinterest"):
        assert resolve_settings().app_id == APP_ID
        resolve_settings()

    warnings = [record for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warnings) == 1 and warnings[0].name == "pinterest"
    message = warnings[0].getMessage()
    assert ".env" in message and "2, 3" in message
    assert ACCESS_TOKEN not in caplog.text and APP_SECRET not in caplog.text


def test_importing_the_sdk_reads_no_file_and_sets_no_variable(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"PINTEREST_ACCESS_TOKEN={ACCESS_TOKEN}\nbroken line\n")
    (tmp_path / "config.json").write_text(json.dumps({"api_uri": API}))
    script = (
        "import os, sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, args: opened.append(str(args[0]))"
        " if event == 'open' else None)\n"
        "before = dict(os.environ)\n"
        "import pinterest, pinterest.version, pinterest.client, pinterest.ads.campaigns\n"
        "from pinterest import config\n"
        "settings_files = lambda: sorted({os.path.basename(p) for p in opened\n"
        "                                 if p.endswith(('.env', 'config.json'))})\n"
        "print(settings_files(), dict(os.environ) == before)\n"
        f"print(config.PINTEREST_ACCESS_TOKEN == {ACCESS_TOKEN!r}, config.PINTEREST_API_URI,\n"
        "      settings_files(), dict(os.environ) == before)\n"
    )

    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{ROOT / 'generated'}:{ROOT}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )

    at_import, after_reading = result.stdout.splitlines()
    assert at_import == "[] True"
    # Reading a value does read the files (so the hook sees them), and still sets nothing.
    assert after_reading == f"True {API} ['.env', 'config.json'] True"
    assert ACCESS_TOKEN not in result.stdout + result.stderr


# -- pinterest.config and pinterest.version ------------------------------------------------


def test_config_gives_0_2_7s_defaults_and_types() -> None:
    assert config.PINTEREST_API_URI == "https://api.pinterest.com/v5"
    assert config.PINTEREST_DEBUG is False
    assert config.PINTEREST_PORT == 0
    assert config.PINTEREST_APP_ID == 0
    assert config.PINTEREST_APP_SECRET == ""
    assert config.PINTEREST_ACCESS_TOKEN is None
    assert config.PINTEREST_REFRESH_ACCESS_TOKEN is None
    assert config.PINTEREST_LOG_FILE is None
    assert config.PINTEREST_SCOPE == ""
    assert _config.Settings().logger_format == config.PINTEREST_LOGGER_FORMAT
    assert config.DEFAULT_DISABLE_VALIDATIONS.split(",")[:2] == ["multipleOf", "maximum"]
    assert config.PINTEREST_DISABLED_CLIENT_SIDE_VALIDATIONS == config.DEFAULT_DISABLE_VALIDATIONS
    assert pinterest.version.__version__ == config.PINTEREST_SDK_VERSION
    assert f"pins-sdk/python/v{pinterest.version.__version__}" == config.PINTEREST_USER_AGENT


def test_config_values_are_read_when_read_from_the_clients_sources(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "config.json").write_text(
        json.dumps({"api_uri": f"{API}/config", "port": 8085, "scope": "boards:read"})
    )
    assert (f"{API}/config", "8085") == (config.PINTEREST_API_URI, config.PINTEREST_PORT)

    (tmp_path / ".env").write_text(f"PINTEREST_API_URI={API}/dotenv\nPINTEREST_DEBUG=TRUE\n")
    assert f"{API}/dotenv" == config.PINTEREST_API_URI
    assert config.PINTEREST_DEBUG is True

    monkeypatch.setenv("PINTEREST_API_URI", f"{API}/env")
    monkeypatch.setenv("PINTEREST_ACCESS_TOKEN", ACCESS_TOKEN)
    assert f"{API}/env" == config.PINTEREST_API_URI
    assert config.PINTEREST_ACCESS_TOKEN == ACCESS_TOKEN
    assert config.PINTEREST_SCOPE == "boards:read"


def test_config_debug_refuses_what_the_client_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PINTEREST_DEBUG", "sometimes")

    with pytest.raises(ConfigurationError, match="PINTEREST_DEBUG"):
        config.PINTEREST_DEBUG  # noqa: B018 - the read is what is tested


def test_config_knows_only_its_names_and_exports_them_all() -> None:
    with pytest.raises(AttributeError, match="PINTEREST_NO_SUCH_SETTING"):
        config.PINTEREST_NO_SUCH_SETTING  # noqa: B018 - the read is what is tested
    assert not hasattr(config, "TIMEOUT")

    namespace: dict[str, Any] = {}
    exec("from pinterest.config import *", namespace)
    assert {name for name in namespace if name.startswith(("PINTEREST_", "DEFAULT_"))} == set(
        config.__all__
    )
    assert set(config.__all__) <= set(dir(config))


def test_legacy_config_json_keys_are_not_reported_as_unknown(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"port": 0, "client_id": "c", "bogus": 1}))

    with caplog.at_level(logging.WARNING, logger="pinterest"):
        resolve_settings()

    assert "'bogus'" in caplog.text
    assert "'port'" not in caplog.text and "'client_id'" not in caplog.text


def test_version_is_the_packages_in_both_places() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    assert pinterest.version.__version__ == project["version"]
    assert pinterest.__version__ == project["version"]


# -- private field names, as 0.2.7's README reads them -------------------------------------


def test_private_field_names_read_the_public_properties() -> None:
    api = FakeApi().on("GET", f"/ad_accounts/{ACCOUNT}/campaigns/c1", campaign_json())
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    assert campaign._status == campaign.status == "ACTIVE"
    assert campaign._name == "Summer"
    assert campaign._ad_account_id == ACCOUNT
    assert campaign._start_time is None
    assert campaign._client is campaign.client


def test_other_missing_names_still_raise_attribute_error() -> None:
    api = FakeApi().on("GET", f"/ad_accounts/{ACCOUNT}/campaigns/c1", campaign_json())
    campaign = Campaign(ACCOUNT, "c1", client=api.client())

    for name in ("_no_such_field", "_get_daily_budget", "_to_dict", "__status", "no_such", "_"):
        with pytest.raises(AttributeError, match=repr(name)):
            getattr(campaign, name)


class Note(PinterestBaseModel):
    """A resource with a property that reads a private attribute of its own name."""

    _fields = ("id", "text")

    def __init__(self, text: str) -> None:
        self._id = "n1"
        self._model = None
        self._text = text

    @property
    def text(self) -> str:
        return self._text

    @property
    def title(self) -> str:
        return self._text.title()


def test_an_object_whose_init_did_not_run_raises_attribute_error_not_recursion() -> None:
    empty = Note.__new__(Note)

    for name in ("_text", "_title", "_client", "_id"):
        with pytest.raises(AttributeError, match=repr(name)):
            getattr(empty, name)
    assert not hasattr(empty, "_title")


def test_copy_and_pickle_work_with_private_names() -> None:
    note = Note("hello")
    assert note._title == "Hello"

    for clone in (copy.copy(note), copy.deepcopy(note), pickle.loads(pickle.dumps(note))):
        assert (clone._text, clone._title, clone.text) == ("hello", "Hello", "hello")
        assert clone == note

    empty = Note.__new__(Note)
    assert pickle.loads(pickle.dumps(empty)).__dict__ == {}
    assert copy.deepcopy(empty).__dict__ == {}
