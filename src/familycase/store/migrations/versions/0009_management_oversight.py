"""management oversight: approvals, follow-up after closure, supervision; allocation order

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 12:00:00

Four per-family record tables (approvals, follow_ups, supervision_notes,
supervision_actions): ids, dates, statuses and the workers concerned in plaintext, everything
said in ``payload_ct``. One organisation table, ``supervision_sessions`` (who met whom, when,
and the next date; signed by the team leader who recorded it). ``lead_allocations.sequence``
numbers a family's allocations in the order they were made; rows made before this revision
keep it null (so their manifest digests are unchanged) and count as coming first.

The organisation's settings (approvals, jurisdiction, follow-up months, allocation cap and
weights) are not a table: they are entries of the signed staff directory.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _family_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("family_id", sa.String(length=32), nullable=False),
        sa.Column("payload_ct", sa.LargeBinary(), nullable=False),
    ]


def _family_keys(table: str) -> list[sa.Constraint]:
    return [
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f(f"fk_{table}_family_id_families")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
    ]


def _index(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in columns:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def upgrade() -> None:
    with op.batch_alter_table("lead_allocations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sequence", sa.Integer(), nullable=True))

    op.create_table(
        "approvals",
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requested_by", sa.String(length=32), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("decided_by", sa.String(length=32), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        *_family_columns(),
        sa.ForeignKeyConstraint(
            ["requested_by"], ["users.id"], name=op.f("fk_approvals_requested_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"], ["users.id"], name=op.f("fk_approvals_decided_by_users")
        ),
        *_family_keys("approvals"),
    )
    _index("approvals", "family_id", "status")

    op.create_table(
        "follow_ups",
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.String(length=32), nullable=True),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        *_family_columns(),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_follow_ups_owner_id_users")
        ),
        *_family_keys("follow_ups"),
    )
    _index("follow_ups", "due_on", "family_id", "owner_id")

    op.create_table(
        "supervision_sessions",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=True),
        sa.Column("worker_id", sa.String(length=32), nullable=False),
        sa.Column("supervisor_id", sa.String(length=32), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.Column("families", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_supervision_sessions_team_id_teams")
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["users.id"], name=op.f("fk_supervision_sessions_worker_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["supervisor_id"],
            ["users.id"],
            name=op.f("fk_supervision_sessions_supervisor_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_sessions")),
    )
    _index("supervision_sessions", "supervisor_id", "worker_id")

    op.create_table(
        "supervision_notes",
        sa.Column("session_id", sa.String(length=32), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        *_family_columns(),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["supervision_sessions.id"],
            name=op.f("fk_supervision_notes_session_id_supervision_sessions"),
        ),
        *_family_keys("supervision_notes"),
    )
    _index("supervision_notes", "family_id", "session_id")

    op.create_table(
        "supervision_actions",
        sa.Column("note_id", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=32), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        *_family_columns(),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["supervision_notes.id"],
            name=op.f("fk_supervision_actions_note_id_supervision_notes"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["users.id"], name=op.f("fk_supervision_actions_owner_id_users")
        ),
        *_family_keys("supervision_actions"),
    )
    _index("supervision_actions", "family_id", "note_id", "owner_id")


def downgrade() -> None:
    for table in ("supervision_actions", "supervision_notes", "supervision_sessions",
                  "follow_ups", "approvals"):  # fmt: skip
        op.drop_table(table)
    with op.batch_alter_table("lead_allocations", schema=None) as batch_op:
        batch_op.drop_column("sequence")
