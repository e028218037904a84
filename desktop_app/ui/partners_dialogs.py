"""The forms of the partners' registries: a language course and an employment or education
programme, created or edited; the service checks them and names each wrong field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import partners as rules
from desktop_app.services import clock
from desktop_app.services.actor import Actor
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.partners import courses, programmes
from desktop_app.services.partners.courses import CourseRow
from desktop_app.services.partners.programmes import ProgrammeRow
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.case_tab import error_palette
from desktop_app.ui.messages import error_text, message_text


class FormDialog(QDialog):
    """A form whose fields show the service's reason under them; it stays open until the
    service accepts what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("formError")
        self.general_error.setPalette(error_palette(self.general_error))
        self.general_error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, title: str, editor: QWidget) -> None:
        editor.setObjectName(f"field_{name}")
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setPalette(error_palette(error))
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(editor)
        box.addWidget(error)
        self.form.addRow(title, holder)
        if title:
            label = self.form.labelForField(holder)
            if isinstance(label, QLabel):
                label.setBuddy(editor)
            editor.setAccessibleName(title.replace("&", ""))
            date = editor.focusProxy()  # an optional date: its tick box and its editor
            if date is not None:
                date.setAccessibleName(title.replace("&", ""))
                for known in editor.findChildren(QCheckBox, "dateKnown"):
                    known.setAccessibleName(
                        self.tr("%1 is known").replace("%1", title.replace("&", ""))
                    )

    def show_errors(self, errors: dict[str, str]) -> None:
        other = []
        for name, label in self.errors.items():
            label.setVisible(name in errors)
            label.setText(message_text(errors.get(name, "")))
        for name, text in errors.items():
            if name not in self.errors:
                other.append(f"{name}: {message_text(text)}")
        self.general_error.setText("\n".join(other))

    def try_save(self) -> bool:
        """Save through the service; on a refusal the reasons show and the form stays open."""
        try:
            self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except HomewardError as exc:
            self.show_errors({})
            self.general_error.setText(error_text(exc))
            return False
        self.accept()
        return True

    def save(self) -> None:  # pragma: no cover - each form saves its own way
        raise NotImplementedError


