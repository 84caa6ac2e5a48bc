"""practice records: risk and alert flags, people across families, documents, chronology

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 09:00:00

Four per-family record tables, each only ids, the family and a time in plaintext; everything
else is in ``payload_ct`` (and a document's file in ``content_ct``). Contact notes and referrals
gain fields inside their encrypted payloads (edit history, child seen, significant; decision
reason), which need no schema change: older payloads read with the new fields' defaults.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# table -> its plaintext time column; every table also has a ciphertext payload
_TABLES = {
    "risk_flags": "recorded_at",
    "person_links": "decided_at",
    "documents": "added_at",
    "chronology_entries": "recorded_at",
}


def upgrade() -> None:
    for table, time_column in _TABLES.items():
        columns = [
            sa.Column(time_column, sa.DateTime(), nullable=False),
            sa.Column("id", sa.String(length=32), nullable=False),
            sa.Column("family_id", sa.String(length=32), nullable=False),
            sa.Column("payload_ct", sa.LargeBinary(), nullable=False),
        ]
        if table == "documents":
            columns.insert(1, sa.Column("content_ct", sa.LargeBinary(), nullable=False))
        op.create_table(
            table,
            *columns,
            sa.ForeignKeyConstraint(
                ["family_id"], ["families.id"], name=op.f(f"fk_{table}_family_id_families")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_family_id"), ["family_id"], unique=False)


def downgrade() -> None:
    for table in reversed(list(_TABLES)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_family_id"))
        op.drop_table(table)
