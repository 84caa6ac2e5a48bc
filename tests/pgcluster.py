"""A real PostgreSQL server for the tests and benchmarks: initdb + pg_ctl in a temporary folder,
listening on 127.0.0.1 only, with password (SCRAM) authentication, torn down afterwards.

initdb refuses to run as root (CI runs as root): then the cluster is made and run as the
`postgres` system user (Debian's `postgresql` package creates it), in a folder it owns.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


def pg_bin_dir() -> Path | None:
    """Where initdb, pg_ctl and postgres live (Debian keeps them out of PATH)."""
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    password: str
    bin_dir: Path
    run_as: str | None  # the system user running the server (None: this user)

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None and user == SUPERUSER else password
        auth = f"{user}:{secret}" if secret else user
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> list[tuple]:
        """Run one statement as the superuser (autocommit), over a connection kept open."""
        import psycopg

        connections = self.__dict__.setdefault("_connections", {})
        connection = connections.get(database)
        if connection is None or connection.closed:
            connection = psycopg.connect(
                host=self.host, port=self.port, user=SUPERUSER, password=self.password,
                dbname=database, autocommit=True,
            )
            connections[database] = connection
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else []

    def close_connections(self, database: str | None = None) -> None:
        for name, connection in list(self.__dict__.get("_connections", {}).items()):
            if database is None or name == database:
                connection.close()
                del self.__dict__["_connections"][name]

    def psql(self, sql: str, database: str = "postgres") -> str:
        psql = self.bin_dir / "psql"
        result = subprocess.run(
            [str(psql) if psql.exists() else "psql", "-h", self.host, "-p", str(self.port),
             "-U", SUPERUSER, "-d", database, "-v", "ON_ERROR_STOP=1", "-qAt", "-c", sql],
            env={**os.environ, "PGPASSWORD": self.password},
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout

    def dump(self, database: str, *extra: str) -> bytes:
        """pg_dump of one database, plain SQL (what a backup or a stolen dump holds)."""
        pg_dump = self.bin_dir / "pg_dump"
        result = subprocess.run(
            [str(pg_dump) if pg_dump.exists() else "pg_dump", "-h", self.host, "-p",
             str(self.port), "-U", SUPERUSER, "-d", database, *extra],
            env={**os.environ, "PGPASSWORD": self.password},
            capture_output=True,
            check=True,
        )
        return result.stdout

    def restore(self, database: str, dump: bytes) -> None:
        """pg_restore a custom-format dump into an empty database (as a restored backup)."""
        pg_restore = self.bin_dir / "pg_restore"
        subprocess.run(
            [str(pg_restore) if pg_restore.exists() else "pg_restore", "-h", self.host, "-p",
             str(self.port), "-U", SUPERUSER, "-d", database, "--exit-on-error"],
            input=dump,
            env={**os.environ, "PGPASSWORD": self.password},
            capture_output=True,
            check=True,
        )

    def create_database(self, name: str, template: str | None = None) -> None:
        clause = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""
        self.sql(f'CREATE DATABASE "{name}"{clause}')

    def drop_database(self, name: str) -> None:
        self.close_connections(name)
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self.close_connections()
        _run(self.run_as, [str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                           "-m", "immediate", "-w", "stop"], check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def _run(user: str | None, command: list[str], check: bool = True) -> None:
    if user is not None:
        command = ["runuser", "-u", user, "--", *command]
    subprocess.run(command, check=check, capture_output=True, text=True)


def start_cluster() -> Cluster:
    """Make and start a throw-away cluster. Raises RuntimeError with the reason if it cannot."""
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        raise RuntimeError(
            "PostgreSQL server programs not found (install Debian's 'postgresql' package; "
            "scripts/run-tests.sh does)"
        )
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise RuntimeError("running as root, and there is no 'postgres' user to run the "
                               "test server as") from None
        run_as = "postgres"
    folder = Path(tempfile.mkdtemp(prefix="familycase-pg-"))
    password = secrets.token_hex(16)
    pwfile = folder / "pw"
    pwfile.write_text(password)
    if run_as is not None:
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        os.chown(pwfile, entry.pw_uid, entry.pw_gid)
    data = folder / "data"
    _run(run_as, [str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER,
                  "--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8",
                  "--locale=C.UTF-8"])
    port = _free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        "-c max_connections=200 -c shared_buffers=64MB"
    )
    _run(run_as, [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                  "-l", str(folder / "server.log"), "-w", "-t", "60", "start"])
    cluster = Cluster(folder, port, password, bin_dir, run_as)
    for _ in range(100):
        try:
            cluster.psql("SELECT 1")
            return cluster
        except subprocess.CalledProcessError:
            time.sleep(0.1)
    cluster.stop()
    raise RuntimeError("the test PostgreSQL server did not start")
