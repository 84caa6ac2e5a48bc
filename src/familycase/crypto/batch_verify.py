"""Checking many Ed25519 signatures at once, on every core.

An audit log of a busy year holds hundreds of thousands of signed entries; one core checks
about 16,000 a second. ``SignatureBatch`` takes them as the caller streams them and hands
them in chunks to worker processes, one per core (started fresh, so a caller with threads,
such as the desktop app, is never forked) while the caller goes on with its own work; when the
caller asks for the result, it checks itself every chunk no worker has started yet. So every
core is busy until the end, and a machine with one core (or no processes to be had) checks
them all here.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

PARALLEL_FROM = 20_000  # fewer than this: not worth starting a process
CHUNK = 8_000  # about half a second of work for one core

Item = tuple[bytes, bytes, bytes]  # public key, signature, message


def _failures(items: Sequence[Item], offset: int = 0) -> list[int]:
    """Indices (plus ``offset``) of the items whose signature does not verify. Each distinct
    public key is parsed once (a log has few signers)."""
    keys: dict[bytes, Ed25519PublicKey | None] = {}
    failed = []
    for index, (public, signature, message) in enumerate(items):
        key = keys.get(public, False)
        if key is False:
            try:
                key = keys[public] = Ed25519PublicKey.from_public_bytes(public)
            except ValueError:
                key = keys[public] = None
        if key is None:
            failed.append(offset + index)
            continue
        try:
            key.verify(signature, message)
        except (InvalidSignature, ValueError, TypeError):
            failed.append(offset + index)
    return failed


def default_workers() -> int:
    """Worker processes: one per core (at most 8), none on a single core. The caller works
    beside them (its own checks, then the chunks no worker has started). Measured at 10k on
    the shared 2-core machine, same window: one worker 42.4 / 52.9 / 19.9 s, two workers
    43.9 / 34.8 / 17.8 s (docs/performance.md)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    return min(cores, 8) if cores > 1 else 0


class SignatureBatch:
    """Signatures to check, added one by one; ``failures()`` gives the indices (in the order
    added) of those that do not verify. With ``expected`` below ``PARALLEL_FROM`` or no
    workers, everything is checked in this process, as a plain loop would."""

    def __init__(self, expected: int, workers: int | None = None, chunk: int | None = None) -> None:
        self._chunk = chunk or CHUNK
        self._pending: list[Item] = []
        self._chunks: list[tuple[int, list[Item], Future[list[int]] | None]] = []
        self._count = 0
        self._executor: ProcessPoolExecutor | None = None
        workers = default_workers() if workers is None else workers
        if expected >= PARALLEL_FROM and workers > 0:
            try:
                self._executor = ProcessPoolExecutor(
                    workers, mp_context=multiprocessing.get_context("spawn")
                )
            except (OSError, ValueError):  # no processes to be had: check them all here
                self._executor = None

    def add(self, public: bytes, signature: bytes, message: bytes) -> None:
        self._pending.append((public, signature, message))
        if len(self._pending) >= self._chunk:
            self._hand_over()

    def __len__(self) -> int:
        return self._count + len(self._pending)

    def _hand_over(self) -> None:
        items, self._pending = self._pending, []
        if not items:
            return
        future = None
        if self._executor is not None:
            try:
                future = self._executor.submit(_failures, items, self._count)
            except (OSError, RuntimeError, BrokenProcessPool):
                future = None
        self._chunks.append((self._count, items, future))
        self._count += len(items)

    def failures(self) -> list[int]:
        """Wait for the workers, checking here every chunk none of them has started."""
        self._hand_over()
        failed: list[int] = []
        try:
            for offset, items, future in reversed(self._chunks):
                if future is None or future.cancel():
                    failed.extend(_failures(items, offset))
            for offset, items, future in self._chunks:
                if future is None or future.cancelled():
                    continue
                try:
                    failed.extend(future.result())
                except (OSError, BrokenProcessPool):  # a worker died: check its chunk here
                    failed.extend(_failures(items, offset))
        finally:
            self.close()
        return sorted(failed)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> SignatureBatch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def verify_many(items: Sequence[Item], workers: int | None = None) -> list[int]:
    """The indices of the items whose signature does not verify."""
    batch = SignatureBatch(len(items), workers)
    for public, signature, message in items:
        batch.add(public, signature, message)
    return batch.failures()
