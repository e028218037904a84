"""Refresh the translators' .ts files from the desktop's strings and build the .qm files.

    .venv/bin/python tools/translations.py update          # what `make translations` runs
    .venv/bin/python tools/translations.py fill da da.tsv  # write translations into a .ts

pyside6-lupdate finds ``self.tr("…")``, ``QCoreApplication.translate("Context", "…")``
and ``QT_TRANSLATE_NOOP``. A few modules translate through a small module-level
helper (``_t("…")`` with the context in a constant) or translate labels kept in tuples
and dicts; lupdate cannot see those, so ``wrapped_messages`` finds them with the ``ast``
module and ``update`` hands them to lupdate as a generated file of plain calls.

``fill`` reads a tab-separated file of ``source<TAB>translation`` lines (``\\n`` for a
line break; plural forms separated by `` || ``) and fills every message of the .ts
with that source, removing ``type="unfinished"``; a ``Context::source`` line wins over a
plain one, for the few words whose translation depends on where they stand.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "desktop_app" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = ("da", "sv", "de")
HELPERS = ("_t", "_tr", "tr")

Message = tuple[str, str, bool]  # context, source, numerus


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            constants[node.targets[0].id] = node.value.value
    return constants


def _helper_contexts(tree: ast.Module, constants: dict[str, str]) -> dict[str, str]:
    """Module-level helpers like ``def _t(text): return translate(_CTX, text)``."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or node.name not in HELPERS:
            continue
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "translate"
                and call.args
            ):
                context = _string(call.args[0], constants)
                if context is not None:
                    helpers[node.name] = context
    return helpers


def _string(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _strings_of(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (tuple, list)):
        return [v for v in value if isinstance(v, str)]
    return []


def _resolve_table(module_name: str, tree: ast.Module, node: ast.expr) -> list[str]:
    """The strings of ``NAME``, ``self.NAME`` or ``module.NAME`` (a tuple or a dict)."""
    module = importlib.import_module(module_name)
    if isinstance(node, ast.Name):
        return _strings_of(getattr(module, node.id, None))
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        owner = node.value.id
        if owner == "self":
            for cls in (v for v in vars(module).values() if isinstance(v, type)):
                if cls.__module__ == module_name and node.attr in vars(cls):
                    return _strings_of(vars(cls)[node.attr])
            return []
        return _strings_of(getattr(getattr(module, owner, None), node.attr, None))
    return []


def wrapped_messages(ui_dir: Path = UI) -> list[Message]:
    """Messages translated through helpers and tables, which lupdate does not see."""
    sys.path.insert(0, str(ROOT))
    found: dict[Message, None] = {}
    for path in sorted(ui_dir.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_constants(tree)
        helpers = _helper_contexts(tree, constants)
        module_name = f"desktop_app.ui.{path.stem}"
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            # self.tr(TABLE[key]): labels kept in a tuple or dict, often in services/.
            for call in ast.walk(cls):
                if (
                    isinstance(call, ast.Call)
                    and call.args
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    and isinstance(call.func.value, ast.Name)
                    and call.func.value.id == "self"
                    and isinstance(call.args[0], ast.Subscript)
                ):
                    for text in _resolve_table(module_name, tree, call.args[0].value):
                        found[(cls.name, text, False)] = None
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not call.args:
                continue
            func = call.func
            if isinstance(func, ast.Name) and func.id in helpers:
                context = helpers[func.id]
                argument = call.args[0]
                if isinstance(argument, ast.Subscript):
                    for text in _resolve_table(module_name, tree, argument.value):
                        found[(context, text, False)] = None
                else:
                    text = _string(argument, {})
                    if text is not None:
                        found[(context, text, False)] = None
            elif (
                isinstance(func, ast.Attribute)
                and func.attr == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[0], ast.Name)
            ):
                # translate(_CONTEXT, "…"[, "", n]): lupdate skips a context in a constant.
                context = _string(call.args[0], constants)
                text = _string(call.args[1], {})
                if context is not None and text is not None:
                    found[(context, text, len(call.args) >= 4)] = None
            elif isinstance(func, ast.Attribute) and func.attr == "plural" and len(call.args) >= 2:
                context = _string(call.args[0], constants)
                text = _string(call.args[1], {})
                if context is not None and text is not None:
                    found[(context, text, True)] = None
    return list(found)


def extra_source(messages: list[Message]) -> str:
    """Python that lupdate reads: one class per context, so plurals are marked as such."""
    lines = ["# Generated by tools/translations.py for lupdate; never imported.", ""]
    by_context: dict[str, list[Message]] = {}
    for message in messages:
        by_context.setdefault(message[0], []).append(message)
    for context, items in sorted(by_context.items()):
        lines += [f"class {context}(QObject):", "    def strings(self, n):"]
        for _context, text, numerus in items:
            if numerus:
                lines.append(f"        self.tr({text!r}, '', n)")
            else:
                lines.append(f"        self.tr({text!r})")
        lines.append("")
    return "\n".join(lines) + "\n"


def ui_sources(extra_dir: Path) -> list[str]:
    """The files lupdate reads: every UI module and the generated file of wrapped strings."""
    extra = extra_dir / "wrapped_strings.py"
    extra.write_text(extra_source(wrapped_messages()), encoding="utf-8")
    return [*sorted(str(p) for p in UI.glob("*.py")), str(extra)]


def lupdate(ts: Path, language: str | None, sources: list[str]) -> None:
    command = [str(BIN / "pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
    if language:
        command += ["-target-language", language]
    subprocess.run([*command, *sources, "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )


def update() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sources = ui_sources(Path(tmp))
        for language in LANGUAGES:
            ts = TRANSLATIONS / f"homeward_{language}.ts"
            lupdate(ts, language, sources)
            lrelease(ts, ts.with_suffix(".qm"))


def read_tsv(path: Path) -> dict[str, list[str]]:
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        source, translation = line.split("\t", 1)
        forms = [f.replace("\\n", "\n") for f in translation.split(" || ")]
        table[source.replace("\\n", "\n")] = forms
    return table


def fill(ts: Path, table: dict[str, list[str]]) -> list[str]:
    """Fill the messages whose source is in the table; the sources still missing."""
    tree = ET.parse(ts)
    missing = []
    messages = [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = table.get(f"{context}::{source}", table.get(source))
        if forms is None:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for element in list(translation):
                translation.remove(element)
            for form in (forms * 2)[:2] if len(forms) == 1 else forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["fill"] and len(argv) == 3:
        ts = TRANSLATIONS / f"homeward_{argv[1]}.ts"
        missing = fill(ts, read_tsv(Path(argv[2])))
        for source in missing:
            print(f"untranslated: {source!r}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
