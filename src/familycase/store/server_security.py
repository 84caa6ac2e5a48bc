"""A team server's own protections: login roles per worker, least-privilege grants, row-level
security, an append-only audit log, and the reference sequence.

Cryptography detects whatever the server's operator does (see services/directory.py and
services/manifest.py); these make PostgreSQL stop ordinary workers from trying. Every worker
signs in to the database as their own login role (``<prefix><username>``), a member of the
group role of their FamilyCase role; policies find the worker from ``current_user``.

The owner of the tables (the role that ran ``familycase server init``) is the maintenance role:
it bypasses row-level security and is the only role that may change or delete audit entries.
Installing is idempotent; ``server upgrade`` runs it again after the migrations.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re

from sqlalchemy import Connection, Engine, text

from familycase.domain.enums import Role
from familycase.store.schema import FAMILY_RECORD_TABLES

PREFIX_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,20}$")
SEQUENCE = "family_reference_seq"

GROUPS = {
    Role.KEY_WORKER: "key_workers",
    Role.TEAM_LEADER: "team_leaders",
    Role.MANAGER: "managers",
    Role.ADMINISTRATOR: "administrators",
}

# Per-family record tables: written only by a holder of the family's key (every table the
# family manifest covers, so a new kind of record is protected the moment it exists).
FAMILY_TABLES = tuple(sorted(FAMILY_RECORD_TABLES))


class Names:
    """Every role name, from the vault's prefix (several vaults may share one server)."""

    def __init__(self, prefix: str) -> None:
        if not PREFIX_PATTERN.match(prefix):
            raise ValueError("a role prefix is lower-case letters, digits and _ (at most 21)")
        self.prefix = prefix

    @property
    def workers(self) -> str:
        return f"{self.prefix}_workers"

    def group(self, role: Role) -> str:
        return f"{self.prefix}_{GROUPS[role]}"

    def login(self, username: str) -> str:
        return f"{self.prefix}{username}"

    def username(self, login: str) -> str | None:
        return login[len(self.prefix) :] if login.startswith(self.prefix) else None


def q(identifier: str) -> str:
    """A quoted identifier (role names hold '.', '-' and may clash with keywords)."""
    return '"' + identifier.replace('"', '""') + '"'


