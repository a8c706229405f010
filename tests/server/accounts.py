#!/usr/bin/env python3
"""scopekeeper-server's administrator accounts, through the real program.

    accounts.py SCOPEKEEPER_SERVER

`admin create NAME [--role admin|auditor] [--expires-in DAYS]`, `admin list`, `admin revoke
NAME`, an auditor's read-only access (403 on every change), and tokens refused once revoked or
expired, on a running server without a restart. Prints "N passed, M failed"; exits 1 when any
failed.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostile_clients import Failure, Server, check, request  # noqa: E402


def cli(s, *args):
    return subprocess.run([s.program, "--database", s.database] + list(args), env=s.env,
                          capture_output=True, text=True, timeout=60)


def create(s, name, *options):
    done = cli(s, "admin", "create", name, *options)
    check(done.returncode == 0, "admin create %s: %d %s" % (name, done.returncode, done.stderr))
    token = done.stdout.strip()
    check(token.startswith("ska_") and len(token.split()) == 1, "not one token: %r" % token)
    return token


def call(s, token, method, path, body=None, headers=()):
    conn = s.connect()
    data = json.dumps(body).encode() if body is not None else b""
    hdrs = [("Authorization", "Bearer " + token)] + list(headers)
    if body is not None:
        hdrs.append(("Content-Type", "application/json"))
    conn.send(request(method, path, data, hdrs))
    status, response_headers, payload = conn.response()
    conn.close()
    return status, response_headers, json.loads(payload) if payload else None


def case_auditor_reads_and_changes_nothing(s):
    auditor = create(s, "audrey", "--role", "auditor", "--expires-in", "30")
    status, _, me = call(s, auditor, "GET", "/api/v1/me")
    check(status == 200 and me["name"] == "audrey" and me["role"] == "auditor",
          "me: %d %s" % (status, me))
    expires = datetime.fromisoformat(me["expires_at"].replace("Z", "+00:00"))
    expected = datetime.now(timezone.utc) + timedelta(days=30)
    check(abs((expires - expected).total_seconds()) < 600, "expires_at %s" % me["expires_at"])
    status, _, app = call(s, s.token, "POST", "/api/v1/apps",
                          {"name": "Audited %d" % time.monotonic_ns(), "scopes": ["model:deploy"]})
    check(status == 201, "alice could not create an app: %d" % status)
    for method, path in (("GET", "/api/v1/apps"), ("GET", "/api/v1/apps/" + app["id"]),
                         ("GET", "/api/v1/apps/%s/keys" % app["id"]), ("GET", "/api/v1/keys"),
                         ("GET", "/api/v1/audit"), ("GET", "/api/v1/scopes")):
        status, _, _ = call(s, auditor, method, path)
        check(status == 200, "an auditor's %s %s answered %d" % (method, path, status))
    _, headers, _ = call(s, s.token, "GET", "/api/v1/apps/" + app["id"])
    expires_at = (datetime.now(timezone.utc) + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for method, path, body, extra in (
            ("POST", "/api/v1/apps", {"name": "Nope", "scopes": ["model:deploy"]}, ()),
            ("PATCH", "/api/v1/apps/" + app["id"], {"name": "Renamed"},
             [("If-Match", headers["etag"][0])]),
            ("POST", "/api/v1/apps/%s/keys" % app["id"], {"name": "k", "expires_at": expires_at},
             ()),
            ("DELETE", "/api/v1/apps/" + app["id"], None, ())):
        status, _, problem = call(s, auditor, method, path, body, extra)
        check(status == 403, "an auditor's %s %s answered %d" % (method, path, status))
        check("auditor" in problem["detail"], "the 403 does not name the role: %s" % problem)
    status, _, still = call(s, s.token, "GET", "/api/v1/apps/" + app["id"])
    check(status == 200 and still["name"] == app["name"] and still["key_count"] == 0,
          "an auditor changed something: %s" % still)


def case_usage_errors_exit_2(s):
    for args in (["admin", "create", "x1", "--role", "boss"],
                 ["admin", "create", "x2", "--expires-in", "0"],
                 ["admin", "create", "x3", "--expires-in", "366"],
                 ["admin", "create", "x4", "--expires-in", "soon"],
                 ["admin", "list", "--role", "auditor"],
                 ["admin", "delete", "alice"]):
        done = cli(s, *args)
        check(done.returncode == 2, "%s exited %d" % (args, done.returncode))
        check(not done.stdout.strip(), "%s printed %r" % (args, done.stdout))


def case_list_shows_accounts_never_tokens(s):
    call(s, s.token, "GET", "/api/v1/me")  # alice has been used
    done = cli(s, "admin", "list")
    check(done.returncode == 0, "admin list exited %d: %s" % (done.returncode, done.stderr))
    lines = done.stdout.strip().split("\n")
    check(lines[0].split("\t") == ["name", "role", "created", "expires", "last used", "status"],
          "header: %r" % lines[0])
    rows = {line.split("\t")[0]: line.split("\t") for line in lines[1:]}
    check("alice" in rows and rows["alice"][1] == "admin" and rows["alice"][5] == "active",
          "alice: %s" % rows.get("alice"))
    check(rows["alice"][4] != "-", "alice's last use is not shown")
    check("ska_" not in done.stdout + done.stderr, "a token was printed")


def case_revoked_token_is_refused_at_once(s):
    token = create(s, "rita")
    check(call(s, token, "GET", "/api/v1/me")[0] == 200, "rita's new token was refused")
    done = cli(s, "admin", "revoke", "rita")
    check(done.returncode == 0, "revoke exited %d: %s" % (done.returncode, done.stderr))
    status, _, problem = call(s, token, "GET", "/api/v1/me")
    check(status == 401 and "revoked" in problem["detail"], "after revoke: %d %s" %
          (status, problem))
    listed = cli(s, "admin", "list").stdout
    check(any(l.startswith("rita\t") and l.endswith("\trevoked") for l in listed.split("\n")),
          "list: %s" % listed)
    check(cli(s, "admin", "revoke", "nobody").returncode == 1, "revoking nobody did not exit 1")
    time.sleep(0.3)
    check("refused=revoked" in s.log_text(), "the log does not say the token was revoked")


def case_expired_token_is_refused(s):
    token = create(s, "eve", "--expires-in", "1")
    check(call(s, token, "GET", "/api/v1/me")[0] == 200, "eve's new token was refused")
    db = sqlite3.connect(s.database, timeout=10)
    db.execute("UPDATE admins SET expires_at = ? WHERE name = 'eve'",
               (int(time.time() * 1000) - 1000,))
    db.commit()
    db.close()
    status, _, problem = call(s, token, "GET", "/api/v1/me")
    check(status == 401 and "expired" in problem["detail"], "after expiry: %d %s" %
          (status, problem))
    listed = cli(s, "admin", "list").stdout
    check(any(l.startswith("eve\t") and l.endswith("\texpired") for l in listed.split("\n")),
          "list: %s" % listed)


CASES = [(name[5:], f) for name, f in list(globals().items()) if name.startswith("case_")]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    program = sys.argv[1]
    folder = tempfile.mkdtemp(prefix="scopekeeper-accounts-")
    passed = failed = 0
    try:
        s = Server(program, folder, None)
        s.program = program
        try:
            for name, case in CASES:
                try:
                    case(s)
                    print("PASS %s" % name)
                    passed += 1
                except Exception as error:
                    print("FAIL %s: %s: %s" % (name, type(error).__name__, error))
                    failed += 1
        finally:
            s.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
