#!/usr/bin/env python3
"""A soak of scopekeeper-server: minutes of mixed load, as a team's services and consoles make.

    soak.py SCOPEKEEPER_SERVER [--seconds N] [--window N]

On a fresh SQLite store on 127.0.0.1:
- verify at 80 % of the rate measured just before (wrk, its own delay() per connection);
- about 10 administrator writes a second (apps, keys, scope changes, deletes), each one
  remembered when it was acknowledged; past 200 apps of its own, each new app replaces the
  oldest, so that the store stops growing and memory that still grows is a leak;
- lists, as the console reads them (apps page by page, every key), a few a second.

Every WINDOW seconds it prints verify's and the admin calls' p99 and the server's RSS. At the
end it checks every acknowledged write against the store (lost writes), counts errors, and
compares the RSS at the end with the RSS after the first minute (or the first window, for a
short run). Exits 1 on any error or lost write, and, for runs of 5 minutes or more, on RSS
growth over 10 %. Loopback only, bounded in time.
"""

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "server"))
from hostile_clients import Server, request  # noqa: E402

STEADY_APPS = 200  # the soak's own apps kept at once
EXPIRES = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 30 * 86400))


def rss_kib(pid, field="VmRSS"):
    """VmRSS, or RssAnon: the heap and stacks, without the pages of mapped files (libraries,
    ICU's data) that are read in as they are first used."""
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class Admin:
    """One kept-alive connection for the administrator's calls; reconnects if it drops."""

    def __init__(self, s):
        self.s = s
        self.conn = None

    def call(self, method, path, body=None, headers=()):
        data = json.dumps(body).encode() if body is not None else b""
        hdrs = [("Authorization", "Bearer " + self.s.token)] + list(headers)
        if body is not None:
            hdrs.append(("Content-Type", "application/json"))
        for attempt in (1, 2):
            try:
                if self.conn is None:
                    self.conn = self.s.connect()
                self.conn.send(request(method, path, data, hdrs))
                status, response_headers, payload = self.conn.response(timeout=30)
                return status, response_headers, json.loads(payload) if payload else None
            except Exception:
                self.conn = None
                if attempt == 2:
                    raise


