#!/usr/bin/env bash
# Run every test (unit, generated client, cassettes, Prism contract tests) after setting up.
# PINTEREST_OPENAPI_SPEC may point at a local copy of the pinned description; without it the
# description is downloaded once from its pinned address and its sha256 verified.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
