"""SQLAlchemy 2 typed models for every entity of Homeward's domain.

Portable between SQLite and PostgreSQL: no dialect-specific types, and a
naming convention so constraint names are the same on both.

No `from __future__ import annotations` here, unlike elsewhere: with it, every
`Mapped[...]` is a string that SQLAlchemy compiles and evaluates when it maps the
class (755 of them at every start, a fifth of the mapping's time). A class is
only referred to after it is defined.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _case_fk() -> Any:
    return ForeignKey("cases.id", ondelete="CASCADE")


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    municipality: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # social_worker / team_lead / coordinator / admin
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    # When the user last looked at "My day": newer assignments count as new.
    last_seen_assignments_at: Mapped[datetime | None] = mapped_column(DateTime)
    language: Mapped[str | None] = mapped_column(String(10))
    email: Mapped[str | None] = mapped_column(String(200))

    team: Mapped[Team | None] = relationship()


class Setting(Base):
    """Organisation settings: deadline rules, checklist template, organisation name…"""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_team_status", "team_id", "status"),
        Index("ix_cases_next_due_date", "next_due_date"),
        Index("ix_cases_sort_name", "sort_name"),
        # The open cases with what a search ranks by: the search, the caseload and the
        # board join their matches to it without reading the table (index-only).
        Index(
            "ix_cases_open",
            "id",
            "search_text",
            "reference",
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
        # The few cases that are not open: the organisation's board counts leave their
        # transitions out with an anti-join on this instead of joining the open ones.
        Index(
            "ix_cases_not_open",
            "id",
            sqlite_where=text("status <> 'open'"),
            postgresql_where=text("status <> 'open'"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    preferred_name: Mapped[str | None] = mapped_column(String(120))
    # Folded "given family preferred" for accent-blind search and sorting.
    search_text: Mapped[str] = mapped_column(String(400), default="")
    sort_name: Mapped[str] = mapped_column(String(300), default="")
    date_of_birth: Mapped[date] = mapped_column(Date)
    dob_precision: Mapped[str] = mapped_column(String(10), default="exact")
    sex: Mapped[str] = mapped_column(String(10), default="unknown")
    nationality: Mapped[str | None] = mapped_column(String(3))
    country_of_origin: Mapped[str | None] = mapped_column(String(3))
    languages: Mapped[str | None] = mapped_column(String(200))  # ISO 639 codes joined by ';'
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(20))
    arrival_date: Mapped[date | None] = mapped_column(Date)
    unaccompanied: Mapped[bool] = mapped_column(Boolean, default=True)
    legal_guardian: Mapped[str | None] = mapped_column(String(200))
    external_references: Mapped[str | None] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / closed
    closed_reason: Mapped[str | None] = mapped_column(String(200))
    closed_on: Mapped[date | None] = mapped_column(Date)
    in_aftercare: Mapped[bool] = mapped_column(Boolean, default=False)
    family_reunification_members: Mapped[int] = mapped_column(Integer, default=0)
    monthly_housing_budget: Mapped[float | None] = mapped_column(Numeric(10, 2))
    preferred_municipalities: Mapped[str | None] = mapped_column(String(300))
    needs_accessible_housing: Mapped[bool] = mapped_column(Boolean, default=False)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)
    # The soonest listed transition, kept by the transition service for fast lists.
    next_kind: Mapped[str | None] = mapped_column(String(30))
    next_due_date: Mapped[date | None] = mapped_column(Date)
    next_readiness: Mapped[int | None] = mapped_column(Integer)
    next_housing_secured: Mapped[bool | None] = mapped_column(Boolean)
    next_uncertain: Mapped[bool | None] = mapped_column(Boolean)
    primary_worker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    # A duplicate merged into another case (status "merged"): its reference lives on as an
    # alias of that case, its row as the holder of what the audit log sealed about it.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    team: Mapped[Team | None] = relationship()
    primary_worker: Mapped[User | None] = relationship(foreign_keys=[primary_worker_id])

    __mapper_args__ = {"version_id_col": version}

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


# Search keys compare byte by byte on every backend: a prefix is found with
# `token >= 'MOH' AND token < 'MOH' || U+FFFF`, and a language collation such as
# PostgreSQL's da_DK.UTF-8 does not sort that range round the prefix (it would miss
# MOHAMMED). SQLite's default collation is already bytewise.
SEARCH_KEY = String(120).with_variant(String(120, collation="C"), "postgresql")


class CaseSearchToken(Base):
    """One name token of a case, folded and as a consonant skeleton, for indexed search."""

    __tablename__ = "case_search_tokens"
    __table_args__ = (
        # With the case id (and `shared`) in the index, a search counts and walks its
        # matches from the index alone.
        Index("ix_case_search_tokens_token_case", "token", "case_id", "shared"),
        Index("ix_case_search_tokens_skeleton_case", "skeleton", "case_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    token: Mapped[str] = mapped_column(SEARCH_KEY)
    skeleton: Mapped[str] = mapped_column(SEARCH_KEY)
    # Letters shared with the case's previous token in alphabetical order: a prefix search
    # counts each case once, at its token with `shared < len(prefix)` (domain.names).
    shared: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")


class AgeAssessment(Base):
    __tablename__ = "age_assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    assessed_by: Mapped[str | None] = mapped_column(String(200))
    method: Mapped[str | None] = mapped_column(String(200))
    previous_date_of_birth: Mapped[date | None] = mapped_column(Date)
    previous_precision: Mapped[str | None] = mapped_column(String(10))
    new_date_of_birth: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class LegalDecision(Base):
    """An asylum application and its decision (or an appeal)."""

    __tablename__ = "legal_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    application_date: Mapped[date | None] = mapped_column(Date)
    # refugee / subsidiary / humanitarian / temporary / rejected / withdrawn / appeal / pending
    decision_type: Mapped[str] = mapped_column(String(20))
    decision_date: Mapped[date | None] = mapped_column(Date)
    permit_expiry: Mapped[date | None] = mapped_column(Date)
    authority_reference: Mapped[str | None] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text)
    # A per-case move-out deadline overriding the rule, for this decision only.
    move_out_deadline: Mapped[date | None] = mapped_column(Date)
    # The permit's renewal, applied for on this date.
    renewal_applied_on: Mapped[date | None] = mapped_column(Date)
    # Withdrawn as recorded in error: kept (and audited), left out of the rules.
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Placement(Base):
    __tablename__ = "placements"
    __table_args__ = (
        # A case's placements, and its current one's municipality read from the index alone
        # (`end_date IS NULL`), as the transitions list joins it to every row.
        Index("ix_placements_case_current", "case_id", "end_date", "municipality"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk())
    # reception / foster / residential / supported / own_tenancy / other
    placement_type: Mapped[str] = mapped_column(String(20))
    name: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    municipality: Mapped[str | None] = mapped_column(String(120), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    planned_end_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)  # None: current


class HousingProvider(Base):
    __tablename__ = "housing_providers"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    # social_housing / private_landlord / rental_agency / co_housing / host_family / supported_housing
    provider_type: Mapped[str] = mapped_column(String(30))
    contact_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class HousingUnit(Base):
    __tablename__ = "housing_units"
    __table_args__ = (
        # The units with a place free, for matching (revision 0015).
        Index(
            "ix_housing_units_free",
            "id",
            sqlite_where=text("retired = 0 AND places > held_places"),
            postgresql_where=text("retired = false AND places > held_places"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("housing_providers.id"), index=True)
    address: Mapped[str] = mapped_column(String(300))
    municipality: Mapped[str] = mapped_column(String(120), index=True)
    # social / co_housing / supported / private / student / host_family
    unit_type: Mapped[str] = mapped_column(String(20))
    rooms: Mapped[int] = mapped_column(Integer, default=1)
    places: Mapped[int] = mapped_column(Integer, default=1)  # households a shared unit takes
    floor_area: Mapped[float | None] = mapped_column(Numeric(8, 2))
    monthly_rent: Mapped[float | None] = mapped_column(Numeric(10, 2))
    available_from: Mapped[date | None] = mapped_column(Date)
    available_until: Mapped[date | None] = mapped_column(Date)
    accessible: Mapped[bool] = mapped_column(Boolean, default=False)
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # The places its offers hold (accepted, contract signed, moved in), counted by the
    # database's own triggers as offers change (revision 0015); never written here.
    held_places: Mapped[int] = mapped_column(Integer, server_default="0")

    provider: Mapped[HousingProvider | None] = relationship()


class HousingOffer(Base):
    __tablename__ = "housing_offers"
    __table_args__ = (
        # A unit's offers, and the places its offers hold counted from the index alone
        # (matching counts them for every unit).
        Index("ix_housing_offers_unit_state", "unit_id", "state"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("housing_units.id"))
    state: Mapped[str] = mapped_column(String(20), default="proposed")
    proposed_on: Mapped[date] = mapped_column(Date)
    move_in_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    decline_reason: Mapped[str | None] = mapped_column(String(60))
    decline_note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[HousingUnit] = relationship()
    __mapper_args__ = {"version_id_col": version}


class HousingOfferEvent(Base):
    __tablename__ = "housing_offer_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(
        ForeignKey("housing_offers.id", ondelete="CASCADE"), index=True
    )
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)


class SupportInstrument(Base):
    __tablename__ = "support_instruments"
    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(
        ForeignKey("housing_offers.id", ondelete="CASCADE"), index=True
    )
    # rent_subsidy / deposit_guarantee / rent_guarantee / intermediation
    kind: Mapped[str] = mapped_column(String(30))
    amount: Mapped[float | None] = mapped_column(Numeric(10, 2))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    provided_by: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)


class LanguageCourse(Base):
    """A language course of the partners' registry (team leads and coordinators keep it)."""

    __tablename__ = "language_courses"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True, index=True)
    name: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(20))
    cefr_level: Mapped[str] = mapped_column(String(2))  # A1..C2
    municipality: Mapped[str | None] = mapped_column(String(120))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    hours_per_week: Mapped[float | None] = mapped_column(Numeric(5, 1))
    places: Mapped[int | None] = mapped_column(Integer)
    # A retired course is no longer offered; the enrolments in it stay as they are.
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class EmploymentProgramme(Base):
    """An employment or education programme of the partners' registry."""

    __tablename__ = "employment_programmes"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # job_coaching / internship / apprenticeship / vocational_training / school
    programme_type: Mapped[str] = mapped_column(String(30))
    organisation: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str | None] = mapped_column(String(120))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    places: Mapped[int | None] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class CourseEnrolment(Base):
    __tablename__ = "course_enrolments"
    # A course's places taken are counted from the index alone (revision 0011).
    __table_args__ = (Index("ix_course_enrolments_course_id", "course_id", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("language_courses.id"))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(20), default="active"
    )  # planned/active/completed/dropped
    # The latest of its attendance records (kept here for the lists and the figures).
    attendance_percent: Mapped[int | None] = mapped_column(Integer)
    level_reached: Mapped[str | None] = mapped_column(String(2))  # A1..C2
    certificate: Mapped[str | None] = mapped_column(String(200))  # the certificate's name
    certificate_date: Mapped[date | None] = mapped_column(Date)
    # The certificate kept among the case's documents.
    certificate_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="SET NULL"), index=True
    )
    end_reason: Mapped[str | None] = mapped_column(String(300))  # why it was dropped

    course: Mapped[LanguageCourse] = relationship()


