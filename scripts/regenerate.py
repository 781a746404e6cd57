"""Regenerate `generated/pinterest_generated` from the pinned OpenAPI description.

Usage, from the repository root:

    python -m scripts.regenerate                # regenerate generated/ in place
    python -m scripts.regenerate --check        # fail, naming the files, if generated/ is stale
    python -m scripts.regenerate --spec PATH    # use a local copy of the pinned description
    python -m scripts.regenerate --fetch        # only obtain and verify the description

The pinned description is `openapi/pin.json` (version, upstream address, sha256). It is read
from `--spec`, else from the path in `PINTEREST_OPENAPI_SPEC`, else from the download cache
`.cache/openapi/`, else downloaded from the pinned address. Its sha256 is verified whichever
way it came. The steps are then: normalise it (`scripts/normalize.py`), compute the facts the
templates need (`scripts/spec_facts.py`), run openapi-python-client with
`openapi/generator.yaml` and `openapi/templates/`, format with ruff, and put the package in
place. The output depends only on the pin and the files in this repository.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from scripts import normalize, spec_facts

ROOT = Path(__file__).resolve().parent.parent
PIN_PATH = ROOT / "openapi" / "pin.json"
CONFIG_PATH = ROOT / "openapi" / "generator.yaml"
TEMPLATES_DIR = ROOT / "openapi" / "templates"
CACHE_DIR = ROOT / ".cache" / "openapi"
PACKAGE_NAME = "pinterest_generated"
OUTPUT_DIR = ROOT / "generated" / PACKAGE_NAME
SPEC_ENV_VAR = "PINTEREST_OPENAPI_SPEC"
DOWNLOAD_TIMEOUT_SECONDS = 60.0


class RegenerationError(Exception):
    """The client could not be regenerated; the message says why and what to do."""


@dataclass(frozen=True)
class Pin:
    """The pinned description: its version, upstream address and sha256."""

    version: str
    url: str
    sha256: str

    @property
    def cache_path(self) -> Path:
        return CACHE_DIR / f"pinterest-v{self.version}.json"


def load_pin(path: Path = PIN_PATH) -> Pin:
    """Read `openapi/pin.json`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Pin(version=data["version"], url=data["url"], sha256=data["sha256"].lower())


def verify_sha256(content: bytes, pin: Pin, source: str) -> None:
    """Raise `RegenerationError` unless `content` is the pinned description."""
    actual = hashlib.sha256(content).hexdigest()
    if actual != pin.sha256:
        raise RegenerationError(
            f"{source} is not the pinned description {pin.version}: its sha256 is {actual}, "
            f"openapi/pin.json expects {pin.sha256}. Point {SPEC_ENV_VAR} (or --spec) at the "
            f"right file, or update the pin on purpose."
        )


