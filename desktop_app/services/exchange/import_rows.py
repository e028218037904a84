"""Checking one spreadsheet row before anything is written: every value against the format and
the person record's rules, each problem with its row number, column and reason."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import Team, User
from desktop_app.domain.dates import DateFormatError, DobPrecision, parse_date_with_precision
from desktop_app.domain.i18n import message as _
from desktop_app.domain.i18n import sentence, text_of
from desktop_app.domain.names import fold
from desktop_app.domain.plain_text import hidden_character_problem
from desktop_app.domain.transitions import DecisionType, PlacementType
from desktop_app.services import clock
from desktop_app.services.actor import Actor, Role
from desktop_app.services.cases import person_fields
from desktop_app.services.errors import ValidationError
from desktop_app.services.exchange.import_columns import ColumnPlan, normalise_header
from desktop_app.services.exchange.import_file import SpreadsheetTable
from desktop_app.services.exchange.import_report import RowProblem

_YES = {"yes", "y", "true", "1", "ja", "j"}


_NO = {"no", "n", "false", "0", "nej", "nein"}


_SEXES = {
    "female": "female",
    "f": "female",
    "woman": "female",
    "kvinde": "female",
    "kvinna": "female",
    "weiblich": "female",
    "male": "male",
    "m": "male",
    "man": "male",
    "mand": "male",
    "männlich": "male",
    "other": "other",
    "unknown": "unknown",
}


_DECISIONS = {
    "refugee": DecisionType.REFUGEE,
    "refugeestatus": DecisionType.REFUGEE,
    "subsidiary": DecisionType.SUBSIDIARY,
    "subsidiaryprotection": DecisionType.SUBSIDIARY,
    "humanitarian": DecisionType.HUMANITARIAN,
    "temporary": DecisionType.TEMPORARY,
    "temporaryprotection": DecisionType.TEMPORARY,
    "rejected": DecisionType.REJECTED,
    "appeal": DecisionType.APPEAL,
    "pending": DecisionType.PENDING,
}


@dataclass
class Directory:
    """Teams and users, looked up once per import."""

    teams: dict[str, tuple[int, str]]  # folded name -> (id, name)
    team_names: dict[int, str]
    users: dict[
        str, tuple[int, str, str, int | None, bool]
    ]  # lower name -> (id, name, role, team, active)

    @classmethod
    def load(cls, session: Session) -> Directory:
        teams = {fold(t.name): (t.id, t.name) for t in session.scalars(select(Team))}
        users = {
            u.username.lower(): (u.id, u.username, u.role, u.team_id, u.active)
            for u in session.scalars(select(User))
        }
        return cls(teams, {tid: name for tid, name in teams.values()}, users)


@dataclass
class RowPlan:
    index: int
    row: int
    reference: str | None
    values: dict[str, Any]
    decision: tuple[str, date | None, date | None] | None = None  # type, date, permit expiry
    permit_expiry_only: bool = False
    placement: tuple[str, str | None, date | None] | None = None  # type, municipality, end
    worker_id: int | None = None
    worker_name: str | None = None
    team_id: int | None = None
    existing_id: int | None = None
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.values.get('given_name', '')} {self.values.get('family_name', '')}".strip()


def parse_yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(
        f"'{text.strip()}' is not yes or no (yes/no, true/false, 1/0, ja/nej, ja/nein)"
    )


class RowParser:
    def __init__(
        self,
        session: Session,
        actor: Actor,
        table: SpreadsheetTable,
        plan: ColumnPlan,
        directory: Directory,
        default_team_id: int | None,
    ) -> None:
        self.session = session
        self.actor = actor
        self.table = table
        self.plan = plan
        self.directory = directory
        self.default_team_id = default_team_id
        self.today = clock.today()

    def parse(self, index: int) -> RowPlan:
        row_number = self.table.row_numbers[index]
        cells = {
            name: self.table.cell(index, col).strip() for name, col in self.plan.fields.items()
        }
        problems: list[RowProblem] = []

        def problem(name: str, reason: str) -> None:
            problems.append(RowProblem(row_number, self.plan.header(name), name, sentence(reason)))

        def as_date(name: str) -> date | None:
            text = cells.get(name, "")
            if not text:
                return None
            try:
                value, precision = parse_date_with_precision(text)
            except DateFormatError as exc:
                problem(name, text_of(exc))
                return None
            if precision is not DobPrecision.EXACT:
                problem(name, _("'{text}' is not a full date (day, month and year)", text=text))
                return None
            return value

        reference = cells.get("reference") or None
        for name in ("reference", "placement_municipality", "team", "primary_worker"):
            hidden = hidden_character_problem(cells.get(name, ""))
            if hidden is not None:
                problem(name, hidden)
                cells[name] = ""  # reported once; not looked up or echoed again
        if reference and hidden_character_problem(reference) is not None:
            reference = None
        if reference and len(reference) > 40:
            problem("reference", _("the reference is longer than 40 characters"))
        values: dict[str, Any] = {}
        for name in ("given_name", "family_name"):
            values[name] = cells.get(name, "")
        # Date of birth: every accepted form, the precision inferred from it when not given.
        dob_text = cells.get("date_of_birth", "")
        form: DobPrecision | None = None
        if not dob_text:
            problem("date_of_birth", _("the date of birth is required"))
        else:
            try:
                values["date_of_birth"], form = parse_date_with_precision(dob_text)
            except DateFormatError as exc:
                problem("date_of_birth", text_of(exc))
        precision_text = cells.get("dob_precision", "").lower()
        if precision_text:
            try:
                precision = DobPrecision(precision_text)
            except ValueError:
                problem(
                    "dob_precision",
                    _(
                        "'{precision_text}' is not a precision (exact, month, year or assessed)",
                        precision_text=precision_text,
                    ),
                )
            else:
                if form is not None and _finer(precision, form):
                    problem(
                        "dob_precision",
                        _(
                            "'{precision_text}' claims more than the date '{dob_text}' gives (it is {form_value} precision)",
                            precision_text=precision_text,
                            dob_text=dob_text,
                            form_value=form.value,
                        ),
                    )
                values["dob_precision"] = precision.value
        elif form is not None:
            values["dob_precision"] = form.value
        if cells.get("sex"):
            sex = _SEXES.get(cells["sex"].lower())
            if sex is None:
                problem(
                    "sex",
                    _("'{value}' is not one of female, male, other, unknown", value=cells["sex"]),
                )
            else:
                values["sex"] = sex
        for name in ("nationality", "languages", "interpreter_language"):
            if cells.get(name):
                values[name] = cells[name]
        if cells.get("interpreter_language"):
            values["interpreter_needed"] = True
        for name in ("unaccompanied", "in_aftercare"):
            if cells.get(name):
                try:
                    values[name] = parse_yes_no(cells[name])
                except ValueError as exc:
                    problem(name, text_of(exc))
        arrival = as_date("arrival_date")
        if arrival is not None:
            values["arrival_date"] = arrival
        if cells.get("family_reunification_members"):
            text = cells["family_reunification_members"]
            if re.fullmatch(r"\d+", text):
                values["family_reunification_members"] = int(text)
            else:
                problem(
                    "family_reunification_members",
                    _("'{text}' is not a whole number, 0 or more", text=text),
                )
        # The person record's own rules (names, date of birth in the future, codes…).
        try:
            cleaned = person_fields.clean_case_values(
                {k: v for k, v in values.items() if k in person_fields.EDITABLE_FIELDS},
                creating=True,
                today=self.today,
            )
        except ValidationError as exc:
            cleaned = {}
            reported = {p.field for p in problems}
            for name, reason in exc.errors.items():
                column = "interpreter_language" if name == "interpreter_needed" else name
                if column not in reported:
                    problem(column, reason)
        plan = RowPlan(index, row_number, reference, cleaned)
        self._decision(cells, plan, problem, as_date)
        self._placement(cells, plan, problem, as_date, arrival)
        self._team_and_worker(cells, plan, problem)
        plan.problems = problems
        return plan

    def _decision(
        self,
        cells: dict[str, str],
        plan: RowPlan,
        problem: Callable[[str, str], None],
        as_date: Callable[[str], date | None],
    ) -> None:
        raw = cells.get("status_decision", "")
        decision_date = as_date("decision_date")
        expiry = as_date("permit_expiry")
        if not raw:
            if cells.get("decision_date"):
                problem("status_decision", _("a decision date needs the decision it belongs to"))
            if cells.get("permit_expiry"):
                problem("status_decision", _("a permit expiry needs the decision it belongs to"))
            return
        kind = _DECISIONS.get(normalise_header(raw))
        if kind is None:
            problem(
                "status_decision",
                _(
                    "'{raw}' is not a decision (refugee, subsidiary, humanitarian, temporary, rejected, appeal or pending)",
                    raw=raw,
                ),
            )
            return
        if (
            decision_date is None
            and not cells.get("decision_date")
            and kind is not DecisionType.PENDING
        ):
            problem(
                "decision_date",
                _("a {kind_value} decision needs its decision date", kind_value=kind.value),
            )
        if decision_date is not None and decision_date > self.today:
            problem(
                "decision_date",
                _("the decision date {value} is in the future", value=decision_date.isoformat()),
            )
        if expiry is not None and decision_date is not None and expiry < decision_date:
            problem("permit_expiry", _("the permit cannot expire before the decision"))
        plan.decision = (kind.value, decision_date, expiry)

    def _placement(
        self,
        cells: dict[str, str],
        plan: RowPlan,
        problem: Callable[[str, str], None],
        as_date: Callable[[str], date | None],
        arrival: date | None,
    ) -> None:
        raw = cells.get("placement_type", "")
        municipality = cells.get("placement_municipality") or None
        end = as_date("placement_end")
        if not raw:
            if municipality or cells.get("placement_end"):
                problem(
                    "placement_type", _("a placement municipality or end needs the placement type")
                )
            return
        key = re.sub(r"[\s\-]+", "_", raw.strip().lower())
        try:
            kind = PlacementType(key)
        except ValueError:
            problem(
                "placement_type",
                _(
                    "'{raw}' is not a placement type (reception, foster, residential, supported, own_tenancy or other)",
                    raw=raw,
                ),
            )
            return
        if municipality and len(municipality) > 120:
            problem("placement_municipality", _("the municipality is longer than 120 characters"))
        plan.placement = (kind.value, municipality, end)

    def _team_and_worker(
        self, cells: dict[str, str], plan: RowPlan, problem: Callable[[str, str], None]
    ) -> None:
        team_text = cells.get("team", "")
        team_id = self.default_team_id
        if team_text:
            found = self.directory.teams.get(fold(team_text))
            if found is None:
                names = ", ".join(sorted(n for _, n in self.directory.teams.values()))
                problem(
                    "team",
                    _(
                        "there is no team called '{team_text}' (teams: {teams})",
                        team_text=team_text,
                        teams=names or _("none"),
                    ),
                )
                team_id = None
            else:
                team_id = found[0]
        if self.actor.role is Role.TEAM_LEAD and not self.actor.is_system:
            own = self.directory.team_names.get(self.actor.team_id or -1, "your team")
            if team_text and team_id is not None and team_id != self.actor.team_id:
                problem(
                    "team",
                    _(
                        "you may import only into your own team ({own}), not '{team_text}'",
                        own=own,
                        team_text=team_text,
                    ),
                )
            team_id = self.actor.team_id
        plan.team_id = team_id
        worker_text = cells.get("primary_worker", "")
        if worker_text:
            user = self.directory.users.get(worker_text.lower())
            if user is None:
                problem(
                    "primary_worker",
                    _("there is no user called '{worker_text}'", worker_text=worker_text),
                )
            elif not user[4]:
                problem("primary_worker", _("the user '{user}' is deactivated", user=user[1]))
            elif user[2] not in (Role.SOCIAL_WORKER.value, Role.TEAM_LEAD.value):
                problem(
                    "primary_worker",
                    _("'{user}' is not a social worker or team lead", user=user[1]),
                )
            elif team_id is not None and user[3] != team_id:
                team_name = self.directory.team_names.get(team_id, "")
                problem(
                    "primary_worker",
                    _("'{user}' does not work in {team_name}", user=user[1], team_name=team_name),
                )
            else:
                plan.worker_id, plan.worker_name = user[0], user[1]
                if team_id is None and not team_text:
                    # A coordinator's row without a team goes to its worker's team.
                    plan.team_id = user[3]


def _finer(claimed: DobPrecision, form: DobPrecision) -> bool:
    """Whether a stated precision claims more than the written date gives."""
    rank = {
        DobPrecision.EXACT: 0,
        DobPrecision.ASSESSED: 0,
        DobPrecision.MONTH: 1,
        DobPrecision.YEAR: 2,
    }
    return rank[claimed] < rank[form]
