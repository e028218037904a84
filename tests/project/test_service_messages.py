"""The services' messages reach a Danish, Swedish or German worker in their language.

Services raise errors worded in English and marked with ``i18n.message as _``; the
command line prints the English, the desktop translates through the gettext catalogue.
A message that is not marked never reaches the translators: the static check below
fails on any user error raised with a bare string or f-string.
"""

from __future__ import annotations

import ast
import pickle
import re
import sys
from pathlib import Path

import pytest

from desktop_app.domain import i18n
from desktop_app.domain.i18n import Message, gettext_for, message, sentence, text_of, translated
from desktop_app.services.cases import person_fields
from desktop_app.services.errors import HomewardError, PermissionDeniedError, ValidationError
from desktop_app.services.housing import units
from tests.support.paths import REPO

ROOT = REPO
sys.path.insert(0, str(ROOT / "tools"))
import report_translations  # noqa: E402

MODULES = sorted(
    p
    for folder in ("services", "domain", "db")
    for p in (ROOT / "desktop_app" / folder).rglob("*.py")
)
# Calls whose argument at this position is a message for the user.
MESSAGE_ARGUMENTS = {"problem": 1, "deny": 2, "RowProblem": 3}
DOMAIN_ERRORS = {
    "OfferMoveRefused",
    "DateFormatError",
    "UnknownCodeError",
    "EncryptionUnavailableError",
    "DatabaseTooNewError",
}


