"""Opening the database: SQLite on disk by default (PostgreSQL later, same schema)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import sqlcipher3  # a SQLite built with SQLCipher, same DB-API as sqlite3
from sqlalchemy import URL, Engine, create_engine, event

SQLITE_FILE = "familycase.sqlite3"
# SQLite's errors, from the plain driver or the encrypted one (a laptop replica).
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
SQLITE_DATABASE_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.DatabaseError,
    sqlcipher3.DatabaseError,
)


BUSY_TIMEOUT_MS = 30_000
BEGIN_OPTION = "familycase_sqlite_begin"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # FamilyCase emits BEGIN itself (see _begin): the driver's own implicit transactions would
    # start every write as DEFERRED, and two deferred writers can fail instead of waiting.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL for crash safety and readers during writes; FULL sync so a committed change survives
    # power loss; secure_delete so freed pages (old ciphertext, old keys) are zeroed; temp
    # tables and sort spill in memory, never in unencrypted temp files.
    for pragma in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA secure_delete=ON",
        "PRAGMA temp_store=MEMORY",
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    ):
        cursor.execute(pragma)
    cursor.close()


def _begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(BEGIN_OPTION, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _sqlite(url: str) -> Engine:
    engine = create_engine(url, future=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def sqlite_engine(path: Path) -> Engine:
    return _sqlite(f"sqlite:///{path}")


class KeyHolder:
    """The key of an encrypted (SQLCipher) database: set when its worker signs in, dropped
    when they lock; a connection needs it to read a single page."""

    def __init__(self) -> None:
        self.key: bytes | None = None


class DatabaseLocked(Exception):
    """An encrypted database was asked for before its key was given (nobody signed in)."""


def sqlcipher_engine(path: Path, holder: KeyHolder) -> Engine:
    """A SQLite file encrypted as a whole (SQLCipher: AES-256, HMAC per page): a laptop
    replica's database and key-share file. Every connection first gives the key; a wrong key
    (or a damaged file) fails at the first read as 'file is not a database'."""
    engine = create_engine(f"sqlite:///{path}", module=sqlcipher3, future=True)

    def give_key(dbapi_connection: Any, _record: Any) -> None:
        if holder.key is None:
            raise DatabaseLocked("this replica is locked: sign in first")
        dbapi_connection.execute(f"PRAGMA key = \"x'{holder.key.hex()}'\"")

    event.listen(engine, "connect", give_key)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine for write transactions. On SQLite they begin IMMEDIATE, taking the
    write lock at once: a second writer waits (busy timeout) instead of failing when it first
    writes; readers are never blocked (WAL)."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def engine_for_url(url: str) -> Engine:
    if url.startswith("sqlite"):
        return _sqlite(url)
    return server_engine(url)


def server_engine(url: str | URL, password: str | None = None) -> Engine:
    """A team server (PostgreSQL through psycopg 3). The password, where the URL has none,
    comes from libpq (PGPASSWORD, ~/.pgpass, a service file) or from ``password`` (a prompt).
    Connections are checked before use, so a server that dropped them is reconnected to."""
    connect_args: dict[str, Any] = {"application_name": "FamilyCase", "connect_timeout": 10}
    if password is not None:
        connect_args["password"] = password
    return create_engine(url, future=True, pool_pre_ping=True, connect_args=connect_args)
