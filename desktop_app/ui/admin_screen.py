"""Administration: users, teams, settings, backups and the audit log (administrators only).

Backups, restores and the database check run on the background worker with
a progress dialog; the services check every permission again.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.checklist import (
    AGE_GROUPS,
    CHECKLIST_LABELS,
    DEFAULT_CHECKLIST,
    SECURE_ITEMS,
    TRANSITION_KINDS,
)
from desktop_app.domain.transitions import AgeGroup, TransitionKind, secure_item_for
from desktop_app.services import settings
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import HomewardError, ValidationError
from desktop_app.services.storage.database import Database
from desktop_app.services.trust import backup, users
from desktop_app.services.trust.permissions import require_admin
from desktop_app.ui import labels
from desktop_app.ui.audit_viewer import AuditViewer
from desktop_app.ui.messages import error_text, message_text
from desktop_app.ui.operations import Operation, Progress, run_operation
from desktop_app.ui.tables import (
    Column,
    RowTableModel,
    select_object,
    selected_object,
    table_view,
)


class NewUserDialog(QDialog):
    """A new user, or (`existing`) a user's name, role and team changed."""

    def __init__(
        self,
        team_names: list[str],
        parent: QWidget | None = None,
        existing: users.UserRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("New user")
            if existing is None
            else self.tr("Change %1").replace("%1", existing.username)
        )
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("newFullName")
        self.role = QComboBox()
        self.role.setObjectName("newRole")
        for role in Role:
            self.role.addItem(labels.label(labels.ROLES, str(role)), str(role))
        self.team = QComboBox()
        self.team.setObjectName("newTeam")
        self.team.addItem(self.tr("(no team)"), None)
        for name in team_names:
            self.team.addItem(name, name)
        self.password = QLineEdit(users.generate_initial_password())
        self.password.setObjectName("newPassword")
        note = QLabel(self.tr("The user must change this initial password at the first login."))
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Team"), self.team)
        if existing is None:
            form.addRow(self.tr("&Initial password"), self.password)
            form.addRow(note)
        else:
            self.username.setText(existing.username)
            self.username.setReadOnly(True)
            self.full_name.setText(existing.full_name)
            self.role.setCurrentIndex(max(0, self.role.findData(existing.role)))
            self.team.setCurrentIndex(max(0, self.team.findData(existing.team)))
            self.password.hide()
            note.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AdministrationScreen(QWidget):
    """Tabs: Users, Teams, Settings, Backups, Audit log."""

    backup_finished = Signal(str)
    restore_finished = Signal(str)

    def __init__(self, database: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        require_admin(actor)
        self._database = database
        self._actor = actor
        self.operation: Operation | None = None
        self.setObjectName("administrationScreen")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._users_tab(), self.tr("Users"))
        self.tabs.addTab(self._teams_tab(), self.tr("Teams"))
        self.tabs.addTab(self._settings_tab(), self.tr("Settings"))
        self.tabs.addTab(self._backup_tab(), self.tr("Backups"))
        self.audit_viewer = AuditViewer(database, actor)
        self.tabs.addTab(self.audit_viewer, self.tr("Audit log"))
        layout = QVBoxLayout(self)
        for warning in database.warnings:
            note = QLabel(message_text(warning))
            note.setObjectName("networkWarning")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.tabs)
        self.refresh()

    # --- helpers ---------------------------------------------------------

    def _run(self, fn: Any) -> bool:
        """Run a short service call in one unit of work; show a user error plainly."""
        try:
            with self._database.session() as session:
                fn(session)
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Administration"), error_text(exc))
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        with self._database.session() as session:
            self.users_model.set_rows(users.list_users(session, self._actor))
            self.teams_model.set_rows(users.list_teams(session, self._actor))
            for key, widget in self.setting_widgets.items():
                value = settings.get(session, key)
                if isinstance(widget, QSpinBox):
                    widget.setValue(int(value))
                else:
                    widget.setText("" if value is None else str(value))
            rules = asdict(settings.transition_rules(session))
            for key, spin in self.rule_widgets.items():
                spin.setValue(int(rules[key]))
            self._stored_templates = settings.checklist_templates(session)
        self._templates = {
            kind: {group: list(items) for group, items in groups.items()}
            for kind, groups in self._stored_templates.items()
        }
        self._show_checklist()
        self._list_backups()

    # --- users -----------------------------------------------------------

    def _users_tab(self) -> QWidget:
        page = QWidget()
        yes, no = self.tr("yes"), self.tr("no")
        self.users_model: RowTableModel[users.UserRow] = RowTableModel(
            [
                Column(self.tr("User name"), lambda r: r.username),
                Column(self.tr("Name"), lambda r: r.full_name),
                Column(self.tr("Role"), lambda r: labels.label(labels.ROLES, r.role)),
                Column(self.tr("Team"), lambda r: r.team),
                Column(self.tr("Active"), lambda r: yes if r.active else no),
                Column(self.tr("Locked"), lambda r: yes if r.locked else no),
                Column(
                    self.tr("Must change password"), lambda r: yes if r.must_change_password else no
                ),
            ],
            self,
        )
        self.users_table = table_view(
            self.users_model, "usersTable", sortable=True, title=self.tr("Users")
        )
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("newUser", self.tr("New user…"), self.new_user),
            ("editUser", self.tr("Change name, role or team…"), self.edit_user),
            ("toggleUser", self.tr("Disable / enable"), self.toggle_user),
            ("resetPassword", self.tr("Reset password…"), self.reset_password),
            ("unlockUser", self.tr("Unlock"), self.unlock_user),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.users_table)
        return page

    def selected_username(self) -> str | None:
        row = selected_object(self.users_table)
        return row.username if row else None

    def select_user(self, username: str) -> None:
        select_object(self.users_table, lambda r: r.username == username)

    def new_user(self) -> None:
        dialog = NewUserDialog([t.name for t in self.teams_model.rows() if t.active], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda s: users.create_user(
                s,
                self._actor,
                dialog.username.text(),
                dialog.full_name.text(),
                dialog.role.currentData(),
                dialog.password.text(),
                dialog.team.currentData(),
            )
        )

    def edit_user(self) -> None:
        name = self.selected_username()
        if name is None:
            QMessageBox.information(
                self, self.tr("Administration"), self.tr("Choose a user in the list first.")
            )
            return
        row = next(r for r in self.users_model.rows() if r.username == name)
        dialog = NewUserDialog([t.name for t in self.teams_model.rows() if t.active], self, row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        team = dialog.team.currentData()
        if self._run(
            lambda s: users.update_user(
                s,
                self._actor,
                name,
                full_name=dialog.full_name.text(),
                role=dialog.role.currentData(),
                team=team,
                clear_team=team is None,
            )
        ):
            self._done(self.tr("%1 was changed.").replace("%1", name))
        self.select_user(name)

    def _done(self, text: str) -> None:
        """Say that an action is done (the window's status bar, when there is one)."""
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    def toggle_user(self) -> None:
        name = self.selected_username()
        if name is None:
            return
        row = next(r for r in self.users_model.rows() if r.username == name)
        self._run(lambda s: users.set_active(s, self._actor, name, not row.active))
        self.select_user(name)

    def reset_password(self) -> None:
        name = self.selected_username()
        if name is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Reset password"),
            self.tr("Give %1 a new initial password? The old one stops working.").replace(
                "%1", name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        result: list[str] = []
        if self._run(lambda s: result.append(users.reset_password(s, self._actor, name))):
            QMessageBox.information(
                self,
                self.tr("Reset password"),
                self.tr("The new initial password for %1 is: %2")
                .replace("%1", name)
                .replace("%2", result[0]),
            )
        self.select_user(name)

    def unlock_user(self) -> None:
        name = self.selected_username()
        if name is not None:
            self._run(lambda s: users.unlock(s, self._actor, name))
            self.select_user(name)

    # --- teams -----------------------------------------------------------

    def _teams_tab(self) -> QWidget:
        page = QWidget()
        yes, no = self.tr("yes"), self.tr("no")
        self.teams_model: RowTableModel[users.TeamRow] = RowTableModel(
            [
                Column(self.tr("Team"), lambda t: t.name),
                Column(self.tr("Municipality"), lambda t: t.municipality),
                Column(self.tr("Active"), lambda t: yes if t.active else no),
                Column(self.tr("Members"), lambda t: t.members),
            ],
            self,
        )
        self.teams_table = table_view(
            self.teams_model, "teamsTable", sortable=True, title=self.tr("Teams")
        )
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("newTeam", self.tr("New team…"), self.new_team),
            ("renameTeam", self.tr("Name and municipality…"), self.rename_team),
            ("toggleTeam", self.tr("Deactivate / activate"), self.toggle_team),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.teams_table)
        return page

    def _selected_team(self) -> Any:
        return selected_object(self.teams_table)

    def new_team(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New team"), self.tr("Team name"))
        if not ok or not name.strip():
            return
        # Where the team works (the statistics export counts by it); it may stay empty.
        municipality, ok = QInputDialog.getText(self, self.tr("New team"), self.tr("Municipality"))
        if ok:
            self._run(lambda s: users.create_team(s, self._actor, name, municipality))

    def rename_team(self) -> None:
        team = self._selected_team()
        if team is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename team"), self.tr("New name"), text=team.name
        )
        if not ok or not name.strip():
            return
        municipality, ok = QInputDialog.getText(
            self, self.tr("Rename team"), self.tr("Municipality"), text=team.municipality or ""
        )
        if ok:
            self._run(
                lambda s: users.update_team(
                    s, self._actor, team.name, new_name=name, municipality=municipality
                )
            )

    def toggle_team(self) -> None:
        team = self._selected_team()
        if team is not None:
            self._run(
                lambda s: users.update_team(s, self._actor, team.name, active=not team.active)
            )

    # --- settings --------------------------------------------------------

    def _settings_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.setting_widgets: dict[str, QLineEdit | QSpinBox] = {}
        setting_labels = {
            "organisation_name": self.tr("Organisation name"),
            "lockout_attempts": self.tr("Failed logins before lockout"),
            "lockout_minutes": self.tr("Lockout (minutes)"),
            "idle_lock_minutes": self.tr("Lock the window after idle (minutes)"),
            "backup_folder": self.tr("Daily backup folder (empty: the data folder)"),
            "backup_keep": self.tr("Daily backups kept"),
            "retention_months": self.tr("Keep closed cases for (months)"),
            "calendar_reminder_days": self.tr("Calendar reminder before a transition (days)"),
        }
        for key, label in setting_labels.items():
            if settings.EDITABLE_SETTINGS[key] is int:
                spin = QSpinBox()
                low, high = settings.SETTING_LIMITS[key]
                spin.setRange(low, high)
                widget: QLineEdit | QSpinBox = spin
            else:
                widget = QLineEdit()
            widget.setObjectName(f"setting_{key}")
            self.setting_widgets[key] = widget
            form.addRow(label, widget)
        rule_labels = {
            "move_out_days": self.tr("Days to move out after a status grant"),
            "aftercare_end_age": self.tr("Age at which after-care ends"),
            "permit_warning_days": self.tr("List a permit expiry from (days before)"),
            "lookback_days": self.tr("Keep overdue transitions listed for (days)"),
            "red_within_days": self.tr("Red when due within (days) without housing"),
            "amber_within_days": self.tr("Amber when due within (days)"),
            "amber_readiness_below": self.tr("… and readiness below (%)"),
        }
        self.rule_widgets: dict[str, QSpinBox] = {}
        for key, label in rule_labels.items():
            spin = QSpinBox()
            spin.setRange(*settings.RULE_LIMITS[key])
            spin.setObjectName(f"rule_{key}")
            self.rule_widgets[key] = spin
            form.addRow(label, spin)
        # One checklist per transition kind and age group (under 18 on the due date or not).
        self.checklist_for = QComboBox()
        self.checklist_for.setObjectName("checklistFor")
        self.checklist_for.setAccessibleName(self.tr("Checklist for"))
        for kind in TRANSITION_KINDS:
            for group in AGE_GROUPS:
                who = self.tr("adults") if group == "adult" else self.tr("under 18")
                self.checklist_for.addItem(
                    f"{labels.label(labels.KINDS, kind)} — {who}", f"{kind}/{group}"
                )
        self.checklist_for.setCurrentIndex(self.checklist_for.findData("turns_18/adult"))
        self._shown_template: tuple[str, str] = ("turns_18", "adult")
        self._stored_templates: dict[str, dict[str, list[str]]] = {}
        self._templates: dict[str, dict[str, list[str]]] = {}
        self.checklist_for.currentIndexChanged.connect(self._switch_checklist)
        form.addRow(self.tr("Readiness checklist for"), self.checklist_for)
        self.checklist_boxes: dict[str, QCheckBox] = {}
        checklist = QWidget()
        grid = QGridLayout(checklist)
        grid.setContentsMargins(0, 0, 0, 0)
        # The adults' items first, then those of a minor's or a permit's checklist.
        for number, key in enumerate(dict.fromkeys([*DEFAULT_CHECKLIST, *CHECKLIST_LABELS])):
            box = QCheckBox(labels.label(labels.CHECKLIST, key))
            box.setObjectName(f"checklist_{key}")
            self.checklist_boxes[key] = box
            grid.addWidget(box, number // 2, number % 2)
        form.addRow(self.tr("Readiness checklist"), checklist)
        self.save_settings_button = QPushButton(self.tr("Save settings"))
        self.save_settings_button.setObjectName("saveSettings")
        self.save_settings_button.clicked.connect(self.save_settings)
        form.addRow(self.save_settings_button)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        return scroll

    def save_settings(self) -> None:
        values = {
            key: (w.value() if isinstance(w, QSpinBox) else w.text())
            for key, w in self.setting_widgets.items()
        }
        rules = {key: spin.value() for key, spin in self.rule_widgets.items()}
        self._keep_shown_checklist()
        try:
            # One unit of work: nothing is saved when any value is refused.
            with self._database.session() as session:
                settings.update_settings(session, self._actor, values)
                settings.update_rules(session, self._actor, rules)
                for kind, groups in self._templates.items():
                    for group, items in groups.items():
                        if items != self._stored_templates.get(kind, {}).get(group):
                            settings.update_checklist_template(
                                session, self._actor, kind, group, items
                            )
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Settings"), error_text(exc))
            return
        self.refresh()

    def _keep_shown_checklist(self) -> None:
        """The ticks on screen into the template they show (in the standard order)."""
        kind, group = self._shown_template
        if kind in self._templates:
            self._templates[kind][group] = [
                key
                for key, box in self.checklist_boxes.items()
                if box.isChecked() and not box.isHidden()
            ]

    def _switch_checklist(self) -> None:
        self._keep_shown_checklist()
        self._show_checklist()

    def _show_checklist(self) -> None:
        chosen = str(self.checklist_for.currentData() or "")
        kind, _slash, group = chosen.partition("/")
        if kind not in self._templates:
            return
        self._shown_template = (kind, group)
        secure = secure_item_for(TransitionKind(kind), AgeGroup(group)).value
        items = set(self._templates[kind][group])
        for key, box in self.checklist_boxes.items():
            box.setHidden(key in SECURE_ITEMS and key != secure)
            box.setChecked(key in items or key == secure)
            box.setEnabled(key != secure)  # the risk rules depend on it

    # --- backups ---------------------------------------------------------

    def _backup_tab(self) -> QWidget:
        page = QWidget()
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.check_button = QPushButton(self.tr("Check the database"))
        self.check_button.setObjectName("checkDatabase")
        self.backup_message = QLabel()
        self.backup_message.setObjectName("backupMessage")
        self.backup_message.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("automaticBackups")
        self.backup_list.setAccessibleName(self.tr("Automatic backups"))
        self.backup_button.clicked.connect(self.start_backup)
        self.restore_button.clicked.connect(self.start_restore)
        self.check_button.clicked.connect(self.start_check)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(buttons)
        layout.addWidget(self.backup_message)
        layout.addWidget(QLabel(self.tr("Automatic daily backups")))
        layout.addWidget(self.backup_list)
        return page

    def _list_backups(self) -> None:
        self.backup_list.clear()
        if self._database.path is None:
            return
        for path in reversed(backup.automatic_backups(backup.backup_folder(self._database))):
            self.backup_list.addItem(str(path))

    def _set_busy(self, busy: bool) -> None:
        for button in (self.backup_button, self.restore_button, self.check_button):
            button.setEnabled(not busy)

    def _background(self, fn: Any, done: Any, title: str) -> None:
        self._set_busy(True)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.backup_message.setText(
                error_text(exc)
                if isinstance(exc, HomewardError)
                else self.tr("Something unexpected went wrong; the details are in the log file.")
            )

        def succeeded(result: Any) -> None:
            self._set_busy(False)
            done(result)

        self.operation = run_operation(
            self,
            fn,
            on_success=succeeded,
            on_failure=failed,
            on_cancel=lambda: (
                self._set_busy(False),
                self.backup_message.setText(self.tr("Cancelled; nothing was changed.")),
            ),
            title=title,
        )

    @staticmethod
    def _progress(progress: Progress) -> Any:
        def report(done: int, total: int) -> bool:
            progress.report(done, total)
            return not progress.cancelled

        return report

    def start_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            "homeward-backup.db",
            self.tr("Homeward databases (*.db)"),
        )
        if not path:
            return
        database, actor = self._database, self._actor

        def work(progress: Progress) -> str:
            try:
                return str(
                    backup.backup(
                        database, actor, Path(path), self._progress(progress), overwrite=True
                    ).path
                )
            except backup.BackupCancelled:
                from desktop_app.ui.operations import OperationCancelled

                raise OperationCancelled() from None

        def done(result: str) -> None:
            self.backup_message.setText(self.tr("Backed up to %1.").replace("%1", result))
            self.backup_finished.emit(result)

        self._background(work, done, self.tr("Backing up"))

    def start_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), "", self.tr("Homeward databases (*.db)")
        )
        if not path:
            return
        try:
            origin = backup.backup_origin(self._database, Path(path))
        except HomewardError as exc:
            QMessageBox.warning(self, self.tr("Restore from a backup"), error_text(exc))
            return
        question = self.tr(
            "Replace everything in the database with the backup %1? The backup is checked "
            "first, and the current database is kept as a copy."
        ).replace("%1", Path(path).name)
        if origin.same_database is False:
            question = (
                self.tr("The backup %1 comes from another database, not from this one.").replace(
                    "%1", Path(path).name
                )
                + "\n\n"
                + question
            )
        answer = QMessageBox.question(self, self.tr("Restore from a backup"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        database, actor = self._database, self._actor

        def work(progress: Progress) -> str:
            # Past the checks, a restore is not cancelled half-way.
            return str(backup.restore(database, actor, Path(path), progress.report, confirmed=True))

        def done(kept: str) -> None:
            self.backup_message.setText(
                self.tr("Restored. The replaced database was kept as %1.").replace("%1", kept)
            )
            self.refresh()
            self.restore_finished.emit(kept)

        self._background(work, done, self.tr("Restoring"))

    def start_check(self) -> None:
        database, actor = self._database, self._actor

        def work(_progress: Progress) -> list[backup.Finding]:
            return backup.check(database, actor)

        def done(findings: list[backup.Finding]) -> None:
            self.backup_message.setText("\n".join(f.text for f in findings))

        self._background(work, done, self.tr("Checking the database"))
