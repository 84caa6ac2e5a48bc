"""Team server under load: many workers at once on PostgreSQL, and unlock + caseload against SQLite.

    python bench/server.py --families 200                    # a quick try
    python bench/server.py --families 10000                  # issue 12's benchmark
    python bench/server.py --families 10000 --think 1.5 0    # ... then a stress run, no think time

The demo vault of ``--families`` families (bench/run.py's cached one,
``bench/vaults/demo-N-seedS``, generated with progress when missing) is copied and moved onto a
throw-away PostgreSQL cluster (initdb + pg_ctl on 127.0.0.1 in a temporary folder, as
tests/pgcluster.py does, but with a real server's durability: fsync, synchronous commit and
full-page writes on) with ``familycase server import-vault``, run as a maintenance role
``familycase_owner`` (CREATEROLE); each demo worker then gets their own database login with
``familycase server login``.

``--processes`` worker processes (spawned) each sign in as a demo worker through that worker's
OWN database login (row-level security applies), list their caseload once, and wait for the
others; then every one runs the mix (``--mix``: list my caseload, search by name with NameIndex
as the GUI does, open a family, add a contact note, record an outcome reading, allocate a lead
professional: team leaders only) with exponential think time between operations (``--think``,
mean in seconds) for ``--warmup`` + ``--duration`` seconds; operations started in the last
``--duration`` seconds are counted. Every operation is timed; every exception is a refusal,
counted by kind with its text.

Then unlock + first caseload listing (TEAM, every status, as the desktop app opens it) of the team
leader who holds every family: on the server (through his own login) and on the same vault as a
SQLite file, sampled alternately. Targets (issue 12): p95 open family <= 300 ms, p95 of every
write <= 200 ms, 0 refusals, unlock + caseload on the server <= 1.5x SQLite.

Before each measurement it waits (up to ``--max-wait`` s, polling every 30 s) for the 1-minute
load average to drop below ``--quiet-load``, and records it. See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing as mp
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from familycase.demo import DEMO_PASSWORD, KEY_WORKERS, NOTE_TEXTS, TEAM_LEADER
from familycase.domain.enums import ContactKind, FamilyStatus, Role
from run import (
    DEFAULT_SEED,
    REPO_DIR,
    RESULTS_DIR,
    VAULTS_DIR,
    Stats,
    copy_vault,
    ensure_vault,
    machine_info,
    say,
)

sys.path.insert(0, str(REPO_DIR / "tests"))
import pgcluster

OWNER = "familycase_owner"
DATABASE = "familycase"
PREFIX = "fc_"
TARGET_OPEN_P95_S = 0.300
TARGET_WRITE_P95_S = 0.200
TARGET_UNLOCK_RATIO = 1.5
DEFAULT_MIX = "list=12,search=20,open=30,note=22,reading=8,allocate=8"
WRITES = ("note", "reading: start", "reading: complete", "allocate")
READING_AREAS = ["learning", "health", "getting_on", "children_safe", "home", "money_work"]


# --- the server -----------------------------------------------------------------------------


def start_server(shared_buffers: str) -> pgcluster.Cluster:
    """tests/pgcluster.py's throw-away cluster, with a real server's durability: fsync,
    synchronous commit and full-page writes on (the tests switch them off for speed)."""
    bin_dir = pgcluster.pg_bin_dir()
    if bin_dir is None:
        raise SystemExit("PostgreSQL's server programs not found (apt-get install postgresql)")
    run_as = "postgres" if os.geteuid() == 0 else None
    folder = Path(tempfile.mkdtemp(prefix="familycase-bench-pg-"))
    password = os.urandom(12).hex()
    pwfile = folder / "pw"
    pwfile.write_text(password)
    if run_as is not None:
        import pwd

        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        os.chown(pwfile, entry.pw_uid, entry.pw_gid)
    data = folder / "data"
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", pgcluster.SUPERUSER]
    initdb += ["--auth=scram-sha-256", f"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8"]
    pgcluster._run(run_as, initdb)
    port = pgcluster._free_port()
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
        f"-c max_connections=300 -c shared_buffers={shared_buffers} "
        "-c fsync=on -c synchronous_commit=on -c full_page_writes=on"
    )
    pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options]
    pg_ctl += ["-l", str(folder / "server.log"), "-w", "-t", "60", "start"]
    pgcluster._run(run_as, pg_ctl)
    cluster = pgcluster.Cluster(folder, port, password, bin_dir, run_as)
    cluster.psql("SELECT 1")
    return cluster


def familycase_cli(*arguments: str, env: dict[str, str]) -> str:
    """``python -m familycase ...`` as an administrator would type it."""
    done = subprocess.run(
        [sys.executable, "-m", "familycase", *arguments],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0:
        raise SystemExit(f"familycase {' '.join(arguments)} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def move_onto_server(cluster: pgcluster.Cluster, folder: Path, state: Path) -> dict[str, Any]:
    """The maintenance role, its two databases, ``server import-vault`` and each worker's login."""
    owner_password = os.urandom(12).hex()
    cluster.sql(f"CREATE ROLE {OWNER} LOGIN CREATEROLE PASSWORD '{owner_password}'")
    for name in (DATABASE, f"{DATABASE}_keys"):
        cluster.sql(f'CREATE DATABASE "{name}" OWNER {OWNER}')
    owner_url = f"postgresql://{OWNER}@{cluster.host}:{cluster.port}/{DATABASE}"
    env = {"PGPASSWORD": owner_password, "FAMILYCASE_STATE_DIR": str(state)}
    started = time.perf_counter()
    out = familycase_cli("server", "import-vault", str(folder), "--url", owner_url, env=env)
    import_s = time.perf_counter() - started
    say("  " + out.strip().replace("\n", "\n  "))
    keys_url = f"postgresql+psycopg://{cluster.host}:{cluster.port}/{DATABASE}_keys"
    stored = cluster.sql("SELECT value FROM vault_meta WHERE key = 'keys_url'", DATABASE)[0][0]
    if stored != keys_url:
        # ServerPlace.stored_keys_url() means to record the key-share database without a user
        # name, but SQLAlchemy's URL.set(username=None) changes nothing: the maintenance role's
        # name (and its password, had the URL carried one) is recorded, and every worker would
        # connect to the key shares as that role. Recorded as intended, so that each worker
        # connects as themselves (as a fixed import would).
        say(f"  note: import-vault recorded the key-share database as {stored}; set to {keys_url}")
        cluster.sql(f"UPDATE vault_meta SET value = '{keys_url}' WHERE key = 'keys_url'", DATABASE)
    started = time.perf_counter()
    for username in (TEAM_LEADER[0], *(u for u, _ in KEY_WORKERS)):
        familycase_cli(
            "server",
            "login",
            username,
            env={**env, "FAMILYCASE_DATA": owner_url, "FAMILYCASE_NEW_DB_PASSWORD": DEMO_PASSWORD},
        )
    logins_s = time.perf_counter() - started
    started = time.perf_counter()
    for name in (DATABASE, f"{DATABASE}_keys"):  # what autovacuum does within a minute or so
        cluster.sql("VACUUM (ANALYZE)", name)
    vacuum_s = time.perf_counter() - started
    sizes = {
        name: int(cluster.sql(f"SELECT pg_database_size('{name}')")[0][0])
        for name in (DATABASE, f"{DATABASE}_keys")
    }
    say(
        f"  import-vault {import_s:.0f} s, {len(KEY_WORKERS) + 1} logins {logins_s:.0f} s, "
        f"VACUUM ANALYZE {vacuum_s:.0f} s; database sizes "
        + ", ".join(f"{k} {v / 1e6:.0f} MB" for k, v in sizes.items())
    )
    return {"import_s": import_s, "logins_s": logins_s, "vacuum_s": vacuum_s, "bytes": sizes}


