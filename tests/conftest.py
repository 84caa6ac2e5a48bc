"""Shared fixtures: real vaults on disk with tiny KDF parameters so the suite stays fast."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

import pgcluster

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.domain.enums import AgencyType, HouseholdRole, Role, Tier
from familycase.domain.family import Address, FamilyDetails, Member
from familycase.domain.work import Referral
from familycase.services import families, users
from familycase.services.vault import UserSession, Vault

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _own_state_folder(tmp_path_factory, monkeypatch):
    """What each worker has seen of a vault is remembered per computer (services/seen.py):
    each test remembers into a folder of its own, never the home folder."""
    monkeypatch.setenv("FAMILYCASE_STATE_DIR", str(tmp_path_factory.mktemp("state")))


@dataclass
class Team:
    vault: Vault
    data_dir: Path | None  # None on a team server
    recovery_key: str
    backend: str = "sqlite"
    url: str | None = None  # the server's URL (as the maintenance role)
    dump: Callable[[], bytes] | None = None  # a team server: pg_dump of both databases

    def unlock(self, username: str) -> UserSession:
        return self.vault.unlock(username, PASSWORD)

    def execute(self, statement: str, params: dict[str, object] | None = None) -> None:
        """Raw SQL straight on the store, as someone with write access to the file or the
        database (not through FamilyCase)."""
        with self.vault.engine.begin() as connection:
            connection.execute(text(statement), params or {})

    def scalar(self, statement: str, params: dict[str, object] | None = None) -> object:
        with self.vault.engine.connect() as connection:
            return connection.execute(text(statement), params or {}).scalar()

    def bytes_at_rest(self) -> bytes:
        """Everything the store keeps, as a thief would get it: the vault's files (database,
        WAL, key shares), or a pg_dump of both of the server's databases."""
        if self.data_dir is not None:
            return b"".join(path.read_bytes() for path in sorted(self.data_dir.rglob("*.sqlite3*")))
        assert self.dump is not None
        return self.dump()

    @property
    def forms_dir(self) -> Path:
        """Where this vault's own forms are read from (services/assessments.forms_folder)."""
        folder = (
            self.data_dir / "forms"
            if self.data_dir is not None
            else Path(os.environ["FAMILYCASE_FORMS_DIR"])
        )
        return folder


@pytest.fixture(scope="session")
def pg_cluster():
    """One throw-away PostgreSQL server for the whole run (tests/pgcluster.py)."""
    if os.environ.get("FAMILYCASE_TEST_POSTGRES") == "0":
        pytest.skip("PostgreSQL tests switched off with FAMILYCASE_TEST_POSTGRES=0")
    try:
        cluster = pgcluster.start_cluster()
    except RuntimeError as exc:  # the test command installs PostgreSQL: not having it fails
        pytest.fail(f"cannot start a PostgreSQL server for the tests: {exc}")
    yield cluster
    cluster.stop()


_databases = itertools.count(1)
TEST_PREFIX = "t_"  # the test vaults' database role names: t_admin, t_lead, t__workers...


def _place(cluster, name: str):
    from familycase.services.server import ServerPlace

    return ServerPlace.of(cluster.url(name), cluster.url(f"{name}_keys"))


@pytest.fixture(scope="session")
def pg_template(pg_cluster) -> str:
    """A prepared schema (migrations, protections, key-share store) that each test's databases
    are copied from: creating one from scratch takes seconds, copying a template milliseconds."""
    from familycase.services.server import prepare_schema

    name = f"fc_template_{os.getpid()}"
    pg_cluster.create_database(name)
    pg_cluster.create_database(f"{name}_keys")
    prepare_schema(_place(pg_cluster, name), TEST_PREFIX)
    return name


@pytest.fixture
def empty_server(pg_cluster):
    """An empty main database and key-share database on the test server, dropped afterwards."""
    name = f"fc_test_{os.getpid()}_{next(_databases)}"
    pg_cluster.create_database(name)
    pg_cluster.create_database(f"{name}_keys")
    yield _place(pg_cluster, name)
    _drop(pg_cluster, name)


@pytest.fixture(scope="session")
def pg_databases(pg_cluster, pg_template) -> str:
    """One main and key-share database made from the template, reused by every test: emptied
    after each (creating a database takes a second or two; emptying one a tenth of that)."""
    name = f"fc_test_{os.getpid()}"
    pg_cluster.create_database(name, template=pg_template)
    pg_cluster.create_database(f"{name}_keys", template=f"{pg_template}_keys")
    return name


@pytest.fixture
def server_place(pg_cluster, pg_databases):
    """A main and a key-share database with the schema ready and no vault in them yet."""
    yield _place(pg_cluster, pg_databases)
    _empty(pg_cluster, pg_databases)