def _statements(names: Names) -> list[str]:
    w = q(names.workers)
    groups = {role: q(names.group(role)) for role in GROUPS}
    tl, mg, ad = (groups[r] for r in (Role.TEAM_LEADER, Role.MANAGER, Role.ADMINISTRATOR))
    me = f"{names.prefix}_me"
    holds = f"{names.prefix}_holds"
    unclaimed = f"{names.prefix}_unclaimed"
    is_role = f"{names.prefix}_is"
    prefix = names.prefix.replace("'", "''")
    out: list[str] = []
    for role_name in (names.workers, *(names.group(r) for r in GROUPS)):
        out.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{role_name}') THEN CREATE ROLE {q(role_name)} NOLOGIN; END IF; END $$"
        )
    for group in groups.values():
        out.append(f"GRANT {w} TO {group}")
    out += [
        f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE}",
        # Who is asking: the FamilyCase user whose login role is current_user.
        # session_user: inside a SECURITY DEFINER function current_user is its owner.
        f"""CREATE OR REPLACE FUNCTION {me}() RETURNS text LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = public AS $f$
            SELECT id FROM users WHERE '{prefix}' || username = session_user $f$""",
        f"""CREATE OR REPLACE FUNCTION {is_role}(role_group text) RETURNS boolean
            LANGUAGE sql STABLE AS $f$
            SELECT pg_has_role(current_user, '{prefix}_' || role_group, 'MEMBER') $f$""",
        f"""CREATE OR REPLACE FUNCTION {holds}(fid text) RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = public AS $f$
            SELECT EXISTS (SELECT 1 FROM family_key_grants
                           WHERE family_id = fid AND holder = {me}()) $f$""",
        # A family being recorded has no key grant yet: its creator may finish writing it.
        f"""CREATE OR REPLACE FUNCTION {unclaimed}(fid text) RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER SET search_path = public AS $f$
            SELECT NOT EXISTS (SELECT 1 FROM family_key_grants WHERE family_id = fid) $f$""",
        f"""CREATE OR REPLACE FUNCTION {names.prefix}_failed_unlock(who text) RETURNS void
            LANGUAGE sql SECURITY DEFINER SET search_path = public AS $f$
            UPDATE users SET failed_unlocks = failed_unlocks + 1 WHERE username = who $f$""",
        # The audit log is append-only for everyone but the maintenance role (the owner).
        """CREATE OR REPLACE FUNCTION familycase_audit_append_only() RETURNS trigger
            LANGUAGE plpgsql AS $f$
            BEGIN
              IF current_user <> (SELECT tableowner FROM pg_tables
                                  WHERE schemaname = 'public' AND tablename = TG_TABLE_NAME) THEN
                RAISE EXCEPTION 'FamilyCase: % entries can only be added, never changed or removed',
                  TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
              END IF;
              RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            END $f$""",
    ]
    for table in ("audit_log", "directory", "replica_audit"):
        out += [
            f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
            f"""CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
                FOR EACH ROW EXECUTE FUNCTION familycase_audit_append_only()""",
        ]
    # Privileges: read everything; write what the rules below allow.
    out += [
        f"GRANT USAGE ON SCHEMA public TO {w}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {w}",
        f"GRANT USAGE, SELECT ON SEQUENCE {SEQUENCE} TO {w}",
        f"GRANT EXECUTE ON FUNCTION {names.prefix}_failed_unlock(text) TO {w}",
        f"GRANT INSERT, UPDATE, DELETE ON families, family_key_grants, {', '.join(FAMILY_TABLES)} "
        f"TO {w}",
        f"GRANT INSERT ON audit_log, instrument_definitions TO {w}",
        f"GRANT INSERT, UPDATE ON vault_meta TO {w}",
        f"GRANT UPDATE (failed_unlocks, ring_state, private_keys, salt, kdf, wrapped_master_key) "
        f"ON users TO {w}",
        f"GRANT INSERT, UPDATE ON users, teams TO {ad}",
        f"GRANT DELETE ON users TO {ad}",
        f"GRANT INSERT ON directory TO {ad}",
        f"GRANT INSERT, DELETE ON org_key_grants TO {w}",
        f"GRANT INSERT, UPDATE ON imported_summaries, bundle_imports TO {tl}, {mg}",
        f"GRANT INSERT, UPDATE, DELETE ON local_unit_costs, deflator_tables TO {w}",
        # Supervision sessions (who met whom, when; signed): recorded by team leaders only.
        f"GRANT INSERT ON supervision_sessions TO {tl}",
        # The reporting layer: a family's reporting copy is written by whoever changes the
        # family (or imports a newer summary); the reports' share log only grows.
        f"GRANT INSERT, UPDATE, DELETE ON reporting_summaries TO {w}",
        f"GRANT INSERT ON report_shares TO {w}",
        # Laptop replicas: a worker checks out and in, a team leader recalls and revokes.
        f"GRANT INSERT, UPDATE ON devices TO {w}",
        f"GRANT INSERT, UPDATE, DELETE ON checkouts TO {w}",
        f"GRANT INSERT ON replica_audit TO {w}",
        "REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, directory, replica_audit FROM PUBLIC",
    ]
    # Row-level security.
    writes_family = f"({holds}(family_id) OR {unclaimed}(family_id))"
    policies: dict[str, list[tuple[str, str, str]]] = {
        "families": [
            ("read", "SELECT", "USING (true)"),
            ("record", "INSERT", f"WITH CHECK ({is_role}('key_workers') OR "
                                 f"{is_role}('team_leaders'))"),
            ("change", "UPDATE", f"USING ({holds}(id) OR {unclaimed}(id))"),
            # Destruction removes every wrap of the key first (crypto-shredding), then the rest.
            ("destroy", "DELETE", f"USING ({holds}(id) OR {unclaimed}(id) OR "
                                  f"{is_role}('administrators'))"),
        ],
        "family_key_grants": [
            ("read", "SELECT", "USING (true)"),
            ("grant", "INSERT", f"WITH CHECK {writes_family}"),
            ("rewrap", "UPDATE", f"USING (holder = {me}())"),
            ("revoke", "DELETE", f"USING ({holds}(family_id) OR {is_role}('administrators'))"),
        ],
        "users": [
            ("read", "SELECT", "USING (true)"),
            ("enrol", "INSERT", f"WITH CHECK ({is_role}('administrators'))"),
            ("own_or_admin", "UPDATE",
             f"USING (id = {me}() OR {is_role}('administrators'))"),
            ("remove", "DELETE", f"USING ({is_role}('administrators'))"),
        ],
        "vault_meta": [
            ("read", "SELECT", "USING (true)"),
            ("write", "INSERT", f"WITH CHECK (key LIKE 'bundle_sequence:%' OR "
                                f"{is_role}('administrators'))"),
            ("move", "UPDATE", f"USING (key = 'audit_head' OR key LIKE 'bundle_sequence:%' OR "
                               f"{is_role}('administrators'))"),
        ],
        "audit_log": [
            ("read", "SELECT", "USING (true)"),
            ("append", "INSERT", f"WITH CHECK (actor_id IS NULL OR actor_id = {me}())"),
        ],
        "supervision_sessions": [
            ("read", "SELECT", "USING (true)"),
            ("record", "INSERT", f"WITH CHECK (supervisor_id = {me}() AND "
                                 f"{is_role}('team_leaders'))"),
        ],
        "reporting_summaries": [
            ("read", "SELECT", "USING (true)"),
            ("write", "INSERT", f"WITH CHECK ({writes_family} OR {is_role}('team_leaders') "
                                f"OR {is_role}('managers'))"),
            ("change", "UPDATE", f"USING ({writes_family} OR {is_role}('team_leaders') "
                                 f"OR {is_role}('managers'))"),
            ("remove", "DELETE", f"USING ({writes_family} OR {is_role}('administrators'))"),
        ],
        "report_shares": [
            ("read", "SELECT", "USING (true)"),
            ("append", "INSERT", f"WITH CHECK (actor_id = {me}())"),
        ],
        "devices": [
            ("read", "SELECT", "USING (true)"),
            ("claim", "INSERT", f"WITH CHECK (worker_id = {me}())"),
            ("revoke", "UPDATE", f"USING (worker_id = {me}() OR {is_role}('team_leaders'))"),
        ],
        "checkouts": [
            ("read", "SELECT", "USING (true)"),
            ("take", "INSERT", f"WITH CHECK (worker_id = {me}() AND {holds}(family_id))"),
            ("recall", "UPDATE", f"USING ({holds}(family_id))"),
            ("release", "DELETE", f"USING ({writes_family} OR {is_role}('administrators'))"),
        ],
        "replica_audit": [
            ("read", "SELECT", "USING (true)"),
            ("bring", "INSERT", f"""WITH CHECK (EXISTS (SELECT 1 FROM devices d
                WHERE d.replica_id = replica_audit.replica_id AND d.worker_id = {me}()))"""),
        ],
        "org_key_grants": [
            ("read", "SELECT", "USING (true)"),
            ("share", "INSERT", f"""WITH CHECK (
                EXISTS (SELECT 1 FROM org_key_grants g WHERE g.key_name = org_key_grants.key_name
                        AND g.holder = {me}())
                OR NOT EXISTS (SELECT 1 FROM org_key_grants g
                               WHERE g.key_name = org_key_grants.key_name
                               AND g.holder <> 'recovery')
                OR {is_role}('administrators'))"""),
            ("remove", "DELETE", f"USING ({is_role}('administrators'))"),
        ],
    }
    for table in FAMILY_TABLES:
        policies[table] = [
            ("read", "SELECT", "USING (true)"),
            ("write", "INSERT", f"WITH CHECK {writes_family}"),
            ("change", "UPDATE", f"USING {writes_family}"),
            ("remove", "DELETE", f"USING ({writes_family} OR {is_role}('administrators'))"),
        ]
    for table, rules in policies.items():
        out.append(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, command, rule in rules:
            policy = f"{names.prefix}_{name}"
            out.append(f"DROP POLICY IF EXISTS {policy} ON {table}")
            out.append(f"CREATE POLICY {policy} ON {table} FOR {command} TO {w} {rule}")
    return out


def install(engine: Engine, prefix: str) -> None:
    """Roles, grants, policies and the reference sequence, on the main database."""
    names = Names(prefix)
    with engine.begin() as connection:
        for statement in _statements(names):
            _run(connection, statement)


def _run(connection: Connection, statement: str) -> None:
    """A statement without parameters ('%' is the driver's placeholder mark: doubled)."""
    connection.exec_driver_sql(statement.replace("%", "%%"))


def install_keys(engine: Engine, prefix: str) -> None:
    """The key-share database: workers read shares and add one per new family; team leaders
    and administrators delete them when a family is destroyed."""
    names = Names(prefix)
    w = q(names.workers)
    with engine.begin() as connection:
        for role_name in (names.workers, *(names.group(r) for r in GROUPS)):
            connection.exec_driver_sql(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
                f"'{role_name}') THEN CREATE ROLE {q(role_name)} NOLOGIN; END IF; END $$"
            )
        connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA public TO {w}")
        connection.exec_driver_sql(f"GRANT SELECT, INSERT ON family_key_shares TO {w}")
        connection.exec_driver_sql(f"GRANT SELECT ON keyshare_meta TO {w}")
        connection.exec_driver_sql(
            f"GRANT DELETE ON family_key_shares TO {q(names.group(Role.TEAM_LEADER))}, "
            f"{q(names.group(Role.ADMINISTRATOR))}"
        )


def next_reference_number(connection: Connection) -> int:
    return int(connection.execute(text(f"SELECT nextval('{SEQUENCE}')")).scalar_one())


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802 / 7677), made
    here so that the password itself never reaches the server or its logs."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def _password_clause(connection: Connection, password: str) -> str:
    verifier = scram_verifier(password)
    return str(connection.exec_driver_sql("SELECT quote_literal(%s)", (verifier,)).scalar_one())


