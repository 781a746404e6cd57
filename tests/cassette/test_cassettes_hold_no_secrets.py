"""No committed cassette holds a credential.

Every file under `cassettes/` is read as text and, when it is a vcrpy YAML cassette, as
interactions. A file fails when it holds one of the recognisable fake credentials of the
test suite, a Pinterest-shaped token (`pina_...`, `pinr_...`), or an `Authorization` or
`Proxy-Authorization` header whose value is anything but the scrubber's placeholder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

from tests import _fakes
from tests._vcr_scrub import PLACEHOLDER
from tests.faults import support as fault_fakes

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"
SECRETS = tuple(dict.fromkeys(_fakes.SECRETS + fault_fakes.SECRETS))
TOKEN = re.compile(r"pin[ar]_[A-Za-z0-9]")
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization"})
ALLOWED_CREDENTIALS = frozenset({PLACEHOLDER, f"Bearer {PLACEHOLDER}", f"Basic {PLACEHOLDER}"})


def header_values(headers: Any) -> list[tuple[str, str]]:
    """Give (name, value) pairs of a cassette's headers, each value of a list on its own."""
    if not isinstance(headers, dict):
        return []
    pairs: list[tuple[str, str]] = []
    for name, values in headers.items():
        for value in values if isinstance(values, list) else [values]:
            pairs.append((str(name), str(value)))
    return pairs


def credential_headers(document: Any) -> list[str]:
    """Give every Authorization-like header value of a vcrpy cassette document."""
    if not isinstance(document, dict):
        return []
    found: list[str] = []
    for interaction in document.get("interactions") or []:
        for part in ("request", "response"):
            headers = (interaction.get(part) or {}).get("headers")
            found += [
                value
                for name, value in header_values(headers)
                if name.lower() in CREDENTIAL_HEADERS
            ]
    return found


def problems_in(text: str, *, yaml_cassette: bool) -> list[str]:
    """Give what is wrong with a cassette file's content; empty when it holds no credential."""
    problems = [f"holds fake credential #{SECRETS.index(s)}" for s in SECRETS if s in text]
    problems += [f"holds a Pinterest token at offset {m.start()}" for m in TOKEN.finditer(text)]
    if yaml_cassette:
        for value in credential_headers(yaml.safe_load(text)):
            if value not in ALLOWED_CREDENTIALS:
                problems.append(f"Authorization header is not scrubbed: {value[:12]}...")
    return problems


def cassette_files() -> list[Path]:
    return sorted(path for path in CASSETTES.rglob("*") if path.is_file())


def test_there_are_cassettes_to_check() -> None:
    files = cassette_files()
    assert len(files) >= 10, f"only {len(files)} files under {CASSETTES}"
    assert any(path.name.startswith("handwritten_") for path in files)


@pytest.mark.parametrize(
    "path", cassette_files(), ids=lambda path: str(path.relative_to(CASSETTES))
)
def test_cassette_holds_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    problems = problems_in(text, yaml_cassette=path.suffix in (".yaml", ".yml"))
    assert not problems, f"{path.relative_to(CASSETTES)}: " + "; ".join(problems)


# The check itself must be able to fail.


def cassette_with_header(value: str) -> str:
    text: str = yaml.safe_dump(
        {
            "interactions": [
                {
                    "request": {"headers": {"Authorization": [value]}, "method": "GET"},
                    "response": {"headers": {}, "status": {"code": 200}},
                }
            ],
            "version": 1,
        }
    )
    return text


@pytest.mark.parametrize("value", ["Bearer abc123", "Basic dXNlcjpwYXNz", "token"])
def test_an_unscrubbed_authorization_header_is_found(value: str) -> None:
    assert problems_in(cassette_with_header(value), yaml_cassette=True)


@pytest.mark.parametrize("value", sorted(ALLOWED_CREDENTIALS))
def test_the_scrub_placeholder_passes(value: str) -> None:
    assert problems_in(cassette_with_header(value), yaml_cassette=True) == []


@pytest.mark.parametrize("secret", SECRETS)
def test_a_fake_credential_anywhere_is_found(secret: str) -> None:
    text = f'body:\n  string: \'{{"note": "{secret}"}}\'\n'
    assert problems_in(text, yaml_cassette=False)


@pytest.mark.parametrize("token", ["pina_AbCdEf0123456789", "pinr_x1", "refresh=pinr_9"])
def test_a_pinterest_token_is_found(token: str) -> None:
    assert problems_in(f"uri: http://127.0.0.1/x?{token}", yaml_cassette=False)