def worker_url(cluster: pgcluster.Cluster, username: str) -> str:
    """A worker's own login, as tests/test_replicas.py's ``as_worker`` builds it."""
    return cluster.url(DATABASE, user=f"{PREFIX}{username}", password=DEMO_PASSWORD)


# --- machine load ---------------------------------------------------------------------------


def loadavg() -> tuple[float, float, float]:
    return tuple(round(x, 2) for x in os.getloadavg())  # type: ignore[return-value]


def wait_for_quiet(threshold: float, max_wait: float, poll: float = 30.0) -> dict[str, Any]:
    """Wait until the 1-minute load average is below ``threshold`` (or ``max_wait`` passed)."""
    started = time.monotonic()
    first = loadavg()
    seen = [first[0]]
    while os.getloadavg()[0] >= threshold and time.monotonic() - started + poll <= max_wait:
        waited = time.monotonic() - started
        say(f"  load average {loadavg()} >= {threshold}: waiting ({waited:.0f} s so far)")
        time.sleep(poll)
        seen.append(loadavg()[0])
    now = loadavg()
    quiet = now[0] < threshold
    waited = time.monotonic() - started
    if not quiet:
        say(f"  load average still {now} after {waited:.0f} s: measuring anyway (noted)")
    return {"waited_s": round(waited), "at_first": first, "at_start": now, "quiet": quiet}


def cpu_ticks(cluster: pgcluster.Cluster) -> dict[str, Any]:
    """CPU seconds so far: all cores busy (/proc/stat), and each process of this benchmark's
    PostgreSQL server (its postmaster and the postmaster's children; not other clusters')."""
    tick = os.sysconf("SC_CLK_TCK")
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[1:9])
    postmaster = int((cluster.folder / "data" / "postmaster.pid").read_text().split()[0])
    postgres: dict[int, float] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text()
        except OSError:
            continue
        rest = stat[stat.rindex(")") + 2 :].split()
        if int(proc.name) == postmaster or int(rest[1]) == postmaster:
            postgres[int(proc.name)] = (int(rest[11]) + int(rest[12])) / tick
    return {"busy": (user + nice + system + irq + softirq + steal) / tick, "postgres": postgres}


