"""Who may do what with the partners' registries (DESIGN.md's matrix, applied to them).

- reading the courses and programmes: everyone with case content (not administrators);
- keeping them (create, edit, retire, reinstate): team leads and coordinators, who deal
  with the language schools, job centres and employers for the whole service;
- enrolling a young person and updating the enrolment or support: whoever may edit the
  case (its assigned workers and the team lead), checked where the case is loaded.
"""

from __future__ import annotations

from desktop_app.domain.i18n import message as _
from desktop_app.services.actor import Actor, Role
from desktop_app.services.errors import PermissionDeniedError
from desktop_app.services.trust.permissions import require_case_content_role


def can_edit_registry(actor: Actor) -> bool:
    return actor.is_system or actor.role in (Role.TEAM_LEAD, Role.COORDINATOR)


def require_reader(actor: Actor) -> None:
    require_case_content_role(actor)


def require_registry_editor(actor: Actor) -> None:
    if not can_edit_registry(actor):
        raise PermissionDeniedError(
            _(
                "Permission denied: only team leads and coordinators may change the partners' offers."
            ),
            actor=actor,
            detail={"what": "change the partners' offers"},
        )
