"""Reading and driving the desktop through the AT-SPI accessibility bus, as Orca does.

A session bus of its own (`dbus-daemon`), an X server of its own (`Xvfb`) and the
desktop with Qt's AT-SPI bridge switched on; the accessibility bus is found through the
session bus (`org.a11y.Bus`) and spoken to over D-Bus with jeepney (pure Python, no
GObject). Used by tests/ui/test_ui_atspi.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
# AT-SPI state bits (atspi-constants.h)
ENABLED, FOCUSABLE, SHOWING, VISIBLE = 8, 11, 25, 30
# Roles a user moves to and works: each must say what it is for.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "spin button",
    "spin box",
    "slider",
    "table",
    "tree table",
    "tree",
    "list",
    "page tab",
    "date editor",
}
# The rows and cells of a list are its data, named by what they hold.
DATA_ROLES = {"table cell", "tree item", "list item", "column header", "row header"}
SYSTEM_TOOLS = ("dbus-daemon", "Xvfb", "openbox", "/usr/libexec/at-spi-bus-launcher")


def missing_tools() -> list[str]:
    return [tool for tool in SYSTEM_TOOLS if shutil.which(tool) is None and not Path(tool).exists()]


@dataclass(frozen=True)
class Node:
    bus: AtspiBus
    name: str  # the application's bus name
    path: str

    def _call(self, interface: str, method: str, signature: str | None = None, *args):  # type: ignore[no-untyped-def]
        address = DBusAddress(self.path, bus_name=self.name, interface=interface)
        message = new_method_call(address, method, signature, args)
        return self.bus.connection.send_and_get_reply(message, timeout=10).body

    @property
    def role(self) -> str:
        return str(self._call(ACCESSIBLE, "GetRoleName")[0])

    @property
    def label(self) -> str:
        """What a screen reader says for it: its accessible name."""
        address = DBusAddress(self.path, bus_name=self.name, interface=ACCESSIBLE)
        reply = self.bus.connection.send_and_get_reply(Properties(address).get("Name"), timeout=10)
        return str(reply.body[0][1])

    def states(self) -> set[int]:
        low, high = self._call(ACCESSIBLE, "GetState")[0]
        return {bit for bit in range(32) if low >> bit & 1} | {
            32 + bit for bit in range(32) if high >> bit & 1
        }

    def shown(self) -> bool:
        return {SHOWING, VISIBLE} <= self.states()

    def children(self) -> list[Node]:
        return [Node(self.bus, n, p) for n, p in self._call(ACCESSIBLE, "GetChildren")[0]]

    def walk(self, shown_only: bool = True) -> Iterator[Node]:
        """This node and what lies under it, skipping the rows of lists and, with
        `shown_only`, what is hidden (other pages, closed menus)."""
        for child in self.children():
            if shown_only and not child.shown():
                continue
            yield child
            if child.role not in DATA_ROLES | {"table", "tree table", "tree", "list"}:
                yield from child.walk(shown_only)

    def find(self, role: str, label: str, shown_only: bool = True) -> Node | None:
        return next((n for n in self.walk(shown_only) if n.role == role and n.label == label), None)

    def press(self, wait_for_reply: bool = True) -> None:
        """Its first action (Press for a button, a menu item or a tab). A button that
        opens a modal dialog answers only once the dialog closes: then do not wait."""
        address = DBusAddress(self.path, bus_name=self.name, interface="org.a11y.atspi.Action")
        message = new_method_call(address, "DoAction", "i", (0,))
        if wait_for_reply:
            self.bus.connection.send_and_get_reply(message, timeout=10)
        else:
            self.bus.connection.send(message)

    def focus(self) -> None:
        """The keyboard's focus on it (its SetFocus action)."""
        address = DBusAddress(self.path, bus_name=self.name, interface="org.a11y.atspi.Action")
        names = [a[0] for a in self._call("org.a11y.atspi.Action", "GetActions")[0]]
        message = new_method_call(address, "DoAction", "i", (names.index("SetFocus"),))
        self.bus.connection.send_and_get_reply(message, timeout=10)

    def set_text(self, text: str) -> None:
        self._call("org.a11y.atspi.EditableText", "SetTextContents", "s", text)


