#!/usr/bin/env python3
"""scopekeeper-server on PostgreSQL while PostgreSQL restarts under it, through the real
programs.

    postgres_restart.py SCOPEKEEPER_SERVER

Needs the throwaway cluster of pg_virtualenv (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGVERSION)
and pg_ctlcluster to stop and start it; exits 77 (skipped) without them. The server gets a
database of its own in that cluster.

1. Down: while PostgreSQL is stopped, changes and lists are answered 503 with Retry-After and a
   detail that says the database cannot be reached (not a 500, not a hang), /healthz and the
   server itself stay up, and nothing is half-made.
2. Back: once PostgreSQL runs again, the same server (no restart) creates, lists and verifies
   again, and everything acknowledged before the restart is there.
3. A fast restart between two requests (the server's connection is broken while idle): the
   next request is answered as if nothing had happened.

Prints "N passed, M failed"; exits 1 when any failed.
"""

import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import cases  # noqa: E402
from api_calls import app_names, call, create_app, create_key  # noqa: E402
from api_calls import verify_answer as verify  # noqa: E402
from hostile_clients import Server, check  # noqa: E402

CLUSTER = "regress"  # pg_virtualenv's cluster




def cluster(action):
    done = subprocess.run(["pg_ctlcluster", os.environ["PGVERSION"], CLUSTER, action],
                          capture_output=True, text=True, timeout=120)
    check(done.returncode == 0, "pg_ctlcluster %s: %s" % (action, done.stderr))


def psql(sql, database="postgres"):
    done = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database, "-c",
                           sql], capture_output=True, text=True, timeout=60)
    check(done.returncode == 0, "psql %s: %s" % (sql, done.stderr))










class Store:
    """A database of its own in the cluster, and a server on it."""

    def __init__(self, program, folder, name):
        self.database = "sk_%s_%d" % (name, os.getpid())
        psql('DROP DATABASE IF EXISTS "%s"' % self.database)
        psql('CREATE DATABASE "%s"' % self.database)
        conninfo = "dbname=%s application_name=scopekeeper-restart-test" % self.database
        self.server = Server(program, os.path.join(folder, name), None,
                             store=["--postgres", conninfo])

    def close(self):
        self.server.stop()
        try:
            psql('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % self.database)
        except Exception:
            pass


def case_down_then_back(program, folder):
    store = Store(program, folder, "down")
    s = store.server
    try:
        status, _, app = create_app(s, "Before the restart")
        check(status == 201, "first app: %d %s" % (status, app))
        status, _, key = create_key(s, app["id"], "svc")
        check(status == 201, "first key: %d %s" % (status, key))
        cluster("stop")
        try:
            for what, answer in (("a create", create_app(s, "While PostgreSQL is down")),
                                 ("a list", call(s, "GET", "/api/v1/apps"))):
                status, headers, body = answer
                check(status == 503, "%s while PostgreSQL is down answered %d: %s" %
                      (what, status, body))
                check("retry-after" in headers, "%s: no Retry-After: %s" % (what, headers))
                check("database" in body["detail"].lower() and
                      "reach" in body["detail"].lower(),
                      "%s: the detail does not say the database is unreachable: %s" %
                      (what, body["detail"]))
            status, _, _ = call(s, "GET", "/healthz", token=False)
            check(status == 200, "healthz while PostgreSQL is down: %d" % status)
            check(s.process.poll() is None, "the server stopped while PostgreSQL was down")
        finally:
            cluster("start")
        # Back, without restarting the server: the first request may still meet the broken
        # connection only if the server does not notice it; it must not.
        status, _, again = create_app(s, "After the restart")
        check(status == 201, "the first create after the restart answered %d: %s" %
              (status, again))
        names = app_names(s)
        check({"Before the restart", "After the restart"} <= names, "apps: %s" % names)
        check("While PostgreSQL is down" not in names, "the refused create happened")
        status, answer = verify(s, key["secret"])
        check(status == 200 and answer.get("valid") is True,
              "the key from before does not verify: %d %s" % (status, answer))
        status, _, audit = call(s, "GET", "/api/v1/audit?limit=100")
        check(status == 200, "audit after the restart: %d" % status)
        check(s.process.poll() is None, "the server stopped")
        # The audit chain is whole across the outage.
        done = subprocess.run([program] + s.store + ["audit", "verify"], env=s.env,
                              capture_output=True, text=True, timeout=60)
        check(done.returncode == 0, "audit verify: %s %s" % (done.stdout, done.stderr))
    finally:
        store.close()


def case_restart_between_requests(program, folder):
    store = Store(program, folder, "between")
    s = store.server
    try:
        status, _, app = create_app(s, "First")
        check(status == 201, "first app: %d" % status)
        status, _, key = create_key(s, app["id"], "svc")
        check(status == 201, "first key: %d" % status)
        cluster("restart")
        # Each kind of work meets a connection that PostgreSQL closed while it was idle.
        status, answer = verify(s, key["secret"])
        check(status == 200 and answer.get("valid") is True,
              "verify after a restart: %d %s" % (status, answer))
        status, _, listed = call(s, "GET", "/api/v1/apps")
        check(status == 200, "the first list after a restart answered %d: %s" %
              (status, listed))
        status, _, second = create_app(s, "Second")
        check(status == 201, "the first create after a restart answered %d: %s" %
              (status, second))
        check({"First", "Second"} <= app_names(s), "an app was lost")
    finally:
        store.close()


CASES = cases.collect(globals())


def main():
    skip = None
    if not os.environ.get("PGVERSION") or not shutil.which("pg_ctlcluster"):
        skip = "needs pg_virtualenv's cluster (PGVERSION) and pg_ctlcluster"
    cases.main(__doc__, CASES, "scopekeeper-pg-restart-", skip)

if __name__ == "__main__":
    main()
