"""signed staff directory, family manifests, audit pins of family state, ring state

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 09:00:00

Existing vaults have no directory after this upgrade: an administrator signs the current staff
list once (`familycase directory adopt`, or the prompt in the desktop app). Families get their
manifests the first time a worker who holds their key signs in.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "directory",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("signer", sa.String(length=40), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_directory")),
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ring_state", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.add_column(sa.Column("manifest_ct", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("family_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("family_state", sa.String(length=120), nullable=True))
        batch_op.create_index(batch_op.f("ix_audit_log_family_id"), ["family_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_family_id"))
        batch_op.drop_column("family_state")
        batch_op.drop_column("family_id")
    with op.batch_alter_table("families", schema=None) as batch_op:
        batch_op.drop_column("manifest_ct")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("ring_state")
    op.drop_table("directory")
