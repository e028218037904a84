"""Translated words for the codes of the people around a young person and of consents.

Beside `ui/labels.py`, in the same translation context ("Labels"), so `labels.label()`
reads them the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CONTACT_ROLES = {
    "guardian": QT_TRANSLATE_NOOP("Labels", "Guardian"),
    "mentor": QT_TRANSLATE_NOOP("Labels", "Mentor"),
    "family": QT_TRANSLATE_NOOP("Labels", "Family"),
    "teacher": QT_TRANSLATE_NOOP("Labels", "Teacher"),
    "landlord": QT_TRANSLATE_NOOP("Labels", "Landlord"),
    "lawyer": QT_TRANSLATE_NOOP("Labels", "Lawyer"),
    "interpreter": QT_TRANSLATE_NOOP("Labels", "Interpreter"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
CONSENT_RECIPIENTS = {
    "internal": QT_TRANSLATE_NOOP("Labels", "Internal team"),
    "aftercare_service": QT_TRANSLATE_NOOP("Labels", "After-care service"),
    "municipality": QT_TRANSLATE_NOOP("Labels", "Municipality housing office"),
    "landlord": QT_TRANSLATE_NOOP("Labels", "Landlord"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
