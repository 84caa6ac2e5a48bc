"""Managers' place: reports built from the reporting layer (no family keys)."""
