"""Where a vault is: a folder (file vault or laptop replica) or a PostgreSQL URL (team server).

``--data`` / ``FAMILYCASE_DATA`` takes either. A server URL may name the user; the password
comes from libpq's own sources (``PGPASSWORD``, ``~/.pgpass``, a service file) or a prompt, and
FamilyCase never stores it. ``display`` never shows a password.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

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


@dataclass(frozen=True)
class Place:
    """A parsed ``--data`` value."""

    folder: Path | None = None
    url: URL | None = None

    @classmethod
    def of(cls, value: str | Path) -> Place:
        if is_server_url(value):
            return cls(url=server_url(str(value)))
        return cls(folder=Path(value).expanduser())

    @property
    def is_server(self) -> bool:
        return self.url is not None

    def describe(self) -> str:
        if self.url is not None:
            return self.url.render_as_string(hide_password=True)
        return str(self.folder)
