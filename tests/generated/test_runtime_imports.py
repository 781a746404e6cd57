"""Importing one endpoint imports only the models it uses."""

from __future__ import annotations

import subprocess
import sys

import pinterest_generated


def test_importing_one_endpoint_does_not_import_unrelated_models() -> None:
    script = (
        "import sys\n"
        "import pinterest_generated.api.ad_groups.ad_groups_update\n"
        "import pinterest_generated.models\n"
        "loaded = [m for m in sys.modules if m.startswith('pinterest_generated.models.')]\n"
        "print(len(loaded), 'pinterest_generated.models.board' in sys.modules)\n"
    )
    package_root = str(next(iter(pinterest_generated.__path__)).rsplit("/", 1)[0])

    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": package_root},
    )

    loaded, board_loaded = result.stdout.split()
    assert board_loaded == "False"
    assert 0 < int(loaded) < 100


def test_models_are_still_reachable_from_the_package() -> None:
    from pinterest_generated import models
    from pinterest_generated.models.board import Board

    assert models.Board is Board
    assert "Board" in dir(models)
    assert "Board" in models.__all__
