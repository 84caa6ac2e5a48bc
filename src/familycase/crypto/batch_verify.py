"""Checking many Ed25519 signatures at once, on every core.

An audit log of a busy year holds hundreds of thousands of signed entries; one core checks
about 16,000 a second. Large batches are split across processes (started fresh, so a caller
with threads, such as the desktop app, is never forked).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence

from familycase.crypto.keys import verify_signature

PARALLEL_FROM = 20_000

Item = tuple[bytes, bytes, bytes]  # public key, signature, message


def _failures(items: Sequence[Item], offset: int = 0) -> list[int]:
    return [
        offset + index
        for index, (public, signature, message) in enumerate(items)
        if not verify_signature(public, signature, message)
    ]


def _chunk(args: tuple[list[Item], int]) -> list[int]:
    return _failures(*args)


def verify_many(items: Sequence[Item]) -> list[int]:
    """The indices of the items whose signature does not verify."""
    workers = min(os.cpu_count() or 1, 8)
    if len(items) < PARALLEL_FROM or workers < 2:
        return _failures(items)
    size = -(-len(items) // workers)
    chunks = [(list(items[i : i + size]), i) for i in range(0, len(items), size)]
    try:
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            return sorted(index for part in pool.map(_chunk, chunks) for index in part)
    except OSError:  # no processes to be had (a locked-down machine): do it here
        return _failures(items)
