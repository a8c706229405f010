#!/usr/bin/env python3
"""The server benchmarks' driver (run by bench_verify.sh and bench_console_server.sh).

Starts scopekeeper-server (and nginx, for the verify benchmark) on 127.0.0.1 only, as the
current user, inside the temporary folder WORK that the calling script made and removes.
Every process started here writes its pid to WORK/NAME.pid, so that the calling script's trap
can end it if this program is interrupted; this program ends them itself otherwise.

Secrets (the admin token, the secrets of the keys created for the benchmark) live in this
program's memory and, where another program needs them (wrk's request bodies, the keychain
helper's standard input), in WORK only. They are never printed.

Prints figures; decides nothing (except that it fails when an answer is wrong, or a secret
is found in the server's log).
"""
import argparse
import http.client
import json
import os
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import zlib
from datetime import datetime, timedelta, timezone

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
SECRET_RE = re.compile(r"(?:spk|ska)_[0-9A-Za-z]{49}")


def fail(message):
    print(f"server_bench: {message}", file=sys.stderr)
    sys.exit(1)


def base62(value, width):
    out = ["0"] * width
    i = width - 1
    while i >= 0 and value > 0:
        out[i] = ALPHABET[value % 62]
        value //= 62
        i -= 1
    return "".join(out)


