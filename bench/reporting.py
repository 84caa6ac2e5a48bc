"""Benchmark of the reporting layer: the cost-saving return over a cached demo vault, from the
reporting layer (a manager, no family key) and from the family files (the path every return
took before the reporting layer), and what the summary costs a write.

Not part of the test suite. Run from the repository root, after bench/run.py has made (and
cached) the demo vault::

    .venv/bin/python bench/reporting.py --families 10000 [--repeat 5]

The cached demo vault predates the reporting layer, so a copy of it is prepared once (and cached
next to it, ``demo-N-seedS-reporting``): the administrator adds the reporting key and the team
leader fills in every family's summary, as on an upgraded vault. Each return runs in a fresh
Python process on a fresh working copy of that prepared vault, so its peak memory (the
process's maximum resident set size, ``ru_maxrss``; the process held about 100 MiB before the
return started) is the return's own. A run that does not come from the path asked for (e.g. a
vault without the reporting key, which silently takes the family files) stops with an error.
See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from run import DEFAULT_SEED, copy_vault, vault_dir, working_copy  # noqa: E402

MANAGER, LEADER, WORKER = "rowan", "sam", "priya"


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _own_state(folder: str) -> None:
    """A state folder of this working copy's own: the newest audit entry each worker has seen
    is kept per computer, and a fresh copy of the cached vault is "older" than one a previous
    run signed in to (services/seen.py refuses it)."""
    state = Path(folder).with_name(Path(folder).name + "-state")
    shutil.rmtree(state, ignore_errors=True)
    os.environ["FAMILYCASE_STATE_DIR"] = str(state)


def prepare(folder: str) -> dict[str, float]:
    """In this (fresh) process: add the reporting key (the administrator) and fill in every
    family's summary (the team leader), as an upgraded vault gets them."""
    _own_state(folder)
    os.environ["FAMILYCASE_INSECURE_FAST_KDF"] = "1"  # the demo vault's fast test KDF, kept
    from familycase.demo import ADMIN, DEMO_PASSWORD
    from familycase.services import reporting
    from familycase.services.vault import Vault

    started = time.perf_counter()
    admin = Vault.open(folder).unlock(ADMIN[0], DEMO_PASSWORD)
    if not admin.directory_signed:
        raise SystemExit("the demo vault's staff directory is not signed: cannot add the key")
    if not reporting.has_reporting_key(admin):
        reporting.enable(admin)
    leader = Vault.open(folder).unlock(LEADER, DEMO_PASSWORD)
    while reporting.fill_missing(leader, 500):
        pass
    return {
        "seconds": time.perf_counter() - started,
        "summaries": reporting.count_summaries(leader),
    }


