"""The import format's columns (DESIGN.md "Spreadsheet import format") and which file column feeds
which of them: names compared without regard to case, spaces, underscores or hyphens, and the
other names teams' own spreadsheets use."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.domain.i18n import message as _
from desktop_app.services.exchange.import_file import ImportFileError, column_letter

# Homeward's import columns, in the order of DESIGN.md.
FIELDS: tuple[str, ...] = (
    "reference",
    "given_name",
    "family_name",
    "date_of_birth",
    "dob_precision",
    "sex",
    "nationality",
    "languages",
    "interpreter_language",
    "unaccompanied",
    "arrival_date",
    "status_decision",
    "decision_date",
    "permit_expiry",
    "placement_type",
    "placement_municipality",
    "placement_end",
    "in_aftercare",
    "primary_worker",
    "team",
    "family_reunification_members",
)


REQUIRED: tuple[str, ...] = ("given_name", "family_name", "date_of_birth")


FIELD_LABELS: dict[str, str] = {
    "reference": "Reference",
    "given_name": "Given name",
    "family_name": "Family name",
    "date_of_birth": "Date of birth",
    "dob_precision": "Date of birth precision",
    "sex": "Sex",
    "nationality": "Nationality",
    "languages": "Languages",
    "interpreter_language": "Interpreter language",
    "unaccompanied": "Unaccompanied",
    "arrival_date": "Arrival date",
    "status_decision": "Status decision",
    "decision_date": "Decision date",
    "permit_expiry": "Permit expiry",
    "placement_type": "Placement type",
    "placement_municipality": "Placement municipality",
    "placement_end": "Placement end",
    "in_aftercare": "In after-care",
    "primary_worker": "Primary worker",
    "team": "Team",
    "family_reunification_members": "Family reunification members",
}


# Other names the teams' own spreadsheets use for the same columns (already normalised).
_ALIASES: dict[str, str] = {
    "ref": "reference",
    "casereference": "reference",
    "caseref": "reference",
    "firstname": "given_name",
    "givennames": "given_name",
    "forename": "given_name",
    "fornavn": "given_name",
    "förnamn": "given_name",
    "vorname": "given_name",
    "lastname": "family_name",
    "surname": "family_name",
    "efternavn": "family_name",
    "efternamn": "family_name",
    "nachname": "family_name",
    "familienname": "family_name",
    "dob": "date_of_birth",
    "birthdate": "date_of_birth",
    "dateofbirth": "date_of_birth",
    "fødselsdato": "date_of_birth",
    "födelsedatum": "date_of_birth",
    "geburtsdatum": "date_of_birth",
    "dobprecision": "dob_precision",
    "gender": "sex",
    "køn": "sex",
    "kön": "sex",
    "geschlecht": "sex",
    "citizenship": "nationality",
    "language": "languages",
    "interpreter": "interpreter_language",
    "arrival": "arrival_date",
    "arrived": "arrival_date",
    "decision": "status_decision",
    "status": "status_decision",
    "permitexpires": "permit_expiry",
    "placement": "placement_type",
    "municipality": "placement_municipality",
    "aftercare": "in_aftercare",
    "worker": "primary_worker",
    "caseworker": "primary_worker",
    "familymembers": "family_reunification_members",
    "familyreunification": "family_reunification_members",
}


# Columns of Homeward's own caseload export that are worked out, not imported.
DERIVED_COLUMNS: frozenset[str] = frozenset(
    {"age", "nexttransition", "duedate", "daysleft", "readiness", "risk", "name"}
)


def normalise_header(text: str) -> str:
    """Header names compare without regard to case, spaces, underscores or hyphens."""
    return re.sub(r"[\s_\-]+", "", str(text).strip().lower())


def field_for_header(text: str) -> str | None:
    key = normalise_header(text)
    for name in FIELDS:
        if normalise_header(name) == key:
            return name
    return _ALIASES.get(key)


@dataclass
class ColumnPlan:
    """Which file column feeds which Homeward field."""

    fields: dict[str, int]
    headers: list[str]
    unknown: list[str] = field(default_factory=list)
    derived: list[str] = field(default_factory=list)

    def header(self, name: str) -> str:
        index = self.fields.get(name)
        if index is None:
            return name
        return self.headers[index] or f"column {column_letter(index)}"


def guess_mapping(headers: Sequence[str]) -> dict[int, str | None]:
    """The field each column matches by name (None: not imported); first match wins."""
    taken: set[str] = set()
    out: dict[int, str | None] = {}
    for index, header in enumerate(headers):
        name = field_for_header(header) if header.strip() else None
        if name is not None and name in taken:
            name = None
        if name is not None:
            taken.add(name)
        out[index] = name
    return out


def plan_columns(
    headers: Sequence[str], mapping: Mapping[int, str | None] | None = None
) -> ColumnPlan:
    """Resolve the columns; a file without the required columns cannot be imported."""
    chosen = dict(mapping) if mapping is not None else guess_mapping(headers)
    plan = ColumnPlan(fields={}, headers=list(headers))
    for index, header in enumerate(headers):
        name = chosen.get(index)
        if name is None:
            if not header.strip():
                continue
            if normalise_header(header) in DERIVED_COLUMNS:
                plan.derived.append(header)
            else:
                plan.unknown.append(header)
            continue
        if name not in FIELDS:
            raise ImportFileError(_("'{name}' is not a Homeward import column.", name=name))
        if name in plan.fields:
            raise ImportFileError(
                _(
                    "Two columns feed {name}: '{value}' and '{header}'. Keep one.",
                    name=name,
                    value=plan.header(name),
                    header=header,
                )
            )
        plan.fields[name] = index
    missing = [name for name in REQUIRED if name not in plan.fields]
    if missing:
        raise ImportFileError(
            _(
                "The file has no column for {missing} (required). Its header row has: {headers}.",
                missing=", ".join(missing),
                headers=", ".join(h for h in headers if h.strip()) or _("nothing"),
            )
        )
    return plan
