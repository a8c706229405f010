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

# Interleaved runs, so that a noisy moment hurts both alike. Wall time by perf_counter around
# each process (start to exit); peak memory (max RSS) by GNU time.
python3 - "$runs" "$work" "$build/tests/benchmarks/scopekeeper-bench-empty-window" \
    "$build/app/scopekeeper" "$store" <<'PY'
import statistics, subprocess, sys, time
runs, work, empty, console, store = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
commands = {"empty": [empty], "console": [console, "--database", store, "--exit-after-load"]}
wall = {k: [] for k in commands}
rss = {k: [] for k in commands}
for _ in range(runs):
    for label, command in commands.items():
        out = f"{work}/rss"
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall[label].append(time.perf_counter() - start)
        rss[label].append(int(open(out).read().split()[-1]) / 1024)
e, c = statistics.median(wall["empty"]), statistics.median(wall["console"])
print(f"runs each:                  {runs}")
print(f"empty window, start→quit:   median {e*1000:.0f} ms (min {min(wall['empty'])*1000:.0f})")
print(f"console, start→apps shown:  median {c*1000:.0f} ms (min {min(wall['console'])*1000:.0f})")
print(f"ratio console / empty:      {c/e:.2f} (target ≤ 2.0)")
print(f"peak memory, empty window:  {max(rss['empty']):.1f} MiB")
print(f"peak memory, console:       {max(rss['console']):.1f} MiB")
print(f"difference:                 {max(rss['console']) - max(rss['empty']):.1f} MiB (target ≤ 40 MiB)")
PY
"$build/tests/benchmarks/scopekeeper-bench-filter" --database "$store"
