"""Running a team server: create it, upgrade it, say how it stands, move a file vault onto it,
and give workers their database logins.

Whoever runs these connects as the role that owns the FamilyCase tables (the maintenance role,
e.g. ``familycase_owner``; it needs CREATEROLE to make workers' logins). Workers connect as
their own logins (``<prefix><user name>``), which row-level security holds to what their
FamilyCase role may do (store/server_security.py).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, func, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from familycase import paths as location
from familycase.crypto.kdf import KdfParams
from familycase.domain.enums import Role
from familycase.services.errors import InvalidRequest, UnknownRecord, VaultExists
from familycase.services.vault import (
    KEYS_URL_KEY,
    SERVER_PREFIX_KEY,
    Vault,
    creation_policy,
    server_errors,
)
from familycase.store import database, migrate, server_security
from familycase.store.keyshares import KeyShareStore
from familycase.store.schema import Base, FamilyRow, UserRow, VaultMeta

DEFAULT_PREFIX = "fc_"


def generated_password() -> str:
    """A database password to hand to a worker (they keep it in ~/.pgpass or type it)."""
    return secrets.token_urlsafe(18)


@dataclass(frozen=True)
class ServerPlace:
    main: URL
    keys: URL

    @classmethod
    def of(cls, url: str, keys_url: str | None = None) -> ServerPlace:
        main = location.server_url(url)
        keys = location.server_url(keys_url) if keys_url else location.keys_url_for(main, None)
        return cls(main, keys)

    def engines(self, password: str | None = None) -> tuple[Engine, Engine]:
        keys_password = password if self.keys.username == self.main.username else None
        return (
            database.server_engine(self.main, password),
            database.server_engine(self.keys, keys_password),
        )

    def shown(self, url: URL) -> str:
        return url.render_as_string(hide_password=True)

    def stored_keys_url(self) -> str:
        """The key-share database as recorded in the vault: no user name, no password (each
        worker connects to it as themselves)."""
        return _without_login(self.keys)

    def same_cluster(self) -> bool:
        return (self.main.host, self.main.port) == (self.keys.host, self.keys.port)


def prepare_schema(place: ServerPlace, prefix: str, owner_password: str | None = None) -> None:
    """An empty server's schema (the same Alembic revisions as a file vault), its protections,
    and the key-share store, with no vault in them yet."""
    server_security.Names(prefix)  # a bad prefix is refused before anything is made
    engine, keys_engine = place.engines(owner_password)
    try:
        with server_errors(place.shown(place.main)):
            if migrate.current_revision(engine) is not None:
                raise VaultExists(
                    f"There is already a FamilyCase vault in {place.shown(place.main)}."
                )
            migrate.upgrade(engine)
            server_security.install(engine, prefix)
        with server_errors(place.shown(place.keys)):
            KeyShareStore.create_on_server(keys_engine, place.shown(place.keys)).dispose()
            server_security.install_keys(keys_engine, prefix)
    finally:
        engine.dispose()
        keys_engine.dispose()


def init_server(
    place: ServerPlace,
    *,
    organisation: str,
    admin_username: str,
    admin_display_name: str,
    password: str,
    admin_db_password: str,
    kdf: KdfParams,
    team_name: str = "Early Help Team",
    prefix: str = DEFAULT_PREFIX,
    owner_password: str | None = None,
    schema_ready: bool = False,
) -> tuple[Vault, str]:
    """Create the schema, the key-share store and the protections (unless ``schema_ready``:
    a database made from a prepared template), then the organisation and its first
    administrator, with their own login. Returns the vault and the recovery key text, shown
    once."""
    policy = creation_policy(kdf)
    if not schema_ready:
        prepare_schema(place, prefix, owner_password)
    engine, keys_engine = place.engines(owner_password)
    with server_errors(place.shown(place.keys)):
        shares = KeyShareStore.open_engine(keys_engine, place.shown(place.keys))
    vault = Vault(engine, place.shown(place.main), b"", b"", shares, server_prefix=prefix)
    with server_errors(place.shown(place.main)):
        with Session(engine) as s:
            if s.get(VaultMeta, "format") is not None:
                raise VaultExists(
                    f"There is already a FamilyCase vault in {place.shown(place.main)}."
                )
        recovery = vault.found(
            organisation=organisation,
            admin=(admin_username, admin_display_name, Role.ADMINISTRATOR),
            password=password,
            kdf=kdf,
            policy=policy,
            team_name=team_name,
            extra_meta={SERVER_PREFIX_KEY: prefix, KEYS_URL_KEY: place.stored_keys_url()},
        )
        create_login(vault, admin_username, Role.ADMINISTRATOR, admin_db_password)
    return vault, recovery


def create_login(
    vault: Vault,
    username: str,
    role: Role,
    db_password: str,
    keys_engine: Engine | None = None,
) -> str:
    """A worker's database login (on the key-share server too, where that is another one)."""
    prefix = _prefix(vault)
    with vault.engine.begin() as connection:
        login = server_security.create_login(connection, prefix, username, role, db_password)
    other = keys_engine if keys_engine is not None else vault.shares.engine
    if _other_cluster(vault.engine, other):
        with other.begin() as connection:
            server_security.create_login(connection, prefix, username, role, db_password)
    return login


