"""Smoke test of a built FamilyCase, run by scripts/build-linux.sh (not part of pytest).

    python3 packaging/smoke_test.py --binary PATH/familycase --bundle DIR \
        [--archive-viewer build/venv-linux/bin/pyi-archive_viewer] [--screenshots DIR]

It uses only the standard library and command-line tools (xvfb-run, xdotool, xprop, and
ImageMagick's import and identify), never FamilyCase's own code: it checks what a council
laptop would run. In order:

1. the bundle: its unpacked size (limit --max-size-mb), the data files the app loads by path
   or as package data, and that no test or development tool is inside (files on disk and the
   modules in the executable's archive);
2. the command line: ``--version`` prints pyproject.toml's version; ``demo`` makes a vault of
   5 fictional families (with the fast, insecure KDF meant for tests); ``verify``, a
   cost-saving return as PDF and XLSX, and a password-protected panel PDF work on it; an
   old vault (tests/data/vault-schema-0001) is upgraded by the bundled Alembic migrations;
3. the desktop app, under Xvfb with Qt's xcb platform (as on a desktop): the sign-in window
   ("Unlock FamilyCase") appears, a screenshot is taken and must not be blank; then it signs
   in as sam by typing, waits for the main window, takes a second screenshot, quits with
   Ctrl+Q and expects exit code 0; ``verify`` then proves the vault still intact. Where there
   is no X server (Windows and macOS CI), ``--gui offscreen`` only checks that the app starts
   with Qt's offscreen platform and is still running 10 s later.

Screenshots go to --screenshots (default: build/smoke-test/): look at them.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO_PASSWORD = "demo-password-2026"
FIXTURE = ROOT / "tests" / "data" / "vault-schema-0001"
FIXTURE_USER, FIXTURE_PASSWORD = "lead", "fixture password 0001"
# Top-level packages that must never be in the bundle: tests and development only.
FORBIDDEN = ("pytest", "_pytest", "pytestqt", "pluggy", "hypothesis", "ruff", "pypdf")
# Files the app loads from disk or as package data (paths inside the bundle's _internal).
REQUIRED_FILES = (
    "familycase/ui/style.qss",
    "familycase/ui/familycase.svg",
    "familycase/forms/early-help-assessment.v1.json",
    "familycase/forms/family-progress-measure.v1.json",
    "familycase/forms/my-views.v1.json",
    "familycase/costs_data/gmca-unit-cost-database-v1.4.json",
    "familycase/costs_data/gdp-deflators.json",
    "familycase/store/migrations/env.py",
    "familycase/store/migrations/script.py.mako",
    "familycase/store/migrations/versions/0001_first_schema.py",
)
WINDOW_TIMEOUT = 60.0


class SmokeFailure(Exception):
    pass


def ok(message: str) -> None:
    print(f"  ok: {message}", flush=True)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for the app: nothing of the caller's FamilyCase settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FAMILYCASE_")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(extra)
    return env


def run(command: Sequence[str | Path], env: dict[str, str], timeout: float = 120) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise SmokeFailure(
            f"{' '.join(map(str, command))} exited {result.returncode}\n"
            f"stdout: {result.stdout.strip()}\nstderr: {result.stderr.strip()}"
        )
    if "Traceback" in result.stderr:
        raise SmokeFailure(f"{command[1:]} printed a traceback:\n{result.stderr}")
    return result.stdout


# --- 1. the bundle --------------------------------------------------------------------------
def bundle_size(bundle: Path) -> int:
    total = 0
    for folder, _dirs, files in os.walk(bundle):
        for name in files:
            total += os.lstat(os.path.join(folder, name)).st_size
    return total


def check_bundle(bundle: Path, binary: Path, archive_viewer: Path | None, limit_mb: int) -> None:
    print("The bundle", flush=True)
    size = bundle_size(bundle)
    print(f"  unpacked size: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), limit {limit_mb} MB")
    if size > limit_mb * 1e6:
        raise SmokeFailure(f"the bundle is {size / 1e6:.1f} MB, over the {limit_mb} MB limit")
    ok(f"under {limit_mb} MB")

    internal = bundle / "_internal"
    missing = [name for name in REQUIRED_FILES if not (internal / name).is_file()]
    if missing:
        raise SmokeFailure(f"data files missing from the bundle: {missing}")
    migrations = sorted((internal / "familycase/store/migrations/versions").glob("*.py"))
    ok(f"app data present ({len(REQUIRED_FILES)} checked; {len(migrations)} migration files)")

    found = []
    for path in internal.iterdir():
        top = re.split(r"[-.]", path.name, maxsplit=1)[0].lower()
        if top in FORBIDDEN:
            found.append(path.name)
    if archive_viewer is not None:
        listing = subprocess.run(
            [str(archive_viewer), "--recursive", "--brief", str(binary)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        modules = {line.strip() for line in listing.splitlines() if line.startswith(" ")}
        if not any(name.startswith("familycase.") for name in modules):
            raise SmokeFailure("could not read the module archive (no familycase modules?)")
        found += sorted(name for name in modules if name.split(".")[0] in FORBIDDEN)
        ok(f"{len(modules)} entries in the executable's archive read")
    if found:
        raise SmokeFailure(f"test or development tools inside the bundle: {found}")
    ok(f"none of {', '.join(FORBIDDEN)} inside")


# --- 2. the command line --------------------------------------------------------------------
def check_cli(binary: Path, work: Path, env: dict[str, str]) -> Path:
    print("The command line", flush=True)
    version = project_version()
    printed = run([binary, "--version"], env).strip()
    if printed != f"FamilyCase {version}":
        raise SmokeFailure(f"--version printed {printed!r}, pyproject.toml says {version}")
    ok(f"--version prints {printed!r}")

    vault = work / "demo-vault"
    started = time.monotonic()
    run(
        [binary, "--data", vault, "demo", "--families", "5", "--kdf", "fast-insecure-for-tests"],
        env,
    )
    ok(f"demo vault of 5 families made in {time.monotonic() - started:.1f} s")

    signed_in = {**env, "FAMILYCASE_USER": "sam", "FAMILYCASE_PASSWORD": DEMO_PASSWORD}
    report = run([binary, "--data", vault, "verify"], signed_in)
    if "intact" not in report:
        raise SmokeFailure(f"verify did not say the vault is intact:\n{report}")
    ok("verify: " + report.strip().splitlines()[-1])

    out = work / "outputs"
    out.mkdir()
    run(
        [binary, "--data", vault, "costs", "return", "--from", "2025-04-01", "--to", "2026-03-31",
         "--pdf", out / "return.pdf", "--xlsx", out / "return.xlsx"],
        signed_in,
    )  # fmt: skip
    for name, magic in (("return.pdf", b"%PDF"), ("return.xlsx", b"PK")):
        if not (out / name).read_bytes().startswith(magic):
            raise SmokeFailure(f"{name} is not a {magic!r} file")
    ok("cost-saving return written as PDF (reportlab) and XLSX (openpyxl)")

    listing = run([binary, "--data", vault, "caseload", "--view", "all", "--format", "csv"],
                  signed_in)  # fmt: skip
    reference = listing.splitlines()[1].split(",")[0]
    password_file = work / "pdf-password"
    password_file.write_text("smoke-test-pdf-password\n", encoding="utf-8")
    run(
        [binary, "--data", vault, "panel-pack", reference, "--agency", "health",
         "--out", out / "panel.pdf", "--pdf-password-file", password_file],
        signed_in,
    )  # fmt: skip
    if b"/Encrypt" not in (out / "panel.pdf").read_bytes():
        raise SmokeFailure("the panel PDF is not encrypted")
    ok(f"panel summary for {reference} written and password-protected (pikepdf)")

    if FIXTURE.is_dir():
        old = work / "old-vault"
        shutil.copytree(FIXTURE, old)
        fixture_env = {**env, "FAMILYCASE_USER": FIXTURE_USER,
                       "FAMILYCASE_PASSWORD": FIXTURE_PASSWORD}  # fmt: skip
        run([binary, "--data", old, "verify"], fixture_env)
        ok("a schema-0001 vault was upgraded by the bundled migrations and verified")
    return vault


# --- 3. the desktop app ---------------------------------------------------------------------
def find_window(pattern: str) -> str | None:
    result = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", pattern],
        capture_output=True,
        text=True,
        check=False,
    )
    windows = result.stdout.split()
    return windows[0] if windows else None


def wait_for_window(pattern: str, app: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + WINDOW_TIMEOUT
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise SmokeFailure(
                f"the app exited with {app.returncode} before a window matching {pattern!r} "
                f"appeared:\n{log.read_text(errors='replace')}"
            )
        window = find_window(pattern)
        if window:
            return window
        time.sleep(0.25)
    raise SmokeFailure(f"no window matching {pattern!r} within {WINDOW_TIMEOUT:.0f} s")


def screenshot(path: Path) -> None:
    time.sleep(1.5)  # let it paint
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    colours = subprocess.run(
        ["identify", "-format", "%k", str(path)], capture_output=True, text=True, check=True
    ).stdout.strip()
    if int(colours) < 50:
        raise SmokeFailure(f"{path} looks blank ({colours} colours)")
    ok(f"screenshot {path} ({colours} colours)")


def xdotool(*arguments: str) -> None:
    subprocess.run(["xdotool", *arguments], check=True)


def check_gui_inside_x(binary: Path, vault: Path, shots: Path, env: dict[str, str]) -> None:
    """Runs under xvfb-run (DISPLAY is set)."""
    log = shots / "app-output.txt"
    with log.open("wb") as output:
        app = subprocess.Popen(
            [str(binary), "--data", str(vault)], env=env, stdout=output, stderr=output
        )
        try:
            started = time.monotonic()
            unlock = wait_for_window("^Unlock FamilyCase$", app, log)
            ok(f"the sign-in window appeared after {time.monotonic() - started:.1f} s")
            wm_class = subprocess.run(
                ["xprop", "-id", unlock, "WM_CLASS"], capture_output=True, text=True, check=True
            ).stdout
            if '"FamilyCase"' not in wm_class:
                raise SmokeFailure(f"WM_CLASS is {wm_class.strip()}: the .desktop file's "
                                   "StartupWMClass=FamilyCase would not match")  # fmt: skip
            ok("WM_CLASS matches the .desktop file's StartupWMClass")
            screenshot(shots / "1-sign-in.png")

            xdotool("windowfocus", "--sync", unlock)
            xdotool("type", "--delay", "30", "sam")
            xdotool("key", "Tab")
            xdotool("type", "--delay", "30", DEMO_PASSWORD)
            xdotool("key", "Return")
            main = wait_for_window("^FamilyCase — ", app, log)
            ok("signed in as sam by typing: the main window appeared")
            screenshot(shots / "2-main-window.png")

            xdotool("windowfocus", "--sync", main)
            xdotool("key", "ctrl+q")
            code = app.wait(timeout=30)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    text = log.read_text(errors="replace")
    if code != 0:
        raise SmokeFailure(f"the app exited with {code} after Ctrl+Q:\n{text}")
    if "Traceback" in text:
        raise SmokeFailure(f"the app printed a traceback:\n{text}")
    ok("Ctrl+Q quit the app with exit code 0")


def check_gui_offscreen(binary: Path, vault: Path, work: Path, seconds: float = 10) -> None:
    """Where there is no X server (Windows and macOS CI): the app must start with Qt's
    offscreen platform, load its Qt libraries and plugins, and stay up showing sign-in."""
    print("The desktop app (Qt offscreen)", flush=True)
    log = work / "app-offscreen.txt"
    env = {**app_env(work), "QT_QPA_PLATFORM": "offscreen"}
    with log.open("wb") as output:
        app = subprocess.Popen(
            [str(binary), "--data", str(vault)], env=env, stdout=output, stderr=output
        )
        try:
            app.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            app.terminate()
            app.wait(timeout=30)
        else:
            raise SmokeFailure(
                f"the app exited with {app.returncode} within {seconds:.0f} s:\n"
                + log.read_text(errors="replace")
            )
    text = log.read_text(errors="replace")
    if "Traceback" in text:
        raise SmokeFailure(f"the app printed a traceback:\n{text}")
    ok(f"the app started and was still running after {seconds:.0f} s")


def check_gui(binary: Path, vault: Path, shots: Path, work: Path) -> None:
    print("The desktop app (Xvfb, xcb)", flush=True)
    missing = [tool for tool in ("xvfb-run", "xdotool", "xprop", "import", "identify")
               if shutil.which(tool) is None]  # fmt: skip
    if missing:
        raise SmokeFailure(f"missing tools: {missing} (Debian: xvfb xdotool x11-utils imagemagick)")
    command = [
        "xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24 -nolisten tcp",
        sys.executable, __file__, "--inside-x", "--binary", str(binary), "--vault", str(vault),
        "--screenshots", str(shots), "--work", str(work),
    ]  # fmt: skip
    result = subprocess.run(command, check=False, timeout=300)
    if result.returncode != 0:
        raise SmokeFailure("the desktop app check failed (see above)")


def app_env(work: Path) -> dict[str, str]:
    """Settings, caches and runtime files in the work folder, never the caller's."""
    for name in ("config", "data", "cache", "runtime"):
        (work / name).mkdir(exist_ok=True, mode=0o700)
    return clean_env(
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_CACHE_HOME=str(work / "cache"),
        XDG_RUNTIME_DIR=str(work / "runtime"),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", type=Path, required=True, help="the familycase to run")
    parser.add_argument("--bundle", type=Path, help="the one-folder bundle to inspect")
    parser.add_argument("--archive-viewer", type=Path, help="PyInstaller's pyi-archive_viewer")
    parser.add_argument("--screenshots", type=Path, help="where screenshots go")
    parser.add_argument("--max-size-mb", type=int, default=250)
    parser.add_argument(
        "--gui",
        choices=["xvfb", "offscreen", "none"],
        default="xvfb",
        help="how to test the desktop app: under Xvfb (Linux), Qt offscreen (Windows, macOS)",
    )
    parser.add_argument("--inside-x", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    binary = args.binary.resolve()
    try:
        if args.inside_x:
            check_gui_inside_x(
                binary,
                args.vault,
                args.screenshots,
                {**app_env(args.work), "QT_QPA_PLATFORM": "xcb"},
            )
            return 0
        with tempfile.TemporaryDirectory(prefix="familycase-smoke-") as temporary:
            work = Path(temporary)
            shots = (args.screenshots or ROOT / "build" / "smoke-test").resolve()
            shots.mkdir(parents=True, exist_ok=True)
            if args.bundle is not None:
                check_bundle(args.bundle.resolve(), binary, args.archive_viewer, args.max_size_mb)
            env = app_env(work)
            vault = check_cli(binary, work, env)
            if args.gui == "offscreen":
                check_gui_offscreen(binary, vault, work)
            elif args.gui == "xvfb":
                check_gui(binary, vault, shots, work)
                signed_in = {**env, "FAMILYCASE_USER": "sam", "FAMILYCASE_PASSWORD": DEMO_PASSWORD}
                report = run([binary, "--data", vault, "verify"], signed_in)
                ok("verify after the desktop session: " + report.strip().splitlines()[-1])
            if args.gui == "xvfb":
                print(f"Screenshots: {shots} (look at them)")
    except (SmokeFailure, subprocess.SubprocessError, OSError) as problem:
        print(f"SMOKE TEST FAILED: {problem}", file=sys.stderr)
        return 1
    print("Smoke test passed.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
