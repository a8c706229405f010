#!/usr/bin/env python3
"""scopekeeper-server against hostile clients, over real sockets.

    hostile_clients.py SCOPEKEEPER_SERVER (plain|tls) [CASE...]

Starts the real server (with short limits set on its command line), and sends it what an
attacker would, byte by byte where it matters: endless headers, huge and slow bodies, idle
and half-open connections, ambiguous framing, pipelined requests, HEAD, more connections than
it takes, and a request path that tries to forge log lines. Everything runs over plain HTTP
or over TLS (a certificate made by openssl here). Prints one line per case and
"N passed, M failed" at the end; exits 1 when any failed.
"""

import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                "support"))
import certificates  # noqa: E402

HEADER_TIMEOUT = 1.0
BODY_TIMEOUT = 1.0
IDLE_TIMEOUT = 1.0
HANDSHAKE_TIMEOUT = 1.0


class Failure(AssertionError):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class Server:
    def __init__(self, program, folder, tls, extra=(), store=None):
        """`store`: the store's options (["--postgres", CONNINFO]); by default a SQLite file in
        `folder`."""
        self.program = program
        self.folder = folder
        self.tls = tls
        self.database = os.path.join(folder, "server.sqlite")
        self.env = dict(os.environ, HOME=folder, XDG_DATA_HOME=os.path.join(folder, "data"),
                        XDG_CONFIG_HOME=os.path.join(folder, "config"))
        self.env.pop("STATE_DIRECTORY", None)
        self.store = list(store) if store else ["--database", self.database]
        if not os.path.exists(os.path.join(folder, "token")):
            os.makedirs(folder, exist_ok=True)
            done = subprocess.run([program] + self.store + ["admin", "create",
                                   "alice"], env=self.env, capture_output=True, text=True,
                                  timeout=60)
            check(done.returncode == 0, "admin create failed: " + done.stderr)
            with open(os.path.join(folder, "token"), "w") as f:
                f.write(done.stdout.split()[-1])
        with open(os.path.join(folder, "token")) as f:
            self.token = f.read().strip()
        args = [program] + self.store + ["--listen", "127.0.0.1:0",
                "--header-timeout", str(HEADER_TIMEOUT), "--body-timeout", str(BODY_TIMEOUT),
                "--idle-timeout", str(IDLE_TIMEOUT), "--tls-handshake-timeout",
                str(HANDSHAKE_TIMEOUT)] + list(extra)
        if tls:
            args += ["--tls-cert", tls["cert"], "--tls-key", tls["key"]]
        self.log_path = os.path.join(folder, "server-%d.log" % time.monotonic_ns())
        self.log = open(self.log_path, "w+b")
        self.process = subprocess.Popen(args, env=self.env, stdout=subprocess.DEVNULL,
                                        stderr=self.log)
        deadline = time.monotonic() + 20
        self.port = None
        while time.monotonic() < deadline and self.port is None:
            check(self.process.poll() is None, "the server exited: " + self.log_text())
            match = re.search(rb"listening on https?://127\.0\.0\.1:(\d+)", self.log_bytes())
            if match:
                self.port = int(match.group(1))
            time.sleep(0.05)
        check(self.port, "the server did not start listening")

    def log_bytes(self):
        self.log.flush()
        with open(self.log_path, "rb") as f:
            return f.read()

    def log_text(self):
        return self.log_bytes().decode("utf-8", "replace")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(35)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def connect(self):
        sock = socket.create_connection(("127.0.0.1", self.port), timeout=10)
        if self.tls:
            context = ssl.create_default_context(cafile=self.tls["ca"])
            sock = context.wrap_socket(sock, server_hostname="127.0.0.1")
        return Connection(sock)


