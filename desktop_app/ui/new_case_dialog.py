"""A new case, with a warning about likely duplicates before it is created."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import DateFormatError, parse_date_with_precision
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import duplicates, editing, person_fields
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.ui import labels
from desktop_app.ui.icons import icon
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.tones import set_tone


class NewCaseDialog(QDialog):
    FIELDS = ("given_name", "family_name", "date_of_birth", "sex", "nationality", "languages")

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._actor = actor
        self.created_reference: str | None = None
        # Duplicates found here and merged (a team lead): the case kept.
        self.merged_into: str | None = None
        self.setWindowTitle(self.tr("New case"))
        self.setWindowIcon(icon("new_case"))
        self.setMinimumWidth(520)
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.date_of_birth = QLineEdit()
        self.date_of_birth.setPlaceholderText(self.tr("YYYY-MM-DD, DD.MM.YYYY, YYYY-MM or YYYY"))
        self.date_of_birth.setToolTip(
            self.tr("Type only the month or the year when the exact date is not known.")
        )
        self.sex = QComboBox()
        for code in labels.SEXES:
            self.sex.addItem(labels.label(labels.SEXES, code), code)
        self.sex.setCurrentIndex(self.sex.findData("unknown"))
        self.nationality = QLineEdit()
        self.nationality.setPlaceholderText(self.tr("Country name or ISO code"))
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(self.tr("Names or ISO codes, separated by ;"))
        # A team lead chooses the primary worker; a social worker becomes it.
        self.worker = QComboBox()
        self.worker.setObjectName("new_primary_worker")
        with database.session() as session:
            workers = editing.assignable_workers(session, actor)
        if workers:
            self.worker.addItem(self.tr("(no primary worker yet)"), None)
            for w in workers:
                self.worker.addItem(f"{w.full_name} ({w.username})", w.user_id)
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, text, editor in (
            ("given_name", self.tr("Given name(s)"), self.given_name),
            ("family_name", self.tr("Family name"), self.family_name),
            ("date_of_birth", self.tr("Date of birth"), self.date_of_birth),
            ("sex", self.tr("Sex"), self.sex),
            ("nationality", self.tr("Nationality"), self.nationality),
            ("languages", self.tr("Languages"), self.languages),
        ):
            editor.setObjectName(f"new_{name}")
            form.addRow(text, editor)
            error = QLabel()
            error.setObjectName(f"newError_{name}")
            set_tone(error, "error")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[name] = error
        if self.worker.count():
            form.addRow(self.tr("Primary worker"), self.worker)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_tone(self.message, "error")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create case"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "given_name": self.given_name.text().strip(),
            "family_name": self.family_name.text().strip(),
            "date_of_birth": self.date_of_birth.text().strip(),
            "sex": self.sex.currentData(),
            "nationality": self.nationality.text().strip(),
            "languages": self.languages.text().strip(),
        }

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            if name in errors:
                label.setText(message_text(errors[name]))
                label.show()
            else:
                label.hide()
        other = [m for k, m in errors.items() if k not in self.errors]
        self.message.setText("; ".join(message_text(m) for m in other))
        self.message.setVisible(bool(other))

    def confirm_duplicates(self, found: list[duplicates.DuplicateCandidate]) -> bool:
        """Ask before creating a case that may already exist; True to create it anyway."""
        lines = []
        for d in found:
            if d.visible:
                lines.append(f"• {d.reference}: {d.name}, {d.birth_year}, {d.team or ''}")
            else:
                lines.append(
                    self.tr("• %1: a similar case in %2 (ask that team)")
                    .replace("%1", d.reference)
                    .replace("%2", d.team or self.tr("another team"))
                )
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Possible duplicate"))
        box.setText(
            self.tr(
                "Homeward already holds a young person with a similar name, the same birth year "
                "and nationality. Please check this is not the same person:"
            )
            + "\n\n"
            + "\n".join(lines)
        )
        create = box.addButton(
            self.tr("Create a new case anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        # Two of the cases found may be one person already: a team lead merges them.
        visible = [d.reference for d in found if d.visible]
        merge = None
        if self._actor.role is Role.TEAM_LEAD and len(visible) >= 2:
            merge = box.addButton(self.tr("Merge two of them…"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if merge is not None and box.clickedButton() is merge:
            self.merge_duplicates(visible[0], visible[1])
            return False
        return box.clickedButton() is create

    def merge_duplicates(self, keep: str, other: str) -> None:
        """Compare two existing cases found as likely duplicates, and merge them."""
        from desktop_app.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(self._database, self._actor, keep, other, self)
        if dialog.exec() and dialog.merged_into:
            self.merged_into = dialog.merged_into

    def create(self) -> None:
        values = self.values()
        precision = "exact"
        try:
            dob, parsed_precision = parse_date_with_precision(values["date_of_birth"])
            precision = parsed_precision.value
            values["date_of_birth"] = dob.isoformat()
        except DateFormatError:
            dob = None  # the service names the problem
        values["dob_precision"] = precision
        try:
            with self._database.session() as session:
                person_fields.clean_case_values(values, creating=True)
                found = duplicates.likely_duplicates(
                    session,
                    self._actor,
                    values["given_name"],
                    values["family_name"],
                    dob,
                    values["nationality"],
                )
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except HomewardError as exc:
            self._show_errors({"_": error_text(exc)})
            return
        if found and not self.confirm_duplicates(found):
            return
        try:
            with self._database.session() as session:
                case = editing.create_case(
                    session, self._actor, values, primary_worker_id=self.worker.currentData()
                )
                self.created_reference = case.reference
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except HomewardError as exc:
            self._show_errors({"_": error_text(exc)})
            return
        self.accept()
