#!/usr/bin/env bash
# Runs the libFuzzer targets of a SCOPEKEEPER_FUZZ build, each for SECONDS, on a copy of its
# seed corpus (corpus/<name>/ is never written to), with its dictionary when it has one.
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS [name…]      e.g.  tests/fuzz/run.sh build/fuzz 30
#
# Names are those of corpus/<name>/ (fuzz_<name> in BUILD_DIR/tests/fuzz); none: all of them.
# Prints, per target, its executions, executions per second, coverage and result; exits 1 when
# any target found a crash, a leak, a timeout or ran out of memory, keeping the input that did
# it and the log in a folder it names. SCOPEKEEPER_FUZZ_WORK=DIR works there (and keeps it);
# extra libFuzzer flags may follow in SCOPEKEEPER_FUZZ_FLAGS.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 BUILD_DIR SECONDS [name…]" >&2
    exit 2
fi
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$(cd "$1" && pwd)"
seconds="$2"
shift 2
if [ $# -gt 0 ]; then
    names=("$@")
else
    names=()
    for dir in "$here"/corpus/*/; do
        names+=("$(basename "$dir")")
    done
fi

if [ -n "${SCOPEKEEPER_FUZZ_WORK:-}" ]; then
    work="$SCOPEKEEPER_FUZZ_WORK"
    mkdir -p "$work"
    keep=1
else
    work="$(mktemp -d "${TMPDIR:-/tmp}/scopekeeper-fuzz.XXXXXX")"
    keep=0
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failed=0
summary=()
for name in "${names[@]}"; do
    exe="$build/tests/fuzz/fuzz_$name"
    if [ ! -x "$exe" ]; then
        echo "fuzz_$name: not built in $build (cmake --build --preset fuzz)" >&2
        failed=1
        summary+=("$(printf '%-14s %12s %10s %8s %8s  %s' "$name" - - - - "not built")")
        continue
    fi
    dir="$work/$name"
    rm -rf "$dir"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp -R "$here/corpus/$name/." "$dir/corpus/"
    flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$dir/artifacts/")
    if [ -f "$here/$name.dict" ]; then
        flags+=(-dict="$here/$name.dict")
    fi
    # shellcheck disable=SC2206 # extra flags are words
    extra=(${SCOPEKEEPER_FUZZ_FLAGS:-})
    started=$(date +%s)
    status=0
    "$exe" "${flags[@]}" "${extra[@]}" "$dir/corpus" >"$dir/log" 2>&1 || status=$?
    wall=$(($(date +%s) - started))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -1)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$dir/log" | tail -1)
    cov=$({ grep -o 'cov: [0-9]* ft: [0-9]*' "$dir/log" || true; } | tail -1 |
        awk '{print $2 "/" $4}')
    result=ok
    if [ "$status" -ne 0 ]; then
        if grep -q 'ERROR: libFuzzer: timeout' "$dir/log"; then
            result=timeout
        elif grep -q 'ERROR: LeakSanitizer' "$dir/log"; then
            result=leak
        elif grep -q -e 'out-of-memory' -e 'rss limit' "$dir/log"; then
            result=out-of-memory
        else
            result=crash
        fi
        failed=1
        keep=1
        echo "fuzz_$name: $result (exit $status); input and log kept in $dir:" >&2
        ls -l "$dir/artifacts" >&2 || true
        grep -m 20 -e 'ERROR:' -e 'runtime error' -e 'fuzz invariant' -e '#[0-9] 0x' "$dir/log" >&2 || true
    fi
    line="$(printf '%-14s %12s %10s %8s %8s %6ss  %s' "$name" "${execs:-?}" "${rate:-?}" \
        "${cov:-?}" "${rss:-?}MB" "$wall" "$result")"
    echo "$line"
    summary+=("$line")
done

echo
printf '%-14s %12s %10s %8s %8s %7s  %s\n' target executions exec/s cov/ft peak-rss wall result
printf '%s\n' "${summary[@]}"
if [ "$keep" -eq 1 ]; then
    echo "work folder (logs, grown corpora, artifacts): $work"
else
    rm -rf "$work"
fi
exit "$failed"
