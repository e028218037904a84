"""The desktop in Danish, Swedish and German: the catalogues are complete and built, the
language choice is kept, and the app started in each language shows its words."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel

from desktop_app import config
from desktop_app.ui import language
from desktop_app.ui.caseload_model import COL_DAYS
from desktop_app.ui.main_window import MainWindow
from tests.support.paths import REPO

ROOT = REPO
BIN = Path(sys.executable).parent
LANGUAGES = ("da", "sv", "de")
PLACEHOLDER = re.compile(r"%\d|%n")
TAG = re.compile(r"<[^>]+>")

sys.path.insert(0, str(ROOT / "tools"))
import translations as translation_tool  # noqa: E402


def _ts(lang: str) -> Path:
    return config.translations_dir() / f"homeward_{lang}.ts"


def _messages(path: Path):  # type: ignore[no-untyped-def]
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang):
    count = 0
    problems = []
    for context, message in _messages(_ts(lang)):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type"):  # unfinished, obsolete or vanished
            problems.append(f"{where} is {translation.get('type')}")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != 2:  # one and many, in all three languages
                problems.append(f"{where} has {len(forms)} plural forms")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where} is empty")
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where} placeholders differ: {form!r}")
            if TAG.findall(form) != TAG.findall(source):
                problems.append(f"{where} HTML differs: {form!r}")
            if form.count("&") != source.count("&"):
                problems.append(f"{where} accelerator differs: {form!r}")
    assert count > 900
    assert not problems, problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_qm_is_built_from_the_ts(tmp_path, lang):
    qm = tmp_path / f"homeward_{lang}.qm"
    translation_tool.lrelease(_ts(lang), qm)
    committed = _ts(lang).with_suffix(".qm")
    assert committed.exists(), "run make translations"
    assert committed.read_bytes() == qm.read_bytes(), (
        f"{committed.name} is stale: make translations"
    )


def test_every_string_of_the_desktop_is_in_the_catalogues(tmp_path):
    """lupdate over the UI (and the strings behind helpers) adds nothing new to the .ts."""
    sources = translation_tool.ui_sources(tmp_path)
    for lang in LANGUAGES:
        copy = tmp_path / f"homeward_{lang}.ts"
        shutil.copy(_ts(lang), copy)
        translation_tool.lupdate(copy, lang, sources)
        new = [
            f"{context}: {message.findtext('source')!r}"
            for context, message in _messages(copy)
            if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        ]
        assert not new, f"not translated into {lang} (make translations, then translate): {new}"


def test_helpers_and_label_tables_are_found_for_the_translators():
    found = set(translation_tool.wrapped_messages())
    # _t("…") with a context constant
    assert (
        "TransitionsBoard",
        "The date of birth is uncertain, so this date may move.",
        False,
    ) in found
    assert ("TeamPlanningTab", "4 or more rooms", False) in found  # self.tr(module.TABLE[key])
    assert ("TransitionsBoard", "Days left", False) in found  # a header tuple
    assert ("TransitionsBoard", "%n transition(s)", True) in found  # labels.plural
    assert ("Labels", "%n day(s) overdue", True) in found  # translate(_CONTEXT, …, n)
    assert ("PrintPreview", "The printer could not be started.", False) in found
    assert ("ReportsScreen", "Internal team", False) in found  # self.tr(TABLE[key])


def test_the_language_choice_is_kept_and_the_environment_overrides_it(qtbot, monkeypatch):
    monkeypatch.delenv(language.ENVIRONMENT_VARIABLE, raising=False)
    assert language.chosen_language() == ""
    assert language.effective_locale() == QLocale.system()
    dialog = language.LanguageDialog()
    qtbot.addWidget(dialog)
    names = [dialog.choice.itemText(i) for i in range(dialog.choice.count())]
    assert names == ["System default", "English", "Dansk", "Svenska", "Deutsch"]
    notes = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "next time Homeward starts" in notes
    dialog.choice.setCurrentIndex(dialog.choice.findData("sv"))
    dialog.accept()
    assert language.chosen_language() == "sv"
    assert language.effective_locale().language() == QLocale.Language.Swedish
    monkeypatch.setenv(language.ENVIRONMENT_VARIABLE, "de")
    assert language.effective_locale().language() == QLocale.Language.German
    again = language.LanguageDialog()
    qtbot.addWidget(again)
    assert again.choice.currentData() == "sv"
    again.choice.setCurrentIndex(0)
    again.accept()
    assert language.chosen_language() == ""


EXPECTED = {
    "da": {
        "nav": ["Min dag", "Min sagsstamme", "Overgange", "Bolig", "Partnertilbud", "Rapporter"],
        "headers": ["Sagsnummer", "Navn", "Alder", "Næste overgang", "Frist", "Dage tilbage"],
        "overdue": "dage over fristen",
        "count": "sager",
        "menu": "&Indstillinger",
        "month": "marts",
    },
    "sv": {
        "nav": ["Min dag", "Min ärendelista", "Övergångar", "Boende", "Partnerutbud", "Rapporter"],
        "headers": ["Ärendenummer", "Namn", "Ålder", "Nästa övergång", "Förfaller", "Dagar kvar"],
        "overdue": "dagar försenad",
        "count": "ärenden",
        "menu": "&Inställningar",
        "month": "mars",
    },
    "de": {
        "nav": [
            "Mein Tag",
            "Mein Fallbestand",
            "Übergänge",
            "Wohnen",
            "Partnerangebote",
            "Berichte",
        ],
        "headers": ["Aktenzeichen", "Name", "Alter", "Nächster Übergang", "Fällig", "Tage übrig"],
        "overdue": "Tage überfällig",
        "count": "Fälle",
        "menu": "&Einstellungen",
        "month": "März",
    },
}


@pytest.fixture
def in_language(qapp, monkeypatch):
    installed = []

    def start(lang: str) -> None:
        monkeypatch.setenv(language.ENVIRONMENT_VARIABLE, lang)
        installed.extend(language.install_translators(qapp))

    yield start
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_desktop_speaks_the_chosen_language(qtbot, demo_db, login, in_language, lang):
    in_language(lang)
    expected = EXPECTED[lang]
    assert QLocale().name().startswith(lang)
    win = MainWindow(demo_db, login("worker"))
    qtbot.addWidget(win)
    nav = [win.navigation.item(r).text() for r in range(win.navigation.count())]
    assert nav[:6] == expected["nav"]
    qtbot.waitUntil(lambda: "·" in win.pages["my_day"].heading.text(), timeout=5000)
    assert expected["month"] in win.pages["my_day"].heading.text()  # 16 March 2026, in words
    menus = [action.text() for action in win.menuBar().actions()]
    assert expected["menu"] in menus
    caseload = win.show_page("caseload")
    model = caseload.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(expected["headers"]))
    ]
    assert headers == expected["headers"]
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    days = [model.index(r, COL_DAYS).data() for r in range(model.rowCount())]
    assert any(expected["overdue"] in (d or "") for d in days), days
    assert expected["count"] in caseload.count_label.text()
    assert "(s)" not in caseload.count_label.text()


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate skips tr() inside an f-string, so such a text never reaches translators."""
    hidden = []
    for path in sorted((ROOT / "desktop_app" / "ui").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for joined in ast.walk(tree):
            if not isinstance(joined, ast.JoinedStr):
                continue
            for node in ast.walk(joined):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("tr", "translate")
                    and any(
                        isinstance(a, ast.Constant) and isinstance(a.value, str)
                        for a in node.args[:2]
                    )
                ):
                    hidden.append(f"{path.name}:{node.lineno}")
    assert not hidden, hidden


