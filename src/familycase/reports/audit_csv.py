"""The audit log as CSV, for a data protection officer or an investigation."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from familycase.services.audit_log import AuditEntryView

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
]


def audit_csv(entries: Iterable[AuditEntryView]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow(
            [
                e.seq,
                e.at,
                _safe(e.actor_name),
                e.actor_id or "",
                e.action,
                e.object_type,
                e.object_id or "",
                e.family_id or "",
                _safe(json.dumps(e.detail, sort_keys=True)) if e.detail else "",
            ]
        )
    return out.getvalue()


def _safe(text: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a cell must not start with = + - @."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
