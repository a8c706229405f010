"""A private desktop for driving the real `scopekeeper` program as a person would.

Each `Desktop` has its own home folder (settings, app data), its own X server (Xvfb), its own
D-Bus session with the accessibility bus, and, unless told otherwise, its own unlocked
gnome-keyring as the Secret Service. Nothing of the user's own is read or written. The console
is started as a process and driven through the accessibility tree (dogtail/pyatspi), which is
what screen readers see, and through key presses (xdotool), which is what a keyboard sends.

Used by the end-to-end tests in this folder; see start_paths.py.
"""

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <auth>EXTERNAL</auth>
  <!-- No service directories: nothing is started on demand, so a desktop without a
       keychain really has none (the user's gnome-keyring cannot be activated). -->
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


class Failure(AssertionError):
    pass


def _regex_escape(text):
    return "".join("\\" + ch if ch in ".^$*+?()[]{}|\\" else ch for ch in text)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(what, predicate, timeout=20.0, interval=0.1):
    """Polls predicate() until it returns something true; fails naming `what` after timeout."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Failure:
            raise
        except Exception as error:  # the tree changes under us while windows come and go
            last_error = error
        time.sleep(interval)
    raise Failure("timed out after %.0f s waiting for %s%s" % (
        timeout, what, " (last error: %s)" % last_error if last_error else ""))


class Console:
    """One run of the scopekeeper program."""

    def __init__(self, desktop, args):
        self.desktop = desktop
        self.args = list(args)
        self.stdout_path = os.path.join(desktop.root, "console-%d.out" % desktop.next_id())
        self.stderr_path = self.stdout_path[:-4] + ".err"
        env = dict(desktop.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        with open(self.stdout_path, "wb") as out, open(self.stderr_path, "wb") as err:
            self.process = subprocess.Popen([desktop.console] + self.args, env=env, stdout=out,
                                            stderr=err, stdin=subprocess.DEVNULL)

    def stderr(self):
        with open(self.stderr_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def running(self):
        return self.process.poll() is None

    def wait_exit(self, timeout=20.0):
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            raise Failure("scopekeeper %s did not exit within %.0f s" % (self.args, timeout))

    def kill(self):
        if self.running():
            self.process.kill()
            self.process.wait()

    # --- The accessibility tree ---------------------------------------------------------------

    def app(self, timeout=20.0):
        def find():
            if not self.running():
                raise Failure("scopekeeper exited with %s; standard error:\n%s" %
                              (self.process.returncode, self.stderr()))
            for application in self.desktop.tree.root.children:
                try:
                    if application.name == "scopekeeper" and self._pid_of(application) == \
                            self.process.pid:
                        return application
                except Exception:
                    continue
            return None
        return wait_for("scopekeeper on the accessibility bus", find, timeout)

    @staticmethod
    def _pid_of(application):
        return application.get_process_id()

    def windows(self):
        """The visible top-level windows: (role, title)."""
        app = self.app()
        found = []
        for window in app.children:
            if self.desktop.showing(window):
                found.append((window.roleName, window.name))
        return found

    def window(self, role, name_part, timeout=20.0):
        """Waits for a visible top-level window whose title contains name_part."""
        def find():
            if not self.running():
                raise Failure("scopekeeper exited with %s while waiting for %s “%s”; standard "
                              "error:\n%s" % (self.process.returncode, role, name_part,
                                              self.stderr()))
            for window in self.app().children:
                if window.roleName == role and name_part in window.name and \
                        self.desktop.showing(window):
                    return window
            return None
        return wait_for("a %s titled “…%s…” (windows: %s)" % (role, name_part, self._safe_windows()),
                        find, timeout)

    def no_window(self, role, name_part, timeout=20.0):
        def gone():
            if not self.running():
                return True
            return not any(r == role and name_part in n for r, n in self.windows())
        wait_for("the %s “%s” to close" % (role, name_part), gone, timeout)

    def _safe_windows(self):
        try:
            return self.windows()
        except Exception:
            return "?"


class Desktop:
    """A home folder, an X display, a D-Bus session, the accessibility bus and a keychain."""

    def __init__(self, console, server, keychain=True):
        self.console = console
        self.server_program = server
        self.root = tempfile.mkdtemp(prefix="scopekeeper-e2e-")
        self.home = os.path.join(self.root, "home")
        os.makedirs(self.home)
        runtime = os.path.join(self.root, "run")
        os.makedirs(runtime, mode=0o700)
        self._ids = 0
        self._processes = []
        self.secrets = []  # every token the test typed: no file may hold one
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("XDG_", "DBUS_", "QT_", "SCOPEKEEPER_", "LC_", "LANG"))}
        env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, ".config"),
            "XDG_DATA_HOME": os.path.join(self.home, ".local", "share"),
            "XDG_CACHE_HOME": os.path.join(self.home, ".cache"),
            "XDG_RUNTIME_DIR": runtime,
            "LANG": "C.UTF-8",
            "LANGUAGE": "en",
            "QT_LOGGING_RULES": "qt.qpa.*=false",
            "NO_AT_BRIDGE": "0",
        })
        self.env = env
        try:
            self._start_x()
            self._start_bus()
            if keychain:
                self._start_keychain()
            self._start_accessibility()
        except BaseException:
            self.close()
            raise

    def next_id(self):
        self._ids += 1
        return self._ids

    def _spawn(self, args, **kwargs):
        process = subprocess.Popen(args, start_new_session=True, **kwargs)
        self._processes.append(process)
        return process

    def _start_x(self):
        read_end, write_end = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24",
                     "-nolisten", "tcp"], pass_fds=[write_end], stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
        os.close(write_end)
        display = b""
        while not display.endswith(b"\n"):
            chunk = os.read(read_end, 16)
            if not chunk:
                raise Failure("Xvfb did not start")
            display += chunk
        os.close(read_end)
        self.env["DISPLAY"] = ":" + display.decode().strip()

    def _start_bus(self):
        config = os.path.join(self.root, "session-bus.conf")
        with open(config, "w") as f:
            f.write(_BUS_CONFIG.format(tmp=self.root))
        bus = self._spawn(["dbus-daemon", "--config-file", config, "--nofork",
                           "--print-address=1"], stdout=subprocess.PIPE, text=True,
                          env=self.env)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()

    def _start_keychain(self):
        # Its keyrings in a folder of their own, not in the home folder that is scanned for
        # tokens (they are encrypted there anyway).
        data = os.path.join(self.root, "keyring-data")
        os.makedirs(data)
        keyring = self._spawn(["gnome-keyring-daemon", "--foreground", "--unlock",
                               "--components=secrets"], stdin=subprocess.PIPE,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              env=dict(self.env, XDG_DATA_HOME=data))
        keyring.stdin.write(b"pw\n")
        keyring.stdin.close()
        wait_for("the Secret Service on the session bus",
                 lambda: "org.freedesktop.secrets" in self._bus_names(), 15)

    def _bus_names(self):
        out = subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
                              "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"],
                             env=self.env, capture_output=True, text=True).stdout
        return out

    def _start_accessibility(self):
        self._spawn(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=self.env,
                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for("the accessibility bus", lambda: "org.a11y.Bus" in self._bus_names(), 15)
        # pyatspi and dogtail find the buses through the environment of this process.
        os.environ.update({k: self.env[k] for k in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS",
                                                    "XDG_RUNTIME_DIR")})
        import dogtail.utils
        dogtail.utils.isA11yEnabled = lambda *a, **k: True
        from dogtail import config, tree
        config.actionDelay = 0.05
        config.defaultDelay = 0.1
        config.searchBackoffDuration = 0.2
        config.searchCutoffCount = 50
        config.logDebugToStdOut = False
        config.logDebugToFile = False
        self.tree = tree

    # --- Programs -----------------------------------------------------------------------------

    def start_console(self, *args):
        console = Console(self, args)
        self._processes.append(console.process)
        return console

    def run_server(self, *args):
        """Runs scopekeeper-server to its end (e.g. "admin create NAME"); its standard output."""
        done = subprocess.run([self.server_program] + list(args), env=self.env,
                              capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise Failure("scopekeeper-server %s exited %d: %s" % (args, done.returncode,
                                                                     done.stderr))
        return done.stdout

    def create_admin(self, database, name):
        token = self.run_server("--database", database, "admin", "create", name).split()[-1]
        if not token.startswith("ska_"):
            raise Failure("admin create printed no token")
        self.secrets.append(token)
        return token

    def start_server(self, database, port=0, extra=()):
        """Starts scopekeeper-server on 127.0.0.1; answers (process, base URL)."""
        log = open(os.path.join(self.root, "server-%d.log" % self.next_id()), "w+")
        process = self._spawn([self.server_program, "--database", database, "--listen",
                               "127.0.0.1:%d" % port] + list(extra), env=self.env,
                              stdout=subprocess.DEVNULL, stderr=log)

        def listening():
            if process.poll() is not None:
                log.seek(0)
                raise Failure("scopekeeper-server exited: " + log.read())
            log.seek(0)
            for line in log:
                if " listening on " in line:
                    return line.split(" listening on ")[1].split()[0]
            return None
        url = wait_for("scopekeeper-server to listen", listening, 20)
        return process, url

    @staticmethod
    def stop(process):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    # --- Reading and driving ------------------------------------------------------------------

    @staticmethod
    def showing(node):
        try:
            return node.showing
        except Exception:
            return False

    def find(self, parent, role, name=None, timeout=20.0, visible=True, contains=None):
        """Waits for a descendant of `parent` with `role` and the exact `name` (or a name that
        contains `contains`)."""
        def match(node):
            if node.roleName != role:
                return False
            if name is not None and node.name != name:
                return False
            if contains is not None and contains not in (node.name or ""):
                return False
            return not visible or self.showing(node)

        def search():
            found = parent.findChildren(match, recursive=True)
            return found[0] if found else None
        return wait_for("a %s named “%s” in “%s”" % (role, name if name is not None else
                                                      "…%s…" % contains, parent.name),
                        search, timeout)

    def labels(self, parent):
        """The texts of the visible labels under `parent`."""
        return [n.name for n in parent.findChildren(
            lambda n: n.roleName == "label" and n.name and self.showing(n), recursive=True)]

    def press(self, button):
        button.doActionNamed("Press")

    def xdotool(self, *args):
        return subprocess.run(["xdotool"] + list(args), env=self.env, check=True, timeout=30,
                              capture_output=True, text=True).stdout

    @staticmethod
    def top_level(node):
        while node.parent is not None and node.parent.roleName != "application":
            node = node.parent
        return node

    def activate(self, node):
        """Gives the keyboard to the X window of `node`, as clicking its title bar would (the
        display has no window manager)."""
        self.xdotool("windowfocus", "--sync", self.x_window(node))

    def x_window(self, node):
        window = self.top_level(node)
        ids = self.xdotool("search", "--all", "--onlyvisible", "--pid",
                           str(window.get_process_id()), "--name",
                           "^" + _regex_escape(window.name)).split()
        if not ids:
            raise Failure("no X window for “%s”" % window.name)
        return ids[-1]

    def screenshot(self, node, name):
        """With SCOPEKEEPER_E2E_SCREENSHOTS=DIR (and ImageMagick), saves the window of `node`
        as DIR/name.png, for the README and the guides; otherwise does nothing."""
        folder = os.environ.get("SCOPEKEEPER_E2E_SCREENSHOTS")
        if not folder:
            return
        time.sleep(0.5)
        subprocess.run(["import", "-window", self.x_window(node),
                        os.path.join(folder, name + ".png")], env=self.env, check=True)

    def focus(self, node):
        self.activate(node)
        if "SetFocus" in node.actions:
            node.doActionNamed("SetFocus")
        else:
            node.grabFocus()
        wait_for("the focus on “%s”" % node.name, lambda: node.focused, 10)

    def type_into(self, node, text):
        """Focuses `node` and types `text` key by key, as a person at a keyboard would."""
        self.focus(node)
        self.xdotool("type", "--delay", "8", text)

    def key(self, window, *keys):
        """Presses `keys` (xdotool names, e.g. "ctrl+q") in the window of `window`."""
        self.activate(window)
        self.xdotool("key", "--delay", "50", *keys)

    # --- Files --------------------------------------------------------------------------------

    def files_holding(self, secret):
        """Every file of the test whose bytes hold `secret` (UTF-8 or UTF-16): the home folder
        (settings, stores), what the programs printed, the server's store and its log. Only the
        keychain's own (encrypted) files are left out."""
        needles = [secret.encode(), secret.encode("utf-16-le")]
        holding = []
        keyring = os.path.join(self.root, "keyring-data")
        for folder, _, names in os.walk(self.root):
            if folder == keyring or folder.startswith(keyring + os.sep):
                continue
            for name in names:
                path = os.path.join(folder, name)
                if not os.path.isfile(path) or os.path.islink(path):
                    continue
                with open(path, "rb") as f:
                    data = f.read()
                if any(n in data for n in needles):
                    holding.append(path)
        return holding

    def check_no_secret_in_files(self):
        for secret in self.secrets:
            holding = self.files_holding(secret)
            if holding:
                raise Failure("a token was written to %s" % holding)

    def close(self):
        for process in reversed(self._processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    process.kill()
            try:
                process.wait(10)
            except Exception:
                pass
        if os.environ.get("SCOPEKEEPER_E2E_KEEP"):
            print("kept:", self.root)
        else:
            shutil.rmtree(self.root, ignore_errors=True)