def _user_error_names() -> set[str]:
    import desktop_app.services.exchange.exporter
    import desktop_app.services.exchange.importer
    import desktop_app.services.report_data.recipients
    import desktop_app.services.storage.database
    import desktop_app.services.team.reassignment
    import desktop_app.services.trust.backup  # noqa: F401

    names, todo = set(), [HomewardError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names | DOMAIN_ERRORS


def _bare(node: ast.AST | None) -> bool:
    """A literal sentence or an f-string: English that no translator sees."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return " " in node.value.strip()
    if isinstance(node, ast.IfExp):
        return _bare(node.body) or _bare(node.orelse)
    return False


def _unmarked(path: Path, errors: set[str]) -> list[str]:
    found = []
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidates: list[ast.AST] = []
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in errors:
                first = node.exc.args[0]
                candidates = list(first.values) if isinstance(first, ast.Dict) else [first]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            index = MESSAGE_ARGUMENTS.get(node.func.id)
            if index is not None and len(node.args) > index:
                candidates = [node.args[index]]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "append"
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "reasons"
        ):
            candidates = list(node.args[:1])
        elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
            target = node.targets[0].value
            if isinstance(target, ast.Name) and "error" in target.id:
                candidates = [node.value]
        found += [f"{where}:{c.lineno}" for c in candidates if c is not None and _bare(c)]
    return found


def test_every_message_for_the_user_is_marked_for_translation():
    errors = _user_error_names()
    assert {"ValidationError", "PermissionDeniedError", "BackupError"} <= errors
    unmarked = [where for path in MODULES for where in _unmarked(path, errors)]
    assert not unmarked, unmarked


def test_the_check_would_catch_an_unmarked_message(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f(errors, name, session, actor):\n"
        "    errors['a'] = f'{name} is wrong.'\n"
        "    raise NotFoundError('No such case.')\n"
        "    raise deny(session, actor, 'read this')\n"
        "    raise NotFoundError(_('No such case.'))\n",
        encoding="utf-8",
    )
    found = _unmarked(sample, _user_error_names())
    assert [w.rsplit(":", 1)[1] for w in found] == ["2", "3", "4"]


def test_a_message_is_english_text_that_remembers_how_to_translate_itself():
    text = message("No team called '{name}' (teams: {teams}).", name="Nord", teams=message("none"))
    assert text == "No team called 'Nord' (teams: none)."
    assert isinstance(text, str)
    catalogue = {
        "No team called '{name}' (teams: {teams}).": "Intet team hedder '{name}' (teams: {teams}).",
        "none": "ingen",
    }
    assert (
        text.translated(lambda m: catalogue.get(m, m)) == "Intet team hedder 'Nord' (teams: ingen)."
    )
    # A translation that lost or renamed a placeholder falls back to the English.
    assert text.translated(lambda m: "Intet team hedder {navn}" if "{name}" in m else m) == str(
        text
    )
    # Errors keep the message; str() gives plain English, as the command line prints it.
    error = HomewardError(text)
    assert str(error) == str(text) and type(str(error)) is str
    assert text_of(error) is text
    # It survives a trip to another process (the import runs off the GUI thread).
    again = pickle.loads(pickle.dumps(text))
    assert isinstance(again, Message) and again.translated(lambda m: catalogue.get(m, m)) == (
        "Intet team hedder 'Nord' (teams: ingen)."
    )
    # Fragments become sentences in whatever language they are shown.
    frag = sentence(message("'{raw}' is not a known country", raw="Narnia"))
    assert frag == "'Narnia' is not a known country."
    assert frag.translated(lambda m: "'{raw}' er ikke et kendt land") == (
        "'Narnia' er ikke et kendt land."
    )
    # Numbers keep their format specification.
    assert message("must be {minimum:g} or more.", minimum=1.0) == "must be 1 or more."


def test_every_kind_of_message_survives_a_trip_to_another_process():
    # Documents drawn in worker processes carry amounts, countries and joined words too.
    danish = gettext_for("da")
    for text in (
        i18n.number(4152),
        i18n.country("ER"),
        i18n.Joined([message("accepted"), message("declined")], message("or")),
        sentence(message("'{raw}' is not a known country", raw="Narnia")),
    ):
        again = pickle.loads(pickle.dumps(text))
        assert type(again) is type(text) and str(again) == str(text)
        assert again.translated(danish) == text.translated(danish)
    assert pickle.loads(pickle.dumps(i18n.number(4152))).translated(danish) == "4.152"


@pytest.mark.parametrize("language", report_translations.LANGUAGES)
def test_every_marked_message_has_a_translation(language):
    catalogue = report_translations.read_po(report_translations.po_path(language))
    marked = {m for path in MODULES for m in report_translations._calls(path)}
    assert len(marked) > 300
    missing = sorted(m for m in marked if not catalogue.get(m))
    assert not missing, missing[:10]
    same = [m for m in marked if catalogue[m] == m and re.search(r"[a-z]{4} [a-z]{3}", m)]
    assert not same, same[:10]  # a sentence "translated" into itself is English left behind


@pytest.mark.parametrize("language", report_translations.LANGUAGES)
def test_a_validation_error_of_the_services_reads_in_each_language(language):
    gettext = gettext_for(language)
    catalogue = report_translations.read_po(report_translations.po_path(language))
    with pytest.raises(ValidationError) as caught:
        person_fields.clean_case_values(
            {
                "given_name": "",
                "family_name": "Haidari",
                "date_of_birth": "31.02.2008",
                "nationality": "Narnia",
            },
            creating=True,
        )
    errors = caught.value.errors
    assert errors["given_name"] == "A name is required."  # English for the command line
    assert translated(errors["given_name"], gettext) == catalogue["A name is required."]
    assert translated(errors["given_name"], gettext) != "A name is required."
    # A fragment of the date parser, made a sentence after translation.
    assert errors["date_of_birth"] == "'31.02.2008' does not exist in the calendar."
    fragment = catalogue["'{raw}' does not exist in the calendar"].format(raw="31.02.2008")
    assert translated(errors["date_of_birth"], gettext) == (
        fragment[0].upper() + fragment[1:] + "."
    )
    country = translated(errors["nationality"], gettext)
    assert "Narnia" in country and country != str(errors["nationality"])


def test_a_refusal_and_a_permission_denial_read_in_german(demo_db, login):
    gettext = gettext_for("de")
    with demo_db.session() as session, pytest.raises(ValidationError) as caught:
        units.save_unit(session, login("lead"), {"address": "Birkenweg 4", "rooms": "0"})
    reason = caught.value.errors["rooms"]
    assert reason == "must be 1 or more."
    catalogue = report_translations.read_po(report_translations.po_path("de"))
    assert translated(reason, gettext) == catalogue["must be {minimum:g} or more."].format(
        minimum=1
    )
    assert translated(reason, gettext) != reason
    with demo_db.session() as session, pytest.raises(PermissionDeniedError) as denied:
        units.save_unit(session, login("worker"), {"address": "Birkenweg 4"})
    english = str(denied.value)
    assert english.startswith("Permission denied")
    german = translated(text_of(denied.value), gettext)
    assert german != english and "Permission" not in german


def test_the_language_module_knows_every_catalogue():
    assert set(report_translations.LANGUAGES) == set(i18n.LANGUAGES) - {"en"}
