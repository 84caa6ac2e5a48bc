"""Alembic environment: always run with a connection handed over by store/migrate.py."""

from __future__ import annotations

from alembic import context

from familycase.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("familycase migrations run through familycase.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