def _prefix(vault: Vault) -> str:
    if vault.server_prefix is None:
        raise InvalidRequest("This is not a team server.")
    return vault.server_prefix


def _other_cluster(a: Engine, b: Engine) -> bool:
    return (a.url.host, a.url.port) != (b.url.host, b.url.port)


def _forget_keys_login(s: Session) -> None:
    """Servers made before this fix recorded the key-share database with the login (and any
    password) that made it: keep only where it is."""
    stored = s.get(VaultMeta, KEYS_URL_KEY)
    if stored is None:
        return
    url = location.server_url(stored.value)
    if url.username is not None or url.password is not None:
        stored.value = _without_login(url)


def _without_login(url: URL) -> str:
    # URL.set() leaves a field it is given None for as it was: replace them outright.
    return url._replace(username=None, password=None).render_as_string(hide_password=False)


def upgrade_server(place: ServerPlace, owner_password: str | None = None) -> tuple[str, str]:
    """The only way a server's schema changes: every migration up to this version's, under a
    lock (two upgrades at once wait for each other), then the protections again. Returns the
    revision before and after."""
    engine, keys_engine = place.engines(owner_password)
    with server_errors(place.shown(place.main)):
        before = migrate.current_revision(engine)
        if before is None:
            raise InvalidRequest(
                f"There is no FamilyCase vault in {place.shown(place.main)} to upgrade; make "
                "one with 'familycase server init'."
            )
        migrate.upgrade(engine)
        with Session(engine) as s, s.begin():
            prefix = s.get(VaultMeta, SERVER_PREFIX_KEY)
            _forget_keys_login(s)
        server_security.install(engine, prefix.value if prefix else DEFAULT_PREFIX)
    with server_errors(place.shown(place.keys)):
        if not KeyShareStore.exists_on(keys_engine):  # a key-share database never set up
            KeyShareStore.create_on_server(keys_engine, place.shown(place.keys)).dispose()
        server_security.install_keys(keys_engine, prefix.value if prefix else DEFAULT_PREFIX)
    after = migrate.current_revision(engine) or ""
    engine.dispose()
    keys_engine.dispose()
    return before, after


@dataclass(frozen=True)
class ServerStatus:
    schema: str | None
    head: str
    families: int
    workers: int
    connected: list[str]
    checked_out: int | None  # None: this version has no laptop check-outs

    def lines(self) -> list[str]:
        state = (
            "up to date" if self.schema == self.head else f"needs 'server upgrade' to {self.head}"
        )
        connected = ", ".join(self.connected) if self.connected else "nobody"
        return [
            f"Schema version: {self.schema} ({state})",
            f"Families: {self.families}; active workers: {self.workers}",
            f"Connected now: {connected}",
            "Check-outs to laptops: "
            + ("none in this version" if self.checked_out is None else str(self.checked_out)),
        ]