def postgres_cpu(start: dict[str, Any], end: dict[str, Any]) -> float:
    """PostgreSQL's CPU seconds between two snapshots (a backend that exited in between is
    not counted: the workers keep their connections, so few do)."""
    return sum(t - start["postgres"].get(pid, 0.0) for pid, t in end["postgres"].items())


# --- one worker process ---------------------------------------------------------------------


@dataclass(frozen=True)
class WorkerSpec:
    index: int
    username: str
    leader: bool
    leader_slot: int  # which share of the unallocated families this team leader takes
    leaders: int
    url: str
    state_dir: str
    mix: dict[str, float]
    think: float
    warmup: float
    duration: float
    seed: int
    profile_dir: str = ""  # cProfile the measured operations into this folder


@dataclass
class WorkerResult:
    index: int
    username: str
    samples: list[tuple[str, float]] = field(default_factory=list)  # (op, seconds), counted
    # (op, exception class, its text, in the measured window)
    refusals: list[tuple[str, str, str, bool]] = field(default_factory=list)
    cpu_s: float = 0.0  # this process's CPU time in the measured window
    reallocations: int = 0
    error: str = ""


class Worker:
    """One key worker (or team leader) at their desk: what they do, as the desktop app does it."""

    def __init__(self, spec: WorkerSpec, us: Any) -> None:
        from familycase.services.caseload import CaseloadView, NameIndex

        self.spec = spec
        self.us = us
        self.rng = random.Random(spec.seed)
        self.view = CaseloadView.TEAM if spec.leader else CaseloadView.MINE
        self.rows: list[Any] = []
        self.index = NameIndex([])
        self.current: str | None = None  # the family whose window is open
        self.current_members: list[str] = []
        self.writable: str | None = None
        self.allocated: set[str] = set()
        self.key_workers = sorted(
            u.id for u in us.staff.users.values() if u.role is Role.KEY_WORKER and u.active
        )
        self.reallocations = 0
        self.last_op = ""
        ops = dict(spec.mix)
        if not spec.leader:
            ops.pop("allocate", None)
        self.ops = [op for op, weight in ops.items() if weight > 0]
        self.weights = [ops[op] for op in self.ops]

    # each op returns [(name, seconds)] of what the worker waited for
    def list(self) -> list[tuple[str, float]]:
        from familycase.services.caseload import NameIndex, caseload

        started = time.perf_counter()
        rows = caseload(self.us, self.view, statuses=None)  # every status, as the GUI loads it
        index = NameIndex(rows)
        elapsed = time.perf_counter() - started
        self.rows, self.index = rows, index
        return [("list (team leader, TEAM)" if self.spec.leader else "list (key worker, MINE)",
                 elapsed)]  # fmt: skip

    def search(self) -> list[tuple[str, float]]:
        named = [r for r in self.rows if r.family_name]
        if not named:
            return self.list()
        row = self.rng.choice(named)
        names = [row.family_name.split()[0], *(m.split()[0] for m in row.member_names)]
        query = self.rng.choice(names)[: self.rng.randint(2, 6)].lower()
        started = time.perf_counter()
        self.index.search(query)
        return [("search", time.perf_counter() - started)]

    def open(self, writable_only: bool = False) -> list[tuple[str, float]]:
        from familycase.services.families import open_family

        choices = [
            r
            for r in self.rows
            if r.family_name and (not writable_only or r.status is FamilyStatus.OPEN)
        ]
        if not choices:
            return self.list()
        family_id = self.rng.choice(choices).family_id
        self.current = None
        started = time.perf_counter()
        view = open_family(self.us, family_id, watch=True)  # the family window
        elapsed = time.perf_counter() - started
        self.current = family_id
        self.current_members = [m.id for m in view.file.members]
        self.writable = family_id if view.status is FamilyStatus.OPEN else None
        return [("open", elapsed)]

    def _family_to_write(self) -> str | None:
        return self.writable if self.writable == self.current else None

    def note(self) -> list[tuple[str, float]]:
        from familycase.domain.work import ContactNote
        from familycase.services import work

        family_id = self._family_to_write()
        if family_id is None:  # the worker opens a family first; writes after thinking
            return self.open(writable_only=True)
        members = self.current_members
        note = ContactNote(
            occurred_on=date.today(),
            kind=self.rng.choice([k for k in ContactKind if k is not ContactKind.NO_ACCESS_VISIT]),
            member_ids=self.rng.sample(members, min(len(members), self.rng.randint(1, 2))),
            duration_minutes=self.rng.choice([15, 30, 45, 60]),
            text=" ".join(self.rng.choice(NOTE_TEXTS) for _ in range(self.rng.randint(1, 4))),
        )
        started = time.perf_counter()
        work.add_contact_note(self.us, family_id, note)
        return [("note", time.perf_counter() - started)]

    def reading(self) -> list[tuple[str, float]]:
        from familycase.domain.assessment import Answer
        from familycase.domain.instruments import FAMILY_PROGRESS_MEASURE
        from familycase.services import assessments

        family_id = self._family_to_write()
        if family_id is None:
            return self.open(writable_only=True)
        started = time.perf_counter()
        view = assessments.start_assessment(self.us, family_id, FAMILY_PROGRESS_MEASURE)
        first = time.perf_counter() - started
        for area in READING_AREAS:  # the form filled in (not timed: the worker types)
            view.assessment.set_answer(Answer(question_id=area, value=self.rng.randint(2, 8)))
        started = time.perf_counter()
        assessments.complete_assessment(self.us, family_id, view.id, view.assessment)
        second = time.perf_counter() - started
        return [
            ("reading (both saves)", first + second),
            ("reading: start", first),
            ("reading: complete", second),
        ]

    def allocate(self) -> list[tuple[str, float]]:
        """A referral awaiting allocation gets a lead professional (each team leader process
        takes its own share, so two never pick the same family); when none is left, an open
        family is moved to another key worker (the old lead's key taken away and rotated)."""
        from familycase.services import work

        def mine(row: Any) -> bool:
            return zlib.crc32(row.family_id.encode()) % self.spec.leaders == self.spec.leader_slot

        waiting = [
            r
            for r in self.rows
            if r.lead_worker_id is None
            and r.status is FamilyStatus.REFERRED
            and r.family_id not in self.allocated
            and mine(r)
        ]
        if waiting:
            row = self.rng.choice(waiting)
            to = self.rng.choice(self.key_workers)
        else:
            moving = [r for r in self.rows if r.status is FamilyStatus.OPEN and mine(r)]
            if not moving:
                return self.list()
            row = self.rng.choice(moving)
            to = self.rng.choice([w for w in self.key_workers if w != row.lead_worker_id])
            self.reallocations += 1
        self.allocated.add(row.family_id)
        started = time.perf_counter()
        work.allocate_lead_professional(self.us, row.family_id, to, "Benchmark allocation")
        return [("allocate", time.perf_counter() - started)]

    def step(self) -> list[tuple[str, float]]:
        self.last_op = self.rng.choices(self.ops, self.weights)[0]
        return getattr(self, self.last_op)()