def date_field(value: date | None, *, optional: bool) -> tuple[QWidget, Callable[[], date | None]]:
    """A date editor; optional ones have a tick box ("not set" when unticked)."""
    edit = QDateEdit(labels.qdate(value or clock.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if not optional:
        return edit, lambda: labels.pydate(edit.date())
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    known = QCheckBox()
    known.setObjectName("dateKnown")
    known.setChecked(value is not None)
    edit.setEnabled(value is not None)
    known.toggled.connect(edit.setEnabled)
    row.addWidget(known)
    row.addWidget(edit, 1)
    holder.setFocusProxy(edit)
    return holder, lambda: labels.pydate(edit.date()) if known.isChecked() else None


class CourseDialog(FormDialog):
    """Create or edit a language course of the registry."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        course: CourseRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("courseDialog")
        self.database, self.actor, self.course = database, actor, course
        self.saved: CourseRow | None = None
        self.setWindowTitle(
            self.tr("Edit course %1").replace("%1", course.code)
            if course
            else self.tr("New language course")
        )
        self.code = QLineEdit(course.code if course else "")
        self.code.setPlaceholderText(self.tr("made when empty"))
        self.name = QLineEdit(course.name if course else "")
        self.name.setPlaceholderText(self.tr("e.g. Danish 2, module 3"))
        self.provider = QLineEdit(course.provider or "" if course else "")
        self.provider.setPlaceholderText(self.tr("the language school"))
        self.municipality = QLineEdit(course.municipality or "" if course else "")
        self.level = QComboBox()
        for level in rules.CEFR_LEVELS:
            self.level.addItem(level, level)
        if course:
            self.level.setCurrentIndex(max(0, self.level.findData(course.cefr_level)))
        self.language = QLineEdit(course.language or "" if course else "")
        self.language.setPlaceholderText(self.tr("e.g. da"))
        start, self.start = date_field(course.start_date if course else None, optional=True)
        end, self.end = date_field(course.end_date if course else None, optional=True)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, courses.MAX_HOURS_PER_WEEK)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSpecialValueText(self.tr("not known"))
        self.hours.setValue(course.hours_per_week or 0 if course else 0)
        self.places = QSpinBox()
        self.places.setRange(1, 10_000)
        self.places.setValue(course.places or 1 if course else 12)
        for name, title, editor in (
            ("code", self.tr("Code"), self.code),
            ("name", self.tr("Course"), self.name),
            ("provider", self.tr("Provider"), self.provider),
            ("municipality", self.tr("Place (municipality)"), self.municipality),
            ("cefr_level", self.tr("CEFR level"), self.level),
            ("language", self.tr("Language"), self.language),
            ("start_date", self.tr("Starts"), start),
            ("end_date", self.tr("Ends"), end),
            ("hours_per_week", self.tr("Hours a week"), self.hours),
            ("places", self.tr("Places"), self.places),
        ):
            self.add_field(name, title, editor)

    def values(self) -> dict[str, Any]:
        return {
            "code": self.code.text(),
            "name": self.name.text(),
            "provider": self.provider.text(),
            "municipality": self.municipality.text(),
            "cefr_level": self.level.currentData(),
            "language": self.language.text(),
            "start_date": self.start(),
            "end_date": self.end(),
            "hours_per_week": self.hours.value() or None,
            "places": self.places.value(),
        }

    def save(self) -> None:
        with self.database.session() as session:
            self.saved = courses.save_course(
                session, self.actor, self.values(), self.course.id if self.course else None
            )


class ProgrammeDialog(FormDialog):
    """Create or edit an employment or education programme of the registry."""

    def __init__(
        self,
        database: Database,
        actor: Actor,
        programme: ProgrammeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programmeDialog")
        self.database, self.actor, self.programme = database, actor, programme
        self.saved: ProgrammeRow | None = None
        self.setWindowTitle(
            self.tr("Edit programme %1").replace("%1", programme.code)
            if programme
            else self.tr("New programme")
        )
        self.code = QLineEdit(programme.code if programme else "")
        self.code.setPlaceholderText(self.tr("made when empty"))
        self.name = QLineEdit(programme.name if programme else "")
        self.name.setPlaceholderText(self.tr("e.g. Job coaching for young adults"))
        self.kind = QComboBox()
        for code in rules.PROGRAMME_TYPES:
            self.kind.addItem(labels.label(labels.PROGRAMMES, code), code)
        if programme:
            self.kind.setCurrentIndex(max(0, self.kind.findData(programme.programme_type)))
        self.organisation = QLineEdit(programme.organisation if programme else "")
        self.organisation.setPlaceholderText(self.tr("school, employer or job centre"))
        self.municipality = QLineEdit(programme.municipality or "" if programme else "")
        start, self.start = date_field(programme.start_date if programme else None, optional=True)
        end, self.end = date_field(programme.end_date if programme else None, optional=True)
        self.places = QSpinBox()
        self.places.setRange(1, 10_000)
        self.places.setValue(programme.places or 1 if programme else 5)
        for name, title, editor in (
            ("code", self.tr("Code"), self.code),
            ("name", self.tr("Programme"), self.name),
            ("programme_type", self.tr("Type"), self.kind),
            ("organisation", self.tr("Organisation"), self.organisation),
            ("municipality", self.tr("Place (municipality)"), self.municipality),
            ("start_date", self.tr("Starts"), start),
            ("end_date", self.tr("Ends"), end),
            ("places", self.tr("Places"), self.places),
        ):
            self.add_field(name, title, editor)

    def values(self) -> dict[str, Any]:
        return {
            "code": self.code.text(),
            "name": self.name.text(),
            "programme_type": self.kind.currentData(),
            "organisation": self.organisation.text(),
            "municipality": self.municipality.text(),
            "start_date": self.start(),
            "end_date": self.end(),
            "places": self.places.value(),
        }

    def save(self) -> None:
        with self.database.session() as session:
            self.saved = programmes.save_programme(
                session, self.actor, self.values(), self.programme.id if self.programme else None
            )
