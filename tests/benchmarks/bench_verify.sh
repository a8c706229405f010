#!/usr/bin/env bash
# POST /api/v1/verify under load (wrk) on the 10,000-app / 100,000-key store, against nginx
# answering a fixed JSON body of the same size on another loopback port in the same run (the
# ceiling for an HTTP answer on this machine).
#
#   tests/benchmarks/bench_verify.sh [BUILD_DIR] [ROUNDS] [SECONDS] [CONNECTIONS]
#
# CONNECTIONS is a comma-separated list (default 32,4). With SCOPEKEEPER_BENCH_BEFORE set to
# another scopekeeper-server binary (e.g. a copy made before a change), that one is measured
# too, in the same rounds, on its own copy of the store. With SCOPEKEEPER_BENCH_UNKNOWN=N, more
# -c32 rounds follow in which every request has a different unknown key (N bodies): nothing can
# be answered from memory. Prints figures; decides nothing.
# Build the release preset first. Everything listens on 127.0.0.1 only; scopekeeper-server
# and nginx run as the current user from a temporary folder that is removed at the end, with
# every secret the run makes (the admin token, the keys' request bodies).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
rounds="${2:-5}"
seconds="${3:-10}"
connections="${4:-32,4}"
for tool in wrk /usr/sbin/nginx python3; do
    command -v "$tool" >/dev/null || { echo "bench_verify: $tool is missing" >&2; exit 1; }
done
umask 077
work="$(mktemp -d)"
cleanup() {
    # Only the processes this run started (their pids are in $work), then the folder.
    for pidfile in "$work"/*.pid; do
        [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    sleep 0.2
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

store="${SCOPEKEEPER_BENCH_STORE:-$root/build/bench-10k.sqlite}"
if [ ! -f "$store" ]; then
    echo "building $store (10,000 apps, 100,000 keys)…"
    "$build/tests/benchmarks/scopekeeper-bench-store" --database "$store" --calls 3 --repeats 1 >/dev/null
fi
# The server adds an administrator and keys: it gets a copy, so the cached store stays as built.
cp "$store" "$work/server.sqlite"

python3 "$root/tests/benchmarks/server_bench.py" verify --work "$work" \
    ${SCOPEKEEPER_BENCH_BEFORE:+--before "$SCOPEKEEPER_BENCH_BEFORE"} \
    ${SCOPEKEEPER_BENCH_UNKNOWN:+--unknown "$SCOPEKEEPER_BENCH_UNKNOWN"} \
    --server "$build/app/scopekeeper-server" --database "$work/server.sqlite" \
    --lua "$root/tests/benchmarks/verify.lua" --rounds "$rounds" --seconds "$seconds" \
    --connections "$connections"
