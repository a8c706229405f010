#!/usr/bin/python3
"""Every way to start the console, through the real program.

    start_paths.py SCOPEKEEPER SCOPEKEEPER_SERVER CASE

Each case starts `scopekeeper` (and where it needs one, `scopekeeper-server`) as processes on
a private desktop (tests/e2e/desktop.py: Xvfb, D-Bus, the accessibility bus, gnome-keyring),
drives it as a person would, and checks what a person would see (windows, messages), the exit
code and the files. Every case ends by checking that no token it typed is in any file under
the test's home folder. CTest runs each case as its own test (tests/e2e/CMakeLists.txt).
"""

import glob
import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
import certificates  # noqa: E402
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "server"))
from behind_nginx import Nginx  # noqa: E402
from desktop import Desktop, Failure, free_port, wait_for  # noqa: E402

MAIN = "frame"
CONNECT = "Connect to Server"


def check(condition, message):
    if not condition:
        raise Failure(message)


def main_window(console, title_part="— Scopekeeper", timeout=30.0):
    return console.window(MAIN, title_part, timeout)


def connect_dialog(console, timeout=30.0):
    return console.window("dialog", CONNECT, timeout)


def quit_console(desktop, console, window):
    """File > Quit by its shortcut, as a person would; the program must exit 0."""
    desktop.key(window, "ctrl+q")
    code = console.wait_exit()
    check(code == 0, "scopekeeper exited %s after File > Quit; standard error:\n%s" %
          (code, console.stderr()))


def sign_in(desktop, dialog, token, press_return=True, screenshot=None):
    field = desktop.find(dialog, "password text", "Administrator token")
    desktop.type_into(field, token)
    if screenshot:
        desktop.screenshot(dialog, screenshot)
    if press_return:
        desktop.key(dialog, "Return")
    else:
        desktop.press(desktop.find(dialog, "push button", "Connect"))


def status_labels(desktop, window):
    return desktop.labels(window)


def signed_in_as(desktop, window, name):
    wait_for("“Signed in as %s” in the window" % name,
             lambda: "Signed in as %s" % name in status_labels(desktop, window), 15)


def error_box(console, title="Scopekeeper cannot start"):
    """The message box that says why the console cannot start."""
    for role in ("alert", "dialog"):
        try:
            return console.window(role, title, 5 if role == "alert" else 20)
        except Failure:
            if role == "dialog":
                raise
    return None


def message_of(desktop, box):
    return " ".join(desktop.labels(box))