class AtspiBus:
    """The accessibility bus of a session bus."""

    def __init__(self, session_address: str) -> None:
        session = open_dbus_connection(session_address)
        bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
        # Asking starts the bus (and its registry), so the desktop finds it on start.
        address = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=20)
        self.session = session
        self.connection: DBusConnection = open_dbus_connection(address.body[0])
        Node(self, *REGISTRY).children()  # the registry is up

    def applications(self) -> list[Node]:
        return Node(self, *REGISTRY).children()

    def press_key(self, keysym: int) -> None:
        """A key press and release, as an on-screen keyboard sends it (XTest)."""
        controller = DBusAddress(
            "/org/a11y/atspi/registry/deviceeventcontroller",
            bus_name=REGISTRY[0],
            interface="org.a11y.atspi.DeviceEventController",
        )
        message = new_method_call(controller, "GenerateKeyboardEvent", "isu", (keysym, "", 3))
        self.connection.send_and_get_reply(message, timeout=10)

    def close(self) -> None:
        self.connection.close()
        self.session.close()


def wait_for(what: Callable[[], object], timeout: float = 30.0) -> object:
    """Poll until `what` gives something true (the desktop works on its own thread)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            found = what()
        except Exception:  # an object gone while the tree changed: look again
            found = None
        if found:
            return found
        if time.monotonic() > deadline:
            raise TimeoutError(f"nothing came of {what}")
        time.sleep(0.1)


class Desktop:
    """A session bus, an X server and the desktop of one user, started and stopped."""

    def __init__(self, tmp: Path, database: str, username: str) -> None:
        runtime = tmp / "run"
        runtime.mkdir(mode=0o700, exist_ok=True)
        # The accessibility bus's socket lives in XDG_RUNTIME_DIR: one per test.
        self.env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime))
        self.processes: list[subprocess.Popen[str]] = []
        xvfb = self._start(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x720x24", "-nolisten", "tcp"]
        )
        assert xvfb.stdout is not None
        self.env["DISPLAY"] = ":" + xvfb.stdout.readline().strip()
        # A window manager gives the window the keyboard, as on a user's desktop.
        self._start(["openbox", "--sm-disable"])
        # After the X server: the accessibility registry it starts sends keys to it.
        dbus = self._start(["dbus-daemon", "--session", "--nofork", "--print-address=1"])
        assert dbus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = dbus.stdout.readline().strip()
        self.bus = AtspiBus(self.env["DBUS_SESSION_BUS_ADDRESS"])
        self.env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
        self.env.pop("QT_ACCESSIBILITY", None)
        self.app = self._start(
            [sys.executable, "-m", "tests.support.atspi_app", str(database), username], stdin=True
        )
        assert self.app.stdout is not None
        assert self.app.stdout.readline().strip() == "ready"
        self.window = wait_for(self._window)  # type: ignore[assignment]

    def _start(self, command: list[str], stdin: bool = False) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            command,
            env=self.env,
            stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self.processes.append(process)
        return process

    def _window(self) -> Node | None:
        for app in self.bus.applications():
            if app.label == "Homeward":
                return next((w for w in app.children() if w.role == "frame"), None)
        return None

    def dialog(self) -> Node | None:
        for app in self.bus.applications():
            if app.label == "Homeward":
                return next((w for w in app.children() if w.role == "dialog"), None)
        return None

    def stop(self) -> None:
        self.bus.close()
        if self.app.stdin is not None:
            self.app.stdin.close()
        for process in reversed(self.processes):
            if process is not self.app:
                process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    stream.close()


def nameless_controls(root: Node) -> list[str]:
    """The shown controls under `root` that a screen reader would announce without a name."""
    return [
        f"{node.role} at {node.path}"
        for node in root.walk()
        if node.role in CONTROL_ROLES and not node.label.strip()
    ]
