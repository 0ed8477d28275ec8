#!/usr/bin/env bash
# What the test suite needs beyond pip, both from Debian:
#   chromium              the browser tests (tests/views/html/) drive /usr/bin/chromium through
#                         Playwright (executable_path), so `playwright install` downloads nothing;
#   virtuoso-opensource   tests/e2e/test_virtuoso.py pushes the graph to a real triple store and
#                         queries it there (the test starts its own server on loopback).
# Safe to run twice: it installs only what is missing. When another apt or dpkg process holds the
# package lock it waits up to KG_APT_WAIT seconds (default 600) rather than failing at once, and
# apt's own output goes to a log file that is shown only if the install fails.
set -euo pipefail

CHROMIUM="${KG_CHROMIUM:-/usr/bin/chromium}"
WAIT="${KG_APT_WAIT:-600}"

say() { echo "install-test-deps: $*" >&2; }

missing=()
if [ ! -x "$CHROMIUM" ]; then
    say "needs chromium (Debian) for the browser tests in tests/views/html/"
    missing+=(chromium)
fi
if ! command -v virtuoso-t >/dev/null 2>&1; then
    say "needs virtuoso-opensource (Debian) for the triple-store test tests/e2e/test_virtuoso.py"
    missing+=(virtuoso-opensource)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    say "there is no apt-get here; install ${missing[*]} yourself" \
        "(and point KG_CHROMIUM at a Chromium binary if it is not $CHROMIUM)"
    exit 1
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
LOG="$(mktemp -t kg-apt.XXXXXX.log)"

# Retries while another apt/dpkg process holds a lock, up to $WAIT seconds in all; any other failure
# stops at once with apt's own words.
apt_quiet() {
    local start=$SECONDS announced=""
    while true; do
        if $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -qq -o DPkg::Lock::Timeout=20 "$@" >"$LOG" 2>&1; then
            return 0
        fi
        if ! grep -qiE "could not get lock|unable to acquire|lock-frontend|is another process using it" "$LOG"; then
            say "apt-get $* failed:"; tail -n 20 "$LOG" >&2
            return 1
        fi
        if [ $((SECONDS - start)) -ge "$WAIT" ]; then
            say "another apt or dpkg process still holds the package lock after ${WAIT}s;" \
                "let it finish (or raise KG_APT_WAIT) and run this again"
            tail -n 5 "$LOG" >&2
            return 1
        fi
        [ -z "$announced" ] && say "another apt or dpkg process holds the package lock; waiting (at most ${WAIT}s)"
        announced=1
        sleep 5
    done
}

say "installing ${missing[*]} with apt-get (quietly; the log is $LOG)"
apt_quiet update
# noninteractive: virtuoso's debconf password prompt would otherwise block; the test sets its own.
apt_quiet install -y "${missing[@]}"
say "installed ${missing[*]}"
rm -f "$LOG"
