#!/usr/bin/env bash
# Prepare a checkout for the demo and the tests: a virtualenv in .venv with the SDK and its
# development tools, and the pinned Prism mock server in node_modules. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -e "$stamp" ]; then
    echo "setting up .venv (log: .venv/install.log)" >&2
    if ! { .venv/bin/python -m pip install --upgrade pip \
           && .venv/bin/python -m pip install -e '.[dev]'; } >.venv/install.log 2>&1; then
        tail -n 40 .venv/install.log >&2
        exit 1
    fi
    touch "$stamp"
fi

lock_stamp=node_modules/.installed-$(sha256sum package-lock.json | cut -c1-16)
if [ ! -e "$lock_stamp" ]; then
    # --ignore-scripts: Prism needs no install scripts, and one dependency's would phone home.
    echo "installing the pinned Prism mock server (npm ci)" >&2
    npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null
    touch "$lock_stamp"
fi

# The pinned description: PINTEREST_OPENAPI_SPEC, else the cache, else downloaded and verified.
.venv/bin/python -m scripts.regenerate --fetch >/dev/null