def worker_main(spec: WorkerSpec, ready: Any, go: Any, begin: Any, results: Any) -> None:
    os.environ["FAMILYCASE_STATE_DIR"] = spec.state_dir  # each process: its own computer
    result = WorkerResult(spec.index, spec.username)
    try:
        from familycase.services.vault import Vault

        started = time.perf_counter()
        vault = Vault.open(spec.url)
        us = vault.unlock(spec.username, DEMO_PASSWORD)
        unlocked = time.perf_counter() - started
        worker = Worker(spec, us)
        worker.list()
        listed = time.perf_counter() - started - unlocked
        ready.put((spec.index, unlocked, listed, len(worker.rows)))
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        ready.put((spec.index, -1.0, -1.0, 0))
        results.put(result)
        return
    go.wait()
    measure_from = begin.value + spec.warmup
    measure_to = measure_from + spec.duration
    rng = random.Random(spec.seed + 1)
    profiler = None
    if spec.profile_dir:
        import cProfile

        profiler = cProfile.Profile()
    time.sleep(max(0.0, begin.value - time.monotonic()) + rng.uniform(0, max(spec.think, 0.2)))
    cpu_from = None
    while (now := time.monotonic()) < measure_to:
        if cpu_from is None and now >= measure_from:
            cpu_from = time.process_time()
        counted = now >= measure_from
        if profiler is not None and counted:
            profiler.enable()
        try:
            timings = worker.step()
        except Exception as exc:
            op = worker.last_op
            text = str(exc).replace("\n", " ")[:300]
            result.refusals.append((op, type(exc).__name__, text, counted))
            worker.current = worker.writable = None  # the worker opens the family again
            timings = []
        finally:
            if profiler is not None and counted:
                profiler.disable()
        if counted:
            result.samples.extend(timings)
        if spec.think > 0:
            pause = rng.expovariate(1 / spec.think)
            time.sleep(max(0.0, min(pause, measure_to - time.monotonic())))
    result.cpu_s = time.process_time() - (cpu_from if cpu_from is not None else time.process_time())
    result.reallocations = worker.reallocations
    if profiler is not None:
        profiler.dump_stats(str(Path(spec.profile_dir) / f"p{spec.index}.prof"))
    try:
        us.lock()
        vault.dispose()
    finally:
        results.put(result)


# --- a load run -----------------------------------------------------------------------------


def workers_for(processes: int, leaders: int) -> list[tuple[str, bool]]:
    """``leaders`` processes as the team leader, the rest over the key workers in turn."""
    people = [(TEAM_LEADER[0], True)] * leaders
    kws = [u for u, _ in KEY_WORKERS]
    people += [(kws[i % len(kws)], False) for i in range(processes - leaders)]
    return people