class EnrolmentAttendance(Base):
    """Attendance in a course as recorded on a day: the share of the lessons so far."""

    __tablename__ = "enrolment_attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("course_enrolments.id", ondelete="CASCADE"), index=True
    )
    recorded_on: Mapped[date] = mapped_column(Date)
    percent: Mapped[int] = mapped_column(Integer)
    hours_attended: Mapped[float | None] = mapped_column(Numeric(6, 1))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class EmploymentSupport(Base):
    __tablename__ = "employment_support"
    # A programme's places taken are counted from the index alone (revision 0011).
    __table_args__ = (Index("ix_employment_support_programme_id", "programme_id", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    # job_coaching / internship / apprenticeship / vocational_training / school
    programme_type: Mapped[str] = mapped_column(String(30))
    # The registry's programme it was chosen from (None: a school or employer typed in).
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("employment_programmes.id"))
    organisation: Mapped[str | None] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(20), default="active"
    )  # planned/active/completed/dropped
    outcome: Mapped[str | None] = mapped_column(String(300))  # in_work / in_education / none
    outcome_note: Mapped[str | None] = mapped_column(Text)


class WorkerAssignment(Base):
    __tablename__ = "worker_assignments"
    # With the case id, a worker's current cases are read from the index alone.
    __table_args__ = (Index("ix_worker_assignments_user_open", "user_id", "end_date", "case_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    role: Mapped[str] = mapped_column(String(10), default="primary")  # primary / secondary
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(String(300))
    handover_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship()


class CaseMove(Base):
    """A school change or a transfer (municipality, team, after-care service)."""

    __tablename__ = "case_moves"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    kind: Mapped[str] = mapped_column(
        String(30)
    )  # school_change / municipality_transfer / team_transfer / aftercare_transfer
    moved_on: Mapped[date] = mapped_column(Date)
    from_place: Mapped[str | None] = mapped_column(String(200))
    to_place: Mapped[str | None] = mapped_column(String(200))
    worker_continued: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str | None] = mapped_column(Text)


class TransferRequest(Base):
    """A case asked to move to another team; the receiving team lead decides."""

    __tablename__ = "transfer_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    from_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    to_team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    state: Mapped[str] = mapped_column(String(10), default="pending")  # pending/accepted/rejected
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)
    decision_reason: Mapped[str | None] = mapped_column(Text)


