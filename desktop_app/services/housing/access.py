"""Who may do what with housing (DESIGN.md's matrix, applied to housing).

- reading units, providers and a unit's offer history: everyone but
  administrators (who see no case content); the history names a case only to
  those who may read it;
- the registry (create, edit, retire providers and units): team leads and
  coordinators — they negotiate with landlords for the whole service; social
  workers read it and propose from it;
- offers and their support instruments: whoever may edit the case (its
  assigned workers and the team lead of its team), checked where the case is loaded.
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


def require_registry_editor(actor: Actor, what: str) -> None:
    if not can_edit_registry(actor):
        raise PermissionDeniedError(
            _("Permission denied: only team leads and coordinators may {what}.", what=what),
            actor=actor,
            detail={"what": what},
        )
