"""The gettext catalogues of the printed documents and of the services' messages:
resources/locale/<lang>/LC_MESSAGES/homeward.po/.mo

    .venv/bin/python tools/report_translations.py update   # what `make translations` runs
    .venv/bin/python tools/report_translations.py compile  # only rebuild the .mo files
    .venv/bin/python tools/report_translations.py fill da da.tsv  # msgid<TAB>translation lines

``update`` collects every ``_("…")`` of the report, domain, service and db modules (the
services mark their messages with ``domain.i18n.message as _``) and the fixed words the services
hand to the reports (checklist items, transition kinds, decisions, placements, offer states,
section and recipient names, the person's labels), merges them into each language's .po
(keeping the translations already there, dropping messages no longer used) and compiles the
.mo files. Only the standard library is needed, here and at run time.
"""

from __future__ import annotations

import ast
import re
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("da", "sv", "de")
SOURCES = (
    *sorted((ROOT / "desktop_app" / "reports").glob("*.py")),
    # The messages of the services (errors, import reports), marked with i18n.message as _.
    *sorted((ROOT / "desktop_app" / "domain").glob("*.py")),
    *sorted((ROOT / "desktop_app" / "services").rglob("*.py")),
    *sorted((ROOT / "desktop_app" / "demo").glob("*.py")),
    *sorted((ROOT / "desktop_app" / "db").glob("*.py")),
)
# Labels of the person table and fixed values the services put in it, and document titles.
EXTRA = (
    "Case summary",
    "Handover report",
    "Transitions report",
    "Caseload report",
    "Planning report",
    "Reference",
    "Name",
    "Preferred name",
    "Date of birth",
    "Age",
    "Sex",
    "Nationality",
    "Country of origin",
    "Languages",
    "Interpreter",
    "Not needed",
    "Needed",
    "Arrival",
    "Unaccompanied",
    "Legal guardian",
    "External references",
    "In after-care",
    "Household size",
    "Team",
    "Case status",
    "Yes",
    "No",
    "Open",
    "Male",
    "Female",
    "Other",
    "All cases you may see",
    "No primary worker",
    "Primary worker",
    "Worker changes in the last 12 months",
)
# Stored words the services print capitalised, with underscores as spaces.
STORED_WORDS = (
    "primary",
    "secondary",
    "planned",
    "active",
    "completed",
    "dropped",
    "job_coaching",
    "internship",
    "apprenticeship",
    "vocational_training",
    "school",
    "school_change",
    "municipality_transfer",
    "team_transfer",
    "aftercare_transfer",
    "housing",
    "education",
    "work",
    "health",
    "language",
    "social_network",
    "open",
    "in_progress",
    "achieved",
    "meeting",
    "phone",
    "home_visit",
    "other",
    # Documents and appointments in the case summary and the handover report.
    "decision",
    "permit",
    "lease",
    "consent",
    "certificate",
    "identity_document",
    "hearing",
    "viewing",
    "course",
    "kept",
    "missed",
)
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _calls(path: Path) -> list[str]:
    """The literal first arguments of every ``_(…)`` call in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "_"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append(node.args[0].value)
    return found


def messages() -> list[str]:
    """Every message the printed documents translate, in a stable order, without duplicates."""
    from desktop_app.domain import risk_levels
    from desktop_app.domain.checklist import CHECKLIST_LABELS
    from desktop_app.reports import base, lists
    from desktop_app.services.housing import units
    from desktop_app.services.report_data import case_report, recipients
    from desktop_app.services.transitions.listing import KIND_LABELS

    out: list[str] = []
    for path in SOURCES:
        out += _calls(path)
    out += [base.CONFIDENTIAL, *risk_levels.WORDS.values()]
    out += list(recipients.RECIPIENT_LABELS.values())
    out += list(recipients.SECTION_LABELS.values())
    out += list(case_report.DECISION_LABELS.values())
    out += list(case_report.PLACEMENT_LABELS.values())
    out += list(case_report.OFFER_STATE_LABELS.values())
    out += list(case_report.SUPPORT_OUTCOME_LABELS.values())
    out += list(units.UNIT_TYPES.values())
    out += list(case_report.PRECISION_LABELS.values())
    out += list(CHECKLIST_LABELS.values())
    out += list(KIND_LABELS.values())
    out += list(lists.KIND_SHORT.values())
    out += list(lists.OUTCOME_LABELS.values())
    out += list(EXTRA)
    out += [word.replace("_", " ").capitalize() for word in STORED_WORDS]
    return [m for m in dict.fromkeys(out) if m]


# --- .po files -------------------------------------------------------------------


def _unquote(text: str) -> str:
    return ast.literal_eval(text)


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def read_po(path: Path) -> dict[str, str]:
    """msgid → msgstr of a .po file (the header entry under "")."""
    catalogue: dict[str, str] = {}
    msgid: str | None = None
    msgstr: str | None = None
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if line.startswith("msgid "):
            if msgid is not None and msgstr is not None:
                catalogue[msgid] = msgstr
            msgid, msgstr, current = _unquote(line[6:]), None, "id"
        elif line.startswith("msgstr "):
            msgstr, current = _unquote(line[7:]), "str"
        elif line.startswith('"'):
            if current == "id" and msgid is not None:
                msgid += _unquote(line)
            elif current == "str" and msgstr is not None:
                msgstr += _unquote(line)
        elif not line or line.startswith("#"):
            current = None
    if msgid is not None and msgstr is not None:
        catalogue[msgid] = msgstr
    return catalogue


def header(language: str) -> str:
    return (
        "Project-Id-Version: Homeward\\n"
        f"Language: {language}\\n"
        "MIME-Version: 1.0\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Content-Transfer-Encoding: 8bit\\n"
    ).replace("\\n", "\n")


def write_po(path: Path, language: str, catalogue: dict[str, str], ids: list[str]) -> None:
    lines = [
        f"# Homeward's printed documents in {language}.",
        'msgid ""',
        f"msgstr {_quote(header(language))}",
        "",
    ]
    for msgid in ids:
        lines += [f"msgid {_quote(msgid)}", f"msgstr {_quote(catalogue.get(msgid, ''))}", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")


def write_mo(path: Path, catalogue: dict[str, str]) -> None:
    """A GNU .mo file of the translated messages (untranslated ones are left out)."""
    entries = sorted((k, v) for k, v in catalogue.items() if v or k == "")
    ids = [k.encode("utf-8") for k, _ in entries]
    strs = [v.encode("utf-8") for _, v in entries]
    count = len(entries)
    start = 7 * 4
    id_table = start
    str_table = id_table + count * 8
    data = str_table + count * 8
    offsets_ids, offsets_strs, blob = [], [], b""
    for raw in ids:
        offsets_ids.append((len(raw), data + len(blob)))
        blob += raw + b"\0"
    for raw in strs:
        offsets_strs.append((len(raw), data + len(blob)))
        blob += raw + b"\0"
    out = struct.pack("<7I", 0x950412DE, 0, count, id_table, str_table, 0, 0)
    out += b"".join(struct.pack("<2I", *o) for o in offsets_ids)
    out += b"".join(struct.pack("<2I", *o) for o in offsets_strs)
    path.write_bytes(out + blob)


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "homeward.po"


def compile_all() -> None:
    for language in LANGUAGES:
        po = po_path(language)
        write_mo(po.with_suffix(".mo"), read_po(po))


def update() -> None:
    ids = messages()
    for language in LANGUAGES:
        po = po_path(language)
        old = read_po(po) if po.exists() else {}
        write_po(po, language, old, ids)
        missing = [m for m in ids if not old.get(m)]
        if missing:
            print(f"{language}: {len(missing)} message(s) to translate", file=sys.stderr)
    compile_all()


def fill(language: str, tsv: str) -> None:
    """Write translations from `msgid<TAB>msgstr` lines (``\\n`` for a line break) into the
    language's catalogue, then rebuild the .mo files."""
    po = po_path(language)
    catalogue = read_po(po)
    ids = [m for m in catalogue if m]
    for line in Path(tsv).read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        source, translation = (part.replace("\\n", "\n") for part in line.split("\t", 1))
        if source in catalogue:
            catalogue[source] = translation
    write_po(po, language, catalogue, ids)
    compile_all()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "fill":
        fill(sys.argv[2], sys.argv[3])
    else:
        {"update": update, "compile": compile_all}[command]()