class ClosureRequest(Base):
    """Closing a case needs the team lead's approval."""

    __tablename__ = "closure_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(
        String(10), default="requested"
    )  # requested/approved/returned
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    comment: Mapped[str | None] = mapped_column(Text)


class LifePlanGoal(Base):
    __tablename__ = "life_plan_goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    domain: Mapped[str] = mapped_column(
        String(20)
    )  # housing/education/work/health/language/social_network
    goal: Mapped[str] = mapped_column(Text)
    target_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(20), default="open"
    )  # open/in_progress/achieved/dropped
    # The day it was achieved or dropped.
    ended_on: Mapped[date | None] = mapped_column(Date)


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note_date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(
        String(20), default="meeting"
    )  # meeting/phone/home_visit/other
    text: Mapped[str] = mapped_column(Text)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    author: Mapped[User | None] = relationship()


class Task(Base):
    __tablename__ = "tasks"
    __table_args__ = (Index("ix_tasks_owner_due", "owner_id", "done_at", "due_date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date | None] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    owner: Mapped[User | None] = relationship()


class Contact(Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    name: Mapped[str] = mapped_column(String(200))
    # guardian / mentor / family / teacher / landlord / lawyer / interpreter / other
    role: Mapped[str] = mapped_column(String(20), default="other")
    relation: Mapped[str | None] = mapped_column(String(100))  # in words: "aunt", "coach"…
    organisation: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    email: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    # No longer around the young person from this day (kept on the record).
    ended_on: Mapped[date | None] = mapped_column(Date)


class BelongingCheckin(Base):
    """A short periodic scale (1 = not at all … 5 = fully)."""

    __tablename__ = "belonging_checkins"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    checkin_date: Mapped[date] = mapped_column(Date)
    feels_safe: Mapped[int] = mapped_column(Integer)
    part_of_neighbourhood: Mapped[int] = mapped_column(Integer)
    people_to_turn_to: Mapped[int] = mapped_column(Integer)
    takes_part_in_activities: Mapped[int] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)


class CommunityActivity(Base):
    __tablename__ = "community_activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    kind: Mapped[str] = mapped_column(
        String(30)
    )  # sport_club/volunteering/tenant_association/other
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)


