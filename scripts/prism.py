"""Run the Prism mock server on 127.0.0.1 for contract tests.

Prism (`@stoplight/prism-cli`, pinned in `package.json`; install it with `npm ci`) answers
every operation of an OpenAPI description with a response built from the description, and
validates each request against it.

In Python:

    with running_prism(spec_path) as base_url:
        httpx.get(f"{base_url}/boards", headers={"Authorization": "Bearer x"})

From the shell, in the foreground until Ctrl-C:

    python -m scripts.prism --spec PATH [--port 4010] [--no-errors]

What a test can rely on (Prism 5.16.0, description 5.23.0):

* Paths are served without the `/v5` prefix of the description's server URL: `GET /boards`
  answers, `GET /v5/boards` is a 404 `application/problem+json` (`NO_PATH_MATCHED_ERROR`).
* A request that breaks the description gets the operation's 400 response (or 422 built from
  its `default` response, or 401 for a missing or wrong credential) with the example body
  of the description, and an `sl-violations` header holding a JSON list of
  `{"location": [...], "severity": "Error", "code": ..., "message": ...}`. The header is the
  only reliable sign of a validation failure; it starts with `Too many violations! ` and is
  cut short when the list is long.
* `--errors` (on by default here) turns a *response* that breaks the description into a 500
  `application/problem+json` body whose `type` ends in `#VIOLATIONS`. Some of the
  description's own examples break its own patterns, so a few operations (`GET /pins/{id}`,
  `GET /ad_accounts`, ...) answer 500 unless the request sends `Prefer: dynamic=true`.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from scripts import regenerate
from scripts.regenerate import ROOT, SPEC_ENV_VAR

PRISM_BIN = ROOT / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"
STARTUP_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 10.0
POLL_INTERVAL_SECONDS = 0.1
LOG_TAIL_CHARS = 2000


class PrismError(Exception):
    """Prism is not installed, did not start, or stopped answering; the message says why."""


class PrismNotInstalled(PrismError):
    """`node_modules/.bin/prism` is missing: `npm ci` has not been run."""


def default_spec_path() -> Path | None:
    """Give the description to mock: `PINTEREST_OPENAPI_SPEC`, else the pinned cached copy.

    Returns None when neither exists; nothing is downloaded.
    """
    configured = os.environ.get(SPEC_ENV_VAR)
    if configured:
        return Path(configured)
    try:
        cached = regenerate.load_pin().cache_path
    except (OSError, ValueError, KeyError):
        return None
    return cached if cached.is_file() else None


# Prism's static mode fills a string that has no example with "string", whatever its
# `pattern` says, so ids it invents (`"id": "string"`) are refused when sent back as path
# parameters that must match `^\d+$`. The mock therefore serves a copy of the description in
# which such strings get an example: the first of these candidates that matches the pattern.
PATTERN_EXAMPLE_CANDIDATES = (
    "549755885175",
    "https://www.example.com/",
    "2024-01-31",
    "AG549755885175",
    "pinterest",
)


def with_pattern_examples(document: Any) -> tuple[Any, int]:
    """Give a copy of `document` where patterned strings without an example have one.

    Returns the copy and how many examples were added. A pattern that no candidate matches
    (or that Python's `re` cannot read) is left without an example.
    """
    added = 0

    def visit(node: Any) -> Any:
        nonlocal added
        if isinstance(node, list):
            return [visit(item) for item in node]
        if not isinstance(node, dict):
            return node
        copy = {key: visit(value) for key, value in node.items()}
        pattern = copy.get("pattern")
        if copy.get("type") == "string" and isinstance(pattern, str) and "example" not in copy:
            try:
                compiled = re.compile(pattern)
            except re.error:
                return copy
            for candidate in PATTERN_EXAMPLE_CANDIDATES:
                if compiled.search(candidate):
                    copy["example"] = candidate
                    added += 1
                    break
        return copy

    return visit(document), added


def free_port() -> int:
    """Give a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
    return port


def prism_command(
    spec_path: Path, port: int, *, errors: bool = True, seed: str | None = None
) -> list[str]:
    """Give the command line that starts Prism on 127.0.0.1:`port`.

    With `seed`, answers are generated from the schemas (`--dynamic`), the same for the same
    seed, instead of taken from the description's examples.
    """
    if not PRISM_BIN.exists():
        raise PrismNotInstalled(f"Prism is not installed at {PRISM_BIN}; run `npm ci` in {ROOT}")
    command = [str(PRISM_BIN), "mock", str(spec_path), "-h", HOST, "-p", str(port)]
    if errors:
        command.append("--errors")
    if seed is not None:
        command += ["--dynamic", "--seed", seed]
    return command


def answers_http(port: int) -> bool:
    """Tell whether an HTTP server on 127.0.0.1:`port` answers a request (any status)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=2)
    try:
        connection.request("GET", "/__prism_readiness_probe")
        connection.getresponse().read()
    except OSError:
        return False
    finally:
        connection.close()
    return True


def _log_tail(log: IO[bytes]) -> str:
    log.flush()
    log.seek(0, os.SEEK_END)
    size = log.tell()
    log.seek(max(0, size - LOG_TAIL_CHARS))
    return log.read().decode("utf-8", errors="replace")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop Prism and everything it started (it runs in its own process group)."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextlib.contextmanager
def running_prism(
    spec_path: Path | str,
    port: int | None = None,
    *,
    errors: bool = True,
    seed: str | None = None,
    startup_timeout: float = STARTUP_TIMEOUT_SECONDS,
    log: IO[bytes] | None = None,
) -> Iterator[str]:
    """Start Prism on 127.0.0.1, give its base URL once it answers, and stop it on exit.

    Args:
        spec_path: the OpenAPI description to mock.
        port: the port to listen on; a free one is picked when left out.
        errors: pass `--errors`, so responses that break the description become 500s.
        seed: generate answers from the schemas, deterministically for this seed.
        startup_timeout: seconds to wait for the first answer.
        log: where Prism's output goes; a temporary file when left out (its tail is put in
            the error message if Prism does not start).

    Raises:
        PrismNotInstalled: `npm ci` has not been run.
        PrismError: the description is missing, or Prism exited or did not answer in time.
    """
    source = Path(spec_path).resolve()
    if not source.is_file():
        raise PrismError(f"the description to mock does not exist: {source}")
    chosen_port = free_port() if port is None else port

    with contextlib.ExitStack() as stack:
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="prism-")))
        spec = scratch / source.name
        document, _ = with_pattern_examples(json.loads(source.read_text(encoding="utf-8")))
        spec.write_text(json.dumps(document), encoding="utf-8")
        command = prism_command(spec, chosen_port, errors=errors, seed=seed)
        output = log if log is not None else stack.enter_context(tempfile.TemporaryFile())
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
        stack.callback(_stop, process)

        deadline = time.monotonic() + startup_timeout
        while not answers_http(chosen_port):
            if process.poll() is not None:
                tail = _log_tail(output) if log is None else "(see Prism's log)"
                raise PrismError(
                    f"Prism exited with status {process.returncode} before answering on "
                    f"port {chosen_port}:\n{tail}"
                )
            if time.monotonic() > deadline:
                tail = _log_tail(output) if log is None else "(see Prism's log)"
                raise PrismError(
                    f"Prism did not answer on port {chosen_port} within {startup_timeout} s:\n"
                    f"{tail}"
                )
            time.sleep(POLL_INTERVAL_SECONDS)

        yield f"http://{HOST}:{chosen_port}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run Prism in the foreground until interrupted; return the exit status."""
    parser = argparse.ArgumentParser(description="Run the Prism mock server on 127.0.0.1.")
    parser.add_argument(
        "--spec",
        type=Path,
        default=default_spec_path(),
        help=f"OpenAPI description to mock (default: ${SPEC_ENV_VAR}, else the cached pin)",
    )
    parser.add_argument("--port", type=int, default=None, help="port (default: a free one)")
    parser.add_argument(
        "--no-errors", action="store_true", help="do not turn invalid responses into 500s"
    )
    parser.add_argument(
        "--seed", default=None, help="generate answers from the schemas, fixed by this seed"
    )
    parser.epilog = (
        "With `-- COMMAND...` at the end, COMMAND runs with PINTEREST_API_URI set to Prism's "
        "address, Prism stops when it ends, and its exit status is returned."
    )
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[argv.index("--") + 1 :] if "--" in argv else []
    arguments = parser.parse_args(argv[: argv.index("--")] if "--" in argv else argv)
    if arguments.spec is None:
        parser.error(f"give --spec or set {SPEC_ENV_VAR}")

    started = time.monotonic()
    try:
        if command:
            with (
                tempfile.TemporaryFile() as log,
                running_prism(
                    arguments.spec,
                    arguments.port,
                    errors=not arguments.no_errors,
                    seed=arguments.seed,
                    log=log,
                ) as base_url,
            ):
                environment = {**os.environ, "PINTEREST_API_URI": base_url}
                return subprocess.run(command, env=environment, check=False).returncode
        with running_prism(
            arguments.spec,
            arguments.port,
            errors=not arguments.no_errors,
            seed=arguments.seed,
            log=sys.stderr.buffer,
        ) as base_url:
            print(
                f"Prism answers on {base_url} (started in {time.monotonic() - started:.1f} s); "
                "Ctrl-C stops it.",
                flush=True,
            )
            signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
            while True:
                time.sleep(3600)
    except PrismError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