@pytest.mark.parametrize("lang", ["da", "sv", "de"])
def test_the_services_messages_show_in_the_chosen_language(
    qtbot, demo_db, login, in_language, lang
):
    """Validation and refusals come from the services in English; the desktop shows them
    through the gettext catalogue of the interface language."""
    import report_translations

    from desktop_app.ui.login import LoginDialog
    from desktop_app.ui.new_case_dialog import NewCaseDialog

    in_language(lang)
    catalogue = report_translations.read_po(report_translations.po_path(lang))
    dialog = NewCaseDialog(demo_db, login("worker"))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.family_name, "Haidari")
    qtbot.keyClicks(dialog.date_of_birth, "31.02.2008")
    dialog.create()
    assert dialog.created_reference is None
    assert dialog.errors["given_name"].text() == catalogue["A name is required."]
    fragment = catalogue["'{raw}' does not exist in the calendar"].format(raw="31.02.2008")
    assert dialog.errors["date_of_birth"].text() == fragment[0].upper() + fragment[1:] + "."

    login_dialog = LoginDialog(demo_db, username="worker")
    qtbot.addWidget(login_dialog)
    qtbot.keyClicks(login_dialog.password, "not the password")
    login_dialog.try_login()
    refused = (
        "The user name or password is not correct, or the account is locked after repeated "
        "failed logins (an administrator can unlock it)."
    )
    assert login_dialog.message.text() == catalogue[refused]


def test_every_audit_action_has_a_label_for_the_viewer():
    """A new audit.record(…, "some_action") needs its label, or the viewer shows the code."""
    from desktop_app.ui import labels

    recorded = set()
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "record"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
                and len(node.args) >= 3
            ):
                recorded |= {
                    c.value
                    for c in ast.walk(node.args[2])
                    if isinstance(c, ast.Constant) and isinstance(c.value, str)
                }
    assert len(recorded) > 50
    assert recorded <= set(labels.AUDIT_ACTIONS), sorted(recorded - set(labels.AUDIT_ACTIONS))


@pytest.mark.parametrize("lang", ["da", "sv", "de"])
def test_the_audit_log_names_its_actions_in_the_chosen_language(
    qtbot, demo_db, login, in_language, lang
):
    from desktop_app.ui.audit_viewer import AuditModel, AuditViewer

    in_language(lang)
    lead = login("lead")
    viewer = AuditViewer(demo_db, lead)
    qtbot.addWidget(viewer)
    rows = viewer.model.rows()
    logins = [i for i, r in enumerate(rows) if r.action == "login"]
    assert logins
    shown = viewer.model.data(viewer.model.index(logins[0], AuditModel.COL_ACTION))
    translated = QCoreApplication.translate("Labels", "Logged in")
    assert shown == translated and translated not in ("Logged in", "login")
    # The filter lists the same words and still filters by the code.
    items = {
        viewer.action_filter.itemText(i): viewer.action_filter.itemData(i)
        for i in range(viewer.action_filter.count())
    }
    assert items[translated] == "login"
