"""Time, in one place, so that rules about dates are testable."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now() -> datetime:
    """Naive UTC: portable between SQLite and PostgreSQL DateTime columns."""
    return datetime.now(UTC).replace(tzinfo=None)


def today() -> date:
    return date.today()
