"""The case record: one young person, one tab per part of the record, with saving,
validation and conflict handling, and the case's closure and merging.

The page reads the record (plain values, `services.cases.record_data`), shows the header,
and saves the person fields together (Save, Ctrl+S), with a conflict dialog when someone
else saved meanwhile. Each tab is its own widget (`ui/case_*_tab.py`), built and filled the
first time it is shown; after a change the tab in front is filled again at once and the
others when they are next shown. Ctrl+Tab / Ctrl+PgDn (and back with Shift / PgUp) and
Alt+1…9, Alt+0 move between the tabs.

A worker asks to close the case here ("Ask to close…"); the request waits on the record
until the team lead approves or returns it, here or on the team screen. The team lead also
merges a duplicate into the case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import age_on, effective_birth_date, is_uncertain
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.cases import editing, opening
from desktop_app.services.cases.record_data import CaseRecord
from desktop_app.services.errors import ConflictError, HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.case_appointments_tab import CaseAppointmentsTab
from desktop_app.ui.case_belonging_tab import CaseBelongingTab
from desktop_app.ui.case_closing import ClosurePanel
from desktop_app.ui.case_contacts_tab import CaseContactsTab
from desktop_app.ui.case_documents_tab import CaseDocumentsTab
from desktop_app.ui.case_housing_tab import CaseHousingTab
from desktop_app.ui.case_language_tab import CaseLanguageTab
from desktop_app.ui.case_life_plan_tab import CaseLifePlanTab
from desktop_app.ui.case_notes_tab import CaseNotesTab
from desktop_app.ui.case_person_tab import CasePersonTab, PersonForm, display_value
from desktop_app.ui.case_tab import error_palette
from desktop_app.ui.case_transitions_tab import CaseTransitionsTab, risk_badge_html
from desktop_app.ui.case_work_tab import CaseWorkTab
from desktop_app.ui.case_workers_tab import CaseWorkersTab
from desktop_app.ui.conflict_dialog import ConflictDialog
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text, reasons_text
from desktop_app.ui.tones import set_tone


@dataclass
class _Tab:
    """A tab of the page: its place in the tab widget, and the widget once it is built."""

    holder: QWidget
    build: Callable[[], QWidget]
    widget: QWidget | None = None
    stale: bool = False


class CaseRecordPage(QWidget):
    """A case record. Person fields are saved together with Save (Ctrl+S); ticks, notes,
    tasks, goals and check-ins are saved as they are added."""

    saved = Signal(str)
    close_requested = Signal()
    title_changed = Signal(str)

    def __init__(
        self, database: Database, actor: Actor, reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.reference = reference
        self.record: CaseRecord | None = None
        self.base_version = 0
        self.base_snapshot: dict[str, Any] = {}
        self._was_dirty: bool | None = None
        with database.session() as session:
            self._take(opening.open_case(session, actor, reference))
        assert self.record is not None
        # A merged duplicate's reference opens the case it was merged into: that one's.
        self.reference = self.record.case.reference
        self.can_edit = self.record.can_edit

        # header
        self.name_label = QLabel()
        self.name_label.setObjectName("caseName")
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("caseSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the person record (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        # Closes the record's tab, not the case: "Ask to close…" is for ending the case.
        self.close_button = QPushButton(icon("close"), self.tr("Close tab"))
        self.close_button.setObjectName("closeTabButton")
        self.close_button.setToolTip(
            self.tr("Close this record's tab (Ctrl+W); the case stays open")
        )
        self.close_button.clicked.connect(self.close_requested)
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("dirtyLabel")
        set_tone(self.dirty_label, "warning")
        self.closing = ClosurePanel(self)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.summary_label)
        header.addLayout(titles, 1)
        header.addWidget(self.dirty_label)
        header.addWidget(self.closing.ask_button)
        header.addWidget(self.closing.merge_button)
        header.addWidget(self.save_button)
        header.addWidget(self.close_button)
        self.message = QLabel()
        self.message.setObjectName("recordMessage")
        self.message.setPalette(error_palette(self.message))
        self.message.setWordWrap(True)
        self.message.hide()
        # What a step did (a closure asked for, approved…), until the next step.
        self.notice = QLabel()
        self.notice.setObjectName("recordNotice")
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.hide()

        # The tabs, each built the first time it is shown.
        self.form = PersonForm()
        self.form.changed.connect(self._update_dirty)
        self.person_tab: CasePersonTab | None = None
        self.contacts_tab: CaseContactsTab | None = None
        self.transitions_tab: CaseTransitionsTab | None = None
        self.housing_tab: CaseHousingTab | None = None
        self.language_tab: CaseLanguageTab | None = None
        self.work_tab: CaseWorkTab | None = None
        self.workers_tab: CaseWorkersTab | None = None
        self.life_plan_tab: CaseLifePlanTab | None = None
        self.notes_tab: CaseNotesTab | None = None
        self.belonging_tab: CaseBelongingTab | None = None
        self.documents_tab: CaseDocumentsTab | None = None
        self.appointments_tab: CaseAppointmentsTab | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        self._tabs: list[_Tab] = []
        for title, name, build in (
            (self.tr("Person and legal status"), "person_tab", self._person_tab),
            (self.tr("Transitions"), "transitions_tab", lambda: CaseTransitionsTab(self)),
            (self.tr("Housing"), "housing_tab", self._housing_tab),
            (self.tr("Language"), "language_tab", lambda: CaseLanguageTab(self)),
            (self.tr("Work and education"), "work_tab", lambda: CaseWorkTab(self)),
            (self.tr("Workers and continuity"), "workers_tab", lambda: CaseWorkersTab(self)),
            (self.tr("Contacts and consents"), "contacts_tab", lambda: CaseContactsTab(self)),
            (self.tr("Life plan"), "life_plan_tab", lambda: CaseLifePlanTab(self)),
            (self.tr("Notes and tasks"), "notes_tab", lambda: CaseNotesTab(self)),
            (self.tr("Belonging"), "belonging_tab", lambda: CaseBelongingTab(self)),
            (self.tr("Documents"), "documents_tab", self._documents_tab),
            (self.tr("Appointments"), "appointments_tab", self._appointments_tab),
        ):
            holder = QWidget()
            holder.setObjectName(f"{name}_holder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._tabs.append(_Tab(holder, self._builder(name, build)))
            self.tabs.addTab(holder, title)
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.closing)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self._keys()
        self._show_record(reload_form=True)
        self._tab_shown(self.tabs.currentIndex())

    def _keys(self) -> None:
        """Ctrl+Tab / Ctrl+PgDn to the next tab, with Shift or PgUp back; Alt+1…9 and Alt+0
        to a tab by its place. Anywhere in the record, whichever field has the focus."""
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcuts: list[QShortcut] = []

        def key(sequence: str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        for sequence in ("Ctrl+Tab", "Ctrl+PgDown"):
            key(sequence, lambda: self.step_tab(1))
        for sequence in ("Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"):
            key(sequence, lambda: self.step_tab(-1))
        for number in range(10):
            place = 9 if number == 0 else number - 1
            key(f"Alt+{number}", lambda place=place: self.go_to_tab(place))

    def leave_keys_to_menus(self) -> None:
        """In the main window the Case menu's actions answer these keys (and say them in
        the menu); two owners of one key would leave Qt pressing neither."""
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)

    def step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def go_to_tab(self, index: int) -> None:
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    # --- the tabs ----------------------------------------------------------------------

    def _builder(self, name: str, build: Callable[[], QWidget]) -> Callable[[], QWidget]:
        def built() -> QWidget:
            widget = build()
            setattr(self, name, widget)
            return widget

        return built

    def _person_tab(self) -> QWidget:
        return CasePersonTab(self, self.form)

    def _housing_tab(self) -> QWidget:
        tab = CaseHousingTab(self.database, self.actor, self.reference)
        tab.changed.connect(self._housing_changed)
        return tab

    def _documents_tab(self) -> QWidget:
        tab = CaseDocumentsTab(self.database, self.actor, self.reference, self.can_edit_now())
        tab.reload()
        return tab

    def _appointments_tab(self) -> QWidget:
        assert self.record is not None
        case = self.record.case
        offers = [(o.id, f"{o.unit.address} ({o.state})") for o in self.record.offers]
        tab = CaseAppointmentsTab(
            self.database,
            self.actor,
            self.reference,
            self.can_edit_now(),
            interpreter_needed=bool(case.interpreter_needed),
            interpreter_language=case.interpreter_language,
            offers=offers,
        )
        tab.changed.connect(lambda: self.saved.emit(self.reference))
        tab.reload()
        return tab

    def _tab_shown(self, index: int) -> None:
        """Build a tab when it is first shown; fill it again if the record changed since."""
        if not 0 <= index < len(self._tabs):
            return
        tab = self._tabs[index]
        if tab.widget is None:
            tab.widget = tab.build()
            layout = tab.holder.layout()
            assert layout is not None
            layout.addWidget(tab.widget)
        elif tab.stale:
            tab.widget.reload()  # type: ignore[attr-defined]
        tab.stale = False

    def show_tab(self, title: str) -> Any:
        """Show the tab with this title (building it if needed) and return its widget."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                self.tabs.setCurrentIndex(index)
                self._tab_shown(index)
                return self._tabs[index].widget
        raise KeyError(title)

    def _housing_changed(self) -> None:
        # The housing tab has already read its offers again; the rest of the record follows.
        self.reload(fresh=self.housing_tab)
        self.saved.emit(self.reference)

    # --- loading ----------------------------------------------------------------------

    def _take(self, record: CaseRecord) -> None:
        self.record = record
        self.base_version = record.case.version
        self.base_snapshot = editing.snapshot(record.case)

    def nav_title(self) -> str:
        assert self.record is not None
        star = " •" if self.is_dirty() else ""
        return f"{self.record.case.display_name} ({self.reference}){star}"

    def _show_record(self, *, reload_form: bool) -> None:
        record = self.record
        assert record is not None
        case = record.case
        today = clock.today()
        birth = effective_birth_date(case.date_of_birth, case.dob_precision)
        age = age_on(birth, today)
        uncertain = is_uncertain(case.dob_precision)
        self.name_label.setText(f"<h2>{case.display_name}</h2>")
        age_text = (
            self.tr("age ≈%1 (date of birth %2)")
            .replace("%1", str(age))
            .replace("%2", labels.label(labels.PRECISIONS, case.dob_precision))
            if uncertain
            else self.tr("age %1").replace("%1", str(age))
        )
        worker = (
            record.primary_worker.full_name
            if record.primary_worker
            else self.tr("no primary worker")
        )
        parts = [case.reference, age_text, record.team_name or self.tr("no team"), worker]
        if case.status != "open":
            parts.append(self.tr("CLOSED"))
        if record.aliases:
            parts.append(self.tr("also %1 (merged)").replace("%1", ", ".join(record.aliases)))
        # The same "next transition" as the caseload list shows.
        nxt = next(
            (
                t
                for t in record.transitions
                if t.kind == case.next_kind and t.due_date == case.next_due_date
            ),
            None,
        )
        summary = " · ".join(parts)
        if nxt is not None:
            next_word = self.tr("Next")
            summary += (
                f"<br>{next_word}: {labels.label(labels.KINDS, nxt.kind)} "
                f"{nxt.due_date.isoformat()} ({labels.days_text(nxt.days_left)}) "
                f"{risk_badge_html(nxt.risk)}"
            )
        if not record.can_edit:
            summary += "<br><i>" + self.tr("You may read this case but not change it.") + "</i>"
        self.summary_label.setText(summary)
        if reload_form:
            self.form.load(case, record.can_edit)
        self.save_button.setEnabled(record.can_edit)
        self.closing.show_record(record)
        self._update_dirty()

    def reload(self, *, keep_form: bool = True, fresh: QWidget | None = None) -> None:
        """Re-read the record after a change; unsaved person edits stay in the form.

        If only we changed the case since the form was loaded (a tick, a note), the
        form adopts the new version; if someone else changed the person fields, the
        old version is kept so Save shows the conflict. The tab in front is filled
        again at once, the others (but `fresh`, which is up to date) when next shown.
        """
        dirty = keep_form and self.is_dirty()
        with self.database.session() as session:
            record = opening.open_case(session, self.actor, self.reference, audit_read=False)
        # Merged into another case meanwhile: the reference now names that one.
        self.reference = record.case.reference
        if dirty:
            if editing.snapshot(record.case) == self.base_snapshot:
                self.base_version = record.case.version
            self.record = record
        else:
            self._take(record)
        self._show_record(reload_form=not dirty)
        for tab in self._tabs:
            tab.stale = tab.widget is not None and tab.widget is not fresh
        self._tab_shown(self.tabs.currentIndex())
        self.title_changed.emit(self.nav_title())

    # --- changes saved at once ------------------------------------------------------

    def can_edit_now(self) -> bool:
        return bool(self.record and self.record.can_edit)

    def apply(self, action: Callable[[Any], object]) -> object:
        """Run one service change in its own unit of work, then re-read the record; a refusal
        (nothing saved) is raised for the dialog that asked to show it."""
        with self.database.session() as session:
            result = action(session)
        self.message.hide()
        self.reload()
        self.saved.emit(self.reference)
        return result

    def run(self, action: Callable[[Any], object], error_label: QLabel | None = None) -> bool:
        """Run one service change in its own unit of work, then re-read the record."""
        try:
            self.apply(action)
        except ValidationError as exc:
            text = reasons_text(exc.errors, "; ")
            self._show_message(text, error_label)
            return False
        except HomewardError as exc:
            self._show_message(error_text(exc), error_label)
            return False
        if error_label is not None:
            error_label.clear()
        return True

    def show_message(self, text: str) -> None:
        self._show_message(text, None)

    def show_notice(self, text: str) -> None:
        """Say what a step did (not an error), until the next step."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _show_message(self, text: str, label: QLabel | None) -> None:
        target = label or self.message
        target.setText(text)
        target.show()

    # --- the person record: save, conflicts, unsaved changes ----------------------------

    def is_dirty(self) -> bool:
        return bool(self.form.changes())

    def _update_dirty(self) -> None:
        dirty = self.is_dirty()
        self.dirty_label.setText(self.tr("Unsaved changes") if dirty else "")
        # Emit only when the state flips, not on every keystroke.
        if self.record is not None and dirty != self._was_dirty:
            self._was_dirty = dirty
            self.title_changed.emit(self.nav_title())

    def save(self) -> bool:
        """Save the changed person fields in one transaction; True when nothing is left unsaved."""
        if not self.can_edit_now():
            return False
        changes = self.form.changes()
        if not changes:
            return True
        try:
            with self.database.session() as session:
                editing.update_case(session, self.actor, self.reference, self.base_version, changes)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            unknown = {k: v for k, v in exc.errors.items() if k not in self.form.errors}
            self._show_message(
                self.tr("Not saved: please correct the marked fields.")
                + (" " + "; ".join(unknown.values()) if unknown else ""),
                None,
            )
            self.tabs.setCurrentIndex(0)
            return False
        except ConflictError as exc:
            return self._resolve_conflict(exc, changes)
        except HomewardError as exc:
            self._show_message(error_text(exc), None)
            return False
        self.message.hide()
        self.form.clear_errors()
        self.reload(keep_form=False)
        self.saved.emit(self.reference)
        return True

    def _resolve_conflict(self, exc: ConflictError, mine: dict[str, Any]) -> bool:
        with self.database.session() as session:
            current = opening.open_case(session, self.actor, self.reference, audit_read=False).case
            theirs = {name: display_value(current, name) for name in self.form.editors}
            theirs["dob_precision"] = current.dob_precision
            theirs["sex"] = current.sex
            their_version = current.version
        dialog = ConflictDialog(
            error_text(exc),
            [(n, t) for n, t, _k, _c in self.form.field_specs()],
            self.form.original(),
            mine,
            theirs,
            self,
        )
        choice = dialog.exec_choice()
        if choice == ConflictDialog.TAKE_THEIRS:
            self.reload(keep_form=False)
            self.message.hide()
            return True
        if choice == ConflictDialog.KEEP_MINE:
            # The user has seen the other changes and chooses to save theirs over them.
            self.base_version = their_version
            return self.save()
        self._show_message(
            self.tr("Not saved: someone else changed this case. Review and save again."), None
        )
        return False

    def confirm_close(self) -> bool:
        """Ask what to do with unsaved changes; False keeps the record open."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("%1 has unsaved changes. Save them before closing?").replace(
                "%1", self.record.case.display_name if self.record else self.reference
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() and not self.is_dirty()
        return answer == QMessageBox.StandardButton.Discard