def load_run(cluster: pgcluster.Cluster, args: argparse.Namespace, think: float) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    ready, results = ctx.Queue(), ctx.Queue()
    go = ctx.Event()
    begin = ctx.Value("d", 0.0)
    mix = parse_mix(args.mix)
    people = workers_for(args.processes, args.leaders)
    state_root = Path(tempfile.mkdtemp(prefix="fc-bench-server-state-"))
    specs = [
        WorkerSpec(
            index=i,
            username=username,
            leader=leader,
            leader_slot=i if leader else 0,
            leaders=args.leaders,
            url=worker_url(cluster, username),
            state_dir=str(state_root / f"p{i}"),
            mix=mix,
            think=think,
            warmup=args.warmup,
            duration=args.duration,
            seed=args.seed * 1000 + i + int(think * 100),
            profile_dir=str(state_root) if args.profile else "",
        )
        for i, (username, leader) in enumerate(people)
    ]
    say(
        f"Starting {len(specs)} worker processes ({Counter(u for u, _ in people)}), "
        f"think time {think} s ..."
    )
    started = time.perf_counter()
    procs = [ctx.Process(target=worker_main, args=(s, ready, go, begin, results)) for s in specs]
    for p in procs:
        p.start()
    signed_in = [ready.get(timeout=1800) for _ in procs]
    failed = [s for s in signed_in if s[1] < 0]
    say(
        f"  all signed in and listed in {time.perf_counter() - started:.0f} s"
        + (f"; {len(failed)} FAILED to sign in" if failed else "")
    )
    quiet = wait_for_quiet(args.quiet_load, args.max_wait)
    begin.value = time.monotonic() + 1.0
    go.set()
    time.sleep(1.0 + args.warmup)
    load_from, cpu_from = loadavg(), cpu_ticks(cluster)
    xacts_from = transactions(cluster)
    waits = Counter()
    cutoff = begin.value + args.warmup + args.duration
    while time.monotonic() < cutoff:  # what the server's sessions wait for, once a second
        for kind, event, count in cluster.sql(
            "SELECT coalesce(wait_event_type, 'CPU'), coalesce(wait_event, '-'), count(*) "
            "FROM pg_stat_activity WHERE application_name = 'FamilyCase' AND state = 'active' "
            "GROUP BY 1, 2"
        ):
            waits[f"{kind}:{event}"] += count
        time.sleep(1.0)
    cpu_to, load_to = cpu_ticks(cluster), loadavg()
    xacts = {k: v - xacts_from[k] for k, v in transactions(cluster).items()}
    collected = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    summary = summarise(
        collected, args, think, quiet, load_from, load_to, cpu_from, cpu_to, waits, signed_in
    )
    summary["server_transactions"] = xacts
    if args.profile:
        summary["profile"] = merged_profile(sorted(state_root.glob("p*.prof")))
    shutil.rmtree(state_root, ignore_errors=True)
    return summary


def transactions(cluster: pgcluster.Cluster) -> dict[str, int]:
    """The main database's committed and rolled-back transactions and deadlocks so far."""
    row = cluster.sql(
        "SELECT xact_commit, xact_rollback, deadlocks FROM pg_stat_database "
        f"WHERE datname = '{DATABASE}'"
    )[0]
    return dict(zip(("commits", "rollbacks", "deadlocks"), map(int, row), strict=True))


def merged_profile(files: list[Path]) -> str:
    """Every worker's measured operations, one cProfile report (top functions)."""
    import io
    import pstats

    if not files:
        return ""
    out = io.StringIO()
    merged = pstats.Stats(*map(str, files), stream=out)
    merged.strip_dirs()
    out.write("--- all worker processes, measured operations: top 30 by cumulative time ---\n")
    merged.sort_stats("cumulative").print_stats(30)
    out.write("--- top 30 by own time ---\n")
    merged.sort_stats("tottime").print_stats(30)
    return out.getvalue()


def summarise(
    collected: list[WorkerResult],
    args: argparse.Namespace,
    think: float,
    quiet: dict[str, Any],
    load_from: tuple[float, ...],
    load_to: tuple[float, ...],
    cpu_from: dict[str, Any],
    cpu_to: dict[str, Any],
    waits: Counter,
    signed_in: list[tuple[int, float, float, int]],
) -> dict[str, Any]:
    samples: dict[str, list[float]] = defaultdict(list)
    for r in collected:
        for op, seconds in r.samples:
            samples[op].append(seconds)
    refusals = [x for r in collected for x in r.refusals]
    counted = [x for x in refusals if x[3]]
    ops = {op: asdict(Stats.of(v)) for op, v in sorted(samples.items())}
    actions = sum(len(v) for op, v in samples.items() if ":" not in op) + len(counted)
    busy = cpu_to["busy"] - cpu_from["busy"]
    postgres = postgres_cpu(cpu_from, cpu_to)
    clients = sum(r.cpu_s for r in collected)
    cores = len(os.sched_getaffinity(0))
    return {
        "think_s": think,
        "processes": len(collected),
        "duration_s": args.duration,
        "warmup_s": args.warmup,
        "sign_in": {
            "unlock": asdict(Stats.of([s[1] for s in signed_in if s[1] >= 0] or [0.0])),
            "first_list": asdict(Stats.of([s[2] for s in signed_in if s[2] >= 0] or [0.0])),
        },
        "errors_at_sign_in": [r.error for r in collected if r.error],
        "ops": ops,
        "throughput_ops_s": actions / args.duration,
        "refusals_counted": len(counted),
        "refusals_warmup": len(refusals) - len(counted),
        "refusal_kinds": Counter(f"{op}: {kind}" for op, kind, _, c in refusals if c),
        "refusal_texts": sorted({f"{op}: {kind}: {text}" for op, kind, text, _ in refusals})[:20],
        "reallocations": sum(r.reallocations for r in collected),
        "quiet": quiet,
        "loadavg_measured_from": load_from,
        "loadavg_measured_to": load_to,
        "cpu_share": {
            "all": busy / (args.duration * cores),
            "postgres": postgres / (args.duration * cores),
            "worker_processes": clients / (args.duration * cores),
            "others": max(0.0, busy - postgres - clients) / (args.duration * cores),
        },
        "server_waits": dict(waits.most_common(12)),
    }