def create_login(connection: Connection, prefix: str, username: str, role: Role,
                 password: str) -> str:
    """A worker's own database login, in the group of their role. Administrators may create
    and disable logins (CREATEROLE)."""
    names = Names(prefix)
    login = names.login(username)
    extra = " CREATEROLE" if role is Role.ADMINISTRATOR else ""
    literal = _password_clause(connection, password)
    connection.exec_driver_sql(
        f"CREATE ROLE {q(login)} LOGIN{extra} PASSWORD {literal} "
        f"IN ROLE {q(names.workers)}, {q(names.group(role))}"
    )
    if role is Role.ADMINISTRATOR:
        for granted in (names.workers, *(names.group(r) for r in GROUPS)):
            connection.exec_driver_sql(f"GRANT {q(granted)} TO {q(login)} WITH ADMIN OPTION")
    return login


def set_password(connection: Connection, login: str, password: str) -> None:
    connection.exec_driver_sql(
        f"ALTER ROLE {q(login)} LOGIN PASSWORD {_password_clause(connection, password)}"
    )


def disable_login(connection: Connection, prefix: str, username: str) -> None:
    login = Names(prefix).login(username)
    exists = connection.exec_driver_sql(
        "SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)
    ).scalar()
    if exists:
        connection.exec_driver_sql(f"ALTER ROLE {q(login)} NOLOGIN")
