"""Secrets: device and session tokens, enrollment codes, passwords and PINs.

Tokens and enrollment codes are high-entropy random strings, so a plain SHA-256 of them is what HQ keeps
(a lookup by hash, fast enough to check every request). Passwords and PINs are low-entropy and chosen by
people, so they are hashed with argon2id, which is slow on purpose.
"""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

TILL_TOKEN_PREFIX = "ftt_"
SESSION_TOKEN_PREFIX = "fts_"
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"   # no 0/O, 1/I: read aloud and typed at a till
_hasher = PasswordHasher()


def now() -> datetime:
    return datetime.now(timezone.utc)


def aware(moment: datetime | None) -> datetime | None:
    """A moment read back from the database: SQLite hands back naive datetimes for timezone-aware columns,
    which were stored as UTC."""
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def new_token(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_enrollment_code() -> str:
    """Sixteen characters from a 32-letter alphabet (80 bits) in groups of four: ABCD-EFGH-JKLM-NPQR."""
    letters = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(letters[i:i + 4] for i in range(0, 16, 4))


def code_hash(code: str) -> str:
    """Case, spaces and dashes do not matter when a person types the code."""
    normal = "".join(ch for ch in code.upper() if ch not in " -")
    return token_hash(normal)


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def verify_secret(hashed: str | None, secret: str) -> bool:
    if not hashed:
        return False
    try:
        return _hasher.verify(hashed, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