# --- unlock + caseload: server against SQLite ------------------------------------------------


def compare_unlock(
    cluster: pgcluster.Cluster, sqlite_folder: Path, samples: int, args: argparse.Namespace
) -> dict[str, Any]:
    """The team leader's unlock and first TEAM listing (every family), alternately on the server
    (his own login) and on the same vault as a SQLite file. Each sample opens the vault anew
    (the app starting), then times unlock and the listing."""
    from familycase.services.caseload import CaseloadView, caseload
    from familycase.services.vault import Vault

    quiet = wait_for_quiet(args.quiet_load, args.max_wait)
    where = {"server": worker_url(cluster, TEAM_LEADER[0]), "sqlite": str(sqlite_folder)}
    times: dict[str, dict[str, list[float]]] = {
        side: {"open": [], "unlock": [], "list": [], "unlock+list": []} for side in where
    }
    rows: dict[str, int] = {}
    load_from = loadavg()
    for i in range(samples + 1):  # the first round warms both (not counted)
        order = ("server", "sqlite") if i % 2 else ("sqlite", "server")
        for side in order:
            gc.collect()
            t0 = time.perf_counter()
            vault = Vault.open(where[side])
            t1 = time.perf_counter()
            us = vault.unlock(TEAM_LEADER[0], DEMO_PASSWORD)
            t2 = time.perf_counter()
            listed = caseload(us, CaseloadView.TEAM, statuses=None)
            t3 = time.perf_counter()
            us.lock()
            vault.dispose()
            rows[side] = len(listed)
            if i:
                times[side]["open"].append(t1 - t0)
                times[side]["unlock"].append(t2 - t1)
                times[side]["list"].append(t3 - t2)
                times[side]["unlock+list"].append(t3 - t1)
        if i:
            say(
                f"  sample {i}: server {times['server']['unlock+list'][-1]:.2f} s, "
                f"SQLite {times['sqlite']['unlock+list'][-1]:.2f} s"
            )
    stats = {side: {k: asdict(Stats.of(v)) for k, v in t.items()} for side, t in times.items()}
    server, sqlite = times["server"]["unlock+list"], times["sqlite"]["unlock+list"]
    pairs = [a / b for a, b in zip(server, sqlite, strict=True)]
    return {
        "stats": stats,
        "rows": rows,
        "ratio": statistics.median(server) / statistics.median(sqlite),
        "pair_ratios": asdict(Stats.of(pairs)),
        "quiet": quiet,
        "loadavg_from": load_from,
        "loadavg_to": loadavg(),
    }


def profile_unlock(cluster: pgcluster.Cluster, folder: Path) -> str:
    """cProfile of one unlock + TEAM listing on each side (printed when the ratio fails)."""
    import cProfile
    import io
    import pstats

    from familycase.services.caseload import CaseloadView, caseload
    from familycase.services.vault import Vault

    out = io.StringIO()
    for side, where in (("server", worker_url(cluster, TEAM_LEADER[0])), ("sqlite", str(folder))):
        vault = Vault.open(where)
        profiler = cProfile.Profile()
        profiler.enable()
        us = vault.unlock(TEAM_LEADER[0], DEMO_PASSWORD)
        caseload(us, CaseloadView.TEAM, statuses=None)
        profiler.disable()
        us.lock()
        vault.dispose()
        out.write(f"\n--- {side}: unlock + TEAM listing, top 15 by cumulative time ---\n")
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
        out.write(f"\n--- {side}: top 15 by own time ---\n")
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(15)
    return out.getvalue()


# --- report ---------------------------------------------------------------------------------


