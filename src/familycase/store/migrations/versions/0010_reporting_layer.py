"""the reporting layer: each family's summary, its reporting copy, and reports' share log

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-15 09:00:00

``family_reports`` (a per-family record: the family's ``familycase.summary/2`` under its own
data key, which the next change updates section by section), ``reporting_summaries`` (the same
summary sealed to the organisation reporting key, one row per family, also fed by imported
bundles) and ``report_shares`` (the share log of outputs built from the reporting layer).
Self-contained: creates only its own tables. Imported summaries of the older
``imported_summaries`` table are copied into the reporting layer when a holder of both keys
signs in (services/reporting.py), not here: the migration holds no key.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "family_reports",
        sa.Column("built_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("family_id", sa.String(length=32), nullable=False),
        sa.Column("payload_ct", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"], ["families.id"], name=op.f("fk_family_reports_family_id_families")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_reports")),
    )
    with op.batch_alter_table("family_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_family_reports_family_id"), ["family_id"], unique=False)
    op.create_table(
        "reporting_summaries",
        sa.Column("family_id", sa.String(length=32), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("sender_id", sa.String(length=32), nullable=True),
        sa.Column("bundle_id", sa.String(length=32), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("summary_ct", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("family_id", name=op.f("pk_reporting_summaries")),
    )
    with op.batch_alter_table("reporting_summaries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_reporting_summaries_team_id"), ["team_id"], unique=False
        )
    op.create_table(
        "report_shares",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.String(length=32), nullable=False),
        sa.Column("output", sa.String(length=40), nullable=False),
        sa.Column("families", sa.Integer(), nullable=False),
        sa.Column("withheld", sa.Integer(), nullable=False),
        sa.Column("payload_ct", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_report_shares_actor_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_shares")),
    )
    with op.batch_alter_table("report_shares", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_shares_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("report_shares", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_shares_at"))
    op.drop_table("report_shares")
    with op.batch_alter_table("reporting_summaries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reporting_summaries_team_id"))
    op.drop_table("reporting_summaries")
    with op.batch_alter_table("family_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_reports_family_id"))
    op.drop_table("family_reports")
