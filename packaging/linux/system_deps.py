"""What a Linux bundle expects the computer to provide, as Debian package relations.

    python3 packaging/linux/system_deps.py dist/pyinstaller/familycase

Reads every ELF file in the bundle, lists the libraries they link to (DT_NEEDED) that the bundle
does not carry itself, and the newest glibc symbol version any of them needs, then prints
shell assignments for scripts/build-linux.sh:

    GLIBC=2.36
    DEPENDS='libc6 (>= 2.36), libegl1, libgl1, libxcb1'
    RECOMMENDS='libcups2t64 | libcups2, libwayland-client0, ...'

A library not in SYSTEM_LIBRARIES below stops the build: a new dependency must be decided on
(bundle it, or add its package here), not discovered on a council laptop.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

GLIBC = "glibc"
# soname pattern -> (Debian package relation, "depends" | "recommends")
SYSTEM_LIBRARIES: dict[str, tuple[str, str]] = {
    r"ld-linux.*\.so\.\d+": (GLIBC, "depends"),
    r"lib(c|m|dl|rt|pthread|util|resolv)\.so\.\d+": (GLIBC, "depends"),
    r"libGL\.so\.1": ("libgl1", "depends"),
    r"libEGL\.so\.1": ("libegl1", "depends"),
    r"libOpenGL\.so\.0": ("libopengl0", "depends"),
    r"libGLX\.so\.0": ("libglx0", "depends"),
    r"libxcb\.so\.1": ("libxcb1", "depends"),
    r"libdrm\.so\.2": ("libdrm2", "depends"),
    # Printing: without it Qt can still print to PDF (the bundle leaves libcups out on purpose).
    r"libcups\.so\.2": ("libcups2t64 | libcups2", "recommends"),
    # Only the Wayland platform plugin loads these; X11 sessions do without.
    r"libwayland-client\.so\.0": ("libwayland-client0", "recommends"),
    r"libwayland-cursor\.so\.0": ("libwayland-cursor0", "recommends"),
    r"libwayland-egl\.so\.1": ("libwayland-egl1", "recommends"),
}
ALWAYS_RECOMMENDED = ["fonts-dejavu-core | fonts-liberation2"]  # Qt needs some font


def elf_files(bundle: Path) -> list[Path]:
    found = []
    for folder, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                continue
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    carried = {name for _folder, _dirs, files in os.walk(bundle) for name in files}
    needed: dict[str, set[str]] = {}
    newest_glibc = (2, 17)
    for path in elf_files(bundle):
        dynamic = subprocess.run(
            ["readelf", "--dynamic", "--wide", str(path)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for name in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic):
            if name not in carried:
                needed.setdefault(name, set()).add(path.name)
        symbols = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols):
            newest_glibc = max(newest_glibc, (int(major), int(minor)))

    relations: dict[str, list[str]] = {"depends": [], "recommends": []}
    unknown = []
    for name in sorted(needed):
        match = next(
            (value for pattern, value in SYSTEM_LIBRARIES.items() if re.fullmatch(pattern, name)),
            None,
        )
        if match is None:
            unknown.append(f"{name} (needed by {', '.join(sorted(needed[name]))})")
            continue
        package, kind = match
        if package not in relations[kind]:
            relations[kind].append(package)
    if unknown:
        print(
            "system_deps.py: the bundle links to libraries it does not carry and that are not "
            "in SYSTEM_LIBRARIES:\n  " + "\n  ".join(unknown),
            file=sys.stderr,
        )
        return 1
    glibc = f"{newest_glibc[0]}.{newest_glibc[1]}"
    depends = [
        f"libc6 (>= {glibc})" if package == GLIBC else package for package in relations["depends"]
    ]
    recommends = relations["recommends"] + ALWAYS_RECOMMENDED
    print(f"GLIBC={glibc}")
    print(f"DEPENDS={shlex.quote(', '.join(sorted(depends)))}")
    print(f"RECOMMENDS={shlex.quote(', '.join(recommends))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
