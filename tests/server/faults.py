#!/usr/bin/env python3
"""scopekeeper-server when the machine misbehaves, through the real program.

    faults.py SCOPEKEEPER_SERVER

1. Disk full: the store on a 3 MiB tmpfs; apps are created until the disk is full. The answer
   is 507 naming the full disk, the log names it, the server stays up, every acknowledged app
   is still there, verify still answers, and once there is space again the next create works
   without a restart.
2. Store locked by another process (an exclusive transaction held past the 5 s busy
   timeout): 503 with Retry-After saying the store is busy, verify keeps answering, and once
   the lock is gone the next create works.
3. Killed: SIGKILL while 16 clients create apps and keys. After a restart the store passes
   PRAGMA integrity_check, every create answered 201 is there and whole, and every
   acknowledged key verifies.
4. backup FILE while clients write: a whole copy that a server can be restored from.

Needs root for the tmpfs (as CI runs); exits 77 (skipped) otherwise. Prints "N passed, M
failed"; exits 1 when any failed.
"""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import cases  # noqa: E402
from api_calls import EXPIRES, app_names, call, create_app, create_key, verify  # noqa: E402
from hostile_clients import Server, check  # noqa: E402

def case_disk_full(program, folder):
    mount = os.path.join(folder, "small-disk")
    os.makedirs(mount)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount], check=True)
    s = None
    try:
        data = os.path.join(mount, "store")
        os.makedirs(data)
        s = Server(program, data, None)
        status, _, app = create_app(s, "Before the disk filled")
        check(status == 201, "first app: %d" % status)
        status, _, key = create_key(s, app["id"], "svc")
        check(status == 201, "first key: %d" % status)
        acknowledged = {app["name"]}
        status = 201
        for i in range(5000):
            status, _, answer = create_app(s, "App %04d %s" % (i, "x" * 80))
            if status != 201:
                break
            acknowledged.add(answer["name"])
        check(status == 507, "the full disk answered %d: %s" % (status, answer))
        check("disk" in answer["detail"] and "full" in answer["detail"], "detail: %s" % answer)
        time.sleep(0.3)
        check("disk that holds the store is full" in s.log_text() and
              "cannot rollback" not in s.log_text(), "the log: %s" % s.log_text()[-600:])
        # Up, nothing acknowledged lost, verify answering.
        check(call(s, "GET", "/healthz", token=False)[0] == 200, "healthz after the full disk")
        check(verify(s, key["secret"]), "the key does not verify on a full disk")
        missing = acknowledged - app_names(s)
        check(not missing, "acknowledged apps lost: %s" % sorted(missing)[:5])
        # Space again: the next create works, no restart.
        subprocess.run(["mount", "-o", "remount,size=64m", mount], check=True)
        status, _, _ = create_app(s, "After space returned")
        check(status == 201, "after space returned: %d" % status)
        check(s.process.poll() is None, "the server stopped")
    finally:
        if s:
            s.stop()
        subprocess.run(["umount", "-l", mount], check=False)


