#!/usr/bin/env python3
"""scopekeeper-server behind a real nginx, with the configuration the documentation gives.

    behind_nginx.py SCOPEKEEPER_SERVER

nginx (Debian nginx-light) terminates TLS with a certificate made by openssl and forwards to
the server on loopback, configured with docs/nginx/scopekeeper.conf (only its addresses,
ports and certificate paths are changed). The server runs with --trusted-proxy 127.0.0.1.
Clients connect from other loopback addresses (127.0.0.0/8 is all this machine's), so that
each has an address of its own. Checked through nginx: the admin API and verify, the client's
address in the log and the audit, throttling of one address while another still gets in,
HSTS; and sent directly to the server, a spoofed X-Forwarded-For that changes nothing.
Prints "N passed, M failed"; exits 1 when any failed.
"""

import json
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "support"))
import cases  # noqa: E402
import certificates  # noqa: E402
from hostile_clients import Connection, Failure, Server, check, request  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SITE = os.path.join(ROOT, "docs", "nginx", "scopekeeper.conf")

MAIN_CONF = """\
{user}worker_processes 1;
daemon off;
pid {root}/nginx.pid;
error_log {root}/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {root}/body;
    proxy_temp_path {root}/proxy;
    fastcgi_temp_path {root}/fastcgi;
    uwsgi_temp_path {root}/uwsgi;
    scgi_temp_path {root}/scgi;
    include {root}/site.conf;
}}
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_config(server_port, nginx_port, tls):
    """docs/nginx/scopekeeper.conf with this test's ports and certificate; every line that is
    changed must be found as the documentation has it."""
    with open(SITE) as f:
        text = f.read()
    for old, new in (("server 127.0.0.1:8080;", "server 127.0.0.1:%d;" % server_port),
                     ("listen 443 ssl;", "listen 127.0.0.1:%d ssl;" % nginx_port),
                     ("/etc/ssl/certs/keys.example.com.pem", tls["cert"]),
                     ("/etc/ssl/private/keys.example.com.key", tls["key"])):
        check(old in text, "the documented configuration no longer has %r" % old)
        text = text.replace(old, new)
    return text


class Nginx:
    def __init__(self, folder, server_port, tls):
        self.root = os.path.join(folder, "nginx")
        os.makedirs(self.root, exist_ok=True)
        self.port = free_port()
        with open(os.path.join(self.root, "site.conf"), "w") as f:
            f.write(site_config(server_port, self.port, tls))
        conf = os.path.join(self.root, "nginx.conf")
        with open(conf, "w") as f:
            # As root, nginx's workers would become "nobody", who cannot read the test's
            # private folder.
            f.write(MAIN_CONF.format(root=self.root,
                                     user="user root;\n" if os.geteuid() == 0 else ""))
        self.log = open(os.path.join(self.root, "stderr.log"), "w+")
        self.process = subprocess.Popen(["/usr/sbin/nginx", "-p", self.root, "-c", conf, "-e",
                                         os.path.join(self.root, "error.log")],
                                        stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                check(self.process.poll() is None, "nginx did not start: " + self.errors())
                time.sleep(0.05)
        raise Failure("nginx did not start listening: " + self.errors())

    def errors(self):
        text = ""
        for name in ("stderr.log", "error.log"):
            path = os.path.join(self.root, name)
            if os.path.exists(path):
                with open(path) as f:
                    text += f.read()
        return text

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def via_nginx(n, tls, source):
    """A TLS connection to nginx from `source` (a loopback address), checking its certificate
    against the test's CA."""
    sock = socket.socket()
    sock.settimeout(10)
    sock.bind((source, 0))
    sock.connect(("127.0.0.1", n.port))
    context = ssl.create_default_context(cafile=tls["ca"])
    return Connection(context.wrap_socket(sock, server_hostname="127.0.0.1"))


def direct(s, source):
    sock = socket.socket()
    sock.settimeout(10)
    sock.bind((source, 0))
    sock.connect(("127.0.0.1", s.port))
    return Connection(sock)


def call(conn, token, method, path, body=None, headers=()):
    data = json.dumps(body).encode() if body is not None else b""
    hdrs = list(headers)
    if token:
        hdrs.append(("Authorization", "Bearer " + token))
    if body is not None:
        hdrs.append(("Content-Type", "application/json"))
    conn.send(request(method, path, data, hdrs))
    status, response_headers, payload = conn.response(timeout=10)
    return status, response_headers, json.loads(payload) if payload else None


