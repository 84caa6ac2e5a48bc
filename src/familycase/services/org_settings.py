"""The organisation's settings (approvals, jurisdiction, follow-up, allocation cap and weights,
the in-tray's thresholds), read from and changed through the signed staff directory.

Every decision reads ``us.staff.settings``: the state the signed directory describes, verified
from the worker's pinned root at sign-in and refreshed at every transaction. Nothing about
these settings is kept in a plain table, so editing the database cannot switch approvals off:
a forged or altered entry fails its signature, and a removed one is noticed like any other
directory entry (see services/directory.py and services/seen.py).
"""

from __future__ import annotations

from typing import Any

from familycase.domain.enums import Role
from familycase.domain.errors import validated
from familycase.domain.settings import OrganisationSettings
from familycase.services.audit import Action, AuditEvent
from familycase.services.errors import InvalidRequest
from familycase.services.families import require_role
from familycase.services.users import require_signed_directory, sign_directory
from familycase.services.vault import UserSession


def current(us: UserSession) -> OrganisationSettings:
    """The settings in force, as the signed directory has them."""
    with us.read():
        return us.staff.settings


def change(us: UserSession, **changes: Any) -> OrganisationSettings:
    """An administrator changes some settings; the rest stay as they are. One signed entry."""
    require_role(us, Role.ADMINISTRATOR)
    require_signed_directory(us)
    before = current(us)
    merged = validated(OrganisationSettings, {**before.model_dump(), **changes})
    if merged == before:
        raise InvalidRequest("Nothing has changed: those are the settings already in force.")
    with us.write() as s:
        sign_directory(us, s, "settings", {"settings": merged.body()})
        us.audit(
            s,
            AuditEvent(
                Action.EDIT,
                "settings",
                None,
                {"changed": sorted(k for k in changes if getattr(before, k) != getattr(merged, k))},
            ),
        )
    return us.staff.settings
