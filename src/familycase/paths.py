"""Where the vault lives: --data, then FAMILYCASE_DATA, then the platform data directory."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "FamilyCase"


def default_data_dir() -> Path:
    env = os.environ.get("FAMILYCASE_DATA")
    if env:
        return Path(env).expanduser()
    return user_data_path(APP_NAME, appauthor=False)


def resolve_data_dir(option: str | None) -> Path:
    return Path(option).expanduser() if option else default_data_dir()


def resolve_location(option: str | None) -> Path | str:
    """A folder, or a team server's ``postgresql://`` URL, from --data or FAMILYCASE_DATA."""
    value = option or os.environ.get("FAMILYCASE_DATA")
    if value and value.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
        return value
    return resolve_data_dir(option)