def logged_client(s, marker):
    """The client= of the server's log line for the request whose path holds `marker`."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        for line in s.log_text().splitlines():
            if marker in line and " client=" in line:
                return line.split(" client=", 1)[1].split()[0]
        time.sleep(0.05)
    raise Failure("no log line for %s:\n%s" % (marker, s.log_text()[-2000:]))


def case_admin_api_and_verify_through_nginx(s, n, tls):
    conn = via_nginx(n, tls, "127.0.0.7")
    status, headers, app = call(conn, s.token, "POST", "/api/v1/apps",
                                {"name": "Behind nginx", "scopes": ["model:deploy"]})
    check(status == 201, "create app: %d %s" % (status, app))
    expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 30 * 86400))
    status, _, created = call(conn, s.token, "POST", "/api/v1/apps/%s/keys" % app["id"],
                              {"name": "svc", "expires_at": expires})
    check(status == 201, "create key: %d %s" % (status, created))
    status, _, verdict = call(conn, None, "POST", "/api/v1/verify",
                              {"key": created["secret"], "scope": "model:deploy"})
    check(status == 200 and verdict.get("valid") is True, "verify: %d %s" % (status, verdict))
    # HTTPS at nginx: HSTS, though the server itself speaks plain HTTP.
    check(headers.get("strict-transport-security", [""])[0].startswith("max-age="),
          "no HSTS through nginx: %s" % headers)


def case_the_log_names_the_client_not_the_proxy(s, n, tls):
    conn = via_nginx(n, tls, "127.0.0.8")
    # What the client writes in X-Forwarded-For is on the left: not believed.
    status, _, _ = call(conn, s.token, "GET", "/api/v1/apps/whoami-8",
                        headers=[("X-Forwarded-For", "198.51.100.1")])
    check(status == 404, "an unknown app: %d" % status)
    check(logged_client(s, "whoami-8") == "127.0.0.8",
          "the log says client=%s" % logged_client(s, "whoami-8"))


def case_throttling_one_address_not_another(s, n, tls):
    guesser = via_nginx(n, tls, "127.0.0.9")
    for i in range(20):
        status, _, _ = call(guesser, "ska_" + ("%049d" % i), "GET", "/api/v1/apps")
        check(status == 401, "guess %d through nginx answered %d" % (i, status))
    status, headers, _ = call(guesser, s.token, "GET", "/api/v1/apps")
    check(status == 429 and "retry-after" in headers,
          "the 21st try from 127.0.0.9 answered %d" % status)
    other = via_nginx(n, tls, "127.0.0.10")
    status, _, _ = call(other, s.token, "GET", "/api/v1/apps")
    check(status == 200, "another address through nginx answered %d" % status)
    # The refused tokens are in the audit log under the client's address.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        status, _, audit = call(other, s.token, "GET", "/api/v1/audit?limit=1000")
        if any(e["action"] == "token.refused" and "from 127.0.0.9" in e["detail"]
               for e in audit["entries"]):
            break
        time.sleep(0.1)
    else:
        raise Failure("no token.refused entry from 127.0.0.9")


def case_a_spoofed_header_sent_directly_changes_nothing(s, n, tls):
    # 127.0.0.11 is not a trusted proxy: its X-Forwarded-For names nobody.
    conn = direct(s, "127.0.0.11")
    status, headers, _ = call(conn, s.token, "GET", "/api/v1/apps/whoami-11",
                              headers=[("X-Forwarded-For", "127.0.0.9"),
                                       ("X-Forwarded-Proto", "https")])
    check(status == 404, "direct with a spoofed X-Forwarded-For (a throttled address): %d — "
          "it borrowed 127.0.0.9's block" % status)
    check(logged_client(s, "whoami-11") == "127.0.0.11",
          "the log says client=%s" % logged_client(s, "whoami-11"))
    check("strict-transport-security" not in headers, "HSTS on a plain answer")
    # Nor can it escape its own throttling by naming someone else.
    for i in range(20):
        call(conn, "ska_" + ("%049d" % (100 + i)), "GET", "/api/v1/apps",
             headers=[("X-Forwarded-For", "203.0.113.%d" % i)])
    status, _, _ = call(conn, s.token, "GET", "/api/v1/apps",
                        headers=[("X-Forwarded-For", "203.0.113.99")])
    check(status == 429, "20 refusals from 127.0.0.11 under made-up addresses: %d" % status)


def case_plain_http_from_afar_is_refused(s, n, tls):
    """What the trusted proxy says about the client counts: a client elsewhere that reached it
    over plain HTTP gets 403 (its token crossed the network in the clear); over HTTPS, the
    answer and HSTS. /healthz is for anyone."""
    proxy = direct(s, "127.0.0.1")  # as nginx connects
    forwarded = [("X-Forwarded-For", "203.0.113.5")]
    status, _, problem = call(proxy, s.token, "GET", "/api/v1/apps",
                              headers=forwarded + [("X-Forwarded-Proto", "http")])
    check(status == 403 and "HTTPS" in problem["detail"], "plain from afar: %d %s" %
          (status, problem))
    status, _, _ = call(proxy, None, "POST", "/api/v1/verify",
                        {"key": "spk_" + "0" * 49, "scope": "model:deploy"},
                        headers=forwarded + [("X-Forwarded-Proto", "http")])
    check(status == 403, "verify over plain HTTP from afar: %d" % status)
    status, headers, _ = call(proxy, s.token, "GET", "/api/v1/apps",
                              headers=forwarded + [("X-Forwarded-Proto", "https")])
    check(status == 200 and "strict-transport-security" in headers,
          "HTTPS from afar: %d %s" % (status, headers))
    status, _, _ = call(proxy, None, "GET", "/healthz",
                        headers=forwarded + [("X-Forwarded-Proto", "http")])
    check(status == 200, "/healthz from afar: %d" % status)


CASES = cases.collect(globals())


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    program = sys.argv[1]
    folder = tempfile.mkdtemp(prefix="scopekeeper-nginx-")
    s = n = None
    try:
        tls = certificates.make(os.path.join(folder, "tls"))
        s = Server(program, folder, None, ["--trusted-proxy", "127.0.0.1"])
        n = Nginx(folder, s.port, tls)
        passed, failed = cases.run(CASES, s, n, tls)
    finally:
        if n:
            n.stop()
        if s:
            s.stop()
        shutil.rmtree(folder, ignore_errors=True)
    cases.finish(passed, failed)


if __name__ == "__main__":
    main()