def unknown_secret():
    """A well-formed secret (right length, alphabet and checksum) that was never issued."""
    random_part = "".join(secrets.choice(ALPHABET) for _ in range(43))
    return "spk_" + random_part + base62(zlib.crc32(random_part.encode("ascii")), 6)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_average():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def cpu_seconds(pid):
    """User + system CPU time of a process (all its threads) and of its children that are
    still running (nginx's worker), in seconds."""
    total = 0
    pids = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            pids += [int(p) for p in f.read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def machine_note():
    model = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{os.cpu_count()} CPUs ({model}); load average {load_average()}"


class Process:
    """A child process whose pid is recorded in WORK for the calling script's trap."""

    def __init__(self, work, name, command, stdout=None, stderr=None, env=None):
        self.name = name
        self.pidfile = os.path.join(work, name + ".pid")
        self.popen = subprocess.Popen(command, stdout=stdout or subprocess.DEVNULL,
                                      stderr=stderr or subprocess.DEVNULL, env=env,
                                      stdin=subprocess.DEVNULL)
        with open(self.pidfile, "w") as f:
            f.write(str(self.popen.pid))

    @property
    def pid(self):
        return self.popen.pid

    def stop(self, sig=signal.SIGTERM, timeout=40):
        if self.popen.poll() is None:
            self.popen.send_signal(sig)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait(10)
        if os.path.exists(self.pidfile):
            os.remove(self.pidfile)
        return self.popen.returncode


# ---- scopekeeper-server ------------------------------------------------------------------


def create_admin(server, database, name):
    r = subprocess.run([server, "--database", database, "admin", "create", name],
                       capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        fail(f"admin create failed: {r.stderr.strip()}")
    token = r.stdout.strip()
    if not re.fullmatch(r"ska_[0-9A-Za-z]{49}", token):
        fail("admin create printed no token")
    return token


def start_server(work, server, database, name="scopekeeper"):
    """Starts `server` on `database`, listening on a free loopback port; its log (standard
    error) goes to WORK/NAME.log."""
    log_path = os.path.join(work, name + ".log")
    log = open(log_path, "w")
    proc = Process(work, name,
                   [server, "--database", database, "--listen", "127.0.0.1:0"], stderr=log)
    log.close()
    deadline = time.monotonic() + 60
    pattern = re.compile(r"listening on http://127\.0\.0\.1:(\d+)")
    while time.monotonic() < deadline:
        with open(log_path) as f:
            m = pattern.search(f.read())
        if m:
            return proc, int(m.group(1)), log_path
        if proc.popen.poll() is not None:
            fail(f"scopekeeper-server ended with {proc.popen.returncode}; see its log")
        time.sleep(0.05)
    proc.stop()
    fail("scopekeeper-server did not start listening within 60 s")


class Api:
    """A keep-alive HTTP/1.1 client of the server's REST API."""

    def __init__(self, port, token=None):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.token = token

    def call(self, method, path, body=None):
        headers = {}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        self.connection.request(method, path, body=data, headers=headers)
        r = self.connection.getresponse()
        payload = r.read()
        return r.status, payload

    def json(self, method, path, body=None, expect=200):
        status, payload = self.call(method, path, body)
        if status != expect:
            fail(f"{method} {path} answered {status}")
        return json.loads(payload)

    def close(self):
        self.connection.close()


def wait_healthy(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            status = c.getresponse().status
            c.close()
            if status == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    fail(f"nothing healthy on 127.0.0.1:{port} after {timeout} s")


def scan_log(path):
    with open(path, errors="replace") as f:
        text = f.read()
    return len(SECRET_RE.findall(text)), text.count("\n")


# ---- statistics --------------------------------------------------------------------------


def med(values):
    return statistics.median(values) if values else float("nan")


def spread(values, fmt="{:.0f}"):
    if not values:
        return "-"
    return (fmt + " ({}–{})").format(med(values), fmt.format(min(values)), fmt.format(max(values)))


# ---- verify ------------------------------------------------------------------------------


def prepare_verify(work, name, api, count):
    """Creates `count` keys through the admin API (one on each of the first apps) and writes
    the verify request bodies to WORK/NAME-requests.txt: for each key, one with a scope its app
    has, one with a catalog scope it lacks, and one with a well-formed secret that was never
    issued."""
    catalog = api.json("GET", "/api/v1/scopes")
    all_scopes = [s["id"] for s in catalog["scopes"]]
    apps = []
    cursor = None
    while len(apps) < count:
        path = "/api/v1/apps?limit=1000" + (f"&cursor={cursor}" if cursor else "")
        page = api.json("GET", path)
        apps += page["apps"]
        cursor = page["next_cursor"]
        if not cursor:
            break
    if len(apps) < count:
        fail(f"the store has {len(apps)} apps; {count} are needed")
    expires = (datetime.now(timezone.utc) + timedelta(days=300)).strftime("%Y-%m-%dT%H:%M:%SZ")
    run = secrets.token_hex(4)
    cases = []  # (body, expected code or "VALID")
    started = time.perf_counter()
    for i, app in enumerate(apps[:count]):
        created = api.json("POST", f"/api/v1/apps/{app['id']}/keys",
                           {"name": f"bench-verify-{run}-{i}", "expires_at": expires}, expect=201)
        secret = created["secret"]
        allowed = app["scopes"][i % len(app["scopes"])]
        forbidden = next(s for s in all_scopes if s not in app["scopes"])
        cases.append(({"key": secret, "scope": allowed}, "VALID"))
        cases.append(({"key": secret, "scope": forbidden}, "FORBIDDEN_SCOPE"))
        cases.append(({"key": unknown_secret(), "scope": allowed}, "NOT_FOUND"))
    created_in = time.perf_counter() - started
    # Interleave the three kinds with a fixed shuffle, so that wrk meets them mixed.
    order = list(range(len(cases)))
    random.Random(4).shuffle(order)
    cases = [cases[i] for i in order]
    path = os.path.join(work, f"{name}-requests.txt")
    with open(path, "w") as f:
        for body, _ in cases:
            f.write(json.dumps(body, separators=(",", ":")) + "\n")
    return cases, path, created_in


def write_unknown_keys(work, count):
    """WORK/unknown-requests.txt: `count` bodies, each with a different well-formed secret that
    was never issued (a lookup every time, never an answer remembered from before)."""
    path = os.path.join(work, "unknown-requests.txt")
    alphabet = ALPHABET.encode()
    with open(path, "w") as f:
        for _ in range(count):
            random_part = bytes(alphabet[b % 62] for b in os.urandom(43)).decode()
            secret = "spk_" + random_part + base62(zlib.crc32(random_part.encode()), 6)
            f.write(f'{{"key":"{secret}","scope":"workflow:deploy"}}\n')
    return path


def check_verify(port, cases):
    """Sends every prepared request once and compares the answer with the expected one.
    Returns the answers' mean body size and the time per call (sequential, keep-alive)."""
    api = Api(port)
    sizes = []
    counts = {}
    started = time.perf_counter()
    for body, expected in cases:
        status, payload = api.call("POST", "/api/v1/verify", body)
        if status != 200:
            fail(f"verify answered {status}")
        answer = json.loads(payload)
        got = "VALID" if answer.get("valid") else answer.get("code")
        if got != expected:
            fail(f"verify answered {got}, expected {expected}")
        counts[got] = counts.get(got, 0) + 1
        sizes.append(len(payload))
    elapsed = time.perf_counter() - started
    api.close()
    return statistics.mean(sizes), counts, elapsed / len(cases)


NGINX_CONF = """\
worker_processes auto;
daemon off;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{
            default_type application/json;
            add_header Cache-Control no-store;
            add_header X-Content-Type-Options nosniff;
            return 200 '{body}';
        }}
    }}
}}
"""


def start_nginx(work, body):
    root = os.path.join(work, "nginx")
    os.makedirs(root, exist_ok=True)
    port = free_port()
    conf = os.path.join(root, "nginx.conf")
    with open(conf, "w") as f:
        f.write(NGINX_CONF.format(root=root, port=port, body=body))
    log = open(os.path.join(root, "stderr.log"), "w")
    proc = Process(work, "nginx", ["/usr/sbin/nginx", "-p", root, "-c", conf, "-e",
                                   os.path.join(root, "error.log")], stderr=log)
    log.close()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, port
        except OSError:
            if proc.popen.poll() is not None:
                fail("nginx did not start: " + open(os.path.join(root, "stderr.log")).read())
            time.sleep(0.05)
    proc.stop()
    fail("nginx did not start listening within 20 s")


def run_wrk(args, port, connections, seconds, pid, requests):
    env = dict(os.environ, SK_VERIFY_REQUESTS=requests)
    cpu_before = cpu_seconds(pid)
    r = subprocess.run(["wrk", "-t", "2", "-c", str(connections), "-d", f"{seconds}s",
                        "--latency", "--timeout", "5s", "-s", args.lua,
                        f"http://127.0.0.1:{port}/api/v1/verify"],
                       capture_output=True, text=True, env=env, timeout=seconds + 60)
    cpu = cpu_seconds(pid) - cpu_before
    m = re.search(r"^RESULT (.*)$", r.stdout, re.M)
    if r.returncode != 0 or not m:
        fail(f"wrk failed: {r.stdout} {r.stderr}")
    result = {k: int(v) for k, v in (item.split("=") for item in m.group(1).split())}
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    result["cpu_us_per_request"] = cpu * 1e6 / max(1, result["requests"])
    errors = sum(result[k] for k in ("connect_errors", "read_errors", "write_errors",
                                     "status_errors", "timeouts"))
    result["errors"] = errors
    return result


class Target:
    def __init__(self, name, port, pid, requests, log=None, process=None):
        self.name, self.port, self.pid, self.requests = name, port, pid, requests
        self.log, self.process = log, process


def start_verify_target(args, name, binary, database):
    """A scopekeeper-server on `database` with `args.keys` keys made through its admin API,
    and its request bodies checked once."""
    token = create_admin(binary, database, "bench")
    server, port, log_path = start_server(args.work, binary, database, name)
    target = Target(name, port, server.pid, None, log_path, server)
    api = Api(port, token)
    cases, requests, created_in = prepare_verify(args.work, name, api, args.keys)
    api.close()
    del token
    target.requests = requests
    mean_size, counts, per_call = check_verify(port, cases)
    print(f"  {name}: port {port}; {args.keys} keys created through the admin API in "
          f"{created_in:.1f} s; {len(cases)} request bodies (1/3 allowed scope, 1/3 forbidden "
          f"scope, 1/3 unknown key); check pass (each body once, sequential): "
          f"{per_call * 1e6:.0f} µs per call, answers {counts}, mean answer body "
          f"{mean_size:.0f} bytes; access log to a file")
    return target, mean_size


def verify(args):
    print("bench_verify: POST /api/v1/verify under wrk, against nginx answering a fixed body")
    print(f"  machine: {machine_note()}")
    targets = []
    servers = [("scopekeeper", args.server, args.database)]
    if args.before:
        before_db = os.path.join(args.work, "before.sqlite")
        shutil.copyfile(args.database, before_db)
        servers.insert(0, ("before", args.before, before_db))
    nginx = None
    try:
        mean_size = 0
        for name, binary, database in servers:
            target, mean_size = start_verify_target(args, name, binary, database)
            targets.append(target)
        body = json.dumps({"valid": False, "code": "NOT_FOUND"}, separators=(",", ":"))
        pad = max(0, int(round(mean_size)) - len(body) - len(',"pad":""'))
        body = body[:-1] + ',"pad":"' + "x" * pad + '"}'
        nginx, nginx_port = start_nginx(args.work, body)
        targets.insert(0, Target("nginx", nginx_port, nginx.pid, targets[-1].requests))
        print(f"  nginx: port {nginx_port}; worker_processes auto (one per core), access_log off, a fixed "
              f"{len(body)}-byte JSON body")
        # Warm-up, not counted.
        for t in targets:
            run_wrk(args, t.port, 32, 2, t.pid, t.requests)
        connections = [int(c) for c in args.connections.split(",")]
        results = {(t.name, c): [] for t in targets for c in connections}
        print(f"  load average before the rounds: {load_average()}")
        for r in range(args.rounds):
            for c in connections:
                for t in (targets if r % 2 == 0 else targets[::-1]):
                    res = run_wrk(args, t.port, c, args.seconds, t.pid, t.requests)
                    results[(t.name, c)].append(res)
                    print(f"    round {r + 1} -c{c} {t.name:11s} {res['rps']:8.0f} req/s  "
                          f"p50 {res['p50_us'] / 1000:6.2f} ms  p99 {res['p99_us'] / 1000:6.2f} ms"
                          f"  CPU {res['cpu_us_per_request']:5.1f} µs/req  "
                          f"errors {res['errors']}  (load {load_average()})", flush=True)
        print(f"  load average after the rounds: {load_average()}")
        total_errors = sum(res["errors"] for v in results.values() for res in v)
        print()
        print(f"Results: wrk -t2, {args.seconds} s per run, {args.rounds} interleaved rounds; "
              "median (min–max) over the rounds; CPU = the target's own CPU time (all threads, "
              "nginx's worker included) per answered request")
        print()
        print("| connections | target | requests/s | p50 ms | p99 ms | CPU µs/request |")
        print("| --- | --- | --- | --- | --- | --- |")
        for c in connections:
            for t in targets:
                v = results[(t.name, c)]
                print(f"| {c} | {t.name} | {spread([x['rps'] for x in v])} | "
                      f"{spread([x['p50_us'] / 1000 for x in v], '{:.2f}')} | "
                      f"{spread([x['p99_us'] / 1000 for x in v], '{:.2f}')} | "
                      f"{spread([x['cpu_us_per_request'] for x in v], '{:.1f}')} |")
        print()
        pairs = [("scopekeeper", "nginx")]
        if args.before:
            pairs += [("before", "nginx"), ("scopekeeper", "before")]
        print("| connections | requests/s | ratio of medians | per-round ratios |")
        print("| --- | --- | --- | --- |")
        for c in connections:
            for a_name, b_name in pairs:
                a = [x["rps"] for x in results[(a_name, c)]]
                b = [x["rps"] for x in results[(b_name, c)]]
                ratios = [x / y for x, y in zip(a, b)]
                print(f"| {c} | {a_name} / {b_name} | {med(a) / med(b):.2f} | "
                      f"{spread(ratios, '{:.2f}')} |")
        print()
        if args.unknown:
            # Context: every request a key never seen before, so nothing can be answered from
            # memory (the worst case for a server that remembers keys it looked up).
            path = write_unknown_keys(args.work, args.unknown)
            servers_only = [t for t in targets if t.process]
            unknown = {t.name: [] for t in servers_only}
            for r in range(args.rounds):
                for t in (servers_only if r % 2 == 0 else servers_only[::-1]):
                    res = run_wrk(args, t.port, 32, args.seconds, t.pid, path)
                    unknown[t.name].append(res)
                    total_errors += res["errors"]
                    print(f"    unknown keys, round {r + 1} -c32 {t.name:11s} {res['rps']:8.0f} "
                          f"req/s  p50 {res['p50_us'] / 1000:6.2f} ms  p99 "
                          f"{res['p99_us'] / 1000:6.2f} ms  CPU {res['cpu_us_per_request']:5.1f} "
                          f"µs/req  (load {load_average()})", flush=True)
            print()
            print(f"Unknown keys only ({args.unknown:,} different secrets, none repeated within "
                  f"a run), -c32, {args.rounds} rounds; nginx -c32 above for the ratio")
            print()
            print("| target | requests/s | ratio to nginx | p50 ms | p99 ms | CPU µs/request |")
            print("| --- | --- | --- | --- | --- | --- |")
            nginx_rps = med([x["rps"] for x in results[("nginx", 32)]]) \
                if ("nginx", 32) in results else float("nan")
            for t in servers_only:
                v = unknown[t.name]
                print(f"| {t.name} | {spread([x['rps'] for x in v])} | "
                      f"{med([x['rps'] for x in v]) / nginx_rps:.2f} | "
                      f"{spread([x['p50_us'] / 1000 for x in v], '{:.2f}')} | "
                      f"{spread([x['p99_us'] / 1000 for x in v], '{:.2f}')} | "
                      f"{spread([x['cpu_us_per_request'] for x in v], '{:.1f}')} |")
            print()
        print(f"  socket errors, timeouts and non-2xx answers over all runs: {total_errors}")
    finally:
        if nginx:
            nginx.stop(signal.SIGQUIT)
        codes = [(t.name, t.process.stop()) for t in targets if t.process]
    for name, code in codes:
        t = next(t for t in targets if t.name == name)
        secrets_found, lines = scan_log(t.log)
        print(f"  {name} stopped with exit code {code}; its log has {lines:,} lines; "
              f"well-formed keys or tokens in it: {secrets_found}")
        if secrets_found:
            fail(f"the log of {name} holds a key or a token")
    if total_errors:
        fail("some requests failed")


# ---- the console's load over the REST API --------------------------------------------------


def console(args):
    print("bench_console_server: the console's load of every app from scopekeeper-server over "
          "loopback, against the same load from the local file")
    print(f"  machine: {machine_note()}")
    token = create_admin(args.server, args.database, "bench")
    server, port, log_path = start_server(args.work, args.server, args.database)
    url = f"http://127.0.0.1:{port}"
    try:
        # The console reads the token from the keychain (the private D-Bus session's
        # gnome-keyring, whose files are in WORK), as after "Connect to Server…" with
        # "remember"; the helper gets it on standard input.
        r = subprocess.run([args.remember_token, url], input=token + "\n", text=True,
                           capture_output=True, timeout=60)
        if r.returncode != 0:
            fail(f"the token could not be put in the keychain: {r.stderr.strip()}")

        # (a) RestStore::listApps() against SqlStore::listApps(), interleaved, in one program.
        r = subprocess.run([args.bench_rest, "--server", url, "--database", args.local,
                            "--repeats", str(args.runs)] + (["--keys"] if args.keys else []),
                           input=token + "\n", text=True, capture_output=True,
                           timeout=600 + 60 * args.runs)
        token = None
        if r.returncode != 0:
            fail(f"scopekeeper-bench-rest failed: {r.stderr.strip()}")
        raw = {}
        apps = None  # how many apps the store holds (10,000 in the usual store)
        for line in r.stdout.splitlines():
            if line.startswith("RAW "):
                name, *values = line.split()[1:]
                raw[name] = [float(v) for v in values]
            m = re.search(r"local listApps\(\):.* (\d+) apps$", line)
            if m:
                apps = int(m.group(1))
        if apps is None:
            fail(f"scopekeeper-bench-rest said nothing of the apps: {r.stdout.strip()}")
        print(f"  load average before the runs: {load_average()}")
        print()
        print(f"(a) Store API, {args.runs} runs each, interleaved (REST, local, …): a new store, "
              "open() + listApps() of every app; median (min–max), ms")
        print()
        print("| store | open() | listApps() | open + listApps |" +
              (" listAllKeys() |" if args.keys else ""))
        print("| --- | --- | --- | --- |" + (" --- |" if args.keys else ""))
        for label, prefix in (("RestStore (server on loopback)", "rest"),
                              ("SqlStore (local file)", "local")):
            row = (f"| {label} | {spread(raw[prefix + '_open'], '{:.1f}')} | "
                   f"{spread(raw[prefix + '_list'], '{:.1f}')} | "
                   f"{spread(raw[prefix + '_total'], '{:.1f}')} |")
            if args.keys:
                row += f" {spread(raw[prefix + '_keys'], '{:.1f}')} |"
            print(row)
        ratio = med(raw["rest_total"]) / med(raw["local_total"])
        print()
        print(f"  REST / local, open + listApps, ratio of medians: {ratio:.2f}")
        if args.keys:
            print()
            print(f"(a') The \"API Keys\" page as the console loads it (KeyListModel of every "
                  f"key, page after page, sorted by app), {args.runs} runs each: from reload() "
                  "to its first rows shown and to the last page; median (min–max), ms")
            print()
            print("| store | first rows shown | every key shown |")
            print("| --- | --- | --- |")
            for label, prefix in (("RestStore (server on loopback)", "rest"),
                                  ("SqlStore (local file)", "local")):
                print(f"| {label} | {spread(raw[prefix + '_page_first'], '{:.1f}')} | "
                      f"{spread(raw[prefix + '_page_all'], '{:.1f}')} |")

        # (b) The real console, start to apps shown, interleaved with the local file.
        commands = {
            "server": [args.console, "--server", url, "--exit-after-load"],
            "local": [args.console, "--database", args.local, "--exit-after-load"],
        }
        # "Apps shown" is when the console prints "loaded N apps" (flushed as the apps reach
        # the screen), not when the process has ended: at exit, the local store finishes the
        # query it is running (the expiry reminder's keys, loaded after the apps), which a
        # person never waits for.
        wall = {k: [] for k in commands}
        ended = {k: [] for k in commands}
        for _ in range(args.runs):
            for label, command in commands.items():
                started = time.perf_counter()
                proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, stdin=subprocess.DEVNULL)
                shown = None
                first = proc.stdout.readline()
                if first.strip() == f"loaded {apps} apps":
                    shown = time.perf_counter() - started
                try:
                    out, err = proc.communicate(timeout=120)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    out, err = proc.communicate()
                if proc.returncode != 0 or shown is None:
                    fail(f"the console ({label}) failed: {first.strip()} {out.strip()} "
                         f"{err.strip()}")
                wall[label].append(shown * 1000)
                ended[label].append((time.perf_counter() - started) * 1000)
        print()
        print(f"(b) The console, `scopekeeper --exit-after-load`, start to {apps:,} apps shown, "
              f"{args.runs} runs each, interleaved; median (min–max), ms")
        print()
        print("| console on | start → apps shown | start → process ended | target |")
        print("| --- | --- | --- | --- |")
        print(f"| `--server {url}` (token from the keychain) | {spread(wall['server'])} | "
              f"{spread(ended['server'])} | ≤ 1000 |")
        print(f"| `--database` (the same store, local file) | {spread(wall['local'])} | "
              f"{spread(ended['local'])} | |")
        print()
        print(f"  server / local, ratio of medians: {med(wall['server']) / med(wall['local']):.2f};"
              f" difference {med(wall['server']) - med(wall['local']):.0f} ms")
        print(f"  load average after the runs: {load_average()}")
    finally:
        code = server.stop()
    secrets_found, lines = scan_log(log_path)
    print(f"  server stopped with exit code {code}; its log has {lines:,} lines; well-formed "
          f"keys or tokens in it: {secrets_found}")
    if secrets_found:
        fail("the server's log holds a key or a token")


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("verify")
    v.add_argument("--work", required=True)
    v.add_argument("--server", required=True)
    v.add_argument("--database", required=True)
    v.add_argument("--lua", required=True)
    v.add_argument("--keys", type=int, default=1000)
    v.add_argument("--rounds", type=int, default=5)
    v.add_argument("--seconds", type=int, default=10)
    v.add_argument("--connections", default="32,4")
    v.add_argument("--unknown", type=int, default=0, help="also run -c32 rounds in which "
                   "every request has a different unknown key (this many bodies)")
    v.add_argument("--before", help="another scopekeeper-server binary, measured in the same "
                   "run on its own copy of the store (before / after a change)")
    c = sub.add_parser("console")
    c.add_argument("--work", required=True)
    c.add_argument("--server", required=True)
    c.add_argument("--database", required=True, help="the server's copy of the store")
    c.add_argument("--local", required=True, help="the store file for the local baseline")
    c.add_argument("--console", required=True)
    c.add_argument("--bench-rest", required=True)
    c.add_argument("--remember-token", required=True)
    c.add_argument("--runs", type=int, default=10)
    c.add_argument("--keys", action="store_true",
                   help="time listAllKeys() and the API Keys page too")
    args = parser.parse_args()
    if args.command == "verify":
        verify(args)
    else:
        console(args)


if __name__ == "__main__":
    main()
