"""Argon2id password key derivation, with parameters stored per user and calibrated per machine."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

SALT_BYTES = 16


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters. memory_kib is in KiB, as RFC 9106 states it."""

    memory_kib: int = 65536
    iterations: int = 3
    lanes: int = 4

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, int]) -> KdfParams:
        return cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))


# RFC 9106 second recommended option; the floor for real vaults.
MINIMUM = KdfParams(memory_kib=65536, iterations=3, lanes=4)
# Tiny parameters so that the test suite stays fast. Never used unless explicitly asked for.
INSECURE_FAST_FOR_TESTS = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def derive_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(password.encode("utf-8"))


def _fastest_of(runs: int, params: KdfParams, salt: bytes) -> float:
    """The fastest of a few derivations: a single cold run is noisy (page faults, other load)."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        derive_key("calibration", salt, params)
        best = min(best, time.perf_counter() - started)
    return best


def calibrate(target_seconds: float = 0.6, max_memory_kib: int = 1024 * 1024) -> KdfParams:
    """Raise the cost from the RFC 9106 floor until one derivation takes about target_seconds.

    Memory grows first (it is what makes GPU guessing expensive), then passes.
    """
    params = MINIMUM
    salt = new_salt()
    while True:
        elapsed = _fastest_of(2, params, salt)
        if elapsed >= target_seconds / 2:
            break
        if params.memory_kib * 2 <= max_memory_kib:
            params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        else:
            params = KdfParams(params.memory_kib, params.iterations + 1, params.lanes)
    # One more doubling of passes brings a measured half-target to about the target.
    if elapsed < target_seconds * 0.75:
        scale = max(1, round(target_seconds / elapsed))
        params = KdfParams(params.memory_kib, params.iterations * scale, params.lanes)
    return params
