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
    with Path(target).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert counts == [len(rows)] and rows
