"""Pure rules and types: pydantic models, enums, validation. No Qt, no SQLAlchemy, no I/O."""
