"""Till users, as pulled from HQ: who may sign in, in which role, checked by PIN without the network.

HQ sends only the argon2 hash of each PIN, so a till that has been offline for days still signs its
cashiers in, and a stolen till database does not reveal a PIN directly.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from pos_app.core.errors import InvalidInput
from pos_app.storage import pin_hash
from pos_app.storage.clock import to_iso

if TYPE_CHECKING:
    from argon2 import PasswordHasher

ROLES = ("cashier", "manager", "admin")


@dataclass(frozen=True)
class User:
    user_id: str
    name: str
    role: str
    pin_hash: str
    active: bool = True


def upsert(connection: Connection, users: Iterable[User]) -> int:
    """Insert or replace `users`, inside the caller's transaction."""
    rows = [(u.user_id, u.name, u.role, u.pin_hash, u.active) for u in users]
    if rows:
        connection.exec_driver_sql(
            "INSERT INTO users (user_id, name, role, pin_hash, active) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(user_id) DO UPDATE SET name = excluded.name, role = excluded.role, "
            "pin_hash = excluded.pin_hash, active = excluded.active", rows)
    return len(rows)


def deactivate_except(connection: Connection, *, keep: set[str]) -> int:
    """Deactivate every user not in `keep` (kept as rows: shift reports and sales name them)."""
    ids = [user_id for (user_id,) in connection.exec_driver_sql("SELECT user_id FROM users WHERE active")
           if user_id not in keep]
    if ids:
        connection.exec_driver_sql("UPDATE users SET active = 0 WHERE user_id = ?", [(i,) for i in ids])
    return len(ids)


def get(connection: Connection, user_id: str) -> User | None:
    row = connection.exec_driver_sql(
        "SELECT user_id, name, role, pin_hash, active FROM users WHERE user_id = ?", (user_id,)).first()
    return None if row is None else User(row[0], row[1], row[2], row[3], bool(row[4]))


def all_users(connection: Connection) -> list[User]:
    return [User(r[0], r[1], r[2], r[3], bool(r[4])) for r in connection.exec_driver_sql(
        "SELECT user_id, name, role, pin_hash, active FROM users ORDER BY user_id")]


def check_pin(connection: Connection, *, user_id: str, pin: str) -> User | None:
    """The active user whose PIN this is, or None (unknown user, inactive, wrong PIN or a damaged hash)."""
    user = get(connection, user_id)
    if user is None or not user.active or not pin_hash.verify(user.pin_hash, pin):
        return None
    return user


def set_pin_hash(connection: Connection, *, user_id: str, pin_hash: str) -> None:
    """Store a user's PIN hash again (after a sign-in, under the current parameters; pin_hash.py)."""
    connection.exec_driver_sql("UPDATE users SET pin_hash = ? WHERE user_id = ?", (pin_hash, user_id))


# -- local users and wrong-PIN lockouts --------------------------------------------------------------------

PIN_LENGTHS = range(4, 13)


def hash_pin(pin: str, *, hasher: PasswordHasher | None = None) -> str:
    """A salted argon2id hash of a PIN of 4 to 12 digits (pin_hash.py); the PIN itself is never stored."""
    if not (pin.isascii() and pin.isdigit() and len(pin) in PIN_LENGTHS):
        raise InvalidInput("A PIN is 4 to 12 digits.")
    return pin_hash.hash_pin(pin, using=hasher)


def add_local(connection: Connection, *, user_id: str, name: str, role: str, pin: str,
              hasher: PasswordHasher | None = None) -> User:
    """Create (or replace) a user on this till alone, for a standalone or demo till. An enrolled till's
    users come from HQ, and a full resync deactivates users HQ does not list."""
    user_id = user_id.strip()
    if not user_id or len(user_id) > 64:
        raise InvalidInput("A user id is 1 to 64 characters.")
    if role not in ROLES:
        raise InvalidInput(f"Role {role!r} is not one of {', '.join(ROLES)}.")
    user = User(user_id=user_id, name=name.strip(), role=role, pin_hash=hash_pin(pin, hasher=hasher))
    upsert(connection, [user])
    return user


@dataclass(frozen=True)
class Lockout:
    failures: int                  # wrong PINs in a row since the last success or lock
    locked_until: datetime | None


def lockout(connection: Connection, subject: str) -> Lockout:
    row = connection.exec_driver_sql(
        "SELECT failures, locked_until FROM pin_lockouts WHERE subject = ?", (subject,)).first()
    if row is None:
        return Lockout(failures=0, locked_until=None)
    return Lockout(failures=row[0], locked_until=datetime.fromisoformat(row[1]) if row[1] else None)


def locked_until(connection: Connection, *, subject: str, at: datetime) -> datetime | None:
    """When the lock on `subject` ends, if it is locked at `at`."""
    until = lockout(connection, subject).locked_until
    return until if until is not None and at < until else None


def record_failure(connection: Connection, *, subject: str, at: datetime, limit: int,
                   lock_for: timedelta) -> datetime | None:
    """Count a wrong PIN, inside the caller's write transaction; the `limit`-th in a row locks `subject`
    until at + lock_for (returned). Counting restarts once a lock has run out."""
    state = lockout(connection, subject)
    failures = state.failures + 1
    until = None
    if failures >= limit:
        until, failures = at + lock_for, 0
    connection.exec_driver_sql(
        "INSERT INTO pin_lockouts (subject, failures, locked_until) VALUES (?, ?, ?) ON CONFLICT(subject) "
        "DO UPDATE SET failures = excluded.failures, locked_until = coalesce(excluded.locked_until, locked_until)",
        (subject, failures, to_iso(until) if until else None))
    return until


def clear_failures(connection: Connection, subject: str) -> None:
    connection.exec_driver_sql("DELETE FROM pin_lockouts WHERE subject = ?", (subject,))
