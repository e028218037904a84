"""The desktop as Orca meets it: through the AT-SPI accessibility tree, under Xvfb.

Each role goes to every page through the Go menu (pressing its items as a screen reader
user does) and every control shown there must have a name; a social worker finds a case
from the search box, opens it with Enter, goes through its tabs and adds a note, every
step done through the accessibility bus.
"""

from __future__ import annotations

import pytest

from tests.support.atspi import Desktop, missing_tools, nameless_controls, wait_for
from tests.support.backends import database_url_for
from tests.ui.test_change_signal import _own_case

pytestmark = [
    pytest.mark.slow,
    pytest.mark.backend_neutral("accessible names are the same on every backend"),
]

RETURN = 0xFF0D  # the X keysym of Enter
FOCUSED = 12  # the AT-SPI state


@pytest.fixture
def desktop(tmp_path, demo_db_path, demo_db):  # type: ignore[no-untyped-def]
    """Start the desktop of a user on the demo database; stopped after the test."""
    assert not missing_tools(), f"install these for the AT-SPI tests: {missing_tools()}"
    started: list[Desktop] = []
    target = database_url_for(demo_db_path) or str(demo_db_path)

    def start(username: str) -> Desktop:
        started.append(Desktop(tmp_path, target, username))
        return started[-1]

    yield start
    for one in started:
        one.stop()


def _go_menu_items(window):  # type: ignore[no-untyped-def]
    go = window.find("menu item", "Go", shown_only=False)
    assert go is not None, "no Go menu in the accessibility tree"
    return [item for item in go.walk(shown_only=False) if item.role == "menu item"]


def _selected_page(window) -> str:  # type: ignore[no-untyped-def]
    navigation = window.find("list", "Pages and open cases")
    for item in navigation.children():
        if 23 in item.states():  # SELECTED
            return item.label
    return ""


@pytest.mark.parametrize("username", ["worker", "lead", "coordinator"])
def test_every_page_reached_from_the_go_menu_names_its_controls(desktop, username):
    app = desktop(username)
    window = app.window
    items = _go_menu_items(window)
    assert len(items) >= 5
    missing: dict[str, list[str]] = {}
    for item in items:
        page = item.label
        item.press()
        wait_for(lambda page=page: _selected_page(window) == page)
        found = nameless_controls(window)
        if found:
            missing[page] = found
    assert not missing, missing


def test_an_administrator_s_tabs_name_their_controls(desktop):
    window = desktop("admin").window
    tabs = [n for n in window.walk() if n.role == "page tab"]
    assert len(tabs) >= 4
    missing: dict[str, list[str]] = {}
    for tab in tabs:
        tab.press()
        wait_for(lambda tab=tab: 22 in tab.states() or 23 in tab.states())  # SELECTABLE/ED
        found = nameless_controls(window)
        if found:
            missing[tab.label] = found
    assert not missing, missing


def test_a_worker_finds_a_case_and_adds_a_note_through_the_accessibility_tree(desktop, demo_db):
    reference = _own_case(demo_db, "worker")
    app = desktop("worker")
    window = app.window
    find = window.find("push button", "Find a case")
    find.press()
    search = wait_for(lambda: window.find("text", "Search cases"))
    search.set_text(reference)
    table = window.find("table", "Cases")
    wait_for(lambda: any(c.label == reference for c in table.children()))
    search.focus()
    wait_for(lambda: FOCUSED in search.states())
    app.bus.press_key(RETURN)  # Enter in the search box opens the one case found
    tabs = wait_for(lambda: [n for n in window.walk() if n.role == "page tab"])
    missing: dict[str, list[str]] = {}
    for tab in tabs:  # type: ignore[union-attr]
        tab.press()
        found = nameless_controls(window)
        if found:
            missing[tab.label] = found
    assert not missing, missing

    notes_tab = next(t for t in tabs if t.label.startswith("Notes"))  # type: ignore[union-attr]
    notes_tab.press()
    new_note = wait_for(lambda: window.find("push button", "New note…"))
    new_note.press(wait_for_reply=False)  # a modal dialog: the answer comes when it closes
    dialog = wait_for(app.dialog)
    assert not nameless_controls(dialog), nameless_controls(dialog)
    text = next(n for n in dialog.walk() if n.role == "text" and n.label.startswith("Note"))
    text.set_text("Called the housing office about the viewing; they ring back Friday.")
    save = next(n for n in dialog.walk() if n.role == "push button" and n.label in ("Save", "OK"))
    save.press(wait_for_reply=False)
    notes = window.find("table", "Notes")
    wait_for(lambda: any(c.label.startswith("Called the housing office") for c in notes.children()))
