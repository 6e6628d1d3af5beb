"""Users (cashier, manager, admin) and back-office sessions.

A user's PIN hash travels to the store's tills (so a cashier can log in offline); the password is for the
back office and never leaves HQ. A login gives a bearer session token; HQ keeps only its hash.
"""
from __future__ import annotations

import re
from datetime import timedelta, timezone

from sqlalchemy import Connection, select, update

from pos_app.storage.pin_hash import hash_pin   # at the tills' PIN cost: tills check these hashes
from sync.server.core.errors import Conflict, HqError, NotFound, Unauthorized
from sync.server.core.security import SESSION_TOKEN_PREFIX, hash_secret, new_token, now, token_hash, verify_secret
from sync.server.crud import audit, versions
from sync.server.crud.stores import get_store
from sync.server.models import sessions, users

ROLES = ("cashier", "manager", "admin")
_USER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")
_PIN = re.compile(r"^\d{4,12}$")
# Verified when the user is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = hash_secret("not a password")


def create_user(*, connection: Connection, user_id: str, name: str, role: str, store_id: str | None = None,
                password: str | None = None, pin: str | None = None, actor: str = "cli") -> dict:
    if not _USER_ID.match(user_id):
        raise HqError(f"User id {user_id!r}: use 1–64 letters, digits, '.', '_', '@' or '-'.")
    if role not in ROLES:
        raise HqError(f"Role {role!r}: choose cashier, manager or admin.")
    if password is not None and len(password) < 8:
        raise HqError("A password needs at least 8 characters.")
    if pin is not None and not _PIN.match(pin):
        raise HqError("A PIN is 4 to 12 digits.")
    if store_id is not None:
        get_store(connection=connection, store_id=store_id)
    if connection.execute(select(users.c.id).where(users.c.id == user_id)).first():
        raise Conflict(f"User {user_id} already exists.")
    version = versions.bump(connection, scope=versions.CATALOG)
    connection.execute(users.insert().values(
        id=user_id, name=name, role=role, store_id=store_id, active=True, created_at=now(), version=version,
        password_hash=hash_secret(password) if password else None, pin_hash=hash_pin(pin) if pin else None))
    audit.record(connection, actor=actor, action="user.create", target=user_id, detail=role)
    return {"id": user_id, "name": name, "role": role, "store_id": store_id}


def login(*, connection: Connection, user_id: str, password: str, ttl_s: int) -> dict:
    row = connection.execute(select(users.c.id, users.c.role, users.c.password_hash, users.c.active)
                             .where(users.c.id == user_id)).first()
    valid = verify_secret(row.password_hash if row else _DUMMY_HASH, password)
    if row is None or not valid or not row.active:
        raise Unauthorized("Wrong user name or password.")
    token = new_token(SESSION_TOKEN_PREFIX)
    moment = now()
    expires = moment + timedelta(seconds=ttl_s)
    connection.execute(sessions.insert().values(token_hash=token_hash(token), user_id=row.id, created_at=moment,
                                                expires_at=expires))
    audit.record(connection, actor=row.id, action="user.login")
    return {"token": token, "role": row.role, "user_id": row.id, "expires_at": expires.isoformat()}


def by_session(*, connection: Connection, token: str) -> dict | None:
    row = connection.execute(
        select(users.c.id, users.c.role, users.c.store_id, users.c.active, sessions.c.expires_at,
               sessions.c.revoked_at)
        .join(users, users.c.id == sessions.c.user_id)
        .where(sessions.c.token_hash == token_hash(token))).first()
    if row is None or row.revoked_at is not None or not row.active:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=timezone.utc)
    if expires <= now():
        return None
    return {"user_id": row.id, "role": row.role, "store_id": row.store_id, "expires_at": expires}


def logout(*, connection: Connection, token: str) -> None:
    connection.execute(update(sessions).where(sessions.c.token_hash == token_hash(token)).values(revoked_at=now()))
    versions.bump(connection, scope=versions.AUTH)


def list_users(*, connection: Connection, store_id: str | None = None, user_id: str | None = None) -> list[dict]:
    """Users in id order; with `store_id`, that store's only. Never the hashes: only whether a PIN or a
    password is set."""
    query = select(users.c.id, users.c.name, users.c.role, users.c.store_id, users.c.active, users.c.created_at,
                   users.c.pin_hash.is_not(None).label("has_pin"),
                   users.c.password_hash.is_not(None).label("has_password")).order_by(users.c.id)
    if store_id is not None:
        query = query.where(users.c.store_id == store_id)
    if user_id is not None:
        query = query.where(users.c.id == user_id)
    return [{**row, "active": bool(row["active"]), "has_pin": bool(row["has_pin"]),
             "has_password": bool(row["has_password"]),
             "created_at": (row["created_at"] if row["created_at"].tzinfo
                            else row["created_at"].replace(tzinfo=timezone.utc)).isoformat()}
            for row in (dict(r) for r in connection.execute(query).mappings())]


def set_active(*, connection: Connection, user_id: str, active: bool, actor: str) -> dict:
    """Deactivating ends the user's sessions at once and, with the next pull, their PIN at the tills;
    nothing is deleted (sales keep naming their cashier). An admin cannot deactivate themselves."""
    if not active and user_id == actor:
        raise Conflict("You cannot deactivate your own user; ask another admin.")
    row = connection.execute(select(users.c.id).where(users.c.id == user_id)).first()
    if row is None:
        raise NotFound(f"There is no user {user_id}.")
    version = versions.bump(connection, scope=versions.CATALOG)
    connection.execute(update(users).where(users.c.id == user_id).values(active=active, version=version))
    if not active:
        connection.execute(update(sessions).where(sessions.c.user_id == user_id, sessions.c.revoked_at.is_(None))
                           .values(revoked_at=now()))
        versions.bump(connection, scope=versions.AUTH)
    audit.record(connection, actor=actor, action="user.activate" if active else "user.deactivate", target=user_id)
    return list_users(connection=connection, user_id=user_id)[0]


def set_role(*, connection: Connection, user_id: str, role: str, actor: str) -> dict:
    """A new role ends the user's sessions at once (a session carries the role it was opened with) and
    reaches the tills with their next pull. An admin cannot change their own role."""
    if role not in ROLES:
        raise HqError(f"Role {role!r}: use one of {', '.join(ROLES)}.")
    if user_id == actor:
        raise Conflict("You cannot change your own role; ask another admin.")
    if connection.execute(select(users.c.id).where(users.c.id == user_id)).first() is None:
        raise NotFound(f"There is no user {user_id}.")
    version = versions.bump(connection, scope=versions.CATALOG)
    connection.execute(update(users).where(users.c.id == user_id).values(role=role, version=version))
    connection.execute(update(sessions).where(sessions.c.user_id == user_id, sessions.c.revoked_at.is_(None))
                       .values(revoked_at=now()))
    versions.bump(connection, scope=versions.AUTH)
    audit.record(connection, actor=actor, action="user.role", target=user_id, detail=role)
    return list_users(connection=connection, user_id=user_id)[0]