def status(vault: Vault) -> ServerStatus:
    prefix = _prefix(vault)
    names = server_security.Names(prefix)
    with vault.engine.connect() as connection:
        families = connection.execute(select(func.count()).select_from(FamilyRow)).scalar_one()
        workers = connection.execute(
            select(func.count()).select_from(UserRow).where(UserRow.active)
        ).scalar_one()
        logins = connection.execute(
            text(
                "SELECT DISTINCT usename FROM pg_stat_activity "
                "WHERE datname = current_database() AND application_name = 'FamilyCase'"
            )
        ).scalars()
        connected = sorted(
            name for login in logins if (name := names.username(str(login))) is not None
        )
    return ServerStatus(
        schema=migrate.current_revision(vault.engine),
        head=migrate.head_revision(),
        families=int(families),
        workers=int(workers),
        connected=connected,
        checked_out=None,
    )


def import_vault(
    folder: Path,
    place: ServerPlace,
    *,
    prefix: str = DEFAULT_PREFIX,
    owner_password: str | None = None,
) -> int:
    """Move a file vault onto an empty team server: every row exactly as stored (ciphertext
    unchanged: it is bound to tables, rows and families, never to a database), its key shares
    into the key-share database, the reference sequence set past the highest reference.
    All or nothing per database. Returns how many families moved. Workers then need their
    database logins ('server login')."""
    source = Vault.open(folder)  # brings the file vault to this version's schema first
    prepare_schema(place, prefix, owner_password)
    engine, keys_engine = place.engines(owner_password)
    shares = KeyShareStore.open_engine(keys_engine, place.shown(place.keys))
    copied = 0
    with source.engine.connect() as reading, engine.begin() as writing:
        for table in Base.metadata.sorted_tables:
            rows = [dict(row) for row in reading.execute(table.select()).mappings()]
            if table.name == VaultMeta.__tablename__:
                rows = [r for r in rows if r["key"] not in (SERVER_PREFIX_KEY, KEYS_URL_KEY)]
                rows += [
                    {"key": SERVER_PREFIX_KEY, "value": prefix},
                    {"key": KEYS_URL_KEY, "value": place.stored_keys_url()},
                ]
            for start in range(0, len(rows), 1000):
                writing.execute(table.insert(), rows[start : start + 1000])
            if table.name == FamilyRow.__tablename__:
                copied = len(rows)
        highest = writing.execute(
            text(
                "SELECT max(substring(reference from 4)::int) FROM families "
                "WHERE reference ~ '^FC-[0-9]+$'"
            )
        ).scalar()
        next_number = int(source_counter(reading) or 1)
        start = max(int(highest or 0) + 1, next_number)
        writing.execute(
            text(f"SELECT setval('{server_security.SEQUENCE}', :n, false)"), {"n": start}
        )
    shares.add_existing(source.shares.all())
    source.dispose()
    shares.dispose()
    return copied


def source_counter(connection: Connection) -> str | None:
    return connection.execute(
        select(VaultMeta.value).where(VaultMeta.key == "next_reference")
    ).scalar()


def grant_login(vault: Vault, username: str, db_password: str) -> str:
    """Create (or reset the password of) a worker's database login, as their FamilyCase role
    says. For workers enrolled before the vault moved to the server, or a forgotten password."""
    with Session(vault.engine) as s:
        row = s.scalar(select(UserRow).where(UserRow.username == username.strip().lower()))
    if row is None:
        raise UnknownRecord(f"There is no user called '{username}'.")
    if not row.active:
        raise InvalidRequest(f"{row.display_name} is disabled: no login is given.")
    prefix = _prefix(vault)
    login = server_security.Names(prefix).login(row.username)
    with vault.engine.begin() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
        ).scalar()
        if exists:
            server_security.set_password(connection, login, db_password)
            return login
    return create_login(vault, row.username, Role(row.role), db_password)


def tables_present(engine: Engine) -> bool:
    with engine.connect() as connection:
        return inspect(connection).has_table(FamilyRow.__tablename__)
