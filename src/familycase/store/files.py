"""Files FamilyCase writes beside its databases and for people: whole, and owner-only."""

from __future__ import annotations

import os
from pathlib import Path


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole and readable by its owner only (0600): through a new
    temporary file beside it, renamed into place, so a reader never sees half a file and a
    failure leaves nothing behind."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