def ms(seconds: float) -> str:
    if seconds >= 0.1:
        return f"{seconds * 1000:,.0f}"
    return f"{seconds * 1000:.1f}" if seconds >= 0.001 else f"{seconds * 1000:.2f}"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report_run(run: dict[str, Any]) -> list[str]:
    duration = run["duration_s"]
    lines = [
        f"Think time {run['think_s']} s (exponential mean), {run['processes']} processes, "
        f"{run['warmup_s']:.0f} s warm-up + {duration:.0f} s measured. Load average "
        f"{run['quiet']['at_start'][0]:.2f} when it started (waited {run['quiet']['waited_s']} s), "
        f"{run['loadavg_measured_to'][0]:.2f} at the end. CPU (share of all cores): "
        + ", ".join(f"{k} {v * 100:.0f}%" for k, v in run["cpu_share"].items()),
        "",
        "| operation | count | ops/s | p50 ms | p95 ms | max ms | target |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for op, s in run["ops"].items():
        target = ""
        if op == "open":
            target = f"p95 <= 300 ms: {verdict(s['p95'] <= TARGET_OPEN_P95_S)}"
        elif op in WRITES:
            target = f"p95 <= 200 ms: {verdict(s['p95'] <= TARGET_WRITE_P95_S)}"
        name = op if ":" not in op else f"&nbsp;&nbsp;{op}"
        rate = "" if ":" in op else f"{s['n'] / duration:.2f}"
        lines.append(
            f"| {name} | {s['n']} | {rate} | {ms(s['median'])} | {ms(s['p95'])} | "
            f"{ms(s['max'])} | {target} |"
        )
    refused = run["refusals_counted"]
    lines.append(
        f"| **all** | | **{run['throughput_ops_s']:.2f}** | | | | refusals {refused}: "
        f"{verdict(refused == 0)} |"
    )
    lines.append("")
    if run["reallocations"]:
        moved = run["reallocations"]
        lines.append(f"Allocations that moved an open family (none awaiting): {moved}")
    if refused or run["refusals_warmup"]:
        lines.append(
            f"Refusals: {refused} measured, {run['refusals_warmup']} in the warm-up; "
            + ", ".join(f"{k} x{v}" for k, v in run["refusal_kinds"].items())
        )
        lines += [f"  - {t}" for t in run["refusal_texts"]]
    if run["errors_at_sign_in"]:
        lines.append(f"Sign-in failures: {run['errors_at_sign_in']}")
    waits = ", ".join(f"{k} {v}" for k, v in run["server_waits"].items())
    lines.append(
        "Server sessions sampled once a second (active ones, by wait event; CPU: none): "
        + (waits or "none active at any sample")
    )
    x = run.get("server_transactions")
    if x:
        lines.append(
            f"Server transactions in the measured window (main database, every connection): "
            f"{x['commits'] / duration:.1f} commits/s, {x['rollbacks']} rolled back, "
            f"{x['deadlocks']} deadlocks."
        )
    sign_in = run["sign_in"]
    lines.append(
        f"Sign-in of all {run['processes']} processes at once (before the warm-up): unlock "
        f"median {ms(sign_in['unlock']['median'])} ms, max {ms(sign_in['unlock']['max'])} ms; "
        f"first listing median {ms(sign_in['first_list']['median'])} ms, max "
        f"{ms(sign_in['first_list']['max'])} ms."
    )
    return lines


def report_compare(c: dict[str, Any]) -> list[str]:
    s, q = c["stats"]["server"], c["stats"]["sqlite"]
    n = s["unlock+list"]["n"]
    lines = [
        f"Team leader's unlock + first TEAM listing ({c['rows']['server']:,} families), {n} "
        f"samples each side, alternating; load average {c['loadavg_from'][0]:.2f} at the start "
        f"(waited {c['quiet']['waited_s']} s), {c['loadavg_to'][0]:.2f} at the end.",
        "",
        "| median (p95) | server | SQLite | server / SQLite |",
        "| --- | --- | --- | --- |",
    ]
    for part in ("open", "unlock", "list", "unlock+list"):
        name = {"open": "Vault.open (not in the target)", "list": "first listing"}.get(part, part)
        lines.append(
            f"| {name} | {ms(s[part]['median'])} ms ({ms(s[part]['p95'])}) | "
            f"{ms(q[part]['median'])} ms ({ms(q[part]['p95'])}) | "
            f"{s[part]['median'] / q[part]['median']:.2f}x |"
        )
    ratio, pairs = c["ratio"], c["pair_ratios"]
    lines.append(
        f"| **target: unlock + listing** | | | **{ratio:.2f}x <= 1.5x: "
        f"{verdict(ratio <= TARGET_UNLOCK_RATIO)}** (paired ratios: median "
        f"{pairs['median']:.2f}x, max {pairs['max']:.2f}x) |"
    )
    return lines


def parse_mix(text: str) -> dict[str, float]:
    mix = {}
    for part in text.split(","):
        op, _, weight = part.partition("=")
        if op.strip() not in ("list", "search", "open", "note", "reading", "allocate"):
            raise SystemExit(f"--mix: unknown operation {op!r}")
        mix[op.strip()] = float(weight)
    return mix


ENV_PINNED = "FAMILYCASE_BENCH_SERVER_AT"
ENV_PINNED_SOURCE = "FAMILYCASE_BENCH_SERVER_SOURCE"


def run_at(revision: str, argv: list[str]) -> int:
    """This harness again, with the commit's exported source first on PYTHONPATH (the worker
    processes inherit it)."""
    import at_commit

    commit = at_commit.resolve(revision)
    src = at_commit.export(commit)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    env[ENV_PINNED] = commit
    env[ENV_PINNED_SOURCE] = str(src / "familycase")
    command = [sys.executable, str(Path(__file__).resolve()), *argv]
    return subprocess.run(command, env=env, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the cached demo vault")
    parser.add_argument("--processes", type=int, default=30)
    parser.add_argument(
        "--leaders", type=int, default=3, help="how many processes are the team leader (sam)"
    )
    parser.add_argument("--duration", type=float, default=60.0, help="seconds measured")
    parser.add_argument("--warmup", type=float, default=15.0, help="seconds before measuring")
    parser.add_argument(
        "--think",
        type=float,
        nargs="*",
        default=[1.5],
        help="mean think time between one worker's operations, s (exponential); several "
        "values: one run each, in turn, on the same server (0: a stress run; none: only the "
        "unlock comparison)",
    )
    parser.add_argument("--mix", default=DEFAULT_MIX, help=f"weights (default {DEFAULT_MIX})")
    parser.add_argument("--unlock-samples", type=int, default=9)
    parser.add_argument("--skip-compare", action="store_true")
    parser.add_argument(
        "--quiet-load",
        type=float,
        default=1.0,
        help="wait for the 1-minute load average to drop below this before measuring",
    )
    parser.add_argument("--max-wait", type=float, default=900.0, help="... for at most this, s")
    parser.add_argument("--shared-buffers", default="256MB")
    parser.add_argument(
        "--at",
        metavar="COMMIT",
        help="measure this commit's source (exported with git archive as bench/at_commit.py "
        "does), not the working tree, which others may change during a long run; the cached "
        "demo vault is still the working tree's (migrated on import)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile the measured operations in every worker process and print the merged "
        "report (slows them: not for the figures)",
    )
    args = parser.parse_args(argv)
    if args.at and os.environ.get(ENV_PINNED) is None:
        return run_at(args.at, sys.argv[1:] if argv is None else argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # still stop the cluster

    machine = machine_info()
    pinned = os.environ.get(ENV_PINNED)
    if pinned:
        import familycase

        imported = Path(familycase.__file__).resolve().parent
        if imported != Path(os.environ[ENV_PINNED_SOURCE]).resolve():
            raise SystemExit(f"familycase was imported from {imported}, not the export")
        machine["source"] = f"commit {pinned[:12]} (exported with git archive: --at)"
    say("Machine: " + ", ".join(f"{k} {v}" for k, v in machine.items()))
    load_start = loadavg()
    say(f"Load average at the start: {load_start}")
    cached, generation = ensure_vault(args.families, args.seed, args.rebuild)
    work = VAULTS_DIR / "_work-server"
    state = Path(tempfile.mkdtemp(prefix="fc-bench-server-"))
    os.environ["FAMILYCASE_STATE_DIR"] = str(state / "parent")
    sqlite_folder = copy_vault(cached, work / "vault")
    say("Starting a throw-away PostgreSQL cluster ...")
    cluster = start_server(args.shared_buffers)
    version = cluster.sql("SHOW server_version")[0][0]
    say(f"  PostgreSQL {version} on 127.0.0.1:{cluster.port} in {cluster.folder}")
    results: dict[str, Any] = {"machine": machine, "argv": sys.argv, "postgresql": version}
    try:
        say(f"Moving the {args.families:,}-family vault onto it (server import-vault) ...")
        results["setup"] = move_onto_server(cluster, sqlite_folder, state / "cli")
        if not args.skip_compare:
            say("Unlock + first caseload listing, server and SQLite alternately ...")
            results["compare"] = compare_unlock(cluster, sqlite_folder, args.unlock_samples, args)
            if results["compare"]["ratio"] > TARGET_UNLOCK_RATIO:
                results["profile"] = profile_unlock(cluster, sqlite_folder)
        results["runs"] = [load_run(cluster, args, think) for think in args.think]
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(state, ignore_errors=True)
    load_end = loadavg()
    results["loadavg"] = {"start": load_start, "end": load_end}

    say()
    say(
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `{Path(sys.executable).name} "
        f"bench/server.py {' '.join(sys.argv[1:])}` on {machine['nproc']} cores "
        f"({machine['cpu']}), PostgreSQL {version} on the same machine; {args.families:,} "
        f"families; source {machine['source']}. Load average {load_start[0]:.2f} at the start, "
        f"{load_end[0]:.2f} at the end."
    )
    for run in results["runs"]:
        say()
        for line in report_run(run):
            say(line)
        if run.get("profile"):
            say(run["profile"])
    if "compare" in results:
        say()
        for line in report_compare(results["compare"]):
            say(line)
    if "profile" in results:
        say(results["profile"])
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS_DIR / f"server-{args.families}-{stamp}.json"
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    say(f"\nRaw results: {out.relative_to(REPO_DIR)}")
    del generation
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
