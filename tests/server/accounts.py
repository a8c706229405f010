#!/usr/bin/env python3
"""scopekeeper-server's administrator accounts, through the real program.

    accounts.py SCOPEKEEPER_SERVER

`admin create NAME [--role admin|auditor] [--expires-in DAYS]`, `admin list`, `admin revoke
NAME`, an auditor's read-only access (403 on every change), tokens refused once revoked or
expired, on a running server without a restart; the audit entries for all of these, and the
audit log's hash chain (`audit verify`) against rows edited, deleted and inserted with SQL. Prints "N passed, M failed"; exits 1 when any
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
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import cases  # noqa: E402
from hostile_clients import Failure, Server, check, connect_from, request  # noqa: E402


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


def audit_entries(s, action):
    status, _, listed = call(s, s.token, "GET", "/api/v1/audit?limit=1000")
    check(status == 200, "audit: %d" % status)
    return [e for e in listed["entries"] if e["action"] == action]


def case_accounts_are_audit_entries(s):
    create(s, "carl", "--role", "auditor", "--expires-in", "7")
    check(cli(s, "admin", "revoke", "carl").returncode == 0, "revoke carl failed")
    check(cli(s, "admin", "revoke", "carl").returncode == 0, "revoking twice failed")
    created = [e for e in audit_entries(s, "admin.create") if "“carl”" in e["detail"]]
    check(len(created) == 1, "admin.create entries for carl: %s" % created)
    check("role auditor" in created[0]["detail"] and "expires 20" in created[0]["detail"],
          "detail: %s" % created[0]["detail"])
    # The command line acts as the system user who ran it.
    check(created[0]["actor"] not in ("", "scopekeeper-server"), "actor %r" % created[0])
    revoked = [e for e in audit_entries(s, "admin.revoke") if "“carl”" in e["detail"]]
    check(len(revoked) == 1, "one admin.revoke entry for carl (revoked twice): %s" % revoked)


def case_refused_tokens_are_audit_entries_rate_limited(s):
    before = audit_entries(s, "token.refused")
    guesser = connect_from(s, "127.0.0.9")
    for i in range(12):
        guesser.send(request("GET", "/api/v1/apps", headers=[
            ("Authorization", "Bearer ska_" + ("%049d" % (1000 + i)))]))
        status, _, _ = guesser.response()
        check(status == 401, "guess %d answered %d" % (i, status))
    # A revoked token from yet another address names its administrator.
    token = create(s, "ruth")
    check(cli(s, "admin", "revoke", "ruth").returncode == 0, "revoke ruth failed")
    other = connect_from(s, "127.0.0.10")
    other.send(request("GET", "/api/v1/me", headers=[("Authorization", "Bearer " + token)]))
    check(other.response()[0] == 401, "ruth's revoked token was not refused")
    # A well-formed token nobody has (its administrator's row is gone).
    gone = create(s, "uma")
    db = sqlite3.connect(s.database, timeout=10)
    db.execute("DELETE FROM admins WHERE name = 'uma'")
    db.commit()
    db.close()
    third = connect_from(s, "127.0.0.11")
    third.send(request("GET", "/api/v1/me", headers=[("Authorization", "Bearer " + gone)]))
    check(third.response()[0] == 401, "uma's token was not refused")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        new = [e for e in audit_entries(s, "token.refused") if e not in before]
        if len(new) >= 3:
            break
        time.sleep(0.1)
    unknown = [e for e in new if "from 127.0.0.11" in e["detail"]]
    check(len(unknown) == 1 and unknown[0]["detail"] == "reason unknown, from 127.0.0.11" and
          unknown[0]["actor"] == "", "the unknown token's entry: %s" % unknown)
    from_guesser = [e for e in new if "from 127.0.0.9" in e["detail"]]
    check(len(from_guesser) == 1, "12 refusals in a minute from one address: %d entries (%s)"
          % (len(from_guesser), new))
    check(from_guesser[0]["detail"].startswith("reason malformed"), "%s" % from_guesser[0])
    from_other = [e for e in new if "from 127.0.0.10" in e["detail"]]
    check(len(from_other) == 1 and from_other[0]["detail"].startswith("reason revoked") and
          from_other[0]["actor"] == "ruth", "the revoked token's entry: %s" % from_other)


def verify_chain(s, database):
    done = subprocess.run([s.program, "--database", database, "audit", "verify"], env=s.env,
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout + done.stderr


def tampered_copy(s, name, *statements):
    path = os.path.join(s.folder, name + ".sqlite")
    db = sqlite3.connect(s.database, timeout=10)
    db.execute("VACUUM INTO ?", (path,))
    db.close()
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path


def case_audit_chain_finds_edited_deleted_and_inserted_rows(s):
    code, text = verify_chain(s, s.database)
    check(code == 0 and "is whole" in text, "the untouched store: %d %s" % (code, text))
    db = sqlite3.connect(s.database, timeout=10)
    seqs = [row[0] for row in db.execute("SELECT seq FROM audit_log ORDER BY seq")]
    db.close()
    check(len(seqs) >= 5, "too few entries to tamper with: %s" % seqs)
    middle = seqs[len(seqs) // 2]
    after = seqs[len(seqs) // 2 + 1]
    cases = [
        ("edited", ["UPDATE audit_log SET detail = detail || ' ' WHERE seq = %d" % middle],
         middle),
        ("actor", ["UPDATE audit_log SET actor = 'mallory' WHERE seq = %d" % middle], middle),
        ("deleted", ["DELETE FROM audit_log WHERE seq = %d" % middle], after),
        ("inserted", ["INSERT INTO audit_log (at, actor, action, detail) VALUES "
                      "(0, 'mallory', 'app.delete', '')"], seqs[-1] + 1),
        ("forged", ["INSERT INTO audit_log (at, actor, action, detail, chain) VALUES "
                    "(0, 'mallory', 'app.delete', '', '%s')" % ("ab" * 32)], seqs[-1] + 1),
        ("unlinked", ["UPDATE audit_log SET chain = NULL WHERE seq = %d" % middle], middle),
    ]
    for name, statements, broken_at in cases:
        code, text = verify_chain(s, tampered_copy(s, name, *statements))
        check(code == 1, "%s: audit verify exited %d: %s" % (name, code, text))
        check("broken at entry %d:" % broken_at in text, "%s: %s" % (name, text))


def case_audit_chain_finds_edited_data(s):
    # The link covers an entry's detail, not its structured data: `audit verify` checks that the
    # data still says what the detail says. Edited with the sqlite3 program, as anyone who can
    # write the file could.
    path = tampered_copy(s, "data")
    db = sqlite3.connect(path)
    seq, data = db.execute("SELECT seq, data FROM audit_log WHERE action = 'admin.create' "
                           "ORDER BY seq LIMIT 1").fetchone()
    db.close()
    check(json.loads(data)["role"] in ("admin", "auditor"), "admin.create data: %s" % data)
    code, text = verify_chain(s, path)
    check(code == 0, "the untouched copy: %d %s" % (code, text))
    done = subprocess.run(["sqlite3", path, "UPDATE audit_log SET data = json_set(data, '$.role', "
                           "'superuser') WHERE seq = %d" % seq], capture_output=True, text=True,
                          timeout=60)
    check(done.returncode == 0, "sqlite3: %s" % done.stderr)
    code, text = verify_chain(s, path)
    check(code == 1 and "broken at entry %d:" % seq in text and "data" in text,
          "data edited: %d %s" % (code, text))
    # The API says what the data says, beside the detail.
    created = audit_entries(s, "admin.create")
    check(created and all(e["data"]["administrator"] in e["detail"] for e in created),
          "admin.create entries: %s" % created)


def case_audit_chain_starts_at_the_upgrade(s):
    # A store as schema 5 left it: entries without links. The upgrade leaves them unchained and
    # starts the chain with an entry that counts them.
    path = tampered_copy(s, "schema5", "ALTER TABLE audit_log DROP COLUMN data",
                         "ALTER TABLE audit_log DROP COLUMN chain",
                         "ALTER TABLE api_keys DROP COLUMN stops_at",
                         "ALTER TABLE api_keys DROP COLUMN scope_list",
                         "DROP INDEX apps_owner", "ALTER TABLE apps DROP COLUMN owner",
                         "DELETE FROM meta WHERE key = 'scoping'",
                         "UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    db = sqlite3.connect(path)
    old = db.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0]
    db.close()
    code, text = verify_chain(s, path)
    check(code == 0 and "%d earlier entries" % old in text and "1 entries chained" in text,
          "upgraded: %d %s" % (code, text))
    db = sqlite3.connect(path)
    first = db.execute("SELECT MIN(seq) FROM audit_log").fetchone()[0]
    db.execute("DELETE FROM audit_log WHERE seq = ?", (first,))
    db.commit()
    db.close()
    code, text = verify_chain(s, path)
    check(code == 1 and "%d unchained entries; there are %d now" % (old, old - 1) in text,
          "an unchained entry removed: %d %s" % (code, text))


CASES = cases.collect(globals())


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    program = sys.argv[1]
    folder = tempfile.mkdtemp(prefix="scopekeeper-accounts-")
    try:
        s = Server(program, folder, None)
        s.program = program
        try:
            passed, failed = cases.run(CASES, s)
        finally:
            s.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    cases.finish(passed, failed)


if __name__ == "__main__":
    main()
