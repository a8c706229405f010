"""Running a test script's cases: each case_* function in turn, PASS or FAIL with the reason,
then "N passed, M failed" and the exit code (1 when any failed)."""

import sys


def collect(namespace):
    """The case_* functions of a module's globals(), in the order they were defined, by name
    without the prefix."""
    return [(name[5:], f) for name, f in list(namespace.items()) if name.startswith("case_")]


def run(cases, *args):
    """Runs each case with `args`; answers (passed, failed)."""
    passed = failed = 0
    for name, case in cases:
        try:
            case(*args)
            print("PASS %s" % name)
            passed += 1
        except Exception as error:
            print("FAIL %s: %s: %s" % (name, type(error).__name__, error))
            failed += 1
    return passed, failed


def finish(passed, failed):
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


def main(doc, cases, prefix, skip_reason=None):
    """A test script's main(): its program as the first argument (the docstring `doc` when
    there is none), exit 77 with `skip_reason` when that is set (the script cannot run here),
    then every case in a temporary folder, removed afterwards."""
    import os
    import shutil
    import tempfile
    if len(sys.argv) < 2:
        sys.exit(doc)
    if skip_reason:
        print("SKIP: " + skip_reason)
        sys.exit(77)
    folder = tempfile.mkdtemp(prefix=prefix)
    try:
        passed, failed = run(cases, sys.argv[1], folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    finish(passed, failed)