def case_store_locked(program, folder):
    s = Server(program, os.path.join(folder, "locked"), None)
    try:
        status, _, app = create_app(s, "Before the lock")
        check(status == 201, "first app: %d" % status)
        status, _, key = create_key(s, app["id"], "svc")
        check(status == 201, "first key: %d" % status)
        holder = sqlite3.connect(s.database, timeout=1, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        try:
            status, headers, answer = create_app(s, "While locked")
            check(status == 503, "a create on a locked store answered %d" % status)
            check(headers.get("retry-after") == ["5"], "no Retry-After: %s" % headers)
            check("locked by another program" in answer["detail"], "detail: %s" % answer)
            check(verify(s, key["secret"]), "verify stopped while the store was locked")
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        status, _, _ = create_app(s, "After the lock")
        check(status == 201, "after the lock: %d" % status)
        check({"Before the lock", "After the lock"} <= app_names(s), "an app was lost")
        check("While locked" not in app_names(s), "the refused create happened")
    finally:
        s.stop()


def case_killed_under_load(program, folder):
    s = Server(program, os.path.join(folder, "killed"), None)
    acknowledged_apps = []
    acknowledged_keys = []
    lock = threading.Lock()
    stop = threading.Event()

    def client(n):
        i = 0
        while not stop.is_set():
            try:
                status, _, app = create_app(s, "Client %02d app %04d" % (n, i))
                if status != 201:
                    continue
                with lock:
                    acknowledged_apps.append(app["name"])
                status, _, key = create_key(s, app["id"], "key")
                if status == 201:
                    with lock:
                        acknowledged_keys.append((app["name"], key["secret"]))
            except Exception:
                return  # the server is gone
            i += 1

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(16)]
    for t in threads:
        t.start()
    time.sleep(3)
    s.process.send_signal(signal.SIGKILL)
    s.process.wait(10)
    stop.set()
    for t in threads:
        t.join(10)
    check(len(acknowledged_apps) >= 16, "too few creates before the kill: %d" %
          len(acknowledged_apps))
    db = sqlite3.connect(s.database)
    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check failed")
    db.close()
    restarted = Server(program, os.path.join(folder, "killed"), None)
    try:
        names = app_names(restarted)
        missing = set(acknowledged_apps) - names
        check(not missing, "%d acknowledged apps lost, e.g. %s" % (len(missing),
                                                                    sorted(missing)[:3]))
        for name, secret in acknowledged_keys:
            check(verify(restarted, secret), "the acknowledged key of %s does not verify" % name)
        # Nothing half-made: every app's key count is its keys.
        db = sqlite3.connect(restarted.database)
        bad = db.execute("SELECT COUNT(*) FROM apps a WHERE key_count != (SELECT COUNT(*) FROM "
                         "api_keys k WHERE k.app_id = a.id)").fetchone()[0]
        db.close()
        check(bad == 0, "%d apps whose key count is not their keys" % bad)
        print("  killed after %d acknowledged apps and %d keys; all there" %
              (len(acknowledged_apps), len(acknowledged_keys)))
    finally:
        restarted.stop()


def case_backup_while_serving(program, folder):
    """backup FILE while clients write: the copy is whole (integrity_check, the audit chain),
    a server started on it verifies every key acknowledged before the backup began, and it
    never overwrites a file."""
    s = Server(program, os.path.join(folder, "backed-up"), None)
    restored = None
    try:
        keys = []
        for i in range(20):
            status, _, app = create_app(s, "Backed up %02d" % i)
            check(status == 201, "app %d: %d" % (i, status))
            status, _, key = create_key(s, app["id"], "svc")
            check(status == 201, "key %d: %d" % (i, status))
            keys.append(key["secret"])
        stop = threading.Event()

        def writer():
            i = 0
            while not stop.is_set():
                create_app(s, "During the backup %04d" % i)
                i += 1
        thread = threading.Thread(target=writer, daemon=True)
        thread.start()
        backup = os.path.join(folder, "backups", "store-copy.sqlite")
        done = subprocess.run([program, "--database", s.database, "backup", backup], env=s.env,
                              capture_output=True, text=True, timeout=60)
        stop.set()
        thread.join(30)
        check(done.returncode == 0, "backup exited %d: %s" % (done.returncode, done.stderr))
        check(os.stat(backup).st_mode & 0o077 == 0, "the backup is readable by others")
        again = subprocess.run([program, "--database", s.database, "backup", backup], env=s.env,
                               capture_output=True, text=True, timeout=60)
        check(again.returncode == 2 and "exists already" in again.stderr,
              "a second backup to the same file: %d %s" % (again.returncode, again.stderr))
        db = sqlite3.connect(backup)
        check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check")
        db.close()
        verified = subprocess.run([program, "--database", backup, "audit", "verify"],
                                  env=s.env, capture_output=True, text=True, timeout=60)
        check(verified.returncode == 0, "the backup's audit chain: %s" % verified.stdout)
        # Restored: a server on the copy knows every key from before the backup.
        restore_folder = os.path.join(folder, "restored")
        os.makedirs(restore_folder)
        shutil.copy(backup, os.path.join(restore_folder, "server.sqlite"))
        shutil.copy(os.path.join(s.folder, "token"), os.path.join(restore_folder, "token"))
        restored = Server(program, restore_folder, None)
        for secret in keys:
            check(verify(restored, secret), "a key from before the backup does not verify")
    finally:
        s.stop()
        if restored:
            restored.stop()


CASES = cases.collect(globals())


def main():
    skip = None
    if os.geteuid() != 0:
        skip = "the full-disk case mounts a tmpfs, which needs root (CI runs as root)"
    cases.main(__doc__, CASES, "scopekeeper-faults-", skip)

if __name__ == "__main__":
    main()
