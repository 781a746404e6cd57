"""Benchmark: cold import time of the SDK's modules, as a ratio to `import httpx` in the same run.

Usage, from the repository root:

    python -m scripts.bench_import [--runs 15]

Each statement runs in `--runs` fresh interpreters (bytecode caches warm, as after
installation). Two figures are printed per statement, each a median: the import alone, timed
inside the process, and the wall time of the whole process. The ratio compares the import
alone with `import httpx`, the baseline, measured in the same run on the same machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = "httpx"
MODULES = (
    BASELINE,
    "pinterest",
    "pinterest.client",
    "pinterest.organic.boards",
    "pinterest.ads.campaigns",
    "pinterest_generated.api.boards.boards_list",
    "pinterest_generated.models",
)
TIMER = (
    "import time; started = time.perf_counter(); import {module}; "
    "print(time.perf_counter() - started)"
)


def measure(module: str, runs: int) -> tuple[float, float]:
    """Give the median import time and the median process wall time, in seconds."""
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "generated"), str(ROOT)]),
    }
    # Installed packages have their bytecode compiled; let the warm-up run compile ours too.
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    imports, walls = [], []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", TIMER.format(module=module)],
            env=environment,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        walls.append(time.perf_counter() - started)
        imports.append(float(result.stdout))
    return statistics.median(imports), statistics.median(walls)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh processes per module")
    args = parser.parse_args(argv)

    # Warm the bytecode caches so every module is measured as it is after installation.
    for module in MODULES:
        measure(module, 1)

    results = {module: measure(module, args.runs) for module in MODULES}
    baseline = results[BASELINE][0]
    print(f"median of {args.runs} fresh processes; ratio = import time / import {BASELINE}")
    print(f"{'module':<46}{'import':>10}{'process':>10}{'ratio':>8}")
    for module, (imported, wall) in results.items():
        print(
            f"{module:<46}{imported * 1000:>8.1f}ms{wall * 1000:>8.1f}ms{imported / baseline:>8.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
