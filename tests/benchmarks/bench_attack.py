#!/usr/bin/env python3
"""scopekeeper-server under attack: memory, /healthz latency, and idle connections.

    bench_attack.py SCOPEKEEPER_SERVER [--before OTHER_SERVER] [--seconds N] [--idle N]

For each server binary given (the current one, and with --before another, e.g. one built
before a change), on a fresh SQLite store, on 127.0.0.1 only:

1. idle RSS, then an attack: 100 connections each streaming a 1 GiB body to /api/v1/verify
   (Content-Length: 1073741824) and 100 connections each sending one endless header line,
   for N seconds (each attacker reconnects when the server closes it). Meanwhile /healthz is
   asked on a fresh connection every 20 ms. Prints the peak RSS minus idle RSS (sampled every
   20 ms from /proc) and the /healthz latencies (median, p99, max; failures).
2. 2,000 idle connections that send nothing: /api/v1/verify latency over a keep-alive
   connection with and without them, and how many the server has closed after its header
   timeout (the current server is started with --header-timeout 3).

Prints figures; decides nothing. Bounded in time and connections; loopback only.
"""

import argparse
import json
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def rss_kib(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def raise_fd_limit(n):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, max(soft, n))
    resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return wanted


class Server:
    def __init__(self, program, folder, extra=()):
        self.folder = folder
        env = dict(os.environ, HOME=folder, XDG_DATA_HOME=folder + "/data",
                   XDG_CONFIG_HOME=folder + "/config")
        env.pop("STATE_DIRECTORY", None)
        self.log = open(os.path.join(folder, "server.log"), "w+")
        self.process = subprocess.Popen(
            [program, "--database", os.path.join(folder, "s.sqlite"), "--listen",
             "127.0.0.1:0"] + list(extra), env=env, stdout=subprocess.DEVNULL, stderr=self.log,
            preexec_fn=lambda: raise_fd_limit(8192))
        deadline = time.monotonic() + 20
        self.port = None
        while self.port is None and time.monotonic() < deadline:
            self.log.seek(0)
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)", self.log.read())
            if m:
                self.port = int(m.group(1))
            time.sleep(0.05)
        if not self.port:
            raise SystemExit("the server did not start")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(40)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def healthz(port, timeout=5.0):
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    if not data.startswith(b"HTTP/1.1 200"):
        raise OSError("answered %r" % data[:40])
    return (time.perf_counter() - started) * 1000.0


def attacker(port, kind, stop, sent):
    chunk = b"a" * 65536
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                if kind == "body":
                    s.sendall(b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: "
                              b"application/json\r\nContent-Length: 1073741824\r\n\r\n")
                else:
                    s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Endless: ")
                s.settimeout(2)
                while not stop.is_set():
                    s.sendall(chunk)
                    sent[0] += len(chunk)
        except OSError:
            time.sleep(0.01)


def attack(program, seconds, extra=()):
    folder = tempfile.mkdtemp(prefix="sk-attack-")
    server = Server(program, folder, extra)
    try:
        for _ in range(20):
            healthz(server.port)
        time.sleep(0.5)
        idle = rss_kib(server.process.pid)
        stop = threading.Event()
        sent = [0]
        threads = [threading.Thread(target=attacker, args=(server.port, kind, stop, sent),
                                    daemon=True)
                   for kind in ["body"] * 100 + ["header"] * 100]
        for t in threads:
            t.start()
        peak = idle
        latencies = []
        failures = 0
        deadline = time.monotonic() + seconds
        next_probe = time.monotonic()
        while time.monotonic() < deadline:
            peak = max(peak, rss_kib(server.process.pid))
            if time.monotonic() >= next_probe:
                try:
                    latencies.append(healthz(server.port, timeout=5))
                except OSError:
                    failures += 1
                next_probe = time.monotonic() + 0.02
            time.sleep(0.02)
        stop.set()
        for t in threads:
            t.join(5)
        alive = server.process.poll() is None
        latencies.sort()
        p99 = latencies[int(len(latencies) * 0.99) - 1] if latencies else float("nan")
        print("  attack %d s: 100 streaming 1 GiB bodies + 100 endless headers; the attackers "
              "sent %.0f MiB" % (seconds, sent[0] / 1048576))
        print("  RSS: idle %.1f MiB, peak %.1f MiB, peak - idle %.1f MiB; server %s" % (
            idle / 1024, peak / 1024, (peak - idle) / 1024, "alive" if alive else "DIED"))
        if latencies:
            print("  /healthz during the attack: %d answered, %d failed; median %.1f ms, p99 "
                  "%.1f ms, max %.1f ms" % (len(latencies), failures,
                                           statistics.median(latencies), p99, latencies[-1]))
        else:
            print("  /healthz during the attack: none answered, %d failed" % failures)
    finally:
        server.stop()


def verify_latency(port, count=2000):
    body = json.dumps({"key": "spk_" + "0" * 49, "scope": "workflow:deploy"}).encode()
    request = (b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               b"Content-Length: %d\r\n\r\n" % len(body)) + body
    times = []
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        for _ in range(count):
            started = time.perf_counter()
            s.sendall(request)
            data = b""
            while not (b"\r\n\r\n" in data and data.endswith(b"}")):
                data += s.recv(4096)
            times.append((time.perf_counter() - started) * 1e6)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99) - 1]


def idle(program, count, extra=(), wait=0.0):
    folder = tempfile.mkdtemp(prefix="sk-idle-")
    server = Server(program, folder, extra)
    try:
        base = verify_latency(server.port)
        sockets = []
        for _ in range(count):
            try:
                sockets.append(socket.create_connection(("127.0.0.1", server.port), timeout=5))
            except OSError as error:
                print("  could open only %d idle connections: %s" % (len(sockets), error))
                break
        time.sleep(0.5)
        loaded = verify_latency(server.port)
        print("  verify over keep-alive (2,000 calls): median %.0f µs, p99 %.0f µs alone; "
              "median %.0f µs, p99 %.0f µs with %d idle connections open (ratio %.2f)" % (
                  base[0], base[1], loaded[0], loaded[1], len(sockets), loaded[0] / base[0]))
        if wait:
            time.sleep(wait)
            closed = 0
            for s in sockets:
                s.settimeout(0.05)
                try:
                    while s.recv(65536):  # a 408 first, perhaps; then the end of the stream
                        pass
                    closed += 1
                except socket.timeout:
                    pass  # still open
                except OSError:
                    closed += 1
            print("  %.0f s later: %d of %d idle connections closed by the server" % (
                wait, closed, len(sockets)))
        for s in sockets:
            s.close()
    finally:
        server.stop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("--before")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--idle", type=int, default=2000)
    args = parser.parse_args()
    raise_fd_limit(16384)
    print("machine: %d cores, %s" % (os.cpu_count(), " ".join(os.uname()[2:3])))
    runs = [("after", args.server, ["--header-timeout", "3"])]
    if args.before:
        runs.append(("before", args.before, []))
    for name, program, extra in runs:
        print("%s (%s):" % (name, program))
        attack(program, args.seconds, extra)
        idle(program, args.idle, extra, wait=5.0 if name == "after" else 0.0)


if __name__ == "__main__":
    main()
