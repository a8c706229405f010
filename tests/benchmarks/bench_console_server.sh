#!/usr/bin/env bash
# The console's full load of the 10,000-app store from scopekeeper-server over loopback, against
# the same load from the local file, in the same run: (a) RestStore::listApps() against
# SqlStore::listApps() (scopekeeper-bench-rest), (b) the real console with --exit-after-load.
#
#   tests/benchmarks/bench_console_server.sh [BUILD_DIR] [RUNS] [--keys]
#
# Prints figures; decides nothing. Build the release preset first. Runs under Xvfb and in a
# private D-Bus session with its own gnome-keyring, whose files live in a temporary folder
# removed at the end: the console reads the administrator token from that keychain, as it
# does after "Connect to Server…" with "remember", so no test hook or environment variable
# is needed. The server listens on 127.0.0.1 only.
set -euo pipefail
if [ -z "${SCOPEKEEPER_IN_XVFB:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    export SCOPEKEEPER_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
runs="${2:-10}"
keys="${3:-}"
umask 077
work="$(mktemp -d)"
cleanup() {
    for pidfile in "$work"/*.pid; do
        [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    sleep 0.2
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
       XDG_RUNTIME_DIR="$work" QT_LOGGING_RULES='qt.qpa.*=false'

store="${SCOPEKEEPER_BENCH_STORE:-$root/build/bench-10k.sqlite}"
if [ ! -f "$store" ]; then
    echo "building $store (10,000 apps, 100,000 keys)…"
    "$build/tests/benchmarks/scopekeeper-bench-store" --database "$store" --calls 3 --repeats 1 >/dev/null
fi
cp "$store" "$work/server.sqlite"

# A private D-Bus session with a gnome-keyring whose keyrings live in $work (never the user's
# own), unlocked with a fixed password; the session ends with the driver.
dbus-run-session -- sh -c '
    echo pw | XDG_DATA_HOME="$0/keyring" gnome-keyring-daemon --unlock --components=secrets \
        >/dev/null 2>&1 || exit 1
    exec "$@"' "$work" \
    python3 "$root/tests/benchmarks/server_bench.py" console --work "$work" \
    --server "$build/app/scopekeeper-server" --database "$work/server.sqlite" --local "$store" \
    --console "$build/app/scopekeeper" \
    --bench-rest "$build/tests/benchmarks/scopekeeper-bench-rest" \
    --remember-token "$build/tests/benchmarks/scopekeeper-bench-remember-token" \
    --runs "$runs" ${keys:+--keys}