def _empty(cluster, name: str) -> None:
    for database in (name, f"{name}_keys"):
        cluster.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{database}' AND pid <> pg_backend_pid() "
            "AND application_name = 'FamilyCase'"
        )
    cluster.sql(
        "DO $$ DECLARE names text; BEGIN "
        "SELECT string_agg(quote_ident(tablename), ', ') INTO names FROM pg_tables "
        "WHERE schemaname = 'public' AND tablename <> 'alembic_version'; "
        "EXECUTE 'TRUNCATE ' || names || ' CASCADE'; "
        "ALTER SEQUENCE family_reference_seq RESTART; END $$",
        name,
    )
    cluster.sql("TRUNCATE family_key_shares", f"{name}_keys")
    _drop_logins(cluster)


def _drop(cluster, name: str) -> None:
    cluster.drop_database(name)
    cluster.drop_database(f"{name}_keys")
    _drop_logins(cluster)


def _drop_logins(cluster) -> None:
    logins = cluster.sql(
        "SELECT rolname FROM pg_roles WHERE rolname LIKE 't\\_%' "
        "AND rolname NOT LIKE 't\\_\\_%'"
    )
    for (login,) in logins:
        cluster.sql(f'DROP ROLE IF EXISTS "{login}"')


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    """Which store the service-level tests run on: both. A module that is about one kind of
    store (files on disk, the desktop app) overrides this fixture."""
    return request.param


@pytest.fixture
def team(request, backend: str, tmp_path: Path) -> Team:
    """A vault with an administrator, a team leader, two key workers and a manager, as a file
    vault or on a team server."""
    if backend == "postgresql":
        from familycase.services.server import init_server

        place = request.getfixturevalue("server_place")
        vault, recovery = init_server(
            place,
            organisation="Test Council",
            admin_username="admin",
            admin_display_name="Ada Admin",
            password=PASSWORD,
            admin_db_password=PASSWORD,
            kdf=INSECURE_FAST_FOR_TESTS,
            prefix=TEST_PREFIX,
            schema_ready=True,
        )
        data_dir, url = None, place.main.render_as_string(hide_password=False)
        cluster = request.getfixturevalue("pg_cluster")
        dump = lambda: cluster.dump(place.main.database) + cluster.dump(place.keys.database)  # noqa: E731
        forms = tmp_path / "server-forms"
        request.getfixturevalue("monkeypatch").setenv("FAMILYCASE_FORMS_DIR", str(forms))
    else:
        data_dir = tmp_path / "vault"
        vault, recovery = Vault.create(
            data_dir,
            organisation="Test Council",
            admin_username="admin",
            admin_display_name="Ada Admin",
            password=PASSWORD,
            kdf=INSECURE_FAST_FOR_TESTS,
        )
        url, dump = None, None
    admin = vault.unlock("admin", PASSWORD)
    for username, name, role in (
        ("lead", "Lee Leader", Role.TEAM_LEADER),
        ("kw1", "Kim Worker", Role.KEY_WORKER),
        ("kw2", "Kai Other", Role.KEY_WORKER),
        ("boss", "Mo Manager", Role.MANAGER),
    ):
        users.add_user(admin, username, name, role, PASSWORD, db_password=PASSWORD)
    admin.lock()
    yield Team(vault, data_dir, recovery, backend, url, dump)
    vault.dispose()


def referral(days_ago: int = 10, reason: str = "School worried about attendance.") -> Referral:
    return Referral(
        source_type=AgencyType.SCHOOL,
        reason=reason,
        received_on=date.today() - timedelta(days=days_ago),
        consent_to_referral=True,
    )


def member(
    given: str,
    family: str,
    role: HouseholdRole = HouseholdRole.CHILD,
    age: int = 8,
    **extra: object,
) -> Member:
    return Member(
        given_names=given,
        family_name=family,
        household_role=role,
        date_of_birth=date.today() - timedelta(days=365 * age + 30),
        **extra,
    )


@pytest.fixture
def make_family() -> Callable[..., str]:
    def make(
        us: UserSession,
        surname: str = "Testfamily",
        *,
        tier: Tier = Tier.EARLY_HELP,
        people: tuple[str, ...] = ("Alex", "Sam"),
        notes: str = "",
    ) -> str:
        details = FamilyDetails(
            family_name=f"{surname} family",
            address=Address(lines=["1 Example Road"], town="Testtown", postcode="SW1A 1AA"),
            notes=notes,
        )
        members = [member(people[0], surname, HouseholdRole.PARENT, age=35)] + [
            member(given, surname) for given in people[1:]
        ]
        return families.create_family(us, details, referral(), tier, members)

    return make


def consent_for_monitoring(us: UserSession, family_id: str) -> None:
    """Everyone in the family agrees to their basic details and outcomes going to the early
    help team for monitoring and reporting (what the reporting layer's outputs need)."""
    from familycase.domain.consent import ConsentRecord
    from familycase.services import consent

    for person in families.open_family(us, family_id).file.members:
        consent.record_consent(
            us,
            family_id,
            ConsentRecord(
                member_id=person.id,
                given_by="the_person",
                method="written",
                agencies=["early_help"],
                purposes=["monitoring_and_reporting"],
                categories=["basic_details", "outcomes"],
                given_on=date.today() - timedelta(days=1),
            ),
        )
