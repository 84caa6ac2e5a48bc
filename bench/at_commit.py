"""Run bench/run.py against the source of one commit, not the working tree.

Other people may be editing (and committing) src/ while a benchmark runs for many minutes. This
exports the commit's tree with ``git archive`` (read-only: nothing in the repository changes)
into bench/vaults/_src/<commit>/ (git-ignored), lays out ``familycase.ui`` and
``familycase.forms`` inside the package as the installed package does, and runs the harness with
that source first on PYTHONPATH::

    /tmp/venv/bin/python bench/at_commit.py ce1ca90 --families 1000 10000 --write-docs

Everything after the commit is passed to bench/run.py unchanged. The harness records the commit
and checks that familycase was imported from the export.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
SOURCES_DIR = BENCH_DIR / "vaults" / "_src"
ENV_COMMIT = "FAMILYCASE_BENCH_COMMIT"
ENV_SOURCE = "FAMILYCASE_BENCH_SOURCE"
# As pyproject.toml's package-dir: these top-level folders are installed inside the package.
PACKAGE_DATA_DIRS = {"ui": "familycase/ui", "forms": "familycase/forms"}


def resolve(revision: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(REPO_DIR), "rev-parse", "--verify", f"{revision}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"not a commit: {revision} ({done.stderr.strip()})")
    return done.stdout.strip()


def export(commit: str) -> Path:
    """The commit's tree under bench/vaults/_src/<commit>/ (made once), returning its src/."""
    target = SOURCES_DIR / commit[:12]
    src = target / "src"
    if (src / "familycase" / "__init__.py").exists():
        return src
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(REPO_DIR), "archive", "--format=tar", commit],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(partial, filter="data")
    for folder, inside in PACKAGE_DATA_DIRS.items():
        if (partial / folder).is_dir():
            shutil.copytree(partial / folder, partial / "src" / inside, dirs_exist_ok=True)
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    print(f"Exported commit {commit[:12]} to {target.relative_to(REPO_DIR)}", flush=True)
    return src


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    commit = resolve(argv[0])
    src = export(commit)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
    env[ENV_COMMIT] = commit
    env[ENV_SOURCE] = str(src / "familycase")
    command = [sys.executable, str(BENCH_DIR / "run.py"), *argv[1:]]
    return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
