"""PIN hashes: the one argon2 definition for every PIN the till stores or checks.

A PIN is 4 to 12 digits, most often 4 to 6: ten thousand to a million candidates. No hash cost makes that
space expensive to search offline, so the real defence is at the till — five wrong PINs in a row lock the
user (authorisation.py; the lock is a database row and survives a restart) — and the hash only keeps the
PIN out of plain sight in the database. The cost is therefore OWASP's minimum for argon2id (19 MiB, two
passes, one lane), not argon2-cffi's default of 64 MiB: each check allocates the whole memory cost, and 64 MiB
on every sign-in took the till window's peak memory over its 250 MB budget (docs/performance.md).

An argon2 hash carries its own parameters, so hashes made with other settings (argon2-cffi's default, HQ's)
still verify; `needs_rehash` tells the sign-in to store the PIN again under these. argon2 is imported on the
first hash or check, not when the till starts.
"""
from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MEMORY_KIB = 19_456       # OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1
TIME_COST = 2
PARALLELISM = 1


@cache
def hasher() -> PasswordHasher:
    from argon2 import PasswordHasher, Type
    return PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM, type=Type.ID)


def hash_pin(pin: str, *, using: PasswordHasher | None = None) -> str:
    return (using or hasher()).hash(pin)


def verify(pin_hash: str, pin: str) -> bool:
    """Whether `pin` is the PIN of `pin_hash`, whatever argon2 parameters made it; False for a damaged hash."""
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
    try:
        return hasher().verify(pin_hash, pin)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(pin_hash: str) -> bool:
    """Whether a (verified) hash was made with other parameters than these."""
    from argon2.exceptions import InvalidHashError
    try:
        return hasher().check_needs_rehash(pin_hash)
    except InvalidHashError:
        return True