class Connection:
    def __init__(self, sock):
        self.sock = sock
        self.buffer = b""

    def send(self, data):
        self.sock.sendall(data)

    def _more(self, timeout):
        self.sock.settimeout(timeout)
        try:
            chunk = self.sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError, ssl.SSLError):
            chunk = b""
        self.buffer += chunk
        return chunk

    def response(self, timeout=5.0, head=False):
        """(status, headers, body) of the next response; fails when none arrives in time."""
        deadline = time.monotonic() + timeout
        while b"\r\n\r\n" not in self.buffer:
            left = deadline - time.monotonic()
            check(left > 0, "no response within %.1f s (got %r)" % (timeout, self.buffer[:200]))
            try:
                if not self._more(left):
                    raise Failure("the connection closed without a response (got %r)" %
                                  self.buffer[:200])
            except socket.timeout:
                raise Failure("no response within %.1f s (got %r)" % (timeout,
                                                                      self.buffer[:200]))
        head_bytes, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head_bytes.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers.setdefault(name.strip().lower(), []).append(value.strip())
        length = 0 if head or status in (204, 304) or status < 200 else \
            int(headers.get("content-length", ["0"])[0])
        while len(self.buffer) < length:
            left = deadline - time.monotonic()
            check(left > 0, "the body did not arrive in time")
            if not self._more(left):
                raise Failure("the connection closed in the middle of a body")
        body, self.buffer = self.buffer[:length], self.buffer[length:]
        return status, headers, body

    def closed_within(self, seconds):
        """True when the server closes the connection within `seconds` (what it sends first
        is read and kept)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if not self._more(max(0.01, deadline - time.monotonic())):
                    return True
            except socket.timeout:
                return False
            except OSError:
                return True
        return False

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def request(method, path, body=b"", headers=()):
    lines = ["%s %s HTTP/1.1" % (method, path), "Host: 127.0.0.1"]
    lines += ["%s: %s" % h for h in headers]
    if body and not any(h[0].lower() in ("content-length", "transfer-encoding")
                        for h in headers):
        lines.append("Content-Length: %d" % len(body))
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def expect_refusal(conn, status, seconds=5.0):
    got, headers, body = conn.response(seconds)
    check(got == status, "answered %d, not %d: %r" % (got, status, body[:200]))
    check(headers.get("content-type", [""])[0] == "application/problem+json",
          "not problem+json: %s" % headers)
    check(json.loads(body)["status"] == status, "the problem's status is not %d" % status)
    check(conn.closed_within(5), "the connection stayed open after %d" % status)


# --- cases --------------------------------------------------------------------------------


def case_endless_header_is_431(s):
    conn = s.connect()
    conn.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Endless: ")
    try:
        for _ in range(16):  # 64 KiB, four times the limit, and no end of line
            conn.send(b"a" * 4096)
    except OSError:
        pass  # the server closed: fine, its answer is read below
    expect_refusal(conn, 431)


def case_huge_content_length_is_413_at_once(s):
    conn = s.connect()
    conn.send(b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 1000000000\r\n\r\n")
    # Answered before a single byte of the body was sent.
    expect_refusal(conn, 413)


def case_streamed_body_is_413_while_read(s):
    conn = s.connect()
    conn.send(b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Transfer-Encoding: chunked\r\n\r\n")
    try:
        for _ in range(32):  # 128 KiB, twice the limit
            conn.send(b"1000\r\n" + b"a" * 4096 + b"\r\n")
    except OSError:
        pass
    expect_refusal(conn, 413)


def case_slow_header_is_408(s):
    conn = s.connect()
    conn.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
    started = time.monotonic()
    expect_refusal(conn, 408, HEADER_TIMEOUT + 5)
    check(time.monotonic() - started < HEADER_TIMEOUT + 3, "408 came late")


def case_silent_connection_is_closed(s):
    conn = s.connect() if not s.tls else None
    if conn is None:  # over TLS, a handshake that never starts: see tls_handshake_timeout
        conn = Connection(socket.create_connection(("127.0.0.1", s.port), timeout=10))
    check(conn.closed_within(HEADER_TIMEOUT + 5), "a connection that sends nothing stayed open")


def case_slow_body_is_408(s):
    conn = s.connect()
    conn.send(b"POST /api/v1/verify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              b"Content-Length: 100\r\n\r\n{\"key\":")
    expect_refusal(conn, 408, BODY_TIMEOUT + 5)


def case_idle_keep_alive_is_closed(s):
    conn = s.connect()
    conn.send(request("GET", "/healthz"))
    status, _, _ = conn.response()
    check(status == 200, "healthz answered %d" % status)
    started = time.monotonic()
    check(conn.closed_within(IDLE_TIMEOUT + 5), "an idle kept-alive connection stayed open")
    check(time.monotonic() - started >= IDLE_TIMEOUT * 0.8, "closed before the idle time")


def case_tls_handshake_timeout(s):
    if not s.tls:
        return "plain HTTP: no handshake"
    raw = socket.create_connection(("127.0.0.1", s.port), timeout=10)
    raw.send(b"\x16\x03\x01")  # the start of a ClientHello, and no more
    conn = Connection(raw)
    check(conn.closed_within(HANDSHAKE_TIMEOUT + 5), "a stalled handshake stayed open")


def case_two_content_lengths_are_400(s):
    conn = s.connect()
    conn.send(b"POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 5\r\n"
              b"\r\nabcde")
    expect_refusal(conn, 400)


def case_same_content_length_twice_is_400(s):
    conn = s.connect()
    conn.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nContent-Length: 0\r\n"
              b"\r\n")
    expect_refusal(conn, 400)


def case_unknown_transfer_encoding_is_400(s):
    conn = s.connect()
    conn.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n")
    expect_refusal(conn, 400)


def case_content_length_with_transfer_encoding_is_400(s):
    conn = s.connect()
    conn.send(b"POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
              b"Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
    expect_refusal(conn, 400)


def case_pipelined_answers_in_order(s):
    conn = s.connect()
    auth = ("Authorization", "Bearer " + s.token)
    # The first goes through the store (authentication, then the list); /healthz needs
    # nothing and would be ready first.
    conn.send(request("GET", "/api/v1/apps", headers=[auth]) + request("GET", "/healthz") +
              request("GET", "/api/v1/me", headers=[auth]) + request("GET", "/healthz"))
    bodies = [json.loads(conn.response()[2]) for _ in range(4)]
    check("items" in bodies[0] or "apps" in bodies[0], "first answer: %r" % bodies[0])
    check(bodies[1] == {"status": "ok"}, "second answer: %r" % bodies[1])
    check(bodies[2].get("name") == "alice", "third answer: %r" % bodies[2])
    check(bodies[3] == {"status": "ok"}, "fourth answer: %r" % bodies[3])


def case_head_has_no_body(s):
    conn = s.connect()
    conn.send(request("HEAD", "/healthz") + request("GET", "/healthz"))
    status, headers, _ = conn.response(head=True)
    check(status == 200, "HEAD /healthz answered %d" % status)
    length = int(headers["content-length"][0])
    check(length > 0, "HEAD does not say the length GET would send")
    status, _, body = conn.response()
    check(status == 200 and json.loads(body) == {"status": "ok"},
          "the answer after HEAD is not GET's (a body was sent for HEAD): %r" % body)
    check(len(body) == length, "HEAD's Content-Length differs from GET's body")
    # A route without GET: 405, still without a body.
    conn.send(request("HEAD", "/api/v1/verify") + request("GET", "/healthz"))
    status, headers, _ = conn.response(head=True)
    check(status == 405, "HEAD /api/v1/verify answered %d" % status)
    status, _, body = conn.response()
    check(status == 200 and json.loads(body) == {"status": "ok"}, "a body followed the 405")


def case_log_injection_is_escaped(s):
    conn = s.connect()
    conn.send(request("GET", "/api/v1/x%0A2026-01-01T00:00:00.000Z%20GET%20/%20200%200.1ms"
                             "%20admin=alice%1B[31m%00"))
    status, _, _ = conn.response()
    check(status == 404, "answered %d" % status)
    conn.send(b"GET /nothing\x1b[2J HTTP/1.1\r\nHost: x\r\n\r\n")
    conn.response()
    time.sleep(0.3)
    log = s.log_bytes()
    check(b"\x1b" not in log, "an escape character reached the log")
    check(b"\x00" not in log, "a NUL reached the log")
    forged = [line for line in log.split(b"\n") if line.startswith(b"2026-01-01T00:00:00.000Z")]
    check(not forged, "a forged line reached the log: %r" % forged)
    check(b"\\x0a" in log and b"\\x1b" in log, "the control characters are not shown escaped")
    check(b"client=127.0.0.1" in log, "the log does not name the client")


def admin_call(s, conn, method, path, body=None, headers=()):
    data = json.dumps(body).encode() if body is not None else b""
    hdrs = [("Authorization", "Bearer " + s.token)] + list(headers)
    if body is not None:
        hdrs.append(("Content-Type", "application/json"))
    conn.send(request(method, path, data, hdrs))
    status, response_headers, payload = conn.response()
    return status, response_headers, json.loads(payload) if payload else None


def case_verify_on_every_thread_sees_changes_at_once(s):
    """verify is answered on the I/O threads; a change made through the admin API is seen by
    the very next verify on every connection (and so on every thread)."""
    admin = s.connect()
    status, _, app = admin_call(s, admin, "POST", "/api/v1/apps",
                                {"name": "Fresh %d" % time.monotonic_ns(),
                                 "scopes": ["workflow:deploy", "model:deploy"]})
    check(status == 201, "create app: %d %s" % (status, app))
    status, _, created = admin_call(s, admin, "POST", "/api/v1/apps/%s/keys" % app["id"],
                                    {"name": "k", "expires_at": "2099-01-01T00:00:00Z"})
    if status == 422:  # expiry at most a year ahead
        expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 30 * 86400))
        status, _, created = admin_call(s, admin, "POST", "/api/v1/apps/%s/keys" % app["id"],
                                        {"name": "k", "expires_at": expires})
    check(status == 201, "create key: %d %s" % (status, created))
    secret = created["secret"]
    clients = [s.connect() for _ in range(12)]

    def verify_all(scope):
        body = json.dumps({"key": secret, "scope": scope}).encode()
        for conn in clients:
            conn.send(request("POST", "/api/v1/verify", body,
                              [("Content-Type", "application/json")]))
        return [json.loads(conn.response()[2]) for conn in clients]

    answers = verify_all("model:deploy")
    check(all(a.get("valid") is True for a in answers), "not valid everywhere: %s" % answers)
    status, headers, _ = admin_call(s, admin, "GET", "/api/v1/apps/" + app["id"])
    status, _, _ = admin_call(s, admin, "PATCH", "/api/v1/apps/" + app["id"],
                              {"scopes": ["workflow:deploy"]}, [("If-Match", headers["etag"][0])])
    check(status == 200, "PATCH answered %d" % status)
    answers = verify_all("model:deploy")
    check(all(a == {"valid": False, "code": "FORBIDDEN_SCOPE"} for a in answers),
          "a removed scope still granted somewhere: %s" % answers)
    status, _, _ = admin_call(s, admin, "DELETE", "/api/v1/apps/%s/keys/%s" %
                              (app["id"], created["key"]["id"]))
    check(status == 204, "DELETE answered %d" % status)
    answers = verify_all("workflow:deploy")
    check(all(a == {"valid": False, "code": "NOT_FOUND"} for a in answers),
          "a deleted key still works somewhere: %s" % answers)
    # Answered on the I/O threads, whose log lines reach the log a few milliseconds later.
    deadline = time.monotonic() + 10
    while s.log_text().count("POST /api/v1/verify 200") < 36 and time.monotonic() < deadline:
        time.sleep(0.05)
    check(s.log_text().count("POST /api/v1/verify 200") >= 36,
          "the verify calls are not all in the log")


def case_bodies_must_be_json_media_type(s):
    """A browser's "simple" request cannot call verify: text/plain, a form, or no type is 415;
    application/json, with a charset or in capitals, is answered."""
    body = json.dumps({"key": "spk_" + "0" * 49, "scope": "workflow:deploy"}).encode()
    conn = s.connect()
    for content_type in ("text/plain", "application/x-www-form-urlencoded",
                         "multipart/form-data; boundary=x", "application/jsonx", None):
        headers = [("Content-Type", content_type)] if content_type else []
        conn.send(request("POST", "/api/v1/verify", body, headers))
        status, response_headers, payload = conn.response()
        check(status == 415, "%s answered %d: %r" % (content_type, status, payload))
        check(json.loads(payload)["status"] == 415, "not a problem document")
    for content_type in ("application/json", "application/json; charset=utf-8",
                         "Application/JSON"):
        conn.send(request("POST", "/api/v1/verify", body, [("Content-Type", content_type)]))
        status, _, payload = conn.response()
        check(status == 200 and json.loads(payload)["valid"] is False,
              "%s answered %d: %r" % (content_type, status, payload))
    # The admin API too, and before the token is even looked at.
    conn.send(request("POST", "/api/v1/apps", b'{"name":"x","scopes":["model:deploy"]}',
                      [("Content-Type", "text/plain")]))
    check(conn.response()[0] == 415, "an admin POST as text/plain was not 415")


def case_lone_surrogates_and_bad_utf8_are_400(s):
    conn = s.connect()
    auth = ("Authorization", "Bearer " + s.token)
    json_type = ("Content-Type", "application/json")
    before = admin_call(s, conn, "GET", "/api/v1/apps?limit=1000")[2]
    for raw in (b'{"name":"Pay\\ud800ments","scopes":["model:deploy"]}',
                b'{"name":"Pay\\udc00ments","scopes":["model:deploy"]}',
                b'{"name":"\\ud83d","scopes":["model:deploy"]}',
                b'{"name":"Pay\xed\xa0\x80ments","scopes":["model:deploy"]}',
                b'{"name":"Pay\xffments","scopes":["model:deploy"]}'):
        conn.send(request("POST", "/api/v1/apps", raw, [auth, json_type]))
        status, _, payload = conn.response()
        check(status == 400, "%r answered %d: %r" % (raw, status, payload))
    conn.send(request("POST", "/api/v1/verify",
                      b'{"key":"spk_\\udc00","scope":"workflow:deploy"}', [json_type]))
    check(conn.response()[0] == 400, "verify with a lone surrogate was not 400")
    after = admin_call(s, conn, "GET", "/api/v1/apps?limit=1000")[2]
    check(before == after, "a refused name changed the store")
    # A whole pair is a character: not refused for its encoding.
    name = "Smile %d \\ud83d\\ude00" % time.monotonic_ns()
    conn.send(request("POST", "/api/v1/apps",
                      ('{"name":"%s","scopes":["model:deploy"]}' % name).encode(),
                      [auth, json_type]))
    status, _, payload = conn.response()
    check(status != 400, "a surrogate pair was refused: %r" % payload)


def case_invisible_and_control_characters_in_names_are_refused(s):
    conn = s.connect()
    for name in ("Pay\u200bments", "Payments\u200f", "Pay\u061cments", "Pay\u00adments"):
        status, _, problem = admin_call(s, conn, "POST", "/api/v1/apps",
                                        {"name": name, "scopes": ["model:deploy"]})
        check(status == 422, "%r answered %d" % (name, status))
        check(problem["errors"][0]["field"] == "name" and "U+" in problem["errors"][0]["message"],
              "the problem does not name the field and the character: %s" % problem)
    # An administrator's name follows the same rules: a line break would forge a log line.
    for name in ("ali\nce", "bob\u200b", "\u202eecila"):
        done = subprocess.run([s.program, "--database", s.database, "admin", "create", name],
                              env=s.env, capture_output=True, text=True, timeout=60)
        check(done.returncode == 2, "admin create %r exited %d" % (name, done.returncode))
        check(not done.stdout.strip(), "a token was printed for %r" % name)
        check("name" in done.stderr.lower(), "the message does not say why: %s" % done.stderr)


def case_look_alike_app_names_are_refused(s):
    conn = s.connect()
    suffix = " %d" % time.monotonic_ns()
    status, _, first = admin_call(s, conn, "POST", "/api/v1/apps",
                                  {"name": "Payments" + suffix, "scopes": ["model:deploy"]})
    check(status == 201, "create: %d %s" % (status, first))
    for look_alike in ("P\u0430yments", "Payrnents", "PAYMENTS"):
        status, _, problem = admin_call(s, conn, "POST", "/api/v1/apps",
                                        {"name": look_alike + suffix, "scopes": ["model:deploy"]})
        check(status == 409, "%r answered %d" % (look_alike, status))
        check(problem["errors"][0]["field"] == "name", "no field: %s" % problem)
        if look_alike != "PAYMENTS":  # that one is the same name, told as before
            check(("Payments" + suffix) in problem["errors"][0]["message"],
                  "the existing app is not named: %s" % problem)
    # Renaming another app to a look-alike: refused too, and nothing changes.
    status, _, other = admin_call(s, conn, "POST", "/api/v1/apps",
                                  {"name": "Payroll" + suffix, "scopes": ["model:deploy"]})
    check(status == 201, "create Payroll: %d" % status)
    _, headers, _ = admin_call(s, conn, "GET", "/api/v1/apps/" + other["id"])
    status, _, problem = admin_call(s, conn, "PATCH", "/api/v1/apps/" + other["id"],
                                    {"name": "Paym\u0435nts" + suffix},
                                    [("If-Match", headers["etag"][0])])
    check(status == 409, "a look-alike rename answered %d: %s" % (status, problem))
    _, _, still = admin_call(s, conn, "GET", "/api/v1/apps/" + other["id"])
    check(still["name"] == "Payroll" + suffix, "the refused rename changed the app")


def connect_from(s, address):
    """A connection from another loopback address (127.0.0.0/8 is all this machine's)."""
    sock = socket.socket()
    sock.settimeout(10)
    sock.bind((address, 0))
    sock.connect(("127.0.0.1", s.port))
    if s.tls:
        context = ssl.create_default_context(cafile=s.tls["ca"])
        sock = context.wrap_socket(sock, server_hostname="127.0.0.1")
    return Connection(sock)


def case_refused_tokens_are_throttled_per_address(s):
    """20 refused tokens from one address within a minute: that address gets 429 with
    Retry-After, even with the right token; another address is not affected."""
    guesser = connect_from(s, "127.0.0.7")
    for i in range(20):
        token = "ska_" + ("%049d" % i)
        guesser.send(request("GET", "/api/v1/apps", headers=[("Authorization", "Bearer " +
                                                                token)]))
        status, _, _ = guesser.response()
        check(status == 401, "refused token %d answered %d" % (i + 1, status))
    guesser.send(request("GET", "/api/v1/me", headers=[("Authorization", "Bearer " + s.token)]))
    status, headers, payload = guesser.response()
    check(status == 429, "the 21st request answered %d" % status)
    retry = int(headers.get("retry-after", ["0"])[0])
    check(50 <= retry <= 60, "Retry-After is %d" % retry)
    check(json.loads(payload)["status"] == 429, "not a problem document")
    # Another address, and the right token, still get in.
    other = connect_from(s, "127.0.0.8")
    other.send(request("GET", "/api/v1/me", headers=[("Authorization", "Bearer " + s.token)]))
    status, _, payload = other.response()
    check(status == 200 and json.loads(payload)["name"] == "alice",
          "another address was affected: %d %r" % (status, payload))
    # verify needs no token: never throttled.
    guesser.send(request("POST", "/api/v1/verify", b'{"key":"x","scope":"y"}',
                         [("Content-Type", "application/json")]))
    check(guesser.response()[0] == 200, "verify was throttled")
    time.sleep(0.3)
    log = s.log_text()
    check("client=127.0.0.7 refused=unknown" in log or "client=127.0.0.7 refused=malformed" in log,
          "the log does not say why a token was refused")
    check("client=127.0.0.7 refused=throttled" in log, "the log does not show the throttling")


def case_hsts_on_https_only(s):
    conn = s.connect()
    conn.send(request("GET", "/healthz"))
    status, headers, _ = conn.response()
    check(status == 200, "healthz answered %d" % status)
    if s.tls:
        check(headers.get("strict-transport-security") == ["max-age=31536000"],
              "no HSTS over HTTPS: %s" % headers)
        conn.send(b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n"
                  b"Content-Length: 2\r\n\r\n")
        status, headers, _ = conn.response()
        check(status == 400 and "strict-transport-security" in headers,
              "a refusal over HTTPS has no HSTS")
    else:
        check("strict-transport-security" not in headers, "HSTS over plain HTTP")


CASES = [(name[5:], f) for name, f in list(globals().items()) if name.startswith("case_")]


def connection_cap(program, folder, tls):
    """--max-connections 8: a ninth connection waits until one of the eight closes, and the
    eight keep working meanwhile."""
    s = Server(program, folder, tls, ["--max-connections", "8", "--header-timeout", "30",
                                      "--idle-timeout", "30"])
    try:
        eight = []
        for _ in range(8):
            conn = s.connect()
            conn.send(request("GET", "/healthz"))
            check(conn.response()[0] == 200, "one of the eight was not answered")
            eight.append(conn)
        # The ninth: the system accepts the TCP connection into the listen queue, but the
        # server does not take it (over TLS, not even the handshake).
        raw = socket.create_connection(("127.0.0.1", s.port), timeout=10)
        ninth = Connection(raw)
        if tls:
            ninth_ready = []
            import threading

            def handshake():
                context = ssl.create_default_context(cafile=tls["ca"])
                try:
                    ninth.sock = context.wrap_socket(raw, server_hostname="127.0.0.1")
                    ninth_ready.append(True)
                except OSError as error:
                    ninth_ready.append(error)
            thread = threading.Thread(target=handshake)
            thread.start()
            thread.join(1.5)
            check(not ninth_ready, "the ninth connection's handshake was served at the cap")
        else:
            ninth.send(request("GET", "/healthz"))
            try:
                ninth.response(1.5)
                raise Failure("the ninth connection was served at the cap")
            except Failure as failure:
                if "was served" in str(failure):
                    raise
        # The eight still work.
        eight[0].send(request("GET", "/healthz"))
        check(eight[0].response()[0] == 200, "an open connection stopped working at the cap")
        # One closes: the ninth is taken.
        eight[1].close()
        if tls:
            thread.join(10)
            check(ninth_ready == [True], "the ninth handshake did not finish: %s" % ninth_ready)
            ninth.send(request("GET", "/healthz"))
        check(ninth.response(10)[0] == 200, "the ninth connection was not served after one "
                                            "closed")
    finally:
        s.stop()


def make_tls(folder):
    return certificates.make(folder, "Hostile Test CA")


def main():
    if len(sys.argv) < 3 or sys.argv[2] not in ("plain", "tls"):
        sys.exit(__doc__)
    program, mode, wanted = sys.argv[1], sys.argv[2], sys.argv[3:]
    folder = tempfile.mkdtemp(prefix="scopekeeper-hostile-")
    passed = failed = 0
    try:
        tls = make_tls(folder) if mode == "tls" else None
        s = Server(program, folder, tls, ["--threads", "4"])
        try:
            for name, case in CASES + [("connection_cap", None)]:
                if wanted and name not in wanted:
                    continue
                started = time.monotonic()
                try:
                    note = connection_cap(program, folder, tls) if case is None else case(s)
                    print("PASS %s %s (%.1f s)%s" % (mode, name, time.monotonic() - started,
                                                     " — " + note if note else ""))
                    passed += 1
                except Exception as error:  # a Failure, or the server gone wrong
                    print("FAIL %s %s: %s: %s" % (mode, name, type(error).__name__, error))
                    failed += 1
                check(s.process.poll() is None, "the server died: " + s.log_text()[-2000:])
        finally:
            s.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
