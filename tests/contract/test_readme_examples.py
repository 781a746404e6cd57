"""The README's examples run as written against Prism (the README is documentation we test)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pinterest.client import PinterestSDKClient
from tests._fakes import ACCESS_TOKEN

README = Path(__file__).resolve().parents[2] / "README.md"


def example_after(heading: str) -> str:
    """Give the first Python code block after `heading` in the README."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index(f"\n{heading}\n") :]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match is not None, f"no Python example after {heading}"
    return match.group(1)


@pytest.mark.prism
def test_ads_example_runs_against_prism(
    prism_base_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    client = PinterestSDKClient(access_token=ACCESS_TOKEN, api_uri=prism_base_url)

    exec(compile(example_after("### Ads"), "README.md (Ads)", "exec"), {"client": client})

    printed = capsys.readouterr().out.splitlines()
    assert printed, "the example printed nothing"
    # The mock answers the budget update with a per-item failure, which the example reports.
    assert printed[-1].startswith("0 ")
