#!/usr/bin/env bash
# Run the demo (examples/demo.py) against Prism serving the pinned description on 127.0.0.1,
# with a made-up token (real credentials in the environment are not sent to the mock).
# With PINTEREST_DEMO_MOCK=0 it runs against the API named by PINTEREST_API_URI (production by
# default) with the credentials in the environment, unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ "${PINTEREST_DEMO_MOCK:-1}" = "0" ]; then
    exec .venv/bin/python examples/demo.py
fi
unset PINTEREST_REFRESH_ACCESS_TOKEN PINTEREST_APP_ID PINTEREST_APP_SECRET PINTEREST_CONFIG_FILE
export PINTEREST_ACCESS_TOKEN=demo-token-for-the-local-mock
# Prism answers with the description's own examples (--no-errors: some of them break the
# description's own patterns, which is no fault of the request) and validates every request.
exec .venv/bin/python -m scripts.prism -- .venv/bin/python examples/demo.py
