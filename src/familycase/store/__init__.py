"""SQLAlchemy tables, the database engine, ciphertext binding and Alembic migrations."""
