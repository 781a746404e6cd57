"""The regeneration command: obtaining and verifying the pinned description, and check mode."""

from __future__ import annotations

import hashlib
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts import regenerate

DESCRIPTION = b'{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}'


def pin_for(content: bytes, url: str = "http://127.0.0.1:9/openapi.json") -> regenerate.Pin:
    return regenerate.Pin(version="0.0.1", url=url, sha256=hashlib.sha256(content).hexdigest())


@pytest.fixture
def local_server() -> Iterator[tuple[str, list[str]]]:
    """Serve DESCRIPTION at /openapi.json on 127.0.0.1; yields its base URL and the paths asked."""
    requested: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requested.append(self.path)
            if self.path != "/openapi.json":
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(DESCRIPTION)))
            self.end_headers()
            self.wfile.write(DESCRIPTION)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requested
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def no_spec_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(regenerate.SPEC_ENV_VAR, raising=False)
    monkeypatch.setattr(regenerate, "CACHE_DIR", tmp_path / "cache")


def test_pin_names_the_pinned_version_address_and_checksum() -> None:
    pin = regenerate.load_pin()

    assert pin.version == "5.23.0"
    assert pin.url.endswith("/v5.23.0/v5/openapi.json")
    assert re.fullmatch(r"[0-9a-f]{64}", pin.sha256)


def test_local_file_is_verified(tmp_path: Path, no_spec_env: None) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_bytes(DESCRIPTION)

    assert regenerate.obtain_description(pin_for(DESCRIPTION), spec) == DESCRIPTION


def test_checksum_mismatch_fails_with_a_clear_message(tmp_path: Path, no_spec_env: None) -> None:
    spec = tmp_path / "openapi.json"
    spec.write_bytes(DESCRIPTION + b"\n")

    with pytest.raises(regenerate.RegenerationError) as caught:
        regenerate.obtain_description(pin_for(DESCRIPTION), spec)

    message = str(caught.value)
    assert str(spec) in message
    assert hashlib.sha256(DESCRIPTION + b"\n").hexdigest() in message
    assert "PINTEREST_OPENAPI_SPEC" in message


def test_environment_variable_points_at_a_local_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_spec_env: None
) -> None:
    spec = tmp_path / "copy.json"
    spec.write_bytes(DESCRIPTION)
    monkeypatch.setenv(regenerate.SPEC_ENV_VAR, str(spec))

    assert regenerate.obtain_description(pin_for(DESCRIPTION)) == DESCRIPTION


def test_download_is_verified_and_cached(
    local_server: tuple[str, list[str]], no_spec_env: None
) -> None:
    base_url, requested = local_server
    pin = pin_for(DESCRIPTION, f"{base_url}/openapi.json")

    assert regenerate.obtain_description(pin) == DESCRIPTION
    assert regenerate.obtain_description(pin) == DESCRIPTION
    assert requested == ["/openapi.json"]
    assert pin.cache_path.read_bytes() == DESCRIPTION


def test_download_with_wrong_checksum_is_rejected_and_not_cached(
    local_server: tuple[str, list[str]], no_spec_env: None
) -> None:
    base_url, _ = local_server
    pin = pin_for(b"something else", f"{base_url}/openapi.json")

    with pytest.raises(regenerate.RegenerationError, match="sha256"):
        regenerate.obtain_description(pin)
    assert not pin.cache_path.exists()


def test_unreachable_address_names_the_way_out(
    local_server: tuple[str, list[str]], no_spec_env: None
) -> None:
    base_url, _ = local_server
    pin = pin_for(DESCRIPTION, f"{base_url}/missing.json")

    with pytest.raises(regenerate.RegenerationError, match="PINTEREST_OPENAPI_SPEC"):
        regenerate.obtain_description(pin)


def test_differing_files_names_changed_added_and_removed(tmp_path: Path) -> None:
    expected, actual = tmp_path / "expected", tmp_path / "actual"
    for root in (expected, actual):
        (root / "pkg").mkdir(parents=True)
        (root / "pkg" / "same.py").write_text("x = 1\n")
    (expected / "pkg" / "changed.py").write_text("x = 1\n")
    (actual / "pkg" / "changed.py").write_text("x = 2\n")
    (expected / "only_expected.py").write_text("")
    (actual / "only_actual.py").write_text("")

    assert regenerate.differing_files(expected, actual) == [
        "only_actual.py",
        "only_expected.py",
        "pkg/changed.py",
    ]
