"""The demo (examples/demo.py) runs against Prism and does everything it says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.prism
def test_demo_lists_creates_reads_updates_and_deletes(prism_base_url: str) -> None:
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("PINTEREST_")
    }
    environment.update(
        PINTEREST_API_URI=prism_base_url,
        PINTEREST_ACCESS_TOKEN="demo-token-for-the-local-mock",
        PYTHONPATH=os.pathsep.join([str(ROOT / "generated"), str(ROOT)]),
    )

    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"using {prism_base_url}"
    assert "boards, page 1:" in lines
    for step in ("created board", "created section", "created pin", "deleted board"):
        assert any(line.startswith(step) for line in lines), step
    assert "demo-token-for-the-local-mock" not in result.stdout + result.stderr
