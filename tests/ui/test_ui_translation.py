"""Every visible word of the desktop goes through Qt's translation: with a pseudo-translation
loaded (each text wrapped in ‹ ›), the chrome of the main window and a case record is wrapped."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel

from desktop_app.ui.main_window import MainWindow
from tests.support.paths import REPO

ROOT = REPO
BIN = Path(sys.executable).parent

sys.path.insert(0, str(ROOT / "tools"))
import translations as translation_tool  # noqa: E402


@pytest.fixture
def pseudo_translation(tmp_path, qapp):
    ts = tmp_path / "homeward_pseudo.ts"
    # Every UI module, and the strings lupdate cannot see behind small helpers.
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *translation_tool.ui_sources(tmp_path), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = f"‹{source}›"
        else:
            translation.text = f"‹{source}›"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "homeward_pseudo.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QApplication.installTranslator(translator)
    yield
    QApplication.removeTranslator(translator)


def _chrome_texts(widget):
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.text()]
    texts += [g.title() for g in widget.findChildren(QGroupBox) if g.title()]
    for combo in widget.findChildren(QComboBox):
        if combo.objectName() not in ("unitChoice", "courseChoice"):  # data, not words
            texts += [combo.itemText(i) for i in range(combo.count())]
    return texts


def test_the_desktop_is_fully_translatable(qtbot, demo_db, login, pseudo_translation):
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: "Loading" not in win.pages["my_day"].heading.text(), timeout=5000)
    win.show_page("caseload")
    record = win.open_case("HW-2026-00001")
    for i in range(record.tabs.count()):
        record.show_tab(record.tabs.tabText(i))
    assert win.windowTitle().startswith("‹Homeward")
    nav = [win.navigation.item(r).text() for r in range(win.navigation.count())]
    assert all(t.startswith("‹") for t in nav[:5]), nav
    tabs = [record.tabs.tabText(i) for i in range(record.tabs.count())]
    assert all(t.startswith("‹") for t in tabs), tabs
    for page in (win.pages["my_day"], win.pages["caseload"], record):
        untranslated = [
            t for t in _chrome_texts(page) if "‹" not in t and any(ch.isalpha() for ch in t)
        ]
        assert not untranslated, untranslated
        assert len(_chrome_texts(page)) > 3
    caseload = win.pages["caseload"]
    assert caseload.count_label.text().startswith("‹")
    headers = [
        caseload.model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for c in range(caseload.model.columnCount())
    ]
    assert all(h.startswith("‹") for h in headers), headers
    board = win.show_page("transitions")
    board_headers = [
        board.model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for c in range(board.model.columnCount())
    ]
    assert all(h.startswith("‹") for h in board_headers), board_headers
    labels = [
        label.text()
        for label in record.form.findChildren(QLabel)
        if label.text() and label.buddy() is not None
    ]
    assert labels and all(t.startswith("‹") for t in labels), labels


@pytest.fixture
def pseudo_switch(qapp, monkeypatch):
    """HOMEWARD_LANGUAGE=pseudo, as `make run-pseudo` starts the app."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop_app.ui import language

    monkeypatch.setenv(language.ENVIRONMENT_VARIABLE, "pseudo")
    installed = language.install_translators(qapp)
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def _cut_off(widget):
    """Labels, buttons and check boxes on screen narrower than their one-line text."""
    from PySide6.QtGui import Qt as GuiQt

    cut, checked = [], 0
    for child in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton):
        text = child.text()
        if not child.isVisibleTo(widget) or not text or "\n" in text:
            continue
        if isinstance(child, QLabel) and (child.wordWrap() or GuiQt.mightBeRichText(text)):
            continue
        checked += 1
        needed = child.fontMetrics().horizontalAdvance(text.replace("&", ""))
        if child.contentsRect().width() + 1 < needed:
            cut.append((text, child.contentsRect().width(), needed))
    _seen.append(checked)
    return cut


_seen: list[int] = []  # how many texts each _cut_off call measured


def test_the_pseudo_translation_switch_lengthens_every_text(qtbot, demo_db, login, pseudo_switch):
    from desktop_app.domain.pseudo import is_pseudo
    from desktop_app.services.cases import person_fields
    from desktop_app.services.errors import ValidationError
    from desktop_app.ui.messages import error_text

    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(lambda: "·" in win.pages["my_day"].heading.text(), timeout=5000)
    assert win.windowTitle().startswith("⟦")
    nav = [win.navigation.item(r).text() for r in range(win.navigation.count())]
    assert all(is_pseudo(t) for t in nav[:5]), nav
    assert all(is_pseudo(a.text()) for a in win.menuBar().actions()), [
        a.text() for a in win.menuBar().actions()
    ]
    # The services' messages go through it too.
    with pytest.raises(ValidationError) as caught:
        person_fields.clean_case_values({"given_name": ""}, creating=True)
    assert is_pseudo(error_text(caught.value))
    # And nothing is cut off: the main pages, a case record, the new-case dialog.
    for name in ("my_day", "caseload", "transitions"):
        page = win.show_page(name)
        qtbot.wait(50)
        assert not _cut_off(page), (name, _cut_off(page))
    record = win.open_case("HW-2026-00001")
    for i in range(record.tabs.count()):
        record.show_tab(record.tabs.tabText(i))
        qtbot.wait(20)
        assert not _cut_off(record.tabs.currentWidget()), record.tabs.tabText(i)
    from desktop_app.ui.new_case_dialog import NewCaseDialog

    dialog = NewCaseDialog(demo_db, login("worker"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    assert not _cut_off(dialog)
    assert sum(_seen) > 40, _seen  # the check measured real screens
