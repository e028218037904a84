"""Export from the app: file chosen in a dialog, written on the background worker, refusals shown."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.services.cases import caseload
from desktop_app.ui import export_actions


def test_export_caseload_as_filtered_to_xlsx(qtbot, demo_db, login, tmp_path, monkeypatch) -> None:
    lead = login("lead")
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "red"  # no suffix: the chosen filter decides
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")),
    )
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    flt = caseload.CaseloadFilter(risks=("red",))
    with demo_db.session() as session:
        expected = [r.reference for r in caseload.list_cases(session, lead, flt)]
    operation = export_actions.export_caseload(parent, demo_db, lead, flt)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20000)
    assert operation.error is None
    assert shown == [f"{len(expected)} cases were exported to red.xlsx."]
    workbook = load_workbook(tmp_path / "red.xlsx", read_only=True)
    rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    assert [r[0] for r in rows[1:]] == expected


def test_export_cancelled_in_the_dialog_does_nothing(qtbot, demo_db, login, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert export_actions.export_statistics(None, demo_db, login("lead")) is None


def test_statistics_refused_for_a_social_worker_shows_the_reason(
    qtbot, demo_db, login, tmp_path, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warnings.append(text))
    )
    target = tmp_path / "stats.csv"
    operation = export_actions.export_statistics(None, demo_db, login("worker"), path=target)
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20000)
    assert warnings and "Permission denied" in warnings[0]
    assert not target.exists()


def test_statistics_written_with_a_given_path(qtbot, demo_db, login, tmp_path) -> None:
    target = tmp_path / "stats.csv"
    counts: list[int] = []
    operation = export_actions.export_statistics(
        None, demo_db, login("coordinator"), path=target, on_done=counts.append
    )
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20000)
    style = export_actions.spreadsheet_style()
    with Path(target).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=style.delimiter))
    assert counts == [len(rows)] and rows
    assert "Municipality" in rows[0]  # headings in words, not codes


def test_a_danish_users_csv_opens_in_danish_excel(
    qtbot, qapp, demo_db, login, tmp_path, monkeypatch
) -> None:
    """Semicolons (Danish Excel reads a comma as the decimal mark), UTF-8 with a BOM, and
    Danish headings; the command line's CSV stays as it is (tests/services/exchange/test_export_cases.py)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop_app.ui import language

    monkeypatch.setenv(language.ENVIRONMENT_VARIABLE, "da")
    installed = language.install_translators(qapp)
    try:
        target = tmp_path / "sagsstamme.csv"
        operation = export_actions.export_caseload(
            None, demo_db, login("lead"), caseload.CaseloadFilter(), path=target, on_done=print
        )
        assert operation is not None
        qtbot.waitUntil(lambda: operation.done, timeout=20000)
        assert target.read_bytes().startswith(b"\xef\xbb\xbf")
        header = target.read_text(encoding="utf-8-sig").splitlines()[0]
        assert header.split(";")[:3] == ["Sagsnummer", "Fornavn", "Efternavn"], header
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale.system())