class ConsentRecord(Base):
    __tablename__ = "consent_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    purpose: Mapped[str] = mapped_column(String(200))
    # internal / aftercare_service / municipality / landlord / other
    recipient: Mapped[str] = mapped_column(String(40))
    given_on: Mapped[date] = mapped_column(Date)
    # A consent given for a time: it no longer covers sharing after this day.
    expires_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)


class ChecklistItemState(Base):
    """A ticked readiness item for one of a case's transitions."""

    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("case_id", "transition_kind", "item_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    transition_kind: Mapped[str] = mapped_column(String(30))
    item_key: Mapped[str] = mapped_column(String(40))
    done: Mapped[bool] = mapped_column(Boolean, default=True)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Transition(Base):
    """A transition the record implies: created the first time it does, kept for the life of the
    case, moved when the record changes, resolved with an outcome (see domain.transition_records)."""

    __tablename__ = "transitions"
    __table_args__ = (
        Index("ix_transitions_case_id", "case_id"),
        # The lists: open transitions in a date window, with what the board counts.
        Index(
            "ix_transitions_status_due_date",
            "status",
            "due_date",
            "case_id",
            "kind",
            "housing_secured",
            "readiness",
        ),
        # The transitions board filters by kind within a date window; outcome figures
        # count every transition due in a period.
        Index("ix_transitions_kind_due_date", "kind", "due_date"),
        Index("ix_transitions_resolved_on", "resolved_on"),
        # The lists (`homeward transitions`, the board's page): the open ones in the order
        # listed, with every column shown, the case's copied values included, so a list is
        # read from this index alone, without a join. Kept apart from the board's narrower
        # index above, which the board's counts walk faster.
        Index(
            "ix_transitions_open_list",
            "status",
            "due_date",
            "case_reference",
            "kind",
            "case_status",
            "housing_secured",
            "readiness",
            "uncertain",
            "missing",
            "case_given_name",
            "case_family_name",
            "case_worker_id",
            "case_team_id",
            "case_municipality",
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk())
    kind: Mapped[str] = mapped_column(String(30))
    due_date: Mapped[date] = mapped_column(Date)
    uncertain: Mapped[bool] = mapped_column(Boolean, default=False)
    # The decision (move-out, permit expiry) or placement (placement end) it follows.
    source_id: Mapped[int | None] = mapped_column(Integer)
    # adult / minor on the due date: which checklist template applies.
    age_group: Mapped[str] = mapped_column(String(10), default="adult")
    # What must be secured: housing_secured / care_placement / permit_renewal.
    secure_item: Mapped[str] = mapped_column(String(30), default="housing_secured")
    # Whether that item is secured by the due date (named for housing, the usual item).
    housing_secured: Mapped[bool] = mapped_column(Boolean, default=False)
    readiness: Mapped[int] = mapped_column(Integer, default=0)
    missing: Mapped[str] = mapped_column(String(400), default="")  # item keys joined by ';'
    status: Mapped[str] = mapped_column(String(10), default="open")  # open / resolved
    outcome: Mapped[str | None] = mapped_column(String(30))
    # The receiving service or municipality, the reason it no longer applies, a closure's reason.
    outcome_note: Mapped[str | None] = mapped_column(Text)
    housing_began: Mapped[date | None] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # Resolved by the rules (housed on time, no longer implied, case closed), not by a worker.
    resolved_automatically: Mapped[bool] = mapped_column(Boolean, default=False)
    created_on: Mapped[date | None] = mapped_column(Date)
    # Copies of what the lists show of the case (and of its current placement), so a list of
    # tens of thousands of transitions needs no join. `db.transition_copies` keeps them true on
    # every flush that changes a case, a placement or a transition's case; writers that insert
    # transitions without the ORM call `transition_copies.refresh` (or fill them, the demo).
    case_reference: Mapped[str | None] = mapped_column(String(40))
    case_given_name: Mapped[str | None] = mapped_column(String(120))
    case_family_name: Mapped[str | None] = mapped_column(String(120))
    case_status: Mapped[str | None] = mapped_column(String(10))
    case_worker_id: Mapped[int | None] = mapped_column(Integer)
    case_team_id: Mapped[int | None] = mapped_column(Integer)
    case_municipality: Mapped[str | None] = mapped_column(String(120))


class AuditEntry(Base):
    """Append-only; each entry's hash chains to the previous one."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_case_id", "case_id"),
        Index("ix_audit_log_at", "at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str | None] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    case_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[Any] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Entries written before their values were sealed (revision 0008): `hash` still links the
    # chain, and this is the hash of the content as it is now stored (see db/sealing.py).
    sealed_hash: Mapped[str | None] = mapped_column(String(64))


class DatabaseIdentity(Base):
    """The database's own random id (one row): anchors and backups are matched by it."""

    __tablename__ = "database_identity"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class CaseKey(Base):
    """The key that seals a case's audit values; erasing the person destroys it."""

    __tablename__ = "case_keys"
    case_id: Mapped[int] = mapped_column(_case_fk(), primary_key=True, autoincrement=False)
    # 32 random bytes as hex; None once the person was erased (no new key is made then).
    key: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime)


# --- documents and appointments ----------------------------------------------


class Document(Base):
    """A file kept on a case (PDF, JPEG or PNG); its bytes live in `document_chunks`."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk(), index=True)
    title: Mapped[str] = mapped_column(String(200))
    # decision / permit / lease / consent / certificate / identity_document / other
    kind: Mapped[str] = mapped_column(String(30), default="other")
    document_date: Mapped[date | None] = mapped_column(Date)
    content_type: Mapped[str] = mapped_column(String(40))  # recognised from the content
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    # A signed consent or a lease belongs to the consent or the offer it documents.
    consent_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent_records.id", ondelete="SET NULL"), index=True
    )
    offer_id: Mapped[int | None] = mapped_column(
        ForeignKey("housing_offers.id", ondelete="SET NULL"), index=True
    )
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(DateTime)

    added_by: Mapped[User | None] = relationship()


class DocumentChunk(Base):
    """One piece of a document's bytes, so a file is written and read a piece at a time."""

    __tablename__ = "document_chunks"
    __table_args__ = (
        UniqueConstraint("document_id", "seq"),
        # A copy of the database (migrate-to) moves these a few at a time, not thousands.
        {"info": {"copy_batch_rows": 8}},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Appointment(Base):
    """A meeting, home visit, hearing, viewing… at a time and place, on a case."""

    __tablename__ = "appointments"
    __table_args__ = (
        Index("ix_appointments_worker_starts_at", "worker_id", "starts_at"),
        Index("ix_appointments_case_id_starts_at", "case_id", "starts_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(_case_fk())
    # meeting / home_visit / hearing / viewing / course / other
    kind: Mapped[str] = mapped_column(String(20))
    # Wall-clock time where the office is (the computer's time zone).
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=60)
    place: Mapped[str | None] = mapped_column(String(300))
    with_young_person: Mapped[bool] = mapped_column(Boolean, default=True)
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str | None] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(
        String(12), default="planned"
    )  # planned/kept/cancelled/missed
    note: Mapped[str | None] = mapped_column(Text)
    # A viewing is of the unit of one of the case's housing offers.
    offer_id: Mapped[int | None] = mapped_column(
        ForeignKey("housing_offers.id", ondelete="SET NULL")
    )
    # The worker whose calendar it belongs in (the one who planned it, unless given).
    worker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    follow_up_task_id: Mapped[int | None] = mapped_column(
        ForeignKey("tasks.id", ondelete="SET NULL")
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    worker: Mapped[User | None] = relationship(foreign_keys=[worker_id])
    __mapper_args__ = {"version_id_col": version}


class AppointmentAttendee(Base):
    """Who else attends: a colleague (a user) or someone named (guardian, lawyer…)."""

    __tablename__ = "appointment_attendees"
    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(200))
