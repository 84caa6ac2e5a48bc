"""Where the vault lives: --data, then FAMILYCASE_DATA, then the platform data directory.

A vault is a folder (file vault or laptop replica) or a PostgreSQL URL (team server). A server
URL may name the user; the password comes from libpq's own sources (``PGPASSWORD``,
``~/.pgpass``, a service file) or a prompt, and FamilyCase never stores it. ``display`` never
shows a password.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import URL, make_url

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
    if value and is_server_url(value):
        return value
    return resolve_data_dir(option)


SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")
DRIVER = "postgresql+psycopg"


def is_server_url(value: str | Path) -> bool:
    return isinstance(value, str) and value.startswith(SERVER_SCHEMES)


def server_url(value: str) -> URL:
    """The URL with FamilyCase's driver (psycopg 3), whatever scheme it was given with."""
    url = make_url(value.replace("postgres://", "postgresql://", 1))
    return url.set(drivername=DRIVER)


def display(value: str | Path) -> str:
    if is_server_url(value):
        return server_url(str(value)).render_as_string(hide_password=True)
    return str(value)


def keys_url_for(main: URL, stored: str | None) -> URL:
    """The key-share database: as recorded at ``server init`` (without credentials), with the
    main connection's user and password where it names none; by default the main database's
    name with ``_keys`` added, on the same server."""
    if stored:
        url = server_url(stored)
        if url.username is None:
            url = url.set(username=main.username)
        if url.password is None and url.username == main.username:
            url = url.set(password=main.password)
        return url
    return main.set(database=f"{main.database}_keys")