def reporting_ready(cached: Path) -> Path:
    """The cached demo vault with the reporting layer filled in (made once, then reused)."""
    ready = cached.with_name(cached.name + "-reporting")
    if (ready / "ready.json").exists():
        return ready
    partial = ready.with_name(ready.name + ".partial")
    copy_vault(cached, partial)
    done = subprocess.run(
        [sys.executable, __file__, "--prepare", str(partial)],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    (partial / "ready.json").write_text(json.dumps(figures))
    shutil.rmtree(Path(str(partial) + "-state"), ignore_errors=True)
    shutil.rmtree(ready, ignore_errors=True)
    partial.rename(ready)
    print(f"Prepared {ready}: {figures['summaries']} summaries in {figures['seconds']:.0f} s")
    return ready


def one_return(folder: str, user: str, path: str) -> dict[str, float]:
    """In this (fresh) process: sign in, build the return, report time and memory."""
    _own_state(folder)
    from familycase.demo import DEMO_PASSWORD
    from familycase.services import costs, reporting
    from familycase.services.vault import Vault

    if path == "family-files":  # the path every return took before the reporting layer
        reporting.has_reporting_key = lambda us: False  # type: ignore[assignment]
    vault = Vault.open(folder)
    session = vault.unlock(user, DEMO_PASSWORD)
    params = costs.ReturnParameters(date.today() - timedelta(days=365), date.today())
    before = _rss_mib()
    started = time.perf_counter()
    ticks: list[int] = []
    ret = costs.cohort_return(session, params, progress=lambda d, t: ticks.append(d))
    elapsed = time.perf_counter() - started
    peak = _rss_mib()
    expected = "reporting layer" if path == "reporting" else "family files"
    if ret.source != expected:  # e.g. a vault without the reporting key: not what was asked
        raise SystemExit(f"the return came from the {ret.source}, not the {expected}")
    if ret.not_summarised or ret.skipped:  # e.g. summaries sealed before they named a writer
        raise SystemExit(
            f"the return left out {len(ret.not_summarised)} families not summarised and "
            f"{len(ret.skipped)} skipped: prepare the vault again (delete {Path(folder).name}'s "
            "cached -reporting copy)"
        )
    return {
        "seconds": elapsed,
        "peak_rss_mib": peak,
        "rss_before_mib": before,
        "families": len(ret.families),
        "skipped": len(ret.skipped),
        "progress_calls": len(ticks),
    }


def write_latency(folder: str, repeat: int) -> dict[str, float]:
    """A key worker's contact notes, with the summary kept current and without (p50, p95)."""
    _own_state(folder)
    from familycase.demo import DEMO_PASSWORD
    from familycase.domain.enums import ContactKind
    from familycase.domain.work import ContactNote
    from familycase.services import summaries, work
    from familycase.services.caseload import CaseloadView, caseload
    from familycase.services.vault import Vault

    vault = Vault.open(folder)
    session = vault.unlock(WORKER, DEMO_PASSWORD)
    mine = [r.family_id for r in caseload(session, CaseloadView.MINE)][:repeat]
    refresh = summaries.refresh
    out: dict[str, float] = {}
    for label, hook in (("with_summary", refresh), ("without_summary", lambda *a: None)):
        summaries.refresh = hook  # type: ignore[assignment]
        samples = []
        for family_id in mine:
            note = ContactNote(
                occurred_on=date.today(), kind=ContactKind.PHONE_CALL, text="Bench note."
            )
            started = time.perf_counter()
            work.add_contact_note(session, family_id, note)
            samples.append(time.perf_counter() - started)
        ordered = sorted(samples)
        out[f"{label}_p50_ms"] = statistics.median(ordered) * 1000
        out[f"{label}_p95_ms"] = ordered[max(0, int(0.95 * len(ordered)) - 1)] * 1000
    summaries.refresh = refresh  # type: ignore[assignment]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=3, metavar=("FOLDER", "USER", "PATH"))
    parser.add_argument("--writes", metavar="FOLDER")
    parser.add_argument("--prepare", metavar="FOLDER")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_return(*args.child)))
        return
    if args.writes:
        print(json.dumps(write_latency(args.writes, 60)))
        return
    if args.prepare:
        print(json.dumps(prepare(args.prepare)))
        return
    cached = reporting_ready(vault_dir(args.families, args.seed))
    results: dict[str, list[dict[str, float]]] = {}
    for label, user, path in (
        ("manager, reporting layer", MANAGER, "reporting"),
        ("team leader, reporting layer", LEADER, "reporting"),
        ("team leader, family files (before)", LEADER, "family-files"),
    ):
        runs = []
        for n in range(args.repeat if path == "reporting" else 1):
            folder = working_copy(cached, f"reporting-{n}")
            # the copy written to disk now, not by the kernel in the middle of the timed return
            # (without this the 4th and 5th runs took 0.3-0.7 s longer as earlier copies
            # were written back)
            os.sync()
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(folder), user, path],
                check=True,
                capture_output=True,
                text=True,
            )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        results[label] = runs
        best = min(runs, key=lambda r: r["seconds"])
        print(
            f"{label}: {statistics.median(r['seconds'] for r in runs):.2f} s median "
            f"(best {best['seconds']:.2f} s), peak RSS {max(r['peak_rss_mib'] for r in runs):.0f} "
            f"MiB ({runs[0]['rss_before_mib']:.0f} MiB before the return), "
            f"{runs[0]['families']} families in it, {runs[0]['skipped']} skipped"
        )
    folder = working_copy(cached, "reporting-writes")
    done = subprocess.run(
        [sys.executable, __file__, "--writes", str(folder)],
        check=True,
        capture_output=True,
        text=True,
    )
    writes = json.loads(done.stdout.strip().splitlines()[-1])
    print("contact note writes:", ", ".join(f"{k} {v:.1f}" for k, v in writes.items()))
    out = BENCH_DIR / "results" / f"reporting-{args.families}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"returns": results, "writes": writes}, indent=2))
    print(f"Raw figures in {out}")


if __name__ == "__main__":
    main()