def download(url: str, timeout: float = DOWNLOAD_TIMEOUT_SECONDS) -> bytes:
    """Fetch `url` and give its body."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body: bytes = response.read()
    except OSError as exc:
        raise RegenerationError(
            f"could not download the pinned description from {url}: {exc}. "
            f"Set {SPEC_ENV_VAR} to a local copy instead."
        ) from exc
    return body


def obtain_description(pin: Pin, spec_path: Path | None = None) -> bytes:
    """Give the bytes of the pinned description, verified against its sha256.

    `spec_path` wins, then the `PINTEREST_OPENAPI_SPEC` environment variable, then the
    download cache; only if none of them is set is the pinned address downloaded (and cached).
    """
    if spec_path is None and os.environ.get(SPEC_ENV_VAR):
        spec_path = Path(os.environ[SPEC_ENV_VAR])

    if spec_path is not None:
        try:
            content = spec_path.read_bytes()
        except OSError as exc:
            raise RegenerationError(f"cannot read the description at {spec_path}: {exc}") from exc
        verify_sha256(content, pin, str(spec_path))
        return content

    if pin.cache_path.is_file():
        content = pin.cache_path.read_bytes()
        if hashlib.sha256(content).hexdigest() == pin.sha256:
            return content

    content = download(pin.url)
    verify_sha256(content, pin, pin.url)
    pin.cache_path.parent.mkdir(parents=True, exist_ok=True)
    pin.cache_path.write_bytes(content)
    return content


def _tool_env() -> dict[str, str]:
    """The environment for the generator: this interpreter's scripts (ruff) come first."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def generate(description: bytes, destination: Path) -> None:
    """Generate the package from `description` into `destination` (which must not exist)."""
    document = json.loads(description)
    normalized, _report = normalize.normalize(document)

    with tempfile.TemporaryDirectory(prefix="pinterest-regenerate-") as work:
        work_dir = Path(work)
        spec_file = work_dir / "openapi.json"
        spec_file.write_text(json.dumps(normalized, indent=1), encoding="utf-8")

        templates = work_dir / "templates"
        shutil.copytree(TEMPLATES_DIR, templates)
        (templates / "spec_facts.jinja").write_text(spec_facts.render(normalized), encoding="utf-8")

        output = work_dir / PACKAGE_NAME
        command = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(spec_file),
            "--meta",
            "none",
            "--config",
            str(CONFIG_PATH),
            "--custom-template-path",
            str(templates),
            "--output-path",
            str(output),
            "--fail-on-warning",
        ]
        result = subprocess.run(
            command, cwd=work_dir, env=_tool_env(), capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise RegenerationError(
                "openapi-python-client failed or warned:\n" + result.stdout + result.stderr
            )
        # --meta none writes no py.typed; the package is typed, so say so to type checkers.
        (output / "py.typed").write_text("", encoding="utf-8")
        shutil.copytree(output, destination)


def differing_files(expected: Path, actual: Path) -> list[str]:
    """List the relative paths that differ between two trees (missing on either side too)."""

    def files(root: Path) -> set[str]:
        if not root.is_dir():
            return set()
        return {
            path.relative_to(root).as_posix()
            for path in root.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        }

    expected_files, actual_files = files(expected), files(actual)
    differing = sorted(expected_files ^ actual_files)
    for name in sorted(expected_files & actual_files):
        if not filecmp.cmp(expected / name, actual / name, shallow=False):
            differing.append(name)
    return sorted(differing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, help="a local copy of the pinned description")
    parser.add_argument(
        "--check", action="store_true", help="fail if generated/ differs from a fresh generation"
    )
    parser.add_argument(
        "--fetch",
        action="store_true",
        help="only obtain and verify the pinned description (downloading it into the cache "
        "if needed), then print its path",
    )
    args = parser.parse_args(argv)

    try:
        pin = load_pin()
        description = obtain_description(pin, args.spec)
        if args.fetch:
            located = args.spec or os.environ.get(SPEC_ENV_VAR) or pin.cache_path
            print(Path(located).resolve())
            return 0
        with tempfile.TemporaryDirectory(prefix="pinterest-generated-") as scratch:
            fresh = Path(scratch) / PACKAGE_NAME
            generate(description, fresh)

            if args.check:
                stale = differing_files(fresh, OUTPUT_DIR)
                if stale:
                    print(
                        f"generated/{PACKAGE_NAME} is stale: {len(stale)} files differ from a "
                        "fresh generation. Run `python -m scripts.regenerate`.",
                        file=sys.stderr,
                    )
                    for name in stale:
                        print(f"  {name}", file=sys.stderr)
                    return 1
                print(f"generated/{PACKAGE_NAME} is up to date with description {pin.version}.")
                return 0

            if OUTPUT_DIR.exists():
                shutil.rmtree(OUTPUT_DIR)
            OUTPUT_DIR.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, OUTPUT_DIR)
            print(f"generated/{PACKAGE_NAME} regenerated from description {pin.version}.")
            return 0
    except RegenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
