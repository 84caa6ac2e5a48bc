"""What a worker waits for in the desktop app, and how much memory it holds (issue 17).

    .venv/bin/python bench/gui.py --families 1000 10000             # the working tree
    .venv/bin/python bench/gui.py --commit 0fa5e0b --families 10000 # one commit's source

Uses the demo vaults cached by bench/run.py (bench/vaults/demo-N-seed2026; made if missing) and
a fresh working copy of each. Runs Qt offscreen (``QT_QPA_PLATFORM=offscreen`` unless set), as
the team leader ``sam``, who holds every family's key.

Measured:

- **Opening a family file window**: for each of ``--opens`` random families, ``load_family``
  (the service call: decrypt, audit entry, timeline) and then building the
  ``FamilyFileWindow``, showing it and letting Qt lay it out and paint it once
  (``processEvents`` until nothing is pending). "Window" is the second part, what the GUI
  thread does; "total" is both. Then the window is closed and deleted.
- **Resident memory**: VmRSS after unlocking and listing the team caseload in the main window,
  and after opening and closing the family files; VmHWM (the peak). Then, separately, one
  derivation of the Argon2id KDF with the parameters ``kdf.calibrate()`` picks on this
  machine (what every real unlock costs), and the peak after it.

With ``--commit``, the commit's tree is exported as bench/at_commit.py does and measured in a
child process with that source first on PYTHONPATH (the vaults are the same).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))


def memory() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MiB."""
    values = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) / 1024
    return values


def settle(app: object, until: float = 0.0) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + until
    while True:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)  # type: ignore[attr-defined]
        if time.perf_counter() >= deadline:
            return


def measure(families: int, opens: int, seed: int) -> dict[str, object]:
    import run  # bench/run.py: the cached vaults and working copies

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from familycase.crypto import kdf
    from familycase.demo import DEMO_PASSWORD, TEAM_LEADER
    from familycase.gui.common.style import apply_style
    from familycase.gui.common.tasks import wait_for_background_work
    from familycase.gui.family_file.window import FamilyFileWindow, load_family
    from familycase.gui.main_window import MainWindow
    from familycase.services.vault import Vault

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # type: ignore[arg-type]
    cached, _info = run.ensure_vault(families, seed, rebuild=False)
    folder = run.working_copy(cached, f"gui-{families}")
    vault = Vault.open(folder)
    start = memory()
    session = vault.unlock(TEAM_LEADER[0], DEMO_PASSWORD, accept_older_copy=True)
    window = MainWindow(session, vault.organisation())
    window.show()
    deadline = time.perf_counter() + 120
    while window.is_loading and time.perf_counter() < deadline:
        settle(app, 0.05)
    wait_for_background_work()
    settle(app, 0.2)
    after_unlock = memory()
    ids = sorted(session.accessible_family_ids())
    chosen = random.Random(seed).sample(ids, min(opens + 3, len(ids)))
    loads, windows, totals = [], [], []
    sections: dict[str, list[float]] = {}
    for n, family_id in enumerate(chosen):
        gc.collect()
        t0 = time.perf_counter()
        data = load_family(session, family_id)
        t1 = time.perf_counter()
        family = FamilyFileWindow(session, data)
        family.show()
        settle(app)
        t2 = time.perf_counter()
        if n >= 3:  # warm-up opens are not counted
            loads.append(t1 - t0)
            windows.append(t2 - t1)
            totals.append(t2 - t0)
            tabs = getattr(family, "TABS", ())
            if hasattr(family, "built") and n < 13:  # sections built when first shown
                for key in tabs:
                    if key in family.built:
                        continue
                    s0 = time.perf_counter()
                    family.show_tab(key)
                    settle(app)
                    wait_for_background_work()  # a section that reads more from the services
                    settle(app)
                    sections.setdefault(key, []).append(time.perf_counter() - s0)
        family.discard()
        family.deleteLater()
        settle(app)
    after_opens = memory()
    window.discard()
    session.lock()
    settle(app, 0.1)
    before_kdf = memory()
    params = kdf.calibrate()
    t0 = time.perf_counter()
    kdf.derive_key("correct horse battery staple", os.urandom(16), params)
    kdf_seconds = time.perf_counter() - t0
    after_kdf = memory()
    vault.dispose()

    def stats(samples: list[float]) -> dict[str, float]:
        ordered = sorted(samples)
        p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
        return {"median_ms": statistics.median(samples) * 1000, "p95_ms": p95 * 1000}

    return {
        "families": families,
        "opens": len(windows),
        "load_family": stats(loads),
        "window": stats(windows),
        "total": stats(totals),
        "first_show_of_section": {key: stats(v) for key, v in sections.items()},
        "rss_start_mib": start["VmRSS"],
        "rss_after_unlock_and_listing_mib": after_unlock["VmRSS"],
        "rss_after_opens_mib": after_opens["VmRSS"],
        "peak_before_kdf_mib": before_kdf["VmHWM"],
        "kdf": {"memory_kib": params.memory_kib, "passes": params.iterations, "lanes": params.lanes,
                "seconds": kdf_seconds},
        "peak_after_kdf_mib": after_kdf["VmHWM"],
        "rss_after_kdf_mib": after_kdf["VmRSS"],
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--families", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--opens", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--commit", help="measure this commit's source instead")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    if args.commit:
        import at_commit

        commit = at_commit.resolve(args.commit)
        src = at_commit.export(commit)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
        rest = [a for a in (argv or sys.argv[1:]) if a not in ("--commit", args.commit)]
        return subprocess.run(
            [sys.executable, __file__, *rest], env=env, check=False
        ).returncode
    import familycase

    results = [measure(n, args.opens, args.seed) for n in args.families]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"familycase from {Path(familycase.__file__).parent}")
    for r in results:
        print(
            f"{r['families']:>6,} families, {r['opens']} opens: "
            f"family file window {r['window']['median_ms']:.0f} ms median "
            f"(p95 {r['window']['p95_ms']:.0f}); "
            f"load_family {r['load_family']['median_ms']:.1f} ms; "
            f"total {r['total']['median_ms']:.0f} ms (p95 {r['total']['p95_ms']:.0f})"
        )
        shown = r["first_show_of_section"]
        if shown:
            print(
                "        first showing of each other section (build + its data), median: "
                + ", ".join(f"{key} {v['median_ms']:.0f} ms" for key, v in shown.items())
            )
        k = r["kdf"]
        print(
            f"        RSS after unlock + listing {r['rss_after_unlock_and_listing_mib']:.0f} MiB, "
            f"after opens {r['rss_after_opens_mib']:.0f} MiB, peak before KDF "
            f"{r['peak_before_kdf_mib']:.0f} MiB; KDF {k['memory_kib'] // 1024} MiB x "
            f"{k['passes']} ({k['seconds'] * 1000:.0f} ms): "
            f"peak {r['peak_after_kdf_mib']:.0f} MiB, "
            f"RSS after {r['rss_after_kdf_mib']:.0f} MiB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
