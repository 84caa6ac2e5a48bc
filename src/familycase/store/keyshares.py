"""The key-share file: one half of every family's data key, kept outside the main database.

A family's data key is split 2-of-2 (XOR secret sharing): the *family key* travels in the grants
stored in the main database, and the *share* lives only here. Neither half alone says anything
about the data key. Destroying a family at the end of retention deletes its share, so even a
copy of the main database taken just before (a backup, a stolen laptop image of that file) can no
longer be decrypted (crypto-shredding). Back this file up with the database, under a retention
no longer than the records' own.

This file holds no personal data and nothing secret on its own. It is a separate SQLite file so
that it can be kept, backed up and destroyed separately; on a team server it will be a separate
database.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    Column,
    Engine,
    LargeBinary,
    MetaData,
    String,
    Table,
    delete,
    insert,
    inspect,
    select,
)

from familycase.store.database import sqlite_engine

SHARES_FILE = "familycase-keys.sqlite3"
SHARE_BYTES = 32
FORMAT = "familycase.keyshares/1"

_metadata = MetaData()
_shares = Table(
    "family_key_shares",
    _metadata,
    Column("family_id", String(32), primary_key=True),
    Column("share", LargeBinary, nullable=False),
    Column("created_at", String(32), nullable=False),
)
_meta = Table(
    "keyshare_meta",
    _metadata,
    Column("key", String(32), primary_key=True),
    Column("value", String(200), nullable=False),
)


class KeyShareError(Exception):
    pass


def combine(family_key: bytes, share: bytes) -> bytes:
    """The data key: family key XOR share (2-of-2 secret sharing)."""
    if len(family_key) != SHARE_BYTES or len(share) != SHARE_BYTES:
        raise KeyShareError("a family key or key share has the wrong length")
    combined = int.from_bytes(family_key, "big") ^ int.from_bytes(share, "big")
    return combined.to_bytes(SHARE_BYTES, "big")


class KeyShareStore:
    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location

    @classmethod
    def create(cls, folder: Path) -> KeyShareStore:
        path = folder / SHARES_FILE
        if path.exists():
            raise KeyShareError(f"{path} already exists")
        previous_umask = os.umask(0o077)
        try:
            engine = sqlite_engine(path)
            _metadata.create_all(engine)
        finally:
            os.umask(previous_umask)
        return cls._formatted(engine, str(path))

    @staticmethod
    def exists_on(engine: Engine) -> bool:
        with engine.connect() as connection:
            return inspect(connection).has_table(_meta.name)

    @classmethod
    def create_on_server(cls, engine: Engine, location: str) -> KeyShareStore:
        """The key-share database of a team server (its own database, URL and backups)."""
        with engine.connect() as connection:
            if inspect(connection).has_table(_meta.name):
                raise KeyShareError(f"{location} already holds a FamilyCase key-share store.")
        _metadata.create_all(engine)
        return cls._formatted(engine, location)

    @classmethod
    def _formatted(cls, engine: Engine, location: str) -> KeyShareStore:
        with engine.begin() as connection:
            connection.execute(insert(_meta).values(key="format", value=FORMAT))
        return cls(engine, location)

    @classmethod
    def open(cls, folder: Path) -> KeyShareStore:
        path = folder / SHARES_FILE
        if not path.exists():
            raise KeyShareError(
                f"The key-share file {path} is missing. Without it no family file in this vault "
                "can be opened: restore it from the same backup as the database."
            )
        return cls.open_engine(sqlite_engine(path), str(path))

    @classmethod
    def open_engine(cls, engine: Engine, location: str) -> KeyShareStore:
        try:
            with engine.connect() as connection:
                fmt = connection.execute(
                    select(_meta.c.value).where(_meta.c.key == "format")
                ).scalar_one_or_none()
        except Exception as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise KeyShareError(
                f"The key-share store {location} cannot be read ({reason})."
            ) from None
        if fmt != FORMAT:
            raise KeyShareError(f"{location} is not a FamilyCase key-share store.")
        return cls(engine, location)

    def put(self, family_id: str) -> bytes:
        """Make and store a new share for a family (committed at once, before the family)."""
        share = os.urandom(SHARE_BYTES)
        with self.engine.begin() as connection:
            connection.execute(
                insert(_shares).values(
                    family_id=family_id,
                    share=share,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
        return share

    def add_existing(self, shares: dict[str, bytes]) -> None:
        """Shares moved from another store (a file vault moving onto a server)."""
        if not shares:
            return
        with self.engine.begin() as connection:
            connection.execute(
                insert(_shares),
                [
                    {"family_id": fid, "share": share, "created_at": "moved"}
                    for fid, share in shares.items()
                ],
            )

    def add_missing(self, shares: dict[str, bytes]) -> None:
        """Shares of families recorded on a laptop replica, brought in at check-in: those the
        store already holds (a check-in run again) are left as they are."""
        held = set(self.get_many(list(shares)))
        self.add_existing({fid: share for fid, share in shares.items() if fid not in held})

    def replace(self, family_id: str, share: bytes) -> None:
        """A family's new share after its key was rotated (the old one is gone for good, so a
        replica or copy that kept the old key learns nothing from data written after)."""
        with self.engine.begin() as connection:
            connection.execute(delete(_shares).where(_shares.c.family_id == family_id))
            connection.execute(
                insert(_shares).values(
                    family_id=family_id,
                    share=share,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                )
            )
        self._shred_freed()

    def get_many(self, family_ids: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        with self.engine.connect() as connection:
            for start in range(0, len(family_ids), 500):
                chunk = family_ids[start : start + 500]
                found.update(
                    connection.execute(
                        select(_shares.c.family_id, _shares.c.share).where(
                            _shares.c.family_id.in_(chunk)
                        )
                    ).all()
                )
        return found

    def all(self) -> dict[str, bytes]:
        with self.engine.connect() as connection:
            return dict(connection.execute(select(_shares.c.family_id, _shares.c.share)).all())

    def get(self, family_id: str) -> bytes | None:
        with self.engine.connect() as connection:
            return connection.execute(
                select(_shares.c.share).where(_shares.c.family_id == family_id)
            ).scalar_one_or_none()

    def destroy(self, family_ids: list[str]) -> None:
        """Delete shares for good. On SQLite, secure_delete zeroes the freed cells and the WAL
        is checkpointed and truncated so no older copy of the page stays in it. On a server,
        VACUUM removes the dead rows from the table's files; what the server's WAL archive,
        point-in-time recovery and replicas keep is the operator's retention to set (see
        docs/team-server.md): no longer than the records' own, or crypto-shredding does not
        hold for those copies."""
        with self.engine.begin() as connection:
            connection.execute(delete(_shares).where(_shares.c.family_id.in_(family_ids)))
        self._shred_freed()

    def _shred_freed(self) -> None:
        if self.engine.dialect.name == "sqlite":
            self.engine.dispose()  # no other connection of ours holds the WAL open
            raw = self.engine.raw_connection()  # outside any transaction (autocommit)
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
            return
        with (
            self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn,
            contextlib.suppress(Exception),  # VACUUM needs the owner: else autovacuum does it
        ):
            conn.exec_driver_sql(f"VACUUM {_shares.name}")

    def dispose(self) -> None:
        self.engine.dispose()
