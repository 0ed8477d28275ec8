#!/usr/bin/env bash
# What the browser tests need beyond pip: Debian's chromium at /usr/bin/chromium.
# Playwright drives that binary (executable_path), so `playwright install` and its downloads are not
# needed. Safe to run twice: it does nothing when chromium is already there.
set -euo pipefail

# --- Virtuoso for tests/test_virtuoso.py (kg push / --endpoint against a real triple store) -------
# The test starts its own server on loopback from a copied virtuoso.ini; it only needs the binary.
if ! command -v virtuoso-t >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: installing Debian's virtuoso-opensource for the triple-store test" >&2
    VSUDO=""; [ "$(id -u)" -ne 0 ] && VSUDO="sudo"
    $VSUDO apt-get update -qq
    # noninteractive: the package's debconf password prompt would otherwise block; the test sets its own.
    $VSUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource
fi
# --- end of the Virtuoso block --------------------------------------------------------------------
CHROMIUM="${KG_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: $CHROMIUM is missing and there is no apt-get here;" \
         "install Chromium yourself and point KG_CHROMIUM at it" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-test-deps: installing Debian's chromium for the browser tests" >&2
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
