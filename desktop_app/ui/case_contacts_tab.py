"""A case's Contacts and consents tab: the people around the young person (guardian, mentor,
family, teacher, landlord, lawyer, interpreter…) and the consents to share information.

A contact is added, kept up to date and ended (kept on the record with the day it ended); a
consent is recorded with its recipient, scope, date and expiry, corrected with the reason,
or withdrawn. Printing a handover for someone outside the organisation checks the consents
in force.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop_app.services import clock
from desktop_app.services.cases import contacts
from desktop_app.services.cases.record_data import CONTACT_ROLES, ConsentFacts, ContactFacts
from desktop_app.ui import case_labels, labels
from desktop_app.ui import record_dialog as rd
from desktop_app.ui.case_tab import (
    CaseTab,
    RecordPage,
    actions_row,
    button,
    on_selection,
    stretch_columns,
)
from desktop_app.ui.record_dialog import Field, RecordDialog
from desktop_app.ui.tables import Column, RowTableModel, selected_object, table_view


def _d(value: Any) -> str:
    return labels.format_date(value)


class CaseContactsTab(CaseTab):
    def __init__(self, page: RecordPage, parent: QWidget | None = None) -> None:
        super().__init__(page, parent)
        editable = page.can_edit_now()
        self.contacts_model: RowTableModel[ContactFacts] = RowTableModel(
            [
                Column(self.tr("Name"), lambda c: c.name),
                Column(
                    self.tr("Role"),
                    lambda c: _role_text(c.role, c.relation),
                ),
                Column(self.tr("Organisation"), lambda c: c.organisation),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("E-mail"), lambda c: c.email),
                Column(
                    self.tr("Until"),
                    lambda c: _d(c.ended_on) if c.ended_on else self.tr("now"),
                    sort_key=lambda c: c.ended_on,
                ),
                Column(self.tr("Note"), lambda c: c.note, tooltip=lambda c: c.note),
            ],
            self,
        )
        self.consents_model: RowTableModel[ConsentFacts] = RowTableModel(
            [
                Column(
                    self.tr("Shared with"),
                    lambda c: labels.label(case_labels.CONSENT_RECIPIENTS, c.recipient),
                ),
                Column(self.tr("For (scope)"), lambda c: c.purpose, tooltip=lambda c: c.purpose),
                Column(self.tr("Given on"), lambda c: _d(c.given_on)),
                Column(self.tr("Expires"), lambda c: _d(c.expires_on)),
                Column(
                    self.tr("In force"),
                    self._consent_state,
                    sort_key=lambda c: c.in_force_on(clock.today()),
                ),
                Column(self.tr("Note"), lambda c: c.note, tooltip=lambda c: c.note),
            ],
            self,
        )
        self.contacts = table_view(
            self.contacts_model,
            "contacts",
            sortable=True,
            placeholder=self.tr("No contact recorded."),
        )
        stretch_columns(self.contacts, 0, 2, 6)
        self.consents = table_view(
            self.consents_model,
            "consents",
            sortable=True,
            placeholder=self.tr("No consent recorded."),
        )
        stretch_columns(self.consents, 1, 5)
        self.add_contact = button(self.tr("Add contact…"), "addContact", self._add_contact)
        self.edit_contact = button(self.tr("Edit…"), "editContact", self._edit_contact)
        self.end_contact = button(self.tr("End…"), "endContact", self._end_contact)
        self.add_consent = button(self.tr("Record consent…"), "addConsent", self._add_consent)
        self.correct_consent = button(self.tr("Correct…"), "correctConsent", self._correct_consent)
        self.withdraw_consent = button(
            self.tr("Withdrawn…"), "withdrawConsent", self._withdraw_consent
        )
        self.network = QLabel()
        self.network.setObjectName("networkLabel")
        self.network.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, view, actions in (
            (
                self.tr("People around the young person"),
                self.contacts,
                actions_row(self.add_contact, self.edit_contact, self.end_contact),
            ),
            (
                self.tr("Consent to share information"),
                self.consents,
                actions_row(self.add_consent, self.correct_consent, self.withdraw_consent),
            ),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            if view is self.contacts:
                box_layout.addWidget(self.network)
            box_layout.addWidget(view)
            if editable:
                box_layout.addLayout(actions)
            splitter.addWidget(box)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        on_selection(self.contacts, self._update_buttons)
        on_selection(self.consents, self._update_buttons)
        self.reload()

    def _consent_state(self, c: ConsentFacts) -> str:
        today = clock.today()
        if c.withdrawn_on is not None and c.withdrawn_on <= today:
            return self.tr("withdrawn %1").replace("%1", _d(c.withdrawn_on))
        if c.expires_on is not None and c.expires_on < today:
            return self.tr("expired")
        if c.given_on > today:
            return self.tr("not yet")
        return self.tr("yes")

    def reload(self) -> None:
        record = self.record
        self.contacts_model.set_rows(record.contacts)
        self.consents_model.set_rows(record.consents)
        network = record.network_contacts(clock.today())
        self.network.setText(
            self.tr("Adult connections now: %1.").replace(
                "%1",
                ", ".join(
                    f"{c.name} ({labels.label(case_labels.CONTACT_ROLES, c.role)})" for c in network
                ),
            )
            if network
            else self.tr(
                "No mentor, family member, teacher or other adult connection is recorded yet."
            )
        )
        self._update_buttons()

    def chosen_contact(self) -> ContactFacts | None:
        return selected_object(self.contacts)  # type: ignore[no-any-return]

    def chosen_consent(self) -> ConsentFacts | None:
        return selected_object(self.consents)  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        contact = self.chosen_contact()
        self.edit_contact.setEnabled(contact is not None)
        self.end_contact.setEnabled(contact is not None and contact.ended_on is None)
        consent = self.chosen_consent()
        self.correct_consent.setEnabled(consent is not None)
        self.withdraw_consent.setEnabled(consent is not None and consent.withdrawn_on is None)

    def _dialog(
        self, title: str, fields: list[Field], save: Any, *, intro: str = "", name: str
    ) -> None:
        RecordDialog(
            self,
            title,
            fields,
            lambda values: self.page.apply(lambda s: save(s, values)),
            intro=intro,
            name=name,
        ).exec()

    # --- contacts ---------------------------------------------------------------------

    def _contact_fields(self, c: ContactFacts | None) -> list[Field]:
        return [
            Field("name", self.tr("Name"), rd.TEXT, c.name if c else None),
            Field(
                "role",
                self.tr("Role"),
                rd.CHOICE,
                c.role if c else "mentor",
                rd.choices(case_labels.CONTACT_ROLES, CONTACT_ROLES),
            ),
            Field(
                "relation",
                self.tr("In words"),
                rd.TEXT,
                c.relation if c else None,
                placeholder=self.tr("for example: aunt, football coach"),
            ),
            Field("organisation", self.tr("Organisation"), rd.TEXT, c.organisation if c else None),
            Field("phone", self.tr("Phone"), rd.TEXT, c.phone if c else None),
            Field("email", self.tr("E-mail"), rd.TEXT, c.email if c else None),
            Field("note", self.tr("Note"), rd.LONG_TEXT, c.note if c else None),
        ]

    def _add_contact(self) -> None:
        self._dialog(
            self.tr("Add a contact"),
            self._contact_fields(None),
            lambda s, v: contacts.add_contact(
                s,
                self.page.actor,
                self.page.reference,
                v["name"],
                v["role"],
                relation=v["relation"],
                organisation=v["organisation"],
                phone=v["phone"],
                email=v["email"],
                note=v["note"],
            ),
            name="contactDialog",
        )

    def _edit_contact(self) -> None:
        chosen = self.chosen_contact()
        if chosen is None:
            return
        self._dialog(
            self.tr("Edit a contact"),
            self._contact_fields(chosen),
            lambda s, v: contacts.update_contact(
                s, self.page.actor, self.page.reference, chosen.id, v
            ),
            name="editContactDialog",
        )

    def _end_contact(self) -> None:
        chosen = self.chosen_contact()
        if chosen is None:
            return
        self._dialog(
            self.tr("End a contact"),
            [
                Field("ended_on", self.tr("No longer around from"), rd.DATE),
                Field("reason", self.tr("Why (optional)"), rd.LONG_TEXT),
            ],
            lambda s, v: contacts.end_contact(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                v["ended_on"],
                reason=v["reason"],
            ),
            intro=self.tr("%1 stays on the record, as someone who was around until then.").replace(
                "%1", chosen.name
            ),
            name="endContactDialog",
        )

    # --- consents ---------------------------------------------------------------------

    def _consent_fields(self, c: ConsentFacts | None) -> list[Field]:
        return [
            Field(
                "recipient",
                self.tr("Shared with"),
                rd.CHOICE,
                c.recipient if c else "aftercare_service",
                rd.choices(case_labels.CONSENT_RECIPIENTS, contacts.CONSENT_RECIPIENTS),
            ),
            Field(
                "purpose",
                self.tr("For (scope)"),
                rd.TEXT,
                c.purpose if c else None,
                placeholder=self.tr("for example: the handover to the after-care service"),
            ),
            Field("given_on", self.tr("Given on"), rd.DATE, c.given_on if c else None),
            Field(
                "expires_on",
                self.tr("Expires"),
                rd.OPTIONAL_DATE,
                c.expires_on if c else None,
                placeholder=self.tr("on a date"),
            ),
            Field("note", self.tr("Note"), rd.LONG_TEXT, c.note if c else None),
        ]

    def _add_consent(self) -> None:
        self._dialog(
            self.tr("Record a consent"),
            self._consent_fields(None),
            lambda s, v: contacts.add_consent(
                s,
                self.page.actor,
                self.page.reference,
                v["purpose"],
                v["recipient"],
                v["given_on"],
                v["note"],
                expires_on=v["expires_on"],
            ),
            intro=self.tr(
                "A handover printed for someone outside the organisation needs a consent in "
                "force for that recipient."
            ),
            name="consentDialog",
        )

    def _correct_consent(self) -> None:
        chosen = self.chosen_consent()
        if chosen is None:
            return
        self._dialog(
            self.tr("Correct a consent"),
            [
                *self._consent_fields(chosen),
                Field("reason", self.tr("Why is it corrected?"), rd.LONG_TEXT),
            ],
            lambda s, v: contacts.correct_consent(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                {k: val for k, val in v.items() if k != "reason"},
                reason=v["reason"],
            ),
            name="correctConsentDialog",
        )

    def _withdraw_consent(self) -> None:
        chosen = self.chosen_consent()
        if chosen is None:
            return
        self._dialog(
            self.tr("Consent withdrawn"),
            [
                Field("withdrawn_on", self.tr("Withdrawn on"), rd.DATE),
                Field("note", self.tr("Note"), rd.LONG_TEXT),
            ],
            lambda s, v: contacts.withdraw_consent(
                s,
                self.page.actor,
                self.page.reference,
                chosen.id,
                v["withdrawn_on"],
                note=v["note"],
            ),
            intro=self.tr("From this day the consent covers no sharing; it stays on the record."),
            name="withdrawConsentDialog",
        )


def _role_text(role: str, relation: str | None) -> str:
    """ "Family (aunt)"; the relation in words only when it says more than the role."""
    word = labels.label(case_labels.CONTACT_ROLES, role)
    extra = (relation or "").strip()
    if not extra or extra.casefold() in (role.casefold(), word.casefold()):
        return word
    return f"{word} ({extra})"
