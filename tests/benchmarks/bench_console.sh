#!/usr/bin/env bash
# The console's start-up and memory on a 10,000-app / 100,000-key store, against an empty Qt
# Widgets window started the same way in the same run; then the filter latency per keystroke.
#
#   tests/benchmarks/bench_console.sh [BUILD_DIR] [RUNS]
#
# Prints figures; decides nothing. Build the release preset first.
set -euo pipefail
# Under Xvfb (a real X11 display, as on a desktop) unless told otherwise.
if [ -z "${SCOPEKEEPER_IN_XVFB:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    export SCOPEKEEPER_IN_XVFB=1
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
runs="${2:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" \
       XDG_RUNTIME_DIR="$work" QT_LOGGING_RULES='qt.qpa.*=false'

store="${SCOPEKEEPER_BENCH_STORE:-$root/build/bench-10k.sqlite}"
if [ ! -f "$store" ]; then
    echo "building $store (10,000 apps, 100,000 keys)…"
    "$build/tests/benchmarks/scopekeeper-bench-store" --database "$store" --calls 3 --repeats 1 >/dev/null
fi

measure() { # label command… → "seconds maxrss_kb" per run
    local label="$1"; shift
    for _ in $(seq 1 "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || {
            cat "$work/err" >&2; exit 1; }
        echo "$label $(cat "$work/t")"
    done
}

{
    # Interleaved, so that a noisy moment hurts both alike.
    for _ in $(seq 1 "$runs"); do
        runs=1 measure empty "$build/tests/benchmarks/scopekeeper-bench-empty-window"
        runs=1 measure console "$build/app/scopekeeper" --database "$store" --exit-after-load
    done
} > "$work/results"

python3 - "$work/results" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
def col(label, i): return [float(r[i]) for r in rows if r[0] == label]
e, c = col("empty", 1), col("console", 1)
em, cm = col("empty", 2), col("console", 2)
print(f"runs each:                  {len(e)}")
print(f"empty window, start→quit:   median {statistics.median(e)*1000:.0f} ms (min {min(e)*1000:.0f})")
print(f"console, start→apps shown:  median {statistics.median(c)*1000:.0f} ms (min {min(c)*1000:.0f})")
print(f"ratio console / empty:      {statistics.median(c)/statistics.median(e):.2f} (target ≤ 2.0)")
print(f"peak memory, empty window:  {max(em)/1024:.1f} MiB")
print(f"peak memory, console:       {max(cm)/1024:.1f} MiB")
print(f"difference:                 {(max(cm)-max(em))/1024:.1f} MiB (target ≤ 40 MiB)")
PY
"$build/tests/benchmarks/scopekeeper-bench-filter" --database "$store"
