"""Shared test setup: no network, cassettes that hold no secrets, and the Prism mock server.

* Network: every test runs under `NetworkGuard`. Connecting to (or even looking up) any
  host other than 127.0.0.1, ::1 or localhost fails the test.
* Cassettes (pytest-recording / vcrpy): tests marked `@pytest.mark.vcr` replay
  `cassettes/<test module>/<test name>.yaml` and never record (record mode "none").
  To record, run with `PINTEREST_RECORD=1`: record mode becomes "once", which writes the
  cassettes that do not exist yet and replays the others unchanged. To re-record a cassette,
  delete its file first. While recording, the guard also lets `api.pinterest.com` through.
  `--record-mode=...` on the command line wins over the variable. Credentials are scrubbed
  before anything is written (`tests/_vcr_scrub.py`).
* Prism: tests marked `prism` get its base URL from the `prism_base_url` fixture; one server
  runs per session on 127.0.0.1 (`scripts/prism.py`).
* Secrets: every test runs with the `pinterest`, `httpx` and `httpcore` loggers at DEBUG, and
  fails if any record holds one of the recognisable fake credentials of `tests/_fakes.py` or
  `tests/faults/support.py`.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
# `scripts` and `tests` are imported as packages from the repository root, however pytest
# was started (`pytest`, `python -m pytest`, from another directory).
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.prism import PRISM_BIN, default_spec_path, running_prism  # noqa: E402
from tests import _fakes  # noqa: E402
from tests._network_guard import NetworkGuard  # noqa: E402
from tests._vcr_scrub import scrub_request, scrub_response  # noqa: E402
from tests.faults import support as _fault_fakes  # noqa: E402

RECORD_ENV_VAR = "PINTEREST_RECORD"
RECORD_MODE_WHEN_RECORDING = "once"
CASSETTES_DIR = ROOT / "cassettes"
TESTS_DIR = ROOT / "tests"
RECORDING_HOSTS = ("api.pinterest.com",)


def record_mode_from_env(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """Give vcrpy's record mode: "none" unless `PINTEREST_RECORD=1` asks for recording."""
    value = environ.get(RECORD_ENV_VAR, "").strip()
    if value in ("", "0"):
        return "none"
    if value == "1":
        return RECORD_MODE_WHEN_RECORDING
    raise pytest.UsageError(f"{RECORD_ENV_VAR} must be 0 or 1, not {value!r}")


def cassette_dir_for(module_path: Path) -> Path:
    """Give the cassette folder of a test module: `cassettes/<module path under tests/>`."""
    relative = module_path.resolve().relative_to(TESTS_DIR).with_suffix("")
    return CASSETTES_DIR / relative


def _is_recording(config: pytest.Config) -> bool:
    cli_mode = config.getoption("--record-mode", default=None)
    mode = cli_mode if cli_mode is not None else record_mode_from_env()
    return mode != "none"


GUARD_KEY = pytest.StashKey[NetworkGuard]()


def pytest_configure(config: pytest.Config) -> None:
    # Installed here rather than in a fixture so that collection and session fixtures are
    # guarded too. Kept on the config, not in a global, so that a nested pytest run
    # (pytester) gets its own guard.
    guard = NetworkGuard(allowed_names=RECORDING_HOSTS if _is_recording(config) else ())
    guard.install()
    config.stash[GUARD_KEY] = guard


def pytest_unconfigure(config: pytest.Config) -> None:
    guard = config.stash.get(GUARD_KEY, None)
    if guard is not None:
        guard.uninstall()
        del config.stash[GUARD_KEY]


@pytest.fixture(autouse=True)
def network_guard(request: pytest.FixtureRequest) -> Iterator[NetworkGuard]:
    """Fail the test if it tried to leave this machine, even if the code swallowed the error."""
    guard = request.config.stash[GUARD_KEY]
    guard.take_refused()
    yield guard
    refused = guard.take_refused()
    if refused:
        pytest.fail(
            "the test tried to reach the network (refused by the guard): " + "; ".join(refused),
            pytrace=False,
        )


@pytest.fixture
def vcr_config(request: pytest.FixtureRequest) -> dict[str, Any]:
    """vcrpy settings for pytest-recording: replay only, unless recording was asked for."""
    cli_mode = request.config.getoption("--record-mode", default=None)
    return {
        "record_mode": cli_mode if cli_mode is not None else record_mode_from_env(),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        # Bodies are stored decoded so that the scrubber can read them.
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes live in `cassettes/<test module>/` at the repository root."""
    return str(cassette_dir_for(Path(str(request.node.path))))


@pytest.fixture(scope="session")
def prism_base_url() -> Iterator[str]:
    """Base URL of one Prism server for the session (paths without the `/v5` prefix).

    Fails when Prism is not installed (`npm ci`) or no description is available
    (`PINTEREST_OPENAPI_SPEC` or the cached pinned copy): a contract test never passes by
    not running.
    """
    spec = default_spec_path()
    if spec is None:
        pytest.fail(
            "no OpenAPI description for Prism: set PINTEREST_OPENAPI_SPEC or run "
            "`python -m scripts.regenerate --fetch`"
        )
    if not PRISM_BIN.exists():
        pytest.fail(f"Prism is not installed at {PRISM_BIN}: run `npm ci` (scripts/setup.sh)")
    with running_prism(spec) as base_url:
        yield base_url


FAKE_SECRETS = tuple(dict.fromkeys(_fakes.SECRETS + _fault_fakes.SECRETS))
WATCHED_LOGGERS = ("pinterest", "httpx", "httpcore")


class _RecordCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        # As a handler would write it: the message, and the traceback as the filters left it.
        self.texts.append(logging.Formatter().format(record))


@pytest.fixture(autouse=True)
def secrets_stay_out_of_logs() -> Iterator[_RecordCollector]:
    """Log everything at DEBUG during the test; fail if a fake credential shows up."""
    collector = _RecordCollector()
    loggers = [logging.getLogger(name) for name in WATCHED_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(collector)
    try:
        yield collector
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(collector)
            logger.setLevel(level)
    leaked = [secret for secret in FAKE_SECRETS if any(secret in text for text in collector.texts)]
    assert not leaked, f"{len(leaked)} fake credential(s) appeared in log records"