def wrk(port, connections, seconds, delay_ms, bodies, lua):
    env = dict(os.environ, SK_VERIFY_REQUESTS=bodies, SK_VERIFY_DELAY_MS=str(delay_ms))
    done = subprocess.run(["wrk", "-t2", "-c%d" % connections, "-d%ds" % seconds, "--latency",
                           "-s", lua, "http://127.0.0.1:%d" % port],
                          env=env, capture_output=True, text=True, timeout=seconds + 60)
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            f = {k: int(v) for k, v in (p.split("=") for p in line.split()[1:])}
            return {"requests": f["requests"], "p99us": f["p99_us"],
                    "non2xx": f["status_errors"],
                    "errors": f["connect_errors"] + f["read_errors"] + f["write_errors"] +
                    f["timeouts"]}
    raise RuntimeError("wrk printed no figures: %s %s" % (done.stdout, done.stderr))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("--seconds", type=int, default=600)
    parser.add_argument("--window", type=int, default=10)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("soak: wrk is missing (Debian wrk)")
    lua = os.path.join(HERE, "..", "benchmarks", "verify.lua")
    folder = tempfile.mkdtemp(prefix="scopekeeper-soak-")
    # The server's own default timeouts, as in production (the test harness shortens them).
    s = Server(args.server, folder, None, ["--header-timeout", "10", "--body-timeout", "30",
                                           "--idle-timeout", "60", "--tls-handshake-timeout",
                                           "10"])
    try:
        admin = Admin(s)
        # A store to verify against: 20 apps, 100 keys.
        secrets = []
        for i in range(20):
            status, _, app = admin.call("POST", "/api/v1/apps",
                                        {"name": "Service %02d" % i, "scopes": ["model:deploy"]})
            assert status == 201, status
            for j in range(5):
                status, _, key = admin.call("POST", "/api/v1/apps/%s/keys" % app["id"],
                                            {"name": "key %d" % j, "expires_at": EXPIRES})
                assert status == 201, status
                secrets.append(key["secret"])
        bodies = os.path.join(folder, "bodies")
        with open(bodies, "w") as f:
            for secret in secrets:
                for scope in ("model:deploy", "workflow:deploy"):
                    f.write(json.dumps({"key": secret, "scope": scope}) + "\n")
        os.chmod(bodies, 0o600)

        maximum = wrk(s.port, 32, 5, 0, bodies, lua)
        max_rate = maximum["requests"] / 5.0
        target = 0.8 * max_rate
        # wrk paces each connection by whole milliseconds: the rate comes from the number of
        # connections, each waiting 2 ms between requests, tuned once by a short run.
        delay_ms = 2
        connections = max(1, round(target * (delay_ms + 0.3) / 1000))
        probe = wrk(s.port, connections, 3, delay_ms, bodies, lua)["requests"] / 3.0
        connections = max(1, min(1000, round(connections * target / max(probe, 1.0))))
        print("soak: %d s; verify maximum %.0f/s, target %.0f/s (%d connections, %d ms apart); "
              "about 10 admin writes/s; lists" % (args.seconds, max_rate, target, connections,
                                                  delay_ms), flush=True)

        stop = threading.Event()
        lock = threading.Lock()
        errors = []
        writes = {"apps": {}, "deleted": set()}  # acknowledged: app id -> (name, keys, scopes)
        acknowledged = [0]  # changes answered 2xx
        latencies = []  # (time, seconds) of admin calls in the current window

        def timed(method, path, body=None, headers=()):
            started = time.monotonic()
            result = admin_writer.call(method, path, body, headers)
            with lock:
                latencies.append(time.monotonic() - started)
                if 200 <= result[0] < 300:
                    acknowledged[0] += 1
            return result

        admin_writer = Admin(s)

        def writer():
            i = 0
            while not stop.is_set():
                tick = time.monotonic()
                try:
                    status, headers, app = timed("POST", "/api/v1/apps",
                                                 {"name": "Soak %06d" % i,
                                                  "scopes": ["model:deploy"]})
                    if status != 201:
                        errors.append("create app: %d" % status)
                    else:
                        keys = []
                        status, _, key = timed("POST", "/api/v1/apps/%s/keys" % app["id"],
                                               {"name": "k", "expires_at": EXPIRES})
                        if status != 201:
                            errors.append("create key: %d" % status)
                        else:
                            keys.append(key["key"]["id"])
                        scopes = ["model:deploy"]
                        if i % 3 == 0:
                            status, _, _ = timed("PATCH", "/api/v1/apps/" + app["id"],
                                                 {"scopes": ["model:deploy", "workflow:deploy"]},
                                                 [("If-Match", headers["etag"][0])])
                            if status != 200:
                                errors.append("patch: %d" % status)
                            else:
                                scopes = ["model:deploy", "workflow:deploy"]
                        with lock:
                            writes["apps"][app["id"]] = (app["name"], keys, scopes)
                        # Steady state: past STEADY_APPS, the oldest goes for each new one, so
                        # that the store (and what a list returns) stops growing and memory
                        # that still grows is a leak, not more data.
                        if i % 5 == 4 or len(writes["apps"]) > STEADY_APPS:
                            victim = next(iter(writes["apps"]))
                            status, _, _ = timed("DELETE", "/api/v1/apps/" + victim)
                            if status != 204:
                                errors.append("delete: %d" % status)
                            else:
                                with lock:
                                    writes["apps"].pop(victim)
                                    writes["deleted"].add(victim)
                except Exception as error:
                    errors.append("writer: %s" % error)
                i += 1
                # About ten writes a second (each round makes 2 to 4).
                time.sleep(max(0.0, 0.25 - (time.monotonic() - tick)))

        reader_admin = Admin(s)

        def reader():
            while not stop.is_set():
                try:
                    path = "/api/v1/apps?limit=200"
                    while path:
                        started = time.monotonic()
                        status, _, page = reader_admin.call("GET", path)
                        with lock:
                            latencies.append(time.monotonic() - started)
                        if status != 200:
                            errors.append("list apps: %d" % status)
                            break
                        cursor = page.get("next_cursor")
                        path = ("/api/v1/apps?limit=200&cursor=" + urllib.parse.quote(cursor)
                                if cursor else None)
                    status, _, _ = reader_admin.call("GET", "/api/v1/keys")
                    if status != 200:
                        errors.append("list keys: %d" % status)
                except Exception as error:
                    errors.append("reader: %s" % error)
                time.sleep(0.5)

        threads = [threading.Thread(target=writer, daemon=True),
                   threading.Thread(target=reader, daemon=True)]
        for t in threads:
            t.start()
        baseline_at = min(60, args.window)
        rss_baseline = None
        anon_baseline = None
        verify_errors = 0
        started = time.monotonic()
        elapsed = 0
        print("  %6s  %10s  %12s  %12s  %10s  %10s" % ("t (s)", "verify/s", "verify p99",
                                                        "admin p99", "RSS MiB", "anon MiB"),
              flush=True)
        while elapsed < args.seconds:
            window = min(args.window, args.seconds - elapsed)
            figures = wrk(s.port, connections, window, delay_ms, bodies, lua)
            verify_errors += figures["errors"] + figures["non2xx"]
            elapsed = int(time.monotonic() - started)
            with lock:
                admin_p99 = (statistics.quantiles(latencies, n=100)[98] * 1000
                             if len(latencies) >= 2 else 0.0)
                latencies.clear()
            rss = rss_kib(s.process.pid) / 1024.0
            anon = rss_kib(s.process.pid, "RssAnon") / 1024.0
            if rss_baseline is None and elapsed >= baseline_at:
                rss_baseline = rss
                anon_baseline = anon
            print("  %6d  %10.0f  %9.2f ms  %9.2f ms  %10.1f  %10.1f" % (
                elapsed, figures["requests"] / float(window), figures["p99us"] / 1000.0,
                admin_p99, rss, anon), flush=True)
        stop.set()
        for t in threads:
            t.join(60)
        rss_end = rss_kib(s.process.pid) / 1024.0
        anon_end = rss_kib(s.process.pid, "RssAnon") / 1024.0

        # Every acknowledged write is there, as acknowledged; every deleted app is gone.
        check_admin = Admin(s)
        listed = {}
        path = "/api/v1/apps?limit=1000"
        while path:
            status, _, page = check_admin.call("GET", path)
            for a in page["apps"]:
                listed[a["id"]] = a
            cursor = page.get("next_cursor")
            path = "/api/v1/apps?limit=1000&cursor=" + urllib.parse.quote(cursor) if cursor else None
        lost = []
        for app_id, (name, keys, scopes) in writes["apps"].items():
            a = listed.get(app_id)
            if not a or a["name"] != name or sorted(a["scopes"]) != sorted(scopes) or \
                    a["key_count"] != len(keys):
                lost.append(app_id)
        resurrected = [a for a in writes["deleted"] if a in listed]
        growth = (rss_end / rss_baseline - 1.0) * 100 if rss_baseline else 0.0
        print("soak: %d admin writes acknowledged (%.1f/s); the %d apps they made checked: lost %d, "
              "deleted but present %d; errors: verify %d, admin %d%s" % (
                  acknowledged[0], acknowledged[0] / float(args.seconds),
                  len(writes["apps"]) + len(writes["deleted"]), len(lost), len(resurrected),
                  verify_errors, len(errors), (" (" + "; ".join(errors[:3]) + ")") if errors
                  else ""))
        anon_growth = (anon_end / anon_baseline - 1.0) * 100 if anon_baseline else 0.0
        print("soak: RSS %.1f MiB after %d s, %.1f MiB at the end: %+.1f %% (anonymous: %.1f -> "
              "%.1f MiB, %+.1f %%)" % (rss_baseline or 0, baseline_at, rss_end, growth,
                                       anon_baseline or 0, anon_end, anon_growth))
        failed = bool(lost or resurrected or verify_errors or errors or
                      s.process.poll() is not None)
        if args.seconds >= 300 and growth > 10.0:
            print("soak: RSS grew more than 10 %")
            failed = True
        print("soak: %s" % ("FAILED" if failed else "passed"))
        sys.exit(1 if failed else 0)
    finally:
        s.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
