"""What every printed document shares: its header and footer facts, the words for risk, the teams
to choose from, and the audit entry of a print."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.db.models import User
from desktop_app.domain import i18n
from desktop_app.domain.i18n import message as _
from desktop_app.domain.transitions import TransitionRules
from desktop_app.services import clock, settings
from desktop_app.services.actor import ROLE_LABELS, Actor, Role
from desktop_app.services.errors import ValidationError
from desktop_app.services.trust import audit
from desktop_app.services.trust.permissions import load_case_for_read, require_case_content_role


@dataclass(frozen=True)
class DocumentMeta:
    """Header and footer facts of every document."""

    title: str
    organisation: str
    logo_path: str | None
    printed_by: str
    printed_on: datetime
    page_size: str = "A4"  # A4 / Letter
    locale: str = "en_GB"
    subtitle: str = ""
    language: str = "en"  # the words of the document: en, da, sv, de
    rules: TransitionRules = field(default_factory=TransitionRules)


def document_meta(
    session: Session,
    actor: Actor,
    title: str,
    *,
    page_size: str = "A4",
    locale: str | None = None,
    subtitle: str = "",
    fallback_locale: str | None = None,
    language: str | None = None,
) -> DocumentMeta:
    """Header and footer facts; dates follow `locale`, else the user's language, else the fallback
    (the app passes the system locale)."""
    if page_size not in ("A4", "Letter"):
        raise ValidationError(
            {
                "page_size": _(
                    "'{page_size}' is not a page size (A4 or Letter).", page_size=page_size
                )
            }
        )
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    return DocumentMeta(
        title=title,
        organisation=settings.organisation_name(session),
        logo_path=settings.organisation_logo(session),
        printed_by=(user.full_name if user else actor.full_name) or actor.username,
        printed_on=clock.now(),
        page_size=page_size,
        locale=locale
        or (user.language if user and user.language else None)
        or fallback_locale
        or "en_GB",
        subtitle=subtitle,
        language=i18n.normalise(language) if language else i18n.default_language(),
        rules=settings.transition_rules(session),
    )


def record_printed(
    session: Session,
    actor: Actor,
    document: str,
    *,
    output: str,
    reference: str | None = None,
    detail: dict[str, Any] | None = None,
    language: str | None = None,
    case_id: int | None = None,
) -> None:
    """Every print or save of a document: who, what, which case, where it went, in which
    language. `case_id`: the case of a document built in this unit of work (already looked
    up and checked there); otherwise `reference` is looked up."""
    if case_id is None and reference is not None:
        case_id = load_case_for_read(session, actor, reference).id
    audit.record(
        session,
        actor,
        "printed",
        entity="document",
        entity_id=document,
        case_id=case_id,
        detail=_printed_detail(document, output, reference, language, detail),
    )


def _printed_detail(
    document: str,
    output: str,
    reference: str | None,
    language: str | None,
    detail: dict[str, Any] | None,
) -> dict[str, Any]:
    """What a print's audit entry says, the same for one print and for a batch's."""
    return {
        "document": document,
        "output": output,
        **({"reference": reference} if reference else {}),
        **({"language": language} if language else {}),
        **(detail or {}),
    }


def record_printed_many(
    session: Session,
    actor: Actor,
    document: str,
    printed: Sequence[tuple[int, str, str]],
    *,
    detail: dict[str, Any] | None = None,
    language: str | None = None,
) -> None:
    """The prints of a batch, one entry each as `record_printed` writes it, appended at once.

    `printed`: (case id, reference, output) of each document, its case already looked up
    and checked when its data was read.
    """
    audit.record_many(
        session,
        actor,
        [
            audit.NewEntry(
                action="printed",
                entity="document",
                entity_id=document,
                case_id=case_id,
                detail=_printed_detail(document, output, reference, language, detail),
            )
            for case_id, reference, output in printed
        ],
    )


def role_label(actor: Actor) -> str:
    return ROLE_LABELS.get(actor.role, str(actor.role))


def references_text(references: Sequence[str]) -> str:
    return ", ".join(references[:5]) + (
        f" and {len(references) - 5} more" if len(references) > 5 else ""
    )


def team_names(session: Session, actor: Actor) -> list[str]:
    """Teams the person may pick for a report: their own (leads) or all (coordinators)."""
    from desktop_app.db.models import Team

    require_case_content_role(actor)
    query = select(Team.name).where(Team.active.is_(True)).order_by(Team.name)
    if actor.role in (Role.TEAM_LEAD, Role.SOCIAL_WORKER) and not actor.is_system:
        query = query.where(Team.id == actor.team_id)
    return list(session.scalars(query))
