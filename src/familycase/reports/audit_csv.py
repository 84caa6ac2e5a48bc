"""The audit log as CSV, for a data protection officer or an investigation."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from familycase.reports.cells import csv_bytes, csv_text
from familycase.services import audit_log, outputs
from familycase.services.audit_log import AuditEntryView
from familycase.services.vault import UserSession

COLUMNS = [
    "sequence",
    "time_utc",
    "worker",
    "worker_id",
    "action",
    "object_type",
    "object_id",
    "family_id",
    "details",
    "laptop",
]


def audit_csv(entries: Iterable[AuditEntryView]) -> str:
    return csv_text(
        COLUMNS,
        (
            [
                e.seq,
                e.at,
                e.actor_name,
                e.actor_id or "",
                e.action,
                e.object_type,
                e.object_id or "",
                e.family_id or "",
                json.dumps(e.detail, sort_keys=True) if e.detail else "",
                e.laptop or "",
            ]
            for e in entries
        ),
    )


def write_audit_csv(
    us: UserSession, entries: list[AuditEntryView], path: Path, filters: dict[str, str]
) -> Path:
    """The registered output ``audit_csv``: written owner-only, whole, and audited as an
    export (the audit log records who took a copy of it)."""
    written = outputs.write_private(path, csv_bytes(audit_csv(entries)))
    audit_log.record_audit_export(us, len(entries), filters)
    return written