def file_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def make_store(desktop, path):
    """A local store made by the console itself (--exit-after-load)."""
    done = subprocess.run([desktop.console, "--database", path, "--exit-after-load"],
                          env=dict(desktop.env, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=60)
    check(done.returncode == 0, "making a store failed: %s" % done.stderr)


# --- Local stores ---------------------------------------------------------------------------


def case_first_run(d):
    """No arguments, first run: a local store in the app-data folder, the window, the empty
    state."""
    c = d.start_console()
    w = main_window(c)
    check(w.name.startswith("scopekeeper.sqlite"), "window title: %r" % w.name)
    store = os.path.join(d.home, ".local", "share", "scopekeeper", "scopekeeper.sqlite")
    d.find(w, "label", "No apps yet. An app holds the scopes its API keys grant.")
    check(os.path.isfile(store), "no store at %s" % store)
    check("Local store: %s" % store in status_labels(d, w), "status bar: %s" %
          status_labels(d, w))
    quit_console(d, c, w)


def case_later_run(d):
    """No arguments, later run: the store used last."""
    other = os.path.join(d.home, "work", "team.sqlite")
    c = d.start_console("--database", other)
    w = main_window(c, "team.sqlite")
    quit_console(d, c, w)
    c = d.start_console()
    w = main_window(c)
    check(w.name.startswith("team.sqlite"), "opened %r instead of the store used last" % w.name)
    check(not os.path.exists(os.path.join(d.home, ".local", "share", "scopekeeper",
                                          "scopekeeper.sqlite")),
          "a default store was created although one was used last")
    quit_console(d, c, w)


def case_database_new_and_existing(d):
    """--database NEW creates it (and its folder); --database EXISTING opens it unchanged."""
    path = os.path.join(d.home, "new folder", "store.sqlite")
    c = d.start_console("--database", path)
    w = main_window(c, "store.sqlite")
    check(os.path.isfile(path), "--database did not create %s" % path)
    check("Local store: %s" % path in status_labels(d, w), "status bar: %s" % status_labels(d, w))
    quit_console(d, c, w)
    with sqlite3.connect(path) as db:
        apps = db.execute("SELECT count(*) FROM apps").fetchone()[0]
    c = d.start_console("--database", path)
    w = main_window(c, "store.sqlite")
    d.find(w, "label", "No apps yet. An app holds the scopes its API keys grant.")
    quit_console(d, c, w)
    check(apps == 0, "a new store holds apps")


def refused(d, path, expected_words):
    before = file_bytes(path) if os.path.isfile(path) else None
    c = d.start_console("--database", path)
    box = error_box(c)
    text = message_of(d, box)
    for word in expected_words:
        check(word in text, "the message %r does not say %r" % (text, word))
    check(MAIN not in [r for r, _ in c.windows()], "a main window opened anyway")
    d.key(box, "Return")
    code = c.wait_exit()
    check(code == 1, "exit code %s, not 1" % code)
    check("scopekeeper: " in c.stderr(), "nothing on standard error")
    if before is not None:
        check(file_bytes(path) == before, "%s was changed" % path)
    return text


def case_database_not_a_store(d):
    path = os.path.join(d.home, "notes.sqlite")
    with open(path, "w") as f:
        f.write("shopping list: milk, bread\n" * 50)
    refused(d, path, [path, "not a Scopekeeper store"])


def case_database_newer_store(d):
    path = os.path.join(d.home, "future.sqlite")
    make_store(d, path)
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    refused(d, path, [path, "newer"])


def case_database_unwritable(d):
    blocker = os.path.join(d.home, "a-file")
    with open(blocker, "w") as f:
        f.write("not a folder\n")
    path = os.path.join(blocker, "store.sqlite")
    text = refused(d, path, [path])
    check(file_bytes(blocker) == b"not a folder\n", "the file in the way was changed")
    check(not os.path.exists(path), "something was created at %s (%s)" % (path, text))


def case_demo(d):
    """--demo: a fresh demo store, the banner."""
    c = d.start_console("--demo")
    w = main_window(c, "(demo)")
    d.find(w, "label", "Demo store")  # the banner
    d.find(w, "table cell", "Risk & Compliance")
    quit_console(d, c, w)


# --- A server -------------------------------------------------------------------------------


class Server:
    def __init__(self, d, port=0, extra=(), admin="dana"):
        self.d = d
        self.database = os.path.join(d.root, "server", "server.sqlite")
        os.makedirs(os.path.dirname(self.database), exist_ok=True)
        self.token = d.create_admin(self.database, admin)
        self.port = port
        self.extra = extra
        self.process = None
        self.url = None

    def start(self):
        self.process, self.url = self.d.start_server(self.database, self.port, self.extra)
        self.port = int(self.url.rsplit(":", 1)[1])
        return self

    def stop(self):
        self.d.stop(self.process)


def case_server_first_start(d):
    """--server URL with no stored token → Connect: the window, signed in, the token in the
    keychain; closing the window at once still stores it; the next start needs no dialog."""
    s = Server(d).start()
    c = d.start_console("--server", s.url)
    dialog = connect_dialog(c)
    check([r for r, _ in c.windows()] == ["dialog"],
          "Connect to Server should be the only window: %s" % c.windows())
    check(d.find(dialog, "check box", "Remember the token in the keychain").checked,
          "Remember is not ticked by default")
    sign_in(d, dialog, s.token, screenshot="13-first-start-server")
    w = main_window(c, s.url)
    signed_in_as(d, w, "dana")
    # Quit at once: the keychain write is not lost.
    quit_console(d, c, w)
    c = d.start_console("--server", s.url)
    w = main_window(c, s.url)
    check(not any(r == "dialog" for r, _ in c.windows()), "a dialog asked again")
    signed_in_as(d, w, "dana")
    quit_console(d, c, w)


def case_server_cancel(d):
    """--server URL, no stored token → Cancel: exit code 1 and one line on standard error."""
    s = Server(d).start()
    c = d.start_console("--server", s.url)
    dialog = connect_dialog(c)
    d.press(d.find(dialog, "push button", "Cancel"))
    code = c.wait_exit()
    check(code == 1, "exit code %s after Cancel, not 1" % code)
    lines = [line for line in c.stderr().splitlines() if line.startswith("scopekeeper:")]
    check(len(lines) == 1 and ("Not connected to %s" % s.url) in lines[0],
          "standard error: %r" % c.stderr())


def case_server_wrong_token(d):
    """A wrong token: the error at the token field; then the right token works."""
    s = Server(d).start()
    c = d.start_console("--server", s.url)
    dialog = connect_dialog(c)
    wrong = "ska_" + "x" * 49
    d.secrets.append(wrong)
    sign_in(d, dialog, wrong)
    wait_for("the refusal at the token field",
             lambda: any("refused" in t for t in d.labels(dialog)), 15)
    field = d.find(dialog, "password text", "Administrator token")
    d.focus(field)
    d.key(dialog, "ctrl+a", "BackSpace")
    sign_in(d, dialog, s.token)
    w = main_window(c, s.url)
    signed_in_as(d, w, "dana")
    quit_console(d, c, w)


def case_server_revoked(d):
    """A stored token that the server no longer accepts: the dialog says it was refused."""
    s = Server(d).start()
    c = d.start_console("--server", s.url)
    sign_in(d, connect_dialog(c), s.token)
    quit_console(d, c, main_window(c, s.url))
    d.run_server("--database", s.database, "admin", "revoke", "dana")
    c = d.start_console("--server", s.url)
    dialog = connect_dialog(c)
    wait_for("the revoked token named as such at its field",
             lambda: any("refused" in t and "revoked" in t for t in d.labels(dialog)), 15)
    check(not any(r == MAIN for r, _ in c.windows()), "a main window opened")
    d.press(d.find(dialog, "push button", "Cancel"))
    check(c.wait_exit() == 1, "Cancel did not exit 1")


def case_server_auditor(d):
    """An auditor's token (7 days): the window says Read-only and that the token expires in 7
    days; creating and deleting are disabled, and Del and Ctrl+N do nothing."""
    s = Server(d).start()
    request = urllib.request.Request(
        s.url + "/api/v1/apps", method="POST",
        data=json.dumps({"name": "Payments", "scopes": ["model:deploy"]}).encode(),
        headers={"Authorization": "Bearer " + s.token, "Content-Type": "application/json"})
    check(urllib.request.urlopen(request, timeout=30).status == 201, "the app was not created")
    auditor = d.run_server("--database", s.database, "admin", "create", "audrey", "--role",
                           "auditor", "--expires-in", "7").split()[-1]
    d.secrets.append(auditor)
    c = d.start_console("--server", s.url)
    sign_in(d, connect_dialog(c), auditor)
    w = main_window(c, s.url)
    signed_in_as(d, w, "audrey")
    wait_for("“Read-only” and the expiry in the status bar",
             lambda: "Read-only" in status_labels(d, w) and
             any(t.startswith("Your token expires in 7 day") for t in status_labels(d, w)), 15)
    d.screenshot(w, "14-auditor-read-only")
    create = d.find(w, "push button", "Create an App")
    check(not create.sensitive, "Create an App can be pressed")
    table = d.find(w, "table", "API apps")
    cell = d.find(table, "table cell", "Payments")
    x, y = cell.position
    d.activate(w)
    d.xdotool("mousemove", "--sync", str(x + 5), str(y + 5), "click", "1")
    view = d.find(w, "push button", "View app")
    wait_for("the app selected", lambda: view.sensitive, 10)
    d.key(w, "Delete")
    d.key(w, "ctrl+n")
    time.sleep(1.0)
    check([r for r, _ in c.windows()] == [MAIN],
          "a dialog opened for an auditor: %s" % c.windows())
    # The table has the keyboard: Enter opens the app, to read.
    d.key(w, "Return")
    dialog = c.window("dialog", "Payments", 15)
    check(d.find(dialog, "push button", "Close").sensitive, "no Close in the app's dialog")
    check(not [n for n in dialog.findChildren(
        lambda n: n.roleName == "push button" and n.name == "Save" and d.showing(n))],
        "the app's dialog offers Save to an auditor")
    d.key(dialog, "Escape")
    c.no_window("dialog", "Payments", 10)
    with sqlite3.connect(s.database) as db:
        check(db.execute("SELECT COUNT(*) FROM apps").fetchone()[0] == 1, "the app changed")
    quit_console(d, c, w)


def case_server_not_running(d):
    """The server is not running: "cannot reach"; Connect again works once it is up, with a
    typed token and with a stored one."""
    s = Server(d, port=free_port())
    url = "http://127.0.0.1:%d" % s.port
    c = d.start_console("--server", url)
    dialog = connect_dialog(c)
    sign_in(d, dialog, s.token)
    wait_for("“cannot reach” at the URL",
             lambda: any("Cannot reach" in t for t in d.labels(dialog)), 30)
    s.start()
    d.press(d.find(dialog, "push button", "Connect"))
    w = main_window(c, url)
    signed_in_as(d, w, "dana")
    quit_console(d, c, w)
    # Now with the token stored, and the server down again.
    s.stop()
    c = d.start_console("--server", url)
    dialog = connect_dialog(c)
    wait_for("“cannot reach” at the URL",
             lambda: any("Cannot reach" in t for t in d.labels(dialog)), 30)
    # The stored token is kept in its (masked) field: Connect alone signs in.
    s.start()
    d.press(d.find(dialog, "push button", "Connect"))
    w = main_window(c, url)
    signed_in_as(d, w, "dana")
    quit_console(d, c, w)


def case_server_http_off_loopback(d):
    """--server http:// to another computer: refused before anything is sent."""
    url = "http://keys.example.invalid:8080"
    c = d.start_console("--server", url)
    box = error_box(c)
    text = message_of(d, box)
    check("keys.example.invalid" in text and "plain http" in text, "message: %r" % text)
    d.key(box, "Return")
    check(c.wait_exit() == 1, "exit code is not 1")


def make_certificates(d):
    made = certificates.make(os.path.join(d.root, "tls"), "Scopekeeper Test CA")
    return made["ca"], made["cert"], made["key"]


def case_server_https(d):
    """https: without --ca-file the certificate's details are shown at the URL; with it, the
    console connects."""
    ca, cert, key = make_certificates(d)
    s = Server(d, extra=("--tls-cert", cert, "--tls-key", key)).start()
    check(s.url.startswith("https://"), "the server is not on https: %s" % s.url)
    c = d.start_console("--server", s.url)
    dialog = connect_dialog(c)
    sign_in(d, dialog, s.token)
    text = wait_for("the refused certificate at the URL",
                    lambda: next((t for t in d.labels(dialog) if "SHA-256" in t), None), 30)
    check("Scopekeeper Test CA" in text, "the issuer is not named: %r" % text)
    d.press(d.find(dialog, "push button", "Cancel"))
    check(c.wait_exit() == 1, "Cancel did not exit 1")
    c = d.start_console("--server", s.url, "--ca-file", ca)
    sign_in(d, connect_dialog(c), s.token)
    w = main_window(c, s.url)
    signed_in_as(d, w, "dana")
    quit_console(d, c, w)


def case_server_behind_nginx(d):
    """The console through nginx with the documented configuration (TLS at nginx, the test's
    CA with --ca-file): signed in, and the console's requests reached the server through it
    (behind_nginx.py checks the addresses, which here are all 127.0.0.1)."""
    ca, cert, key = make_certificates(d)
    s = Server(d, extra=("--trusted-proxy", "127.0.0.1")).start()
    proxy = Nginx(d.root, s.port, {"ca": ca, "cert": cert, "key": key})
    try:
        url = "https://127.0.0.1:%d" % proxy.port
        c = d.start_console("--server", url, "--ca-file", ca)
        sign_in(d, connect_dialog(c), s.token)
        w = main_window(c, url)
        signed_in_as(d, w, "dana")
        check(any(t == "Server: " + url for t in status_labels(d, w)),
              "the status bar does not name %s: %s" % (url, status_labels(d, w)))
        quit_console(d, c, w)
        log = "".join(open(p).read() for p in glob.glob(os.path.join(d.root, "server-*.log")))
        check("GET /api/v1/apps 200" in log and "GET /api/v1/me 200" in log,
              "the server did not log the console's requests: %s" % log[-1000:])
    finally:
        proxy.stop()


def menu_command(d, window, menu_key, item_key):
    """Chooses a menu command by its accelerators (Alt+F, then the item's letter)."""
    d.key(window, menu_key)
    time.sleep(0.3)
    d.xdotool("key", item_key)


def case_connect_from_local_store(d):
    """File > Connect to Server… from a local store: signed in; File > Sign Out: an empty,
    signed-out window, and the token is gone from the keychain."""
    s = Server(d).start()
    c = d.start_console()
    w = main_window(c, "scopekeeper.sqlite")
    menu_command(d, w, "alt+f", "c")  # File > Connect to Server…
    dialog = connect_dialog(c)
    d.type_into(d.find(dialog, "text", "Server URL"), s.url)
    sign_in(d, dialog, s.token)
    w = main_window(c, s.url)
    signed_in_as(d, w, "dana")
    menu_command(d, w, "alt+f", "s")  # File > Sign Out
    wait_for("the signed-out message",
             lambda: any("Signed out of %s" % s.url in t and "deleted from the keychain" in t
                         for t in d.labels(w)), 20)
    check(not any(n.roleName == "table cell" and d.showing(n) for n in w.findChildren(
        lambda n: n.roleName == "table cell", recursive=True)), "the server's rows are shown")
    quit_console(d, c, w)
    c = d.start_console("--server", s.url)
    connect_dialog(c)  # asks again: the token is no longer in the keychain
    c.kill()


def case_no_keychain(d):
    """No Secret Service: the token is asked for each time, the dialog says why, and it is
    never written to a file."""
    s = Server(d).start()
    for _ in range(2):
        c = d.start_console("--server", s.url)
        dialog = connect_dialog(c)
        wait_for("the note that there is no keychain",
                 lambda: any("keychain is not available" in t for t in d.labels(dialog)), 30)
        remember = d.find(dialog, "check box", "Remember the token in the keychain")
        check(not remember.checked and not remember.sensitive,
              "“Remember” is offered without a keychain")
        sign_in(d, dialog, s.token)
        w = main_window(c, s.url)
        signed_in_as(d, w, "dana")
        quit_console(d, c, w)

# --- A per-key store ("User API Keys") ------------------------------------------------------


def clipboard_text(d):
    """What the desktop's clipboard holds now, read as another program would (GTK)."""
    done = subprocess.run(
        [sys.executable, "-c",
         "import gi; gi.require_version('Gtk', '3.0'); from gi.repository import Gdk, Gtk; "
         "print(Gtk.Clipboard.get(Gdk.SELECTION_CLIPBOARD).wait_for_text() or '', end='')"],
        env=d.env, capture_output=True, text=True, timeout=30)
    check(done.returncode == 0, "reading the clipboard failed: %s" % done.stderr)
    return done.stdout


def case_per_key_store(d):
    """--scoping per-key on a new store: the window opens on "User API Keys" without the apps
    page; "+ New API key" with a name and two scopes; Generate Key; the key is copied with
    Copy and Close (the clipboard holds it); the list shows it; Delete with the permanent
    warning removes it, from the store too."""
    path = os.path.join(d.root, "perkey", "keys.sqlite")
    c = d.start_console("--database", path, "--scoping", "per-key")
    w = main_window(c)
    d.find(w, "label", "User API Keys")  # the page's title
    d.find(w, "list item", "User API Keys")
    check(not w.findChildren(lambda n: n.roleName == "list item" and n.name == "API Apps"
                             and d.showing(n), recursive=True),
          "the apps page is offered in a per-key store")
    d.find(w, "label", contains="No API keys yet")

    d.press(d.find(w, "push button", "New API key"))
    dialog = c.window("dialog", "New API key")
    d.type_into(d.find(dialog, "text", "Key Name"), "Nightly publishing")
    for scope in ("Deploy workflows", "Export workflows"):  # the default catalog's
        box = d.find(dialog, "check box", scope)
        box.doActionNamed("Toggle")
        wait_for("“%s” ticked" % scope, lambda: box.checked, 10)
    d.press(d.find(dialog, "push button", "Generate Key"))

    # The secret, once: the same dialog title, now with the key and Copy and Close.
    secret_field = d.find(c.app(), "text", "New API key", timeout=30)
    secret_dialog = d.top_level(secret_field)
    secret = secret_field.text
    check(secret.startswith("spk_") and len(secret) == 53, "the key shown: %r" % secret)
    d.secrets.append(secret)  # no file may hold it
    d.press(d.find(secret_dialog, "push button", "Copy and Close"))
    c.no_window("dialog", "New API key")
    wait_for("the key on the clipboard", lambda: clipboard_text(d) == secret, 15)

    cell = d.find(w, "table cell", "Nightly publishing")
    d.find(w, "table cell", "workflow:deploy, workflow:export")
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT name, scope_list FROM api_keys").fetchall()
    finally:
        con.close()
    check(rows == [("Nightly publishing", "workflow:deploy workflow:export")],
          "the store's keys: %r" % rows)

    # Delete: click the row, Del, the permanent-deletion warning, Delete.
    d.activate(w)
    (x, y), (width, height) = cell.position, cell.size
    d.xdotool("mousemove", "--sync", str(x + width // 2), str(y + height // 2), "click", "1")
    d.key(w, "Delete")
    box = None
    for role in ("alert", "dialog"):
        try:
            box = c.window(role, "Delete API key", 10)
            break
        except Failure:
            pass
    check(box is not None, "no confirmation before deleting")
    text = message_of(d, box)
    check("permanent" in text and "stop working" in text, "the warning: %r" % text)
    d.press(d.find(box, "push button", "Delete"))
    d.find(w, "label", contains="No API keys yet", timeout=30)
    con = sqlite3.connect(path)
    try:
        left = con.execute("SELECT count(*) FROM api_keys").fetchone()[0]
    finally:
        con.close()
    check(left == 0, "%d key(s) left in the store after Delete" % left)
    quit_console(d, c, w)


CASES = {name[5:]: f for name, f in globals().items() if name.startswith("case_")}
NO_KEYCHAIN = {"no_keychain"}


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in CASES:
        sys.exit("usage: start_paths.py SCOPEKEEPER SCOPEKEEPER_SERVER CASE\ncases: " +
                 " ".join(sorted(CASES)))
    case = sys.argv[3]
    started = time.monotonic()
    d = Desktop(sys.argv[1], sys.argv[2], keychain=case not in NO_KEYCHAIN)
    try:
        CASES[case](d)
        d.check_no_secret_in_files()
    except Failure as failure:
        print("FAIL %s: %s" % (case, failure))
        sys.exit(1)
    finally:
        d.close()
    print("PASS %s (%.1f s)" % (case, time.monotonic() - started))


if __name__ == "__main__":
    main()
