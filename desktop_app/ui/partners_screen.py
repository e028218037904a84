"""The Partners' offers screen: the registries of language courses and of employment and
education programmes, with their places left.

Team leads and coordinators create, edit, retire and reinstate courses and programmes;
social workers read them here and enrol young people from a case's Language and Work tabs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import partners as rules
from desktop_app.services import changes
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError
from desktop_app.services.partners import access, courses, programmes
from desktop_app.services.partners.courses import CourseFilter, CourseRow
from desktop_app.services.partners.programmes import ProgrammeFilter, ProgrammeRow
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.change_signal import follow_changes
from desktop_app.ui.messages import error_text
from desktop_app.ui.partners_dialogs import CourseDialog, FormDialog, ProgrammeDialog
from desktop_app.ui.partners_models import (
    course_state,
    courses_model,
    period,
    places_text,
    programme_state,
    programmes_model,
)
from desktop_app.ui.tables import RowTableModel, current_object, select_object, table_view

_CONTEXT = "Partners"


def _t(text: str) -> str:
    # One context for the module: the registry pages share their base class's words, and
    # Qt would look a base class's self.tr() up under the subclass's name.
    return QCoreApplication.translate(_CONTEXT, text)


class _RegistryPage(QWidget):
    """One registry: filters above its list, the chosen entry's details and the editors'
    buttons below."""

    kind = ""  # "course" or "programme", for the object names
    shows: frozenset[str] = frozenset()  # the kinds of change that alter the list

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.can_edit = access.can_edit_registry(actor)
        # Another screen's enrolment or another PC's edit changes the places left.
        self.follower = follow_changes(self, database, self.shows, lambda: self.reload())
        self.message = QLabel()
        self.message.setObjectName(f"{self.kind}Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.search = QLineEdit()
        self.search.setObjectName(f"{self.kind}Search")
        self.search.setAccessibleName(_t("Search"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.municipality = QComboBox()
        self.municipality.setObjectName(f"{self.kind}Place")
        self.municipality.setAccessibleName(_t("Place"))
        self.open_only = QCheckBox(_t("Free places only"))
        self.open_only.setObjectName(f"{self.kind}OpenOnly")
        self.include_old = QCheckBox(_t("Ended and retired too"))
        self.include_old.setObjectName(f"{self.kind}IncludeOld")
        self.municipality.currentIndexChanged.connect(lambda _i: self.reload())
        for box in (self.open_only, self.include_old):
            box.toggled.connect(lambda _on: self.reload())
        self.model: RowTableModel[Any] = self.make_model()
        self.view = table_view(self.model, f"{self.kind}sView", sortable=True, title=self.title())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._selected())
        self.view.doubleClicked.connect(lambda _i: self.edit())
        self.details = QLabel()
        self.details.setObjectName(f"{self.kind}Details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        self.count.setObjectName(f"{self.kind}Count")
        self.new_button = QPushButton()
        self.new_button.setObjectName(f"new_{self.kind}")
        self.new_button.clicked.connect(self.create)
        self.edit_button = QPushButton(_t("Edit…"))
        self.edit_button.setObjectName(f"edit_{self.kind}")
        self.edit_button.clicked.connect(self.edit)
        self.retire_button = QPushButton(_t("Retire"))
        self.retire_button.setObjectName(f"retire_{self.kind}")
        self.retire_button.clicked.connect(self.toggle_retired)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.retire_button):
            button.setVisible(self.can_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        filters = QHBoxLayout()
        for widget in self.filter_widgets():
            filters.addWidget(widget)
        filters.addWidget(self.municipality)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.open_only)
        filters.addWidget(self.include_old)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

    # --- what each registry says its own way --------------------------------------------

    def make_model(self) -> RowTableModel[Any]:
        raise NotImplementedError

    def title(self) -> str:
        raise NotImplementedError

    def filter_widgets(self) -> list[QWidget]:
        """The registry's own filters, made while the page is built."""
        return []

    def filtered(self) -> bool:
        return bool(
            self.search.text().strip()
            or self.municipality.currentData()
            or self.open_only.isChecked()
        )

    def empty_text(self) -> str:
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        raise NotImplementedError

    def dialog(self, row: Any | None) -> FormDialog:
        raise NotImplementedError

    def retired_text(self, row: Any, retired: bool) -> str:
        raise NotImplementedError

    # --- loading ------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.follower.read()
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        try:
            with self.database.session() as session:
                towns = self.places_in(session)
                rows = self.rows_in(session)
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return
        chosen = self.municipality.currentData()
        self.municipality.blockSignals(True)
        self.municipality.clear()
        self.municipality.addItem(_t("All places"), None)
        for town in towns:
            self.municipality.addItem(town, town)
        self.municipality.setCurrentIndex(max(0, self.municipality.findData(chosen)))
        self.municipality.blockSignals(False)
        self.model.set_rows(rows)
        self.view.set_placeholder(  # type: ignore[attr-defined]
            _t("Nothing matches the filters.") if self.filtered() else self.empty_text()
        )
        self.count.setText(_t("%1 shown").replace("%1", str(len(rows))))
        if rows and not select_object(self.view, lambda r: r.id == wanted):
            self.view.selectRow(0)
        self._selected()

    def places_in(self, session: Any) -> list[str]:
        raise NotImplementedError

    def rows_in(self, session: Any) -> list[Any]:
        raise NotImplementedError

    def selected(self) -> Any:
        return current_object(self.view)

    def _selected(self) -> None:
        row = self.selected()
        self.edit_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None)
        if row is None:
            self.details.setText("")
            return
        self.retire_button.setText(_t("Reinstate") if row.retired else _t("Retire"))
        self.details.setText(self.describe(row))

    # --- actions --------------------------------------------------------------------

    def _run_dialog(self, row: Any | None) -> None:
        dialog = self.dialog(row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            saved = getattr(dialog, "saved", None)
            self.message.setText(
                _t("%1 saved.").replace("%1", saved.code if saved is not None else "")
            )
            self.reload(saved.id if saved is not None else None)

    def create(self) -> None:
        if self.can_edit:
            self._run_dialog(None)

    def edit(self) -> None:
        row = self.selected()
        if row is not None and self.can_edit:
            self._run_dialog(row)

    def toggle_retired(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            with self.database.session() as session:
                self.set_retired_in(session, row, not row.retired)
        except HomewardError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.retired_text(row, not row.retired))
        self.reload(row.id)

    def set_retired_in(self, session: Any, row: Any, retired: bool) -> None:
        raise NotImplementedError


class CoursesPage(_RegistryPage):
    kind = "course"
    shows = frozenset({changes.COURSE})

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.search.setPlaceholderText(_t("Code, course or provider"))
        self.new_button.setText(_t("New course…"))

    def make_model(self) -> RowTableModel[CourseRow]:
        return courses_model(self)

    def title(self) -> str:
        return _t("Language courses")

    def filter_widgets(self) -> list[QWidget]:
        self.level = QComboBox()
        self.level.setObjectName("courseLevel")
        self.level.setAccessibleName(_t("Level"))
        self.level.addItem(_t("All levels"), None)
        for level in rules.CEFR_LEVELS:
            self.level.addItem(level, level)
        self.level.currentIndexChanged.connect(lambda _i: self.reload())
        return [self.level]

    def filtered(self) -> bool:
        return super().filtered() or self.level.currentData() is not None

    def course_filter(self) -> CourseFilter:
        old = self.include_old.isChecked()
        return CourseFilter(
            level=self.level.currentData(),
            municipality=self.municipality.currentData(),
            open_places_only=self.open_only.isChecked(),
            include_retired=old,
            include_ended=old,
            search=self.search.text(),
        )

    def places_in(self, session: Any) -> list[str]:
        return courses.municipalities(session, self.actor)

    def rows_in(self, session: Any) -> list[CourseRow]:
        return courses.list_courses(session, self.actor, self.course_filter())

    def empty_text(self) -> str:
        if self.can_edit:
            return _t(
                "No language courses yet. Add the courses of the language schools with "
                "New course…: provider, place, CEFR level, dates, hours a week and places."
            )
        return _t(
            "No language courses yet. Your team lead or coordinator adds the courses of the "
            "language schools here."
        )

    def describe(self, c: CourseRow) -> str:
        parts = [
            f"{c.code} · {c.name} ({c.cefr_level})",
            ", ".join(filter(None, [c.provider, c.municipality])),
            period(c.start_date, c.end_date),
            _t("places: %1").replace("%1", places_text(c.places, c.places_left)),
            course_state(c),
        ]
        return " · ".join(p for p in parts if p)

    def dialog(self, row: CourseRow | None) -> FormDialog:
        return CourseDialog(self.database, self.actor, row, self)

    def set_retired_in(self, session: Any, row: CourseRow, retired: bool) -> None:
        courses.set_course_retired(session, self.actor, row.id, retired)

    def retired_text(self, row: CourseRow, retired: bool) -> str:
        text = (
            _t("%1 retired: no longer offered; its enrolments stay as they are.")
            if retired
            else _t("%1 reinstated: offered again.")
        )
        return text.replace("%1", row.code)


class ProgrammesPage(_RegistryPage):
    kind = "programme"
    shows = frozenset({changes.EMPLOYMENT})

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(database, actor, parent)
        self.search.setPlaceholderText(_t("Code, programme or organisation"))
        self.new_button.setText(_t("New programme…"))

    def make_model(self) -> RowTableModel[ProgrammeRow]:
        return programmes_model(self)

    def title(self) -> str:
        return _t("Employment and education programmes")

    def filter_widgets(self) -> list[QWidget]:
        self.programme_type = QComboBox()
        self.programme_type.setObjectName("programmeType")
        self.programme_type.setAccessibleName(_t("Type"))
        self.programme_type.addItem(_t("All types"), None)
        for code in rules.PROGRAMME_TYPES:
            self.programme_type.addItem(labels.label(labels.PROGRAMMES, code), code)
        self.programme_type.currentIndexChanged.connect(lambda _i: self.reload())
        return [self.programme_type]

    def filtered(self) -> bool:
        return super().filtered() or self.programme_type.currentData() is not None

    def programme_filter(self) -> ProgrammeFilter:
        old = self.include_old.isChecked()
        return ProgrammeFilter(
            programme_type=self.programme_type.currentData(),
            municipality=self.municipality.currentData(),
            open_places_only=self.open_only.isChecked(),
            include_retired=old,
            include_ended=old,
            search=self.search.text(),
        )

    def places_in(self, session: Any) -> list[str]:
        return programmes.municipalities(session, self.actor)

    def rows_in(self, session: Any) -> list[ProgrammeRow]:
        return programmes.list_programmes(session, self.actor, self.programme_filter())

    def empty_text(self) -> str:
        if self.can_edit:
            return _t(
                "No programmes yet. Add the job coaching, internships, apprenticeships, "
                "vocational training and school places of your partners with New programme…"
            )
        return _t(
            "No programmes yet. Your team lead or coordinator adds the partners' employment "
            "and education programmes here."
        )

    def describe(self, p: ProgrammeRow) -> str:
        parts = [
            f"{p.code} · {p.name}",
            labels.label(labels.PROGRAMMES, p.programme_type),
            ", ".join(filter(None, [p.organisation, p.municipality])),
            period(p.start_date, p.end_date),
            _t("places: %1").replace("%1", places_text(p.places, p.places_left)),
            programme_state(p),
        ]
        return " · ".join(part for part in parts if part)

    def dialog(self, row: ProgrammeRow | None) -> FormDialog:
        return ProgrammeDialog(self.database, self.actor, row, self)

    def set_retired_in(self, session: Any, row: ProgrammeRow, retired: bool) -> None:
        programmes.set_programme_retired(session, self.actor, row.id, retired)

    def retired_text(self, row: ProgrammeRow, retired: bool) -> str:
        text = (
            _t("%1 retired: no longer offered; the support in it stays as it is.")
            if retired
            else _t("%1 reinstated: offered again.")
        )
        return text.replace("%1", row.code)


class PartnersScreen(QWidget):
    """Partners' offers: language courses and employment or education programmes."""

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.actor = actor
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partnersTabs")
        self.courses = CoursesPage(database, actor)
        self.programmes = ProgrammesPage(database, actor)
        self.tabs.addTab(self.courses, _t("Language courses"))
        self.tabs.addTab(self.programmes, _t("Employment and education programmes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()

    def reload(self) -> None:
        """Read both registries again (places change as young people are enrolled)."""
        for page in (self.courses, self.programmes):
            page.reload()
