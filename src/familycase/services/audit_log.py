"""Reading the audit log: filters for team leaders and administrators, and a CSV export."""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from familycase.crypto import box
from familycase.crypto.errors import IntegrityError
from familycase.services import audit
from familycase.services.audit import Action, AuditEvent
from familycase.services.errors import PermissionDenied
from familycase.services.vault import AUDIT_KEY, UserSession
from familycase.store.schema import AuditRow, DeviceRow, ReplicaAuditRow, UserRow


@dataclass(frozen=True)
class AuditEntryView:
    seq: int
    at: str
    actor_id: str | None
    actor_name: str
    action: str
    object_type: str
    object_id: str | None
    detail: dict[str, Any] | None  # None when there is none; {"unreadable": True} if damaged
    # Recorded on this laptop replica (its name), and brought in at check-in; ``seq`` is then
    # the entry's place in that laptop's own chain. None: the team store's own log.
    laptop: str | None = None

    @property
    def family_id(self) -> str | None:
        if self.object_type == "family":
            return self.object_id
        if self.detail and isinstance(self.detail.get("family"), str):
            return self.detail["family"]
        return None


def query_audit(
    us: UserSession,
    *,
    actor_id: str | None = None,
    family_id: str | None = None,
    action: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
) -> list[AuditEntryView]:
    """Entries matching every filter given, newest first, with their details opened: the team
    store's own and those its laptop replicas brought in at check-in (work done offline)."""
    if not us.worker.reads_audit:
        raise PermissionDenied("Only team leaders and administrators can read the audit log.")
    raw_key = us.org_key(AUDIT_KEY)
    key = X25519PrivateKey.from_private_bytes(raw_key) if raw_key else None
    queries = []
    for table in (AuditRow, ReplicaAuditRow):
        query = select(table).order_by(
            table.seq.desc() if table is AuditRow else table.at.desc(), table.seq.desc()
        )
        if actor_id is not None:
            query = query.where(table.actor_id == actor_id)
        if action is not None:
            query = query.where(table.action == action)
        if since is not None:
            query = query.where(table.at >= since.isoformat())
        if until is not None:  # inclusive: everything before the next day
            query = query.where(table.at < (until + timedelta(days=1)).isoformat())
        queries.append(query)
    with us.read() as s:
        names = dict(s.execute(select(UserRow.id, UserRow.display_name)).all())
        laptops = dict(s.execute(select(DeviceRow.replica_id, DeviceRow.name)).all())
        own = s.scalars(queries[0]).all()
        brought = s.scalars(queries[1]).all()
    result: list[AuditEntryView] = []
    for row in _newest_first(own, brought):
        laptop = None
        if isinstance(row, ReplicaAuditRow):
            laptop = laptops.get(row.replica_id) or row.replica_id[:8]
        entry = AuditEntryView(
            row.seq,
            row.at,
            row.actor_id,
            names.get(row.actor_id or "", ""),
            row.action,
            row.object_type,
            row.object_id,
            _detail(key, row),
            laptop,
        )
        if family_id is not None and entry.family_id != family_id:
            continue
        result.append(entry)
        if limit is not None and len(result) >= limit:
            break
    return result


def _newest_first(
    own: Sequence[AuditRow], brought: Sequence[ReplicaAuditRow]
) -> Iterator[AuditRow | ReplicaAuditRow]:
    """Both logs merged by time, newest first; the team's own stay in chain order (the team's
    own entry first at a tie)."""
    return heapq.merge(own, brought, key=lambda row: row.at, reverse=True)


def _detail(key: X25519PrivateKey | None, row: AuditRow | ReplicaAuditRow) -> dict[str, Any] | None:
    if row.detail_ct is None:
        return None
    if key is None:
        return {"sealed": True}
    try:
        return json.loads(box.open_box(key, row.detail_ct, audit.detail_context(row.seq)))
    except (IntegrityError, ValueError):
        return {"unreadable": True}


def record_audit_export(us: UserSession, rows: int, filters: dict[str, str]) -> None:
    with us.write() as s:
        us.audit(s, AuditEvent(Action.EXPORT, "audit_log", None, {"rows": rows, **filters}))
