"""laptop replicas: devices, check-outs, replicas' audit entries, conflicting versions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 03:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("replica_id", sa.String(length=32), nullable=False),
        sa.Column("worker_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["users.id"], name=op.f("fk_devices_worker_id_users")
        ),
        sa.PrimaryKeyConstraint("replica_id", name=op.f("pk_devices")),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_devices_worker_id"), ["worker_id"], unique=False)
    op.create_table(
        "checkouts",
        sa.Column("family_id", sa.String(length=32), nullable=False),
        sa.Column("replica_id", sa.String(length=32), nullable=False),
        sa.Column("worker_id", sa.String(length=32), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=120), nullable=False),
        sa.Column("recalled_at", sa.DateTime(), nullable=True),
        sa.Column("recalled_by", sa.String(length=32), nullable=True),
        sa.Column("baseline_ct", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_checkouts_family_id_families")
        ),
        sa.ForeignKeyConstraint(
            ["replica_id"], ["devices.replica_id"], name=op.f("fk_checkouts_replica_id_devices")
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["users.id"], name=op.f("fk_checkouts_worker_id_users")
        ),
        sa.PrimaryKeyConstraint("family_id", name=op.f("pk_checkouts")),
    )
    with op.batch_alter_table("checkouts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkouts_replica_id"), ["replica_id"], unique=False)
    op.create_table(
        "replica_audit",
        sa.Column("replica_id", sa.String(length=32), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor_id", sa.String(length=32), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_type", sa.String(length=40), nullable=False),
        sa.Column("object_id", sa.String(length=64), nullable=True),
        sa.Column("detail_ct", sa.LargeBinary(), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=True),
        sa.Column("family_id", sa.String(length=32), nullable=True),
        sa.Column("family_state", sa.String(length=120), nullable=True),
        sa.Column("checked_in_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("replica_id", "seq", name=op.f("pk_replica_audit")),
    )
    op.create_table(
        "conflicts",
        sa.Column("replica_id", sa.String(length=32), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("family_id", sa.String(length=32), nullable=False),
        sa.Column("payload_ct", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_conflicts_family_id_families")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conflicts_family_id"), ["family_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conflicts_family_id"))
    op.drop_table("conflicts")
    op.drop_table("replica_audit")
    with op.batch_alter_table("checkouts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkouts_replica_id"))
    op.drop_table("checkouts")
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_devices_worker_id"))
    op.drop_table("devices")
