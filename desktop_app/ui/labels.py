"""Translated words for the domain's codes (transition kinds, risks, checklist items…).

The domain and services speak in codes and English; every label a user sees
goes through Qt's translation here (QT_TRANSLATE_NOOP marks them for lupdate).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

_CONTEXT = "Labels"

KINDS = {
    "status_grant_move_out": QT_TRANSLATE_NOOP("Labels", "Move-out after status grant"),
    "turns_18": QT_TRANSLATE_NOOP("Labels", "Turns 18"),
    "aftercare_end": QT_TRANSLATE_NOOP("Labels", "After-care ends"),
    "permit_expiry": QT_TRANSLATE_NOOP("Labels", "Permit expires"),
    "placement_end": QT_TRANSLATE_NOOP("Labels", "Placement ends"),
}
RISKS = {
    # The words of domain/risk_levels.py, which paper prints too (a test holds them equal).
    "red": QT_TRANSLATE_NOOP("Labels", "Red — urgent"),
    "amber": QT_TRANSLATE_NOOP("Labels", "Amber — watch"),
    "green": QT_TRANSLATE_NOOP("Labels", "Green — on track"),
}
RISK_SHORT = {
    "red": QT_TRANSLATE_NOOP("Labels", "Red"),
    "amber": QT_TRANSLATE_NOOP("Labels", "Amber"),
    "green": QT_TRANSLATE_NOOP("Labels", "Green"),
}
CHECKLIST = {
    "housing_secured": QT_TRANSLATE_NOOP("Labels", "Housing secured"),
    "income": QT_TRANSLATE_NOOP("Labels", "Income or benefits arranged"),
    "budget_plan": QT_TRANSLATE_NOOP("Labels", "Budget plan"),
    "bank_account": QT_TRANSLATE_NOOP("Labels", "Bank account"),
    "identity_documents": QT_TRANSLATE_NOOP("Labels", "Identity documents"),
    "health_registration": QT_TRANSLATE_NOOP("Labels", "Health registration and insurance"),
    "language_course": QT_TRANSLATE_NOOP("Labels", "Language course"),
    "education_employment_plan": QT_TRANSLATE_NOOP("Labels", "Education or employment plan"),
    "adult_connections": QT_TRANSLATE_NOOP("Labels", "Adult connections (mentor, network)"),
    "guardian_aftercare": QT_TRANSLATE_NOOP("Labels", "Guardian / after-care arranged"),
    "worker_continuity": QT_TRANSLATE_NOOP("Labels", "Worker continuity confirmed"),
    "life_plan_reviewed": QT_TRANSLATE_NOOP("Labels", "Life plan reviewed"),
    "care_placement": QT_TRANSLATE_NOOP(
        "Labels", "Care placement secured (foster, residential or supported)"
    ),
    "permit_renewal": QT_TRANSLATE_NOOP("Labels", "Permit renewal applied for or new permit"),
    "guardian_appointed": QT_TRANSLATE_NOOP("Labels", "Guardian appointed"),
    "school_place": QT_TRANSLATE_NOOP("Labels", "School place"),
}
OUTCOMES = {
    "housed_on_time": QT_TRANSLATE_NOOP("Labels", "Housed on time"),
    "housed_late": QT_TRANSLATE_NOOP("Labels", "Housed late"),
    "stayed_in_care": QT_TRANSLATE_NOOP("Labels", "Stayed in care"),
    "moved_elsewhere": QT_TRANSLATE_NOOP("Labels", "Moved elsewhere"),
    "no_housing": QT_TRANSLATE_NOOP("Labels", "Left without housing"),
    "lost_contact": QT_TRANSLATE_NOOP("Labels", "Lost contact"),
    "no_longer_applies": QT_TRANSLATE_NOOP("Labels", "No longer applies"),
    "case_closed": QT_TRANSLATE_NOOP("Labels", "Case closed"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
}
PRECISIONS = {
    "exact": QT_TRANSLATE_NOOP("Labels", "exact date"),
    "month": QT_TRANSLATE_NOOP("Labels", "month and year known"),
    "year": QT_TRANSLATE_NOOP("Labels", "only the year known"),
    "assessed": QT_TRANSLATE_NOOP("Labels", "set by age assessment"),
}
DECISIONS = {
    "refugee": QT_TRANSLATE_NOOP("Labels", "Refugee status"),
    "subsidiary": QT_TRANSLATE_NOOP("Labels", "Subsidiary protection"),
    "humanitarian": QT_TRANSLATE_NOOP("Labels", "Humanitarian status"),
    "temporary": QT_TRANSLATE_NOOP("Labels", "Temporary protection"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Status withdrawn"),
    "appeal": QT_TRANSLATE_NOOP("Labels", "Appeal"),
    "pending": QT_TRANSLATE_NOOP("Labels", "Application pending"),
}
PLACEMENTS = {
    "reception": QT_TRANSLATE_NOOP("Labels", "Reception centre"),
    "foster": QT_TRANSLATE_NOOP("Labels", "Foster care"),
    "residential": QT_TRANSLATE_NOOP("Labels", "Residential care"),
    "supported": QT_TRANSLATE_NOOP("Labels", "Supported housing"),
    "own_tenancy": QT_TRANSLATE_NOOP("Labels", "Own tenancy"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
OFFER_STATES = {
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "viewing": QT_TRANSLATE_NOOP("Labels", "Viewing"),
    "accepted": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    "contract_signed": QT_TRANSLATE_NOOP("Labels", "Contract signed"),
    "moved_in": QT_TRANSLATE_NOOP("Labels", "Moved in"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
}
GOAL_DOMAINS = {
    "housing": QT_TRANSLATE_NOOP("Labels", "Housing"),
    "education": QT_TRANSLATE_NOOP("Labels", "Education"),
    "work": QT_TRANSLATE_NOOP("Labels", "Work"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "social_network": QT_TRANSLATE_NOOP("Labels", "Social network"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "achieved": QT_TRANSLATE_NOOP("Labels", "Achieved"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
}
NOTE_KINDS = {
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
    "home_visit": QT_TRANSLATE_NOOP("Labels", "Home visit"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
MOVE_KINDS = {
    "school_change": QT_TRANSLATE_NOOP("Labels", "School change"),
    "municipality_transfer": QT_TRANSLATE_NOOP("Labels", "Transfer to another municipality"),
    "team_transfer": QT_TRANSLATE_NOOP("Labels", "Transfer to another team"),
    "aftercare_transfer": QT_TRANSLATE_NOOP("Labels", "Transfer to after-care"),
}
PROGRAMMES = {
    "job_coaching": QT_TRANSLATE_NOOP("Labels", "Job coaching"),
    "internship": QT_TRANSLATE_NOOP("Labels", "Internship"),
    "apprenticeship": QT_TRANSLATE_NOOP("Labels", "Apprenticeship"),
    "vocational_training": QT_TRANSLATE_NOOP("Labels", "Vocational training"),
    "school": QT_TRANSLATE_NOOP("Labels", "School"),
}
ACTIVITIES = {
    "sport_club": QT_TRANSLATE_NOOP("Labels", "Sport club"),
    "volunteering": QT_TRANSLATE_NOOP("Labels", "Volunteering"),
    "tenant_association": QT_TRANSLATE_NOOP("Labels", "Tenant association"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
SEXES = {
    "female": QT_TRANSLATE_NOOP("Labels", "Female"),
    "male": QT_TRANSLATE_NOOP("Labels", "Male"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "Not known"),
}
ROLES = {
    "social_worker": QT_TRANSLATE_NOOP("Labels", "Social worker"),
    "team_lead": QT_TRANSLATE_NOOP("Labels", "Team lead"),
    "coordinator": QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    "admin": QT_TRANSLATE_NOOP("Labels", "Administrator"),
}

# Audit actions by their codes (the codes stay what the filter, the CSV and `homeward audit` use).
AUDIT_ACTIONS = {
    "activity_added": QT_TRANSLATE_NOOP("Labels", "Activity added"),
    "activity_changed": QT_TRANSLATE_NOOP("Labels", "Activity changed"),
    "age_assessment_corrected": QT_TRANSLATE_NOOP("Labels", "Age assessment corrected"),
    "cases_merged": QT_TRANSLATE_NOOP("Labels", "Duplicate cases merged"),
    "consent_changed": QT_TRANSLATE_NOOP("Labels", "Consent corrected"),
    "contact_added": QT_TRANSLATE_NOOP("Labels", "Contact added"),
    "contact_changed": QT_TRANSLATE_NOOP("Labels", "Contact changed"),
    "contact_ended": QT_TRANSLATE_NOOP("Labels", "Contact ended"),
    "move_changed": QT_TRANSLATE_NOOP("Labels", "Move corrected"),
    "move_recorded": QT_TRANSLATE_NOOP("Labels", "Move recorded"),
    "note_corrected": QT_TRANSLATE_NOOP("Labels", "Note corrected"),
    "task_changed": QT_TRANSLATE_NOOP("Labels", "Task changed"),
    "appointment_added": QT_TRANSLATE_NOOP("Labels", "Appointment planned"),
    "appointment_changed": QT_TRANSLATE_NOOP("Labels", "Appointment changed"),
    "appointment_state_changed": QT_TRANSLATE_NOOP(
        "Labels", "Appointment kept, cancelled or missed"
    ),
    "attendance_recorded": QT_TRANSLATE_NOOP("Labels", "Course attendance recorded"),
    "calendar_exported": QT_TRANSLATE_NOOP("Labels", "Calendar exported"),
    "document_added": QT_TRANSLATE_NOOP("Labels", "Document added"),
    "document_printed": QT_TRANSLATE_NOOP("Labels", "Document printed"),
    "document_removed": QT_TRANSLATE_NOOP("Labels", "Document removed"),
    "document_saved": QT_TRANSLATE_NOOP("Labels", "Document saved as a copy"),
    "document_viewed": QT_TRANSLATE_NOOP("Labels", "Document viewed"),
    "documents_listed": QT_TRANSLATE_NOOP("Labels", "Documents listed"),
    "age_assessed": QT_TRANSLATE_NOOP("Labels", "Age assessed"),
    "audit_exported": QT_TRANSLATE_NOOP("Labels", "Audit log exported"),
    "backup_created": QT_TRANSLATE_NOOP("Labels", "Backup made"),
    "bulk_reassigned": QT_TRANSLATE_NOOP("Labels", "Cases handed over"),
    "case_anonymised": QT_TRANSLATE_NOOP("Labels", "Case anonymised"),
    "case_changed": QT_TRANSLATE_NOOP("Labels", "Case changed"),
    "case_created": QT_TRANSLATE_NOOP("Labels", "Case created"),
    "case_opened": QT_TRANSLATE_NOOP("Labels", "Case opened"),
    "case_reassigned": QT_TRANSLATE_NOOP("Labels", "Case reassigned"),
    "caseload_exported": QT_TRANSLATE_NOOP("Labels", "Caseload exported"),
    "cases_imported": QT_TRANSLATE_NOOP("Labels", "Cases imported"),
    "certificate_attached": QT_TRANSLATE_NOOP("Labels", "Certificate's document kept"),
    "certificate_recorded": QT_TRANSLATE_NOOP("Labels", "Certificate recorded"),
    "checkin_added": QT_TRANSLATE_NOOP("Labels", "Check-in added"),
    "checklist_changed": QT_TRANSLATE_NOOP("Labels", "Checklist changed"),
    "closure_approved": QT_TRANSLATE_NOOP("Labels", "Closure approved"),
    "closure_requested": QT_TRANSLATE_NOOP("Labels", "Closure requested"),
    "closure_returned": QT_TRANSLATE_NOOP("Labels", "Closure returned"),
    "consent_recorded": QT_TRANSLATE_NOOP("Labels", "Consent recorded"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("Labels", "Consent withdrawn"),
    "consents_imported": QT_TRANSLATE_NOOP("Labels", "Consents imported"),
    "contacts_imported": QT_TRANSLATE_NOOP("Labels", "Contacts imported"),
    "course_changed": QT_TRANSLATE_NOOP("Labels", "Language course changed"),
    "course_created": QT_TRANSLATE_NOOP("Labels", "Language course created"),
    "course_reinstated": QT_TRANSLATE_NOOP("Labels", "Language course reinstated"),
    "course_retired": QT_TRANSLATE_NOOP("Labels", "Language course retired"),
    "courses_imported": QT_TRANSLATE_NOOP("Labels", "Language courses imported"),
    "database_moved": QT_TRANSLATE_NOOP("Labels", "Database moved"),
    "database_restored": QT_TRANSLATE_NOOP("Labels", "Database restored"),
    "decision_added": QT_TRANSLATE_NOOP("Labels", "Decision added"),
    "decision_changed": QT_TRANSLATE_NOOP("Labels", "Decision changed"),
    "decision_corrected": QT_TRANSLATE_NOOP("Labels", "Decision corrected"),
    "decision_withdrawn": QT_TRANSLATE_NOOP("Labels", "Decision withdrawn (recorded in error)"),
    "demo_created": QT_TRANSLATE_NOOP("Labels", "Demo data created"),
    "employment_added": QT_TRANSLATE_NOOP("Labels", "Work or education support added"),
    "employment_changed": QT_TRANSLATE_NOOP("Labels", "Work or education support changed"),
    "enrolment_added": QT_TRANSLATE_NOOP("Labels", "Language course enrolment added"),
    "enrolment_changed": QT_TRANSLATE_NOOP("Labels", "Language course enrolment changed"),
    "enrolments_imported": QT_TRANSLATE_NOOP("Labels", "Enrolments imported"),
    "goal_added": QT_TRANSLATE_NOOP("Labels", "Goal added"),
    "goal_changed": QT_TRANSLATE_NOOP("Labels", "Goal changed"),
    "housing_matched": QT_TRANSLATE_NOOP("Labels", "Housing matched"),
    "login": QT_TRANSLATE_NOOP("Labels", "Logged in"),
    "login_failed": QT_TRANSLATE_NOOP("Labels", "Login failed"),
    "note_added": QT_TRANSLATE_NOOP("Labels", "Note added"),
    "offer_moved": QT_TRANSLATE_NOOP("Labels", "Housing offer moved on"),
    "offer_proposed": QT_TRANSLATE_NOOP("Labels", "Housing offer proposed"),
    "password_changed": QT_TRANSLATE_NOOP("Labels", "Password changed"),
    "password_reset": QT_TRANSLATE_NOOP("Labels", "Password reset"),
    "permission_denied": QT_TRANSLATE_NOOP("Labels", "Permission denied"),
    "permit_renewal_applied": QT_TRANSLATE_NOOP("Labels", "Permit renewal applied for"),
    "placement_added": QT_TRANSLATE_NOOP("Labels", "Placement added"),
    "placement_changed": QT_TRANSLATE_NOOP("Labels", "Placement changed"),
    "printed": QT_TRANSLATE_NOOP("Labels", "Printed"),
    "programme_changed": QT_TRANSLATE_NOOP("Labels", "Programme changed"),
    "programme_created": QT_TRANSLATE_NOOP("Labels", "Programme created"),
    "programme_reinstated": QT_TRANSLATE_NOOP("Labels", "Programme reinstated"),
    "programme_retired": QT_TRANSLATE_NOOP("Labels", "Programme retired"),
    "provider_changed": QT_TRANSLATE_NOOP("Labels", "Housing provider changed"),
    "provider_created": QT_TRANSLATE_NOOP("Labels", "Housing provider created"),
    "provider_reactivated": QT_TRANSLATE_NOOP("Labels", "Housing provider reactivated"),
    "provider_retired": QT_TRANSLATE_NOOP("Labels", "Housing provider retired"),
    "settings_changed": QT_TRANSLATE_NOOP("Labels", "Settings changed"),
    "statistics_exported": QT_TRANSLATE_NOOP("Labels", "Statistics exported"),
    "subject_exported": QT_TRANSLATE_NOOP("Labels", "Personal data exported"),
    "support_added": QT_TRANSLATE_NOOP("Labels", "Support added"),
    "support_removed": QT_TRANSLATE_NOOP("Labels", "Support removed"),
    "task_added": QT_TRANSLATE_NOOP("Labels", "Task added"),
    "task_done": QT_TRANSLATE_NOOP("Labels", "Task done"),
    "task_reopened": QT_TRANSLATE_NOOP("Labels", "Task reopened"),
    "team_changed": QT_TRANSLATE_NOOP("Labels", "Team changed"),
    "team_created": QT_TRANSLATE_NOOP("Labels", "Team created"),
    "transfer_accepted": QT_TRANSLATE_NOOP("Labels", "Transfer accepted"),
    "transfer_rejected": QT_TRANSLATE_NOOP("Labels", "Transfer rejected"),
    "transfer_requested": QT_TRANSLATE_NOOP("Labels", "Transfer requested"),
    "transition_moved": QT_TRANSLATE_NOOP("Labels", "Transition moved"),
    "transition_reopened": QT_TRANSLATE_NOOP("Labels", "Transition reopened"),
    "transition_resolved": QT_TRANSLATE_NOOP("Labels", "Transition outcome recorded"),
    "unit_changed": QT_TRANSLATE_NOOP("Labels", "Housing unit changed"),
    "unit_created": QT_TRANSLATE_NOOP("Labels", "Housing unit created"),
    "unit_reinstated": QT_TRANSLATE_NOOP("Labels", "Housing unit reinstated"),
    "unit_retired": QT_TRANSLATE_NOOP("Labels", "Housing unit retired"),
    "user_changed": QT_TRANSLATE_NOOP("Labels", "User changed"),
    "user_created": QT_TRANSLATE_NOOP("Labels", "User created"),
    "user_disabled": QT_TRANSLATE_NOOP("Labels", "User disabled"),
    "user_enabled": QT_TRANSLATE_NOOP("Labels", "User enabled"),
    "user_unlocked": QT_TRANSLATE_NOOP("Labels", "User unlocked"),
    "window_locked": QT_TRANSLATE_NOOP("Labels", "Window locked"),
    "worker_assigned": QT_TRANSLATE_NOOP("Labels", "Worker assigned"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of `code` in one of the tables above (the code itself if unknown)."""
    if code is None:
        return ""
    text = table.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text else code


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def qdate(value: date) -> QDate:
    """A date for Qt's date editors."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """What a Qt date editor holds, as a date."""
    return date(value.year(), value.month(), value.day())


def plural(context: str, text: str, n: int) -> str:
    """A `%n` plural; without a loaded translation, English "(s)" is resolved here.

    lupdate only finds literal `QCoreApplication.translate(...)` calls, so prefer
    `counted(QCoreApplication.translate("Context", "%n thing(s)", "", n), n)`.
    """
    return counted(QCoreApplication.translate(context, text, "", n), n)


def counted(translated: str, n: int) -> str:
    """Resolve English "(s)" in an untranslated `%n` text (a translation has its own forms)."""
    return translated.replace("(s)", "" if n == 1 else "s")


def days_text(days: int | None) -> str:
    if days is None:
        return ""
    if days < 0:
        return counted(QCoreApplication.translate(_CONTEXT, "%n day(s) overdue", "", -days), -days)
    if days == 0:
        return QCoreApplication.translate(_CONTEXT, "today")
    return counted(QCoreApplication.translate(_CONTEXT, "in %n day(s)", "", days), days)
