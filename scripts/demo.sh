#!/usr/bin/env bash
# Run the demo (examples/demo.py) against Prism serving the pinned description on 127.0.0.1.
# With PINTEREST_DEMO_MOCK=0 it runs against the API named by PINTEREST_API_URI (production by
# default) with the credentials in the environment, unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${PINTEREST_DEMO_MOCK:-1}" = "0" ]; then
    exec .venv/bin/python examples/demo.py
fi
exec .venv/bin/python -m scripts.prism --run -- .venv/bin/python examples/demo.py
