"""bundle_imports.sequence as a 64-bit integer: a bundle's sequence is never lower than the
sender's clock in milliseconds, which does not fit PostgreSQL's 32-bit integer (importing any
bundle on a team server failed with "integer out of range")

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("bundle_imports", schema=None) as batch_op:
        batch_op.alter_column(
            "sequence", existing_type=sa.Integer(), type_=sa.BigInteger(), existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("bundle_imports", schema=None) as batch_op:
        batch_op.alter_column(
            "sequence", existing_type=sa.BigInteger(), type_=sa.Integer(), existing_nullable=False
        )
